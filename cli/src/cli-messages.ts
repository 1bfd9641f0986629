import type { Lang } from '../../language/src/rules/rule-registry.js';

/** Every text the command line prints itself (rule messages come from the rule registry). */
const MESSAGES: {
    unknownCommand: { en: (c: string) => string; nl: (c: string) => string };
    unknownOption: { en: (o: string) => string; nl: (o: string) => string };
    missingValue: { en: (o: string) => string; nl: (o: string) => string };
    badValue: { en: (o: string, v: string, allowed: string) => string; nl: (o: string, v: string, allowed: string) => string };
    unreadablePath: { en: (p: string, why: string) => string; nl: (p: string, why: string) => string };
    badConfig: { en: (file: string, key: string, msg: string) => string; nl: (file: string, key: string, msg: string) => string };
    noFiles: { en: (paths: string) => string; nl: (paths: string) => string };
    stdinWithPaths: { en: string; nl: string };
    stdinFilenameAlone: { en: string; nl: string };
    cannotWrite: { en: (path: string, why: string) => string; nl: (path: string, why: string) => string };
    notPopFile: { en: (p: string) => string; nl: (p: string) => string };
    tooManyWarnings: { en: (n: number, max: number) => string; nl: (n: number, max: number) => string };
    fixed: { en: (n: number, files: string[]) => string; nl: (n: number, files: string[]) => string };
    fixStaged: { en: string; nl: string };
    fixStdin: { en: string; nl: string };
    internalError: { en: (m: string) => string; nl: (m: string) => string };
    planStaleNoHistory: { en: string; nl: string };
    planStaleShallow: { en: string; nl: string };
    planStaleNoHistoryIn: { en: (folder: string) => string; nl: (folder: string) => string };
    planStaleShallowIn: { en: (folder: string) => string; nl: (folder: string) => string };
} = {
    planStaleNoHistory: {
        en: "plan-stale is on, but there is no Git history here (not a repository, or no commit yet): no plan is flagged stale",
        nl: "plan-stale staat aan, maar hier is geen Git-geschiedenis (geen repository, of nog geen commit): geen enkel plan wordt als verouderd gemeld",
    },
    planStaleShallow: {
        en: 'plan-stale is on, but this is a shallow clone without the Git history it reads: no plan is flagged stale (fetch the whole history: git fetch --unshallow, or fetch-depth: 0 in CI)',
        nl: 'plan-stale staat aan, maar dit is een ondiepe kloon zonder de Git-geschiedenis die hij leest: geen enkel plan wordt als verouderd gemeld (haal de hele geschiedenis op: git fetch --unshallow, of fetch-depth: 0 in CI)',
    },
    planStaleNoHistoryIn: {
        en: (folder: string) => `plan-stale is on, but '${folder}' has no Git history (no commit yet, or Git cannot read it): its plans are not flagged stale`,
        nl: (folder: string) => `plan-stale staat aan, maar '${folder}' heeft geen Git-geschiedenis (nog geen commit, of Git kan hem niet lezen): de plannen daarin worden niet als verouderd gemeld`,
    },
    planStaleShallowIn: {
        en: (folder: string) => `plan-stale is on, but '${folder}' is a shallow clone without the Git history it reads: its plans are not flagged stale (fetch the whole history: git fetch --unshallow)`,
        nl: (folder: string) => `plan-stale staat aan, maar '${folder}' is een ondiepe kloon zonder de Git-geschiedenis die hij leest: de plannen daarin worden niet als verouderd gemeld (haal de hele geschiedenis op: git fetch --unshallow)`,
    },
    unknownCommand: { en: (c: string) => `unknown command '${c}' (try 'leerplan --help')`, nl: (c: string) => `onbekende opdracht '${c}' (probeer 'leerplan --help')` },
    unknownOption: { en: (o: string) => `unknown option '${o}'`, nl: (o: string) => `onbekende optie '${o}'` },
    missingValue: { en: (o: string) => `option '${o}' needs a value`, nl: (o: string) => `optie '${o}' heeft een waarde nodig` },
    badValue: {
        en: (o: string, v: string, allowed: string) => `option '${o}' does not accept '${v}' (allowed: ${allowed})`,
        nl: (o: string, v: string, allowed: string) => `optie '${o}' accepteert '${v}' niet (toegestaan: ${allowed})`,
    },
    unreadablePath: { en: (p: string, why: string) => `cannot read '${p}': ${why}`, nl: (p: string, why: string) => `kan '${p}' niet lezen: ${why}` },
    // The key is quoted as JSON: a key with control characters must not reach the terminal as they are.
    badConfig: { en: (file: string, key: string, msg: string) => `${file}: ${key ? `${JSON.stringify(key)}: ` : ''}${msg}`, nl: (file: string, key: string, msg: string) => `${file}: ${key ? `${JSON.stringify(key)}: ` : ''}${msg}` },
    noFiles: {
        en: (paths: string) => `no .pop files in ${paths}: name a folder or file with plans, or run 'leerplan init'`,
        nl: (paths: string) => `geen .pop-bestanden in ${paths}: noem een map of bestand met plannen, of draai 'leerplan init'`,
    },
    stdinWithPaths: { en: '--stdin reads one text: name no paths with it', nl: '--stdin leest één tekst: noem er geen paden bij' },
    stdinFilenameAlone: { en: '--stdin-filename needs --stdin', nl: '--stdin-filename werkt alleen met --stdin' },
    fixStdin: { en: '--fix writes files: it does not go with --stdin (use fmt --stdin for the layout)', nl: '--fix schrijft bestanden: het gaat niet samen met --stdin (gebruik fmt --stdin voor de opmaak)' },
    cannotWrite: { en: (path: string, why: string) => `cannot write '${path}': ${why}`, nl: (path: string, why: string) => `kan '${path}' niet schrijven: ${why}` },
    notPopFile: { en: (p: string) => `'${p}' is not a .pop file`, nl: (p: string) => `'${p}' is geen .pop-bestand` },
    fixed: {
        en: (n: number, files: string[]) => n === 0 ? 'nothing to fix safely' : `fixed ${n} ${n === 1 ? 'problem' : 'problems'} (${files.join(', ')})`,
        nl: (n: number, files: string[]) => n === 0 ? 'niets om veilig op te lossen' : `${n} ${n === 1 ? 'probleem' : 'problemen'} opgelost (${files.join(', ')})`,
    },
    fixStaged: {
        en: "--fix changes files on disk and cannot be combined with --staged (what is staged is not what is on disk)",
        nl: '--fix wijzigt bestanden op schijf en gaat niet samen met --staged (wat klaarstaat is niet wat op schijf staat)',
    },
    tooManyWarnings: {
        en: (n: number, max: number) => `${n} ${n === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${max} allows`,
        nl: (n: number, max: number) => `${n} ${n === 1 ? 'waarschuwing' : 'waarschuwingen'}, meer dan --max-warnings ${max} toestaat`,
    },
    internalError: { en: (m: string) => `internal error: ${m}`, nl: (m: string) => `interne fout: ${m}` },
};

