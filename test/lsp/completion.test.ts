import { describe, expect, it } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver';
import { applyTextEdits, openWorkspace } from './helpers.js';
import { NAVIGATION_FILES } from './fixtures.js';

/**
 * Completion that fits the position (issue 17, point 3), asked of the server's own
 * completion provider in process: which items stand where, which one is pre-selected,
 * and what accepting it writes, in both keyword languages.
 */
const CURSOR = '¦';

interface Asked {
    items: CompletionItem[];
    labels: string[];
    /** The text after accepting the item with `label` as the editor would (its text edit, or its insert text at the cursor). */
    accept(label: string): string;
}

/**
 * Completion in `file` written as `text` (with `¦` at the cursor), in the navigation
 * workspace, for a client that takes snippets or not; `trigger` is the typed character
 * that opened it (none: Ctrl+Space).
 */
async function complete(file: string, text: string, options: { snippets?: boolean; trigger?: string; retrigger?: boolean; lang?: 'en' | 'nl' } = {}): Promise<Asked> {
    const offset = text.indexOf(CURSOR);
    if (offset < 0) throw new Error('no cursor');
    const plain = text.replace(CURSOR, '');
    const ws = await openWorkspace({ ...NAVIGATION_FILES, [file]: plain }, { settings: { lang: options.lang ?? 'en' } });
    await ws.shared.lsp.LanguageServer.initialize({
        processId: null, rootUri: null, workspaceFolders: null,
        capabilities: { textDocument: { completion: { completionItem: { snippetSupport: options.snippets ?? true } } } },
        initializationOptions: { retriggerSuggest: options.retrigger ?? false },
    });
    const document = ws.doc(file);
    const list = await ws.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: ws.uri(file) },
        position: document.textDocument.positionAt(offset),
        context: options.trigger ? { triggerKind: 2, triggerCharacter: options.trigger } : { triggerKind: 1 },
    }) as CompletionList;
    const items = list.items;
    // The editor filters the list while the user types; it does not ask again at each key.
    expect(list.isIncomplete).toBe(false);
    return {
        items,
        labels: items.map(i => i.label),
        accept(label) {
            const item = items.find(i => i.label === label);
            if (!item) throw new Error(`no item ${label} in ${items.map(i => i.label).join(', ')}`);
            const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit as TextEdit : undefined;
            const position = document.textDocument.positionAt(offset);
            return applyTextEdits(plain, [edit ?? { range: { start: position, end: position }, newText: item.insertText ?? item.label }]);
        },
    };
}

const ANNA = NAVIGATION_FILES['anna-2026.pop'];
const PIET = NAVIGATION_FILES['piet-2026.pop'];
const STATEMENT_SNIPPETS_EN = ['goal', 'action', 'feedback', 'review', 'reflection'];
const STATEMENT_SNIPPETS_NL = ['leerdoel', 'actie', 'feedback', 'gesprek', 'reflectie'];
const snippetsOf = (items: CompletionItem[]) => items.filter(i => i.kind === CompletionItemKind.Snippet || i.insertTextFormat === InsertTextFormat.Snippet);

describe('completion at the top level', () => {
    it('offers only what may stand there, one item each, no statement snippet (English)', async () => {
        const { labels, items } = await complete('anna-2026.pop', ANNA + '\n' + CURSOR);
        expect(labels).toEqual(expect.arrayContaining(['plan', 'team', 'organisation', 'people', 'framework', 'private']));
        for (const statement of STATEMENT_SNIPPETS_EN) expect(labels).not.toContain(statement);
        expect(labels).not.toContain('coach');
        expect(new Set(labels).size).toBe(labels.length);
        expect(labels.filter(l => l === 'plan')).toHaveLength(1);
        expect(snippetsOf(items).map(i => i.label).sort()).toEqual(['people', 'plan', 'team']);
    });

    it('offers only what may stand there, in Dutch keywords in a Dutch file', async () => {
        const { labels } = await complete('piet-2026.pop', PIET + '\n' + CURSOR);
        expect(labels).toEqual(expect.arrayContaining(['plan', 'team', 'organisatie', 'mensen']));
        for (const statement of STATEMENT_SNIPPETS_NL) expect(labels).not.toContain(statement);
        expect(labels).not.toContain('organisation');
        expect(labels).not.toContain('people');
        expect(new Set(labels).size).toBe(labels.length);
    });
});

