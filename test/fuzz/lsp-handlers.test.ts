import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { LSPErrorCodes, type Position, type Range } from 'vscode-languageserver';
import { computeSummary } from '../../server/src/lsp/summary-request.js';
import { openWorkspace } from '../lsp/helpers.js';
import { checkProperty, fuzzRuns, fuzzTimeout } from './fuzz-budget.js';
import { seedWorkspaces, workspaceArb } from './mutations.js';
import { lineLengths, rangeProblem, WarmChecker, type CheckedWorkspace } from './workspace-check.js';

/**
 * The editor features of the language server, called in-process (the services
 * `createLeerplanLspServices` wires, over an in-memory workspace) on mutated workspaces
 * at random positions, including positions past the end of a line or of the file, as
 * a client with a stale view sends them: no handler throws, and every range a handler
 * returns lies inside the document it names.
 */
const seeds = seedWorkspaces();
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const positionArb = fc.record({ line: fraction, character: fraction, past: fc.constantFrom(0, 0, 0, 0, 1, 50) });
type PositionPick = { line: number; character: number; past: number };

function positionIn(text: string, pick: PositionPick): Position {
    const lengths = lineLengths(text);
    const line = Math.floor(pick.line * lengths.length);
    return { line: line + (pick.past === 50 ? 1 : 0), character: Math.floor(pick.character * (lengths[line] + 1)) + pick.past };
}

describe('fuzz: language server handlers on mutated workspaces', async () => {
    const ws = await openWorkspace({});
    const services = ws.services;
    const lsp = services.lsp;
    const checker = new WarmChecker(ws.shared, services.leerplan.Settings);
    const runs = fuzzRuns(200);
    let requests = 0;
    let refusals = 0;

    /** Asserts that every range in a handler's answer lies inside the document it belongs to. */
    function rangesInside(value: unknown, checked: CheckedWorkspace, document: LangiumDocument, path = '$'): string[] {
        const textOf = (uri: string | undefined) => {
            if (!uri) return document.textDocument.getText();
            const found = checked.documents.find(d => d.uri.toString() === uri) ?? ws.shared.workspace.LangiumDocuments.all.find(d => d.uri.toString() === uri);
            return found?.textDocument.getText();
        };
        const problems: string[] = [];
        const visit = (node: unknown, uri: string | undefined, at: string) => {
            if (Array.isArray(node)) return node.forEach((n, i) => visit(n, uri, `${at}[${i}]`));
            if (!node || typeof node !== 'object') return;
            const record = node as Record<string, unknown>;
            const documentUri = (record.textDocument as { uri?: unknown } | undefined)?.uri;
            const ownUri = typeof record.uri === 'string' ? record.uri : typeof record.targetUri === 'string' ? record.targetUri
                : typeof documentUri === 'string' ? documentUri : uri;
            for (const [key, child] of Object.entries(record)) {
                if (isRange(child)) {
                    // A location link's origin range is in the requesting document, its other ranges in the target.
                    const text = textOf(key === 'originSelectionRange' ? undefined : ownUri);
                    if (text === undefined) continue;
                    const problem = rangeProblem(child, lineLengths(text));
                    if (problem) problems.push(`${at}.${key}: ${problem}`);
                } else if (key === 'changes' && child && typeof child === 'object') {
                    for (const [u, edits] of Object.entries(child)) visit(edits, u, `${at}.changes`);
                } else if (key !== 'textDocument') {
                    visit(child, ownUri, `${at}.${key}`);
                }
            }
        };
        visit(value, undefined, path);
        return problems;
    }

    it(`no handler throws, every range it returns is inside its document (${runs} workspaces)`, async () => {
        await checkProperty('LSP handlers at random positions', fc.asyncProperty(
            workspaceArb(seeds), fc.array(positionArb, { minLength: 1, maxLength: 4 }), fc.constantFrom('en' as const, 'nl' as const),
            async (files, picks, lang) => {
                const checked = await checker.check(files, lang);
                for (let i = 0; i < checked.documents.length; i++) {
                    const document = checked.documents[i];
                    const textDocument = { uri: document.uri.toString() };
                    const text = document.textDocument.getText();
                    const answers: Array<[string, unknown]> = [];
                    // An answer to a position outside the text may echo that position; only answers to positions inside are held to ranges inside.
                    const ask = async (name: string, call: () => unknown, inside = true) => {
                        requests++;
                        try {
                            const answer = await call();
                            if (inside) answers.push([name, answer]);
                        } catch (error) {
                            // A refusal the editor shows to the user (rename on a keyword) is an answer, not a crash.
                            // (Compared by code: the server's vscode-jsonrpc is another copy than the tests'.)
                            if (!(error instanceof Error && (error as { code?: unknown }).code === LSPErrorCodes.RequestFailed && error.message)) throw error;
                            refusals++;
                        }
                    };
                    await ask('documentSymbol', () => lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }));
                    await ask('foldingRange', () => lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }));
                    await ask('semanticTokens', () => lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }));
                    await ask('formatting', () => lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }));
                    await ask('codeLens', () => lsp.CodeLensProvider!.provideCodeLens(document, { textDocument }));
                    for (const diagnostic of checked.diagnostics[i]) {
                        await ask('codeAction', () => lsp.CodeActionProvider!.getCodeActions(document, {
                            textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] },
                        }));
                    }
                    for (const pick of picks) {
                        const position = positionIn(text, pick);
                        const at = { textDocument, position };
                        const inside = pick.past === 0;
                        await ask('hover', () => lsp.HoverProvider!.getHoverContent(document, at), inside);
                        await ask('completion', () => lsp.CompletionProvider!.getCompletion(document, at), inside);
                        await ask('definition', () => lsp.DefinitionProvider!.getDefinition(document, at), inside);
                        await ask('references', () => lsp.ReferencesProvider!.findReferences(document, { ...at, context: { includeDeclaration: pick.past === 0 } }), inside);
                        await ask('documentHighlight', () => lsp.DocumentHighlightProvider!.getDocumentHighlight(document, at), inside);
                        await ask('prepareRename', () => lsp.RenameProvider!.prepareRename(document, at), inside);
                        await ask('rename', () => lsp.RenameProvider!.rename(document, { ...at, newName: pick.past ? 'x y' : 'renamed-id' }), inside);
                        const range: Range = { start: position, end: positionIn(text, { ...pick, line: Math.min(0.999, pick.line + 0.1) }) };
                        await ask('codeAction(range)', () => lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range, context: { diagnostics: [] } }), inside);
                        await ask('semanticTokens(range)', () => lsp.SemanticTokenProvider!.semanticHighlightRange(document, { textDocument, range }), inside);
                    }
                    for (const audience of ['owner', 'export'] as const) {
                        await ask('leerplan/summary', () => computeSummary(ws.shared, services.leerplan.Settings, { textDocument, audience }));
                    }
                    for (const [name, answer] of answers) {
                        expect(rangesInside(answer, checked, document, name)).toEqual([]);
                    }
                }
                await ws.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
            },
        ), runs);
        console.log(`[fuzz] LSP handlers: ${requests} requests on ${runs} workspaces, none threw (${refusals} were refused with a message, as LSP does)`);
    }, fuzzTimeout(runs, 200));
});

function isRange(value: unknown): value is Range {
    if (!value || typeof value !== 'object') return false;
    const r = value as Record<string, unknown>;
    const isPos = (p: unknown) => !!p && typeof p === 'object' && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';
    return isPos(r.start) && isPos(r.end);
}
