import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPop } from '../../language/src/formatting/format-text.js';
import { PARSING_FIXTURES, onOneLine, readPopFolder } from '../parsing/parse-helpers.js';

/** The formatter on assessments: one score per line, four spaces deep, like every other block. */
function format(text: string): string {
    const result = formatPop(text);
    if (!result.ok) throw new Error(`did not format: ${result.reason} at ${result.line}:${result.column}`);
    return result.text;
}

describe('formatPop on assessments', () => {
    it('leaves the assessment fixtures as they are written, in both languages', () => {
        for (const lang of ['en', 'nl']) {
            const text = readPopFolder(join(PARSING_FIXTURES, lang))['assessments.pop'];
            expect(format(text), lang).toBe(text);
        }
    });

    it('lays an assessment out from one line and from a ragged layout', () => {
        const ragged = 'meting 2026-02-10   voor organisatie het-baken met lisa,joost , ilse { GedragenVisie 3 "Nog vaag." StructuurEnBeleid   2 }\n'
            + 'assessment 2026-03-01 for team ploeg-a {\nFeedbackprocessen 4\n        }\n';
        expect(format(ragged)).toBe([
            'meting 2026-02-10 voor organisatie het-baken met lisa, joost, ilse {',
            '    GedragenVisie 3 "Nog vaag."',
            '    StructuurEnBeleid 2',
            '}',
            '',
            'assessment 2026-03-01 for team ploeg-a {',
            '    Feedbackprocessen 4',
            '}',
            '',
        ].join('\n'));
        const en = readPopFolder(join(PARSING_FIXTURES, 'en'))['assessments.pop'];
        const once = format(onOneLine(en));
        expect(format(once)).toBe(once);
        expect(once).toContain('\n    acme.Craft 4\n}');
    });
});