describe('completion inside a plan and a goal', () => {
    it('offers one item per construct in a plan body, each snippet once (English and Dutch)', async () => {
        const english = await complete('anna-2026.pop', ANNA.replace('    review 2026-06-30', `    ${CURSOR}\n    review 2026-06-30`));
        expect(english.labels.filter(l => l === 'goal')).toHaveLength(1);
        expect(english.labels).toEqual(expect.arrayContaining(['goal', 'review', 'reflection', 'coach', 'period']));
        expect(new Set(english.labels).size).toBe(english.labels.length);
        const dutch = await complete('piet-2026.pop', PIET.replace('    gesprek 2026-06-30', `    ${CURSOR}\n    gesprek 2026-06-30`));
        expect(dutch.labels.filter(l => l === 'leerdoel')).toHaveLength(1);
        expect(dutch.labels).toEqual(expect.arrayContaining(['leerdoel', 'gesprek', 'reflectie']));
        expect(dutch.labels).not.toContain('goal');
        expect(new Set(dutch.labels).size).toBe(dutch.labels.length);
    });

    it('writes a goal snippet with the workspace names as choices, and plain keywords to a client without snippets', async () => {
        const text = ANNA.replace('    review 2026-06-30', `    ${CURSOR}\n    review 2026-06-30`);
        const withSnippets = await complete('anna-2026.pop', text);
        const goal = withSnippets.items.find(i => i.label === 'goal')!;
        expect(goal.insertTextFormat).toBe(InsertTextFormat.Snippet);
        expect(goal.kind).toBe(CompletionItemKind.Snippet);
        expect(goal.insertText).toMatch(/^goal \$\{1:goal-id\} "\$\{2:[^}]+\}" \{\n/);

        const plain = await complete('anna-2026.pop', text, { snippets: false });
        expect(snippetsOf(plain.items)).toEqual([]);
        expect(plain.items.some(i => /\$\{?\d/.test(i.insertText ?? i.textEdit?.newText ?? ''))).toBe(false);
        expect(plain.labels.filter(l => l === 'goal')).toHaveLength(1);
        expect(plain.accept('goal')).toContain('    goal\n    review 2026-06-30');
    });

    it('offers only names after a keyword that needs one: visions after supports, no snippet, no keyword', async () => {
        const english = await complete('anna-2026.pop', ANNA.replace('supports learning-at-work', `supports ${CURSOR}`));
        expect(english.labels.sort()).toEqual(['fewer-incidents', 'learning-at-work', 'quality']);
        const dutch = await complete('piet-2026.pop', PIET.replace('ondersteunt fewer-incidents', `ondersteunt ${CURSOR}`));
        expect(dutch.labels.sort()).toEqual(['fewer-incidents', 'learning-at-work', 'quality']);
        expect(snippetsOf(dutch.items)).toEqual([]);
    });

    it('offers nothing after a keyword followed by a new name', async () => {
        expect((await complete('anna-2026.pop', ANNA.replace('    review 2026-06-30', `    goal ${CURSOR}\n    review 2026-06-30`))).labels).toEqual([]);
        expect((await complete('piet-2026.pop', PIET.replace('    gesprek 2026-06-30', `    leerdoel ${CURSOR}\n    gesprek 2026-06-30`))).labels).toEqual([]);
    });

    it('pre-selects the line a goal lacks, and accepting it writes the keyword with the cursor after it', async () => {
        const text = ANNA.replace('        due 2026-09-30\n', `        due 2026-09-30\n        ${CURSOR}\n`).replace('        supports learning-at-work\n', '');
        const asked = await complete('anna-2026.pop', text, { retrigger: true });
        expect(asked.items.filter(i => i.preselect).map(i => i.label)).toEqual(['supports']);
        expect(asked.accept('supports')).toContain('        due 2026-09-30\n        supports \n');
        const dutch = await complete('piet-2026.pop', PIET.replace('        ondersteunt fewer-incidents\n', `        ${CURSOR}\n`), { retrigger: true });
        expect(dutch.items.filter(i => i.preselect).map(i => i.label)).toEqual(['dimensies']);
    });
});

describe('completion of a level', () => {
    it('writes level N -> M with the levels 1 to 5 as choices, in the language of the file', async () => {
        const goal = ANNA.replace('        due 2026-09-30\n', `        due 2026-09-30\n        ${CURSOR}\n`);
        const english = await complete('anna-2026.pop', goal);
        expect(english.items.find(i => i.label === 'level')?.insertText).toBe('level ${1|1,2,3,4,5|} -> ${2|1,2,3,4,5|}');
        const dutch = await complete('piet-2026.pop', PIET.replace('        ondersteunt fewer-incidents\n', `        ${CURSOR}\n`));
        expect(dutch.items.find(i => i.label === 'niveau')?.insertText).toBe('niveau ${1|1,2,3,4,5|} -> ${2|1,2,3,4,5|}');
        const plain = await complete('anna-2026.pop', goal, { snippets: false });
        expect(snippetsOf(plain.items.filter(i => i.label === 'level'))).toEqual([]);
    });

    it('writes a review or a reflection on a date or in a rhythm (the second edition), in the language of the file', async () => {
        const english = await complete('anna-2026.pop', ANNA.replace('    review 2026-06-30', `    ${CURSOR}\n    review 2026-06-30`));
        const review = english.items.find(i => i.label === 'review')!.insertText!;
        expect(review).toMatch(/^review \$\{1\|\d{4}-\d\d-\d\d,every quarter,every week,every month,/);
        expect(review).toContain(' with ');
        expect(english.items.find(i => i.label === 'reflection')!.insertText).toMatch(/^reflection \$\{1\|\d{4}-\d\d-\d\d,every month,every week,/);
        const dutch = await complete('piet-2026.pop', PIET.replace('    gesprek 2026-06-30', `    ${CURSOR}\n    gesprek 2026-06-30`));
        expect(dutch.items.find(i => i.label === 'gesprek')!.insertText).toMatch(/^gesprek \$\{1\|\d{4}-\d\d-\d\d,elk kwartaal,elke week,elke maand,.* met /);
        expect(dutch.items.find(i => i.label === 'reflectie')!.insertText).toMatch(/^reflectie \$\{1\|\d{4}-\d\d-\d\d,elke maand,elke week,/);
    });
});

describe('completion after feedback', () => {
    it('offers ask, give and received after feedback, then the people and teams after ask, with the coach pre-selected (English)', async () => {
        const feedback = await complete('anna-2026.pop', ANNA.replace('feedback ask mark', `feedback ${CURSOR}`));
        expect(feedback.labels.sort()).toEqual(['ask', 'give', 'received']);
        const ask = await complete('anna-2026.pop', ANNA.replace('feedback ask mark', `feedback ask ${CURSOR}`));
        expect(ask.labels).toEqual(expect.arrayContaining(['anna', 'mark', 'piet', 'team']));
        expect(ask.items.filter(i => i.preselect).map(i => i.label)).toEqual(['mark']);
        expect(snippetsOf(ask.items)).toEqual([]);
    });

    it('offers vraag, geef and ontvangen after feedback in Dutch, then the people after vraag', async () => {
        const feedback = await complete('piet-2026.pop', PIET.replace('feedback vraag mark', `feedback ${CURSOR}`));
        expect(feedback.labels.sort()).toEqual(['geef', 'ontvangen', 'vraag']);
        const ask = await complete('piet-2026.pop', PIET.replace('feedback vraag mark', `feedback vraag ${CURSOR}`));
        expect(ask.labels).toEqual(expect.arrayContaining(['anna', 'mark', 'piet', 'team']));
        expect(ask.items.filter(i => i.preselect).map(i => i.label)).toEqual(['mark']);
    });

    it('opens by itself after feedback ask and after a framework\'s dot, replacing what was typed', async () => {
        const ask = await complete('anna-2026.pop', ANNA.replace('feedback ask mark', `feedback ask ${CURSOR}`), { trigger: ' ' });
        expect(ask.labels).toEqual(expect.arrayContaining(['mark', 'piet']));
        const dot = await complete('anna-2026.pop', ANNA.replace('senge.SharedVision', `senge.${CURSOR}`), { trigger: '.' });
        expect(dot.labels).toEqual(expect.arrayContaining(['senge.SharedVision', 'senge.PersonalMastery']));
        expect(dot.accept('senge.SharedVision')).toContain('dimensions LerenVanLeidersEnMedewerkers, senge.SharedVision, acme.Craft');
    });
});

describe('completion where a name or a text is written', () => {
    it('offers nothing after role in a person line, so Enter ends the line', async () => {
        const organisation = NAVIGATION_FILES['organisation.pop'].replace('person piet "Piet Bakker"   role "Nurse"', `person piet "Piet Bakker" role ${CURSOR}`);
        const asked = await complete('organisation.pop', organisation);
        expect(asked.items.filter(i => i.preselect)).toEqual([]);
        expect(snippetsOf(asked.items)).toEqual([]);
        expect(asked.labels).toEqual([]);
    });

    it('offers the learning-workplace roles after a dimension\'s role, and no dates after dimension', async () => {
        const role = await complete('acme.pop', NAVIGATION_FILES['acme.pop'].replace('role workplace', `role ${CURSOR}`));
        expect(role.labels).toEqual(expect.arrayContaining(['workplace']));
        expect(role.labels.some(l => /^\d{4}-/.test(l))).toBe(false);
        expect(snippetsOf(role.items)).toEqual([]);
        const dimension = await complete('acme.pop', NAVIGATION_FILES['acme.pop'].replace('    dimension Craft', `    dimension ${CURSOR}\n    dimension Craft`));
        expect(dimension.labels.some(l => /^\d{4}-/.test(l))).toBe(false);
        expect(dimension.labels).toEqual([]);
    });
});

describe('completion requests answered at the same time', () => {
    it('each sees its own document and trigger: answered together, the lists are those answered one by one', async () => {
        const typed = ANNA.replace('plan anna-2026', 'plan typed-2026').replace('feedback ask mark', `feedback ask ${CURSOR}`);
        const blank = ANNA.replace('plan anna-2026', 'plan blank-2026').replace('        supports ', `        ${CURSOR}\n        supports `);
        const ws = await openWorkspace({ ...NAVIGATION_FILES, 'typed.pop': typed.replace(CURSOR, ''), 'blank.pop': blank.replace(CURSOR, '') });
        await ws.shared.lsp.LanguageServer.initialize({
            processId: null, rootUri: null, workspaceFolders: null,
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } },
        });
        const provider = ws.services.lsp.CompletionProvider!;
        const ask = async (file: string, text: string, trigger?: string) => {
            const list = await provider.getCompletion(ws.doc(file), {
                textDocument: { uri: ws.uri(file) },
                position: ws.doc(file).textDocument.positionAt(text.indexOf(CURSOR)),
                context: trigger ? { triggerKind: 2, triggerCharacter: trigger } : { triggerKind: 1 },
            });
            return (list?.items ?? []).map(i => i.label).sort();
        };
        // Each completion step waits a moment first, as one that computes a scope may: the
        // requests then take turns, and each must still answer with its own trigger.
        const step = provider as unknown as { completionFor: (...args: unknown[]) => unknown };
        const original = step.completionFor.bind(provider);
        step.completionFor = async (...args: unknown[]) => {
            await new Promise(resolve => setTimeout(resolve, 1));
            return original(...args);
        };
        const alone = [await ask('typed.pop', typed, ' '), await ask('blank.pop', blank)];
        // Typed after `feedback ask `: the people, no line keywords; Ctrl+Space on a blank line: the line keywords.
        expect(alone[0]).toEqual(expect.arrayContaining(['mark', 'piet']));
        expect(alone[0]).not.toContain('action');
        expect(alone[1]).toEqual(expect.arrayContaining(['action', 'feedback']));
        for (let round = 0; round < 5; round++) {
            expect(await Promise.all([ask('typed.pop', typed, ' '), ask('blank.pop', blank), ask('typed.pop', typed, ' ')])).toEqual([alone[0], alone[1], alone[0]]);
            expect(await Promise.all([ask('blank.pop', blank), ask('typed.pop', typed, ' ')])).toEqual([alone[1], alone[0]]);
        }
    });
});
