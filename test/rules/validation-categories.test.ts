import { EmptyFileSystem, URI, type ValidationCategory } from 'langium';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { ensureBuiltinDocument } from '../../language/src/workspace/check-documents.js';
import { defaultSettings } from '../../language/src/config/settings.js';
import type { LeerplanAstType } from '../../language/src/generated/ast.js';

const PLAN = `people { person anna "Anna" }
plan anna-2026 for anna {
    coach nobody
    goal g "A goal" { }
}
`;

/**
 * Langium's validation categories hold for Leerplan's own dispatch of checks: a check
 * registered as `slow` runs, and asking for some categories runs only their checks.
 */
describe('validation categories', () => {
    async function validate(categories: ValidationCategory[] | undefined, register?: (services: ReturnType<typeof createLeerplanCoreServices>['Leerplan']) => void) {
        const { shared, Leerplan } = createLeerplanCoreServices(EmptyFileSystem);
        Leerplan.leerplan.Settings.set({ ...defaultSettings(), today: '2026-06-01' });
        register?.(Leerplan);
        const document = shared.workspace.LangiumDocumentFactory.fromString(PLAN, URI.file('/categories/plan.pop'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([ensureBuiltinDocument(shared), document], { validation: categories ? { categories } : true });
        return (document.diagnostics ?? []).map(d => String(d.code ?? d.message)).sort();
    }
    const slow = (services: ReturnType<typeof createLeerplanCoreServices>['Leerplan']) => services.validation.ValidationRegistry.register<LeerplanAstType>({
        Plan: (_node, accept) => accept('info', 'slow check ran', { node: _node, code: 'slow-check' }),
    }, undefined, 'slow');

    it('runs every category by default, a slow check too', async () => {
        const codes = await validate(undefined, slow);
        expect(codes).toContain('slow-check');
        expect(codes).toContain('goal-without-vision');
        expect(codes).toContain('link-error');
    });

    it('runs only the slow checks when only they are asked for', async () => {
        expect(await validate(['slow'], slow)).toEqual(['slow-check']);
    });

    it('runs only the fast checks when only they are asked for', async () => {
        const codes = await validate(['fast'], slow);
        expect(codes).toContain('goal-without-vision');
        expect(codes).not.toContain('slow-check');
        expect(codes).not.toContain('link-error');
    });

    it('reports only syntax and link errors for the built-in category', async () => {
        expect(await validate(['built-in'], slow)).toEqual(['link-error']);
    });

    it('reports an asynchronous check as an error instead of losing what it finds', async () => {
        const codes = await validate(undefined, services => services.validation.ValidationRegistry.register<LeerplanAstType>({
            Plan: async (node, accept) => {
                await Promise.resolve();
                accept('warning', 'too late', { node, code: 'async-check' });
            },
        }));
        expect(codes.some(c => c.startsWith('An error occurred during validation: a Leerplan check must be synchronous'))).toBe(true);
    });
});
