import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, EmptyFileSystem, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { createLeerplanCoreServices } from '../../language/src/leerplan-module.js';
import { identifierPattern, nameKeywords, softKeywords } from '../../language/src/syntax/grammar-facts.js';
import { KEYWORD_PAIRS, NEUTRAL_KEYWORDS } from '../../language/src/syntax/keywords.js';
import { checkWorkspace } from '../helpers/check.js';

const grammar = createLeerplanCoreServices(EmptyFileSystem).Leerplan.Grammar;

/**
 * Facts about the language are read from its grammar (language/src/syntax/grammar-facts.ts),
 * and the keyword tables that cannot be (their language and their translation) hold
 * exactly the grammar's keywords.
 */
describe('facts from the grammar', () => {
    it('the keyword tables hold exactly the keywords of the grammar (punctuation aside)', () => {
        const isWord = (k: string) => /^[\p{L}\p{N}]/u.test(k);
        const inGrammar = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(k => k.value).filter(isWord));
        const inTables = new Set([...KEYWORD_PAIRS.flatMap(([en, nl]) => [en, ...nl]), ...NEUTRAL_KEYWORDS].filter(isWord));
        expect([...inTables].filter(k => !inGrammar.has(k)), 'in the tables, not in the grammar').toEqual([]);
        expect([...inGrammar].filter(k => !inTables.has(k)), 'in the grammar, not in the tables').toEqual([]);
    });

    it('knows which keywords may be names, and where', () => {
        const soft = softKeywords(grammar);
        const names = nameKeywords(grammar);
        for (const word of soft) expect(names.has(word), word).toBe(true);
        expect(soft.has('management')).toBe(true);
        expect(names.has('feedback') && !soft.has('feedback'), 'feedback is a name only as a learning form').toBe(true);
        for (const word of ['plan', 'goal', 'leerdoel', 'supports', 'coach']) expect(names.has(word), word).toBe(false);
    });

    it('a keyword that may be a name is one: a person called management, a person called week', async () => {
        const result = await checkWorkspace({ 'people.pop': 'people {\n    person management "M"\n    person week "W"\n}\n' });
        expect(result.codes['people.pop'].filter(c => c === 'parse-error')).toEqual([]);
    });

    it('reads what an id looks like from the ID terminal', () => {
        const id = identifierPattern(grammar);
        for (const good of ['anna', 'learn-from-incidents', 'Zoë', '_x', 'plan-b', 'één']) expect(id.test(good), good).toBe(true);
        for (const bad of ['', '1abc', '-a', 'a×b', 'a÷b', 'a.b', 'a b']) expect(id.test(bad), bad).toBe(false);
    });

    it('the VS Code extension checks a new id with the same pattern (put in by the build)', () => {
        const bundle = readFileSync(join(__dirname, '..', '..', 'out', 'extension.cjs'), 'utf8');
        expect(bundle).toContain(`new RegExp(${JSON.stringify(identifierPattern(grammar).source)})`);
    });
});
