import { BUILTIN_FRAMEWORKS, type BuiltinDimension, type BuiltinFramework } from './builtin-frameworks.js';
import { stringLiteral } from '../syntax/string-literal.js';

/**
 * The built-in frameworks as a .pop document. It is loaded into every workspace,
 * so built-in dimensions are ordinary declarations: linking, hover, go to
 * definition and completion treat them like a user's own framework.
 */
export const BUILTIN_URI = 'leerplan-builtin:/frameworks.pop';

export function isBuiltinUri(uri: { toString(): string } | string): boolean {
    return uri.toString() === BUILTIN_URI;
}

let cached: string | undefined;

export function builtinFrameworksText(): string {
    cached ??= BUILTIN_FRAMEWORKS.map(renderFramework).join('\n');
    return cached;
}

function renderFramework(framework: BuiltinFramework): string {
    const lines = [`// ${framework.source}`, `framework ${framework.id} ${stringLiteral(framework.title.en)} {`];
    for (const dimension of framework.dimensions) lines.push('    ' + renderDimension(dimension));
    lines.push('}', '');
    return lines.join('\n');
}

function renderDimension(d: BuiltinDimension): string {
    const roles = d.roles.length ? ` role ${d.roles.join(', ')}` : '';
    return `dimension ${d.id} ${stringLiteral(d.name.nl)} ${stringLiteral(d.name.en)}${roles} ${stringLiteral(d.description.en)}`;
}

/** The library entry behind a dimension, for bilingual hovers. */
export function findBuiltinDimension(frameworkId: string, dimensionId: string): BuiltinDimension | undefined {
    return BUILTIN_FRAMEWORKS.find(f => f.id === frameworkId)?.dimensions.find(d => d.id === dimensionId);
}

export function findBuiltinFramework(frameworkId: string): BuiltinFramework | undefined {
    return BUILTIN_FRAMEWORKS.find(f => f.id === frameworkId);
}
