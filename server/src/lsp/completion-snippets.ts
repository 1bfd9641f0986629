import type { KeywordLang } from '../../../language/src/syntax/keywords.js';

/** The snippets completion offers, written in the file's keyword language. */
export type SnippetKind = 'goal' | 'feedback' | 'review';

export interface SnippetContext {
    /** The plan's coach, the natural person to ask and to review with. */
    coach?: string;
    /** The end of the plan period, a sensible first due date. */
    due?: string;
}

/** `every week` ... in English; `elke week`, `elke maand`, `elk kwartaal`, `elk jaar` in Dutch. */
export function cadencePhrases(lang: KeywordLang): string[] {
    return lang === 'nl'
        ? ['elke week', 'elke maand', 'elk kwartaal', 'elk jaar']
        : ['every week', 'every month', 'every quarter', 'every year'];
}

function escape(text: string): string {
    return text.replace(/[$}\\]/g, m => `\\${m}`);
}

export function snippetFor(kind: SnippetKind, lang: KeywordLang, context: SnippetContext): string {
    const coach = escape(context.coach ?? 'coach');
    const due = escape(context.due ?? (lang === 'nl' ? 'datum' : 'date'));
    if (lang === 'nl') {
        switch (kind) {
            case 'goal':
                return [
                    'leerdoel ${1:doel-id} "${2:Wat je wilt leren}" {',
                    '    dimensies ${3}',
                    '    ondersteunt ${4}',
                    '    actie ${5:coaching} "${6:Wat je gaat doen}" elke maand',
                    `    feedback vraag \${7:${coach}} "\${8:Wat zie je mij anders doen?}" elk kwartaal`,
                    '    bewijs "${9:Wat anderen straks zien}"',
                    `    uiterlijk \${10:${due}}`,
                    '}',
                ].join('\n');
            case 'feedback':
                return `feedback vraag \${1:${coach}} "\${2:Wat zie je mij anders doen?}" \${3|elk kwartaal,elke maand,elke week,elk jaar|}`;
            case 'review':
                return `gesprek \${1:${due}} met \${2:${coach}} "\${3:POP-gesprek}"`;
        }
    }
    switch (kind) {
        case 'goal':
            return [
                'goal ${1:goal-id} "${2:What you want to learn}" {',
                '    dimensions ${3}',
                '    supports ${4}',
                '    action ${5:coaching} "${6:What you will do}" every month',
                `    feedback ask \${7:${coach}} "\${8:What do you see me do differently?}" every quarter`,
                '    evidence "${9:What others will see}"',
                `    due \${10:${due}}`,
                '}',
            ].join('\n');
        case 'feedback':
            return `feedback ask \${1:${coach}} "\${2:What do you see me do differently?}" every \${3|quarter,month,week,year|}`;
        case 'review':
            return `review \${1:${due}} with \${2:${coach}} "\${3:POP conversation}"`;
    }
}

/**
 * A snippet as the text a client without snippet support inserts: every
 * placeholder by its default (`${1:goal-id}` -> `goal-id`), a choice by its first
 * option, bare tab stops and the final cursor dropped, escapes undone.
 */
export function snippetAsPlainText(snippet: string): string {
    let out = '';
    let i = 0;
    const readUntil = (closing: string): string => {
        let inner = '';
        let depth = 0;
        while (i < snippet.length) {
            const c = snippet[i];
            if (c === '\\' && i + 1 < snippet.length) {
                inner += c + snippet[i + 1];
                i += 2;
                continue;
            }
            if (c === '$' && snippet[i + 1] === '{') depth++;
            if (depth === 0 && snippet.startsWith(closing, i)) {
                i += closing.length;
                return inner;
            }
            if (c === '}') depth--;
            inner += c;
            i++;
        }
        return inner;
    };
    while (i < snippet.length) {
        const c = snippet[i];
        if (c === '\\' && i + 1 < snippet.length) {
            out += snippet[i + 1];
            i += 2;
        } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
            i++;
            while (/\d/.test(snippet[i] ?? '')) i++;
        } else if (c === '$' && snippet[i + 1] === '{') {
            i += 2;
            while (/\d/.test(snippet[i] ?? '')) i++;
            if (snippet[i] === ':') {
                i++;
                out += snippetAsPlainText(readUntil('}'));
            } else if (snippet[i] === '|') {
                i++;
                out += readUntil('|}').split(',')[0].replace(/\\(.)/g, '$1');
            } else {
                readUntil('}');
            }
        } else {
            out += c;
            i++;
        }
    }
    return out;
}
