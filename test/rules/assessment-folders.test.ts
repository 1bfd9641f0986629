import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { checkDocuments } from '../../language/src/workspace/check-documents.js';
import { defaultSettings } from '../../language/src/config/settings.js';

/**
 * `assessment-gap` and `assessment-stale` ask what the assessment's own workspace folder
 * does: a goal, or a later assessment, in another folder of the editor's workspace does
 * not count (each folder is its own organisation, as `leerplan check` sees it).
 */
const FILES: Record<string, string> = {
    '/ws/a/organisation.pop': 'people {\n    person mark "Mark"\n    person anna "Anna"\n}\n\nteam ward "Ward" {\n    lead mark\n    members anna\n}\n',
    '/ws/a/assessments.pop': 'assessment 2025-03-01 for team ward with mark, anna {\n    Feedbackprocessen 2\n}\n',
    '/ws/b/plan.pop': 'plan anna-2026 for anna {\n    coach mark\n    team ward\n    period 2026-01-01 .. 2026-12-31\n    goal ask "Ask" {\n        dimensions Feedbackprocessen\n    }\n}\n',
    '/ws/b/assessments.pop': 'assessment 2026-05-01 for team ward with mark, anna {\n    GedragenVisie 4\n}\n',
};

async function codes(folders: boolean): Promise<string[]> {
    const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
    const a = { ...defaultSettings(), today: '2026-06-01' };
    const b = { ...a };
    Leerplan.leerplan.Settings.set(a);
    if (folders) Leerplan.leerplan.Settings.setResolver(uri => (uri.includes('/ws/b/') ? b : a));
    const names = Object.keys(FILES);
    const results = await checkDocuments(shared, names.map(name => ({ uri: URI.file(name), text: FILES[name] })));
    return results[names.indexOf('/ws/a/assessments.pop')].diagnostics.map(d => String(d.code)).filter(code => code.startsWith('assessment-')).sort();
}

describe('assessments in a workspace of several folders', () => {
    it("count only the goals and assessments of their own folder", async () => {
        // One folder: folder b's later assessment is the latest, and its plan works on the dimension.
        expect(await codes(false)).toEqual([]);
        // Two folders: folder a's assessment is its latest (and old), and no goal of folder a works on it.
        expect(await codes(true)).toEqual(['assessment-gap', 'assessment-stale']);
    });
});
