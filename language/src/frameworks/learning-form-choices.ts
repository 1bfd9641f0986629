import { LEARNING_FORMS } from './builtin-frameworks.js';

/**
 * The learning forms to offer (a template's choice, completion's snippets), spelled in a
 * file's keyword language, learning on the job first: a plan of courses only gets
 * `only-formal-learning`.
 */
export function learningFormChoices(lang: 'en' | 'nl'): string[] {
    const onTheJob = LEARNING_FORMS.filter(f => !f.formal);
    const formal = LEARNING_FORMS.filter(f => f.formal);
    return [...onTheJob, ...formal].map(f => f[lang]);
}
