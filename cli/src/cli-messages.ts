import type { Lang } from '../../language/src/rules/rule-registry.js';

/** Every text the command line prints itself (rule messages come from the rule registry). */
const MESSAGES: {
    usage: { en: string; nl: string };
    unknownCommand: { en: (c: string) => string; nl: (c: string) => string };
    unknownOption: { en: (o: string) => string; nl: (o: string) => string };
    missingValue: { en: (o: string) => string; nl: (o: string) => string };
    badValue: { en: (o: string, v: string, allowed: string) => string; nl: (o: string, v: string, allowed: string) => string };
    unreadablePath: { en: (p: string, why: string) => string; nl: (p: string, why: string) => string };
    badConfig: { en: (file: string, key: string, msg: string) => string; nl: (file: string, key: string, msg: string) => string };
    noFiles: { en: string; nl: string };
    notPopFile: { en: (p: string) => string; nl: (p: string) => string };
    tooManyWarnings: { en: (n: number, max: number) => string; nl: (n: number, max: number) => string };
    fixed: { en: (n: number, files: string[]) => string; nl: (n: number, files: string[]) => string };
    fixStaged: { en: string; nl: string };
    internalError: { en: (m: string) => string; nl: (m: string) => string };
} = {
    usage: {
        en: `Usage: leerplan <command> [options]

Commands:
  check [paths]      check .pop files and folders against the rule catalogue
  summary [paths]    export a summary (--format html|md|json, --out FILE, --plan/--team/--coach ID)
  fmt [paths]        format .pop files (--check: list unformatted files, change nothing)
  init [folder]      write a starter organisation, leerplan.json and a first plan (--lang nl|en)
  hook install       install a Git pre-commit hook that runs 'leerplan check' (--force; 'hook uninstall' removes it)

Options for check:
  --format pretty|json|sarif|github   output format (default: pretty)
  --lang en|nl                        message language (default: leerplan.json, else the locale)
  --today YYYY-MM-DD                  the date 'overdue' and 'member-without-plan' compare with
  --max-warnings N                    exit 1 when there are more than N warnings
  --staged                            treat every file as staged for commit (the pre-commit hook)
  --fix                               first apply the safe fixes (keywords in one language, private
                                      reflections out of Git, names in their own spelling), then report
  --verbose                           name every symbolic link that file discovery skipped (also for fmt and summary)
  -h, --help                          show this help
  -v, --version                       show the version`,
        nl: `Gebruik: leerplan <opdracht> [opties]

Opdrachten:
  check [paden]      controleer .pop-bestanden en mappen op de regels
  summary [paden]    exporteer een overzicht (--format html|md|json, --out BESTAND, --plan/--team/--coach ID)
  fmt [paden]        maak .pop-bestanden op (--check: noem niet-opgemaakte bestanden, wijzig niets)
  init [map]         schrijf een startorganisatie, leerplan.json en een eerste plan (--lang nl|en)
  hook install       installeer een Git pre-commit-hook die 'leerplan check' draait (--force; 'hook uninstall' verwijdert hem)

Opties voor check:
  --format pretty|json|sarif|github   uitvoerformaat (standaard: pretty)
  --lang en|nl                        taal van de meldingen (standaard: leerplan.json, anders de locale)
  --today YYYY-MM-DD                  de datum waarmee 'overdue' en 'member-without-plan' vergelijken
  --max-warnings N                    sluit af met 1 bij meer dan N waarschuwingen
  --staged                            behandel elk bestand als klaar om vast te leggen (de pre-commit-hook)
  --fix                               pas eerst de veilige oplossingen toe (sleutelwoorden in één taal,
                                      privéreflecties buiten Git, namen in hun eigen schrijfwijze), meld dan
  --verbose                           noem elke symbolische link die het zoeken naar bestanden oversloeg (ook voor fmt en summary)
  -h, --help                          toon deze hulp
  -v, --version                       toon de versie`,
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
    noFiles: { en: 'no .pop files found', nl: 'geen .pop-bestanden gevonden' },
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