export type CliMessages = typeof MESSAGES;
export function cliText<K extends keyof CliMessages>(key: K, lang: Lang): CliMessages[K]['en'] {
    return MESSAGES[key][lang];
}

/** The severity words of `leerplan check`'s lines, in the chosen language. */
export const SEVERITY_WORDS: Record<'error' | 'warning' | 'info' | 'hint', { en: string; nl: string }> = {
    error: { en: 'error', nl: 'fout' },
    warning: { en: 'warning', nl: 'waarschuwing' },
    info: { en: 'info', nl: 'info' },
    hint: { en: 'hint', nl: 'hint' },
};

/** "3 errors, 1 warning" in the chosen language. */
export function countSummary(lang: Lang, counts: { error: number; warning: number; info: number; hint: number }, files: number): string {
    const words = lang === 'nl'
        ? { error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['info', 'info'], hint: ['hint', 'hints'], files: ['bestand', 'bestanden'], in: 'in' }
        : { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'], hint: ['hint', 'hints'], files: ['file', 'files'], in: 'in' };
    const part = (n: number, w: readonly string[]) => `${n} ${n === 1 ? w[0] : w[1]}`;
    return `${part(counts.error, words.error)}, ${part(counts.warning, words.warning)}, ${part(counts.info, words.info)}, ${part(counts.hint, words.hint)} ${words.in} ${part(files, words.files)}`;
}

/** The language of the environment's locale: Dutch for nl_*, English otherwise. */
export function localeLanguage(env: NodeJS.ProcessEnv): Lang {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
    return /^nl([_.-]|$)/i.test(locale) ? 'nl' : 'en';
}
