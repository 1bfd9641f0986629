import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands alone: no test, script, benchmark, build file or source reads a
 * path outside it (the design folder beside the development checkout is not part of a
 * clone). `.ci/run` proves it by running the quick start in a fresh clone with nothing
 * beside it; this test names the offending line sooner.
 */
const ROOT = join(__dirname, '..');
const SCANNED = ['test', 'scripts', 'bench', '.ci', 'cli', 'server', 'node', 'language', 'client', 'package.json', 'vitest.config.ts', 'tsconfig.json', 'langium-config.json'];
const CODE = /\.(ts|mts|cts|js|mjs|cjs|sh|json)$|^run$/;
const SKIPPED = new Set(['node_modules', 'out', 'generated', 'fixtures', 'results', '.data', '.data-preview']);
const OUTSIDE = [
    /\.\.[/\\]shared\b/,
    /['"]shared['"]\s*,\s*['"]design['"]/,
    /\bshared[/\\](design|bench|hooks)\b/,
    /['"]\/work\//,
];

function codeFiles(path: string): string[] {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).filter(name => !SKIPPED.has(name)).flatMap(name => {
        const child = join(path, name);
        return statSync(child).isDirectory() ? codeFiles(child) : CODE.test(name) ? [child] : [];
    });
}

describe('the repository stands alone', () => {
    it('no code, test, script or benchmark names a path outside the repository', () => {
        const files = SCANNED.flatMap(entry => codeFiles(join(ROOT, entry))).filter(file => file !== __filename);
        expect(files.length).toBeGreaterThan(100);
        const offenders = files.flatMap(file => readFileSync(file, 'utf8').split('\n').flatMap((line, i) =>
            OUTSIDE.some(pattern => pattern.test(line)) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : []));
        expect(offenders).toEqual([]);
    });

    it('the sketch the tests read is inside the repository', () => {
        expect(readdirSync(join(ROOT, 'test', 'fixtures', 'sketch')).sort()).toEqual(['anna-2026.pop', 'organisation.pop', 'piet-2026.pop']);
    });
});
