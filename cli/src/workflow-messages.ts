import type { Lang } from '../../language/src/rules/rule-registry.js';

/**
 * What `fmt`, `summary`, `calendar`, `init`, `hook` and the progress line print, in English and Dutch. Kept
 * apart from cli-messages.ts (the shared usage text and option errors) so each command's
 * texts sit together. Arguments are paths, counts and ids, never plan text.
 */
const WORKFLOW_MESSAGES = {
    progressChecking: { en: (done: number, total: number) => `checking ${done}/${total} files`, nl: (done: number, total: number) => `controleren ${done}/${total} bestanden` },
    progressFormatting: { en: (done: number, total: number) => `formatting ${done}/${total} files`, nl: (done: number, total: number) => `opmaken ${done}/${total} bestanden` },

    fmtDoesNotParse: {
        en: (where: string, file: string) => `${where}: not formatted: the file does not parse (see 'leerplan check ${file}')`,
        nl: (where: string, file: string) => `${where}: niet opgemaakt: het bestand is niet te lezen als .pop (zie 'leerplan check ${file}')`,
    },
    fmtTooLarge: {
        en: (file: string, mb: number, lines: number) => `${file}: not formatted: too large to be a plan (over ${mb} MB or ${lines.toLocaleString('en')} lines)`,
        nl: (file: string, mb: number, lines: number) => `${file}: niet opgemaakt: te groot voor een plan (meer dan ${mb} MB of ${lines.toLocaleString('nl')} regels)`,
    },
    fmtInternal: {
        en: (file: string) => `${file}: not formatted: the formatter would have changed more than whitespace (please report this)`,
        nl: (file: string) => `${file}: niet opgemaakt: de opmaak zou meer dan witruimte veranderen (meld dit alstublieft)`,
    },
    fmtUnreadable: { en: (file: string, why: string) => `${file}: not formatted: ${why}`, nl: (file: string, why: string) => `${file}: niet opgemaakt: ${why}` },
    fmtNotWritten: { en: (file: string, why: string) => `${file}: could not be written: ${why}`, nl: (file: string, why: string) => `${file}: kon niet worden geschreven: ${why}` },
    fmtCheckSummary: {
        en: (bad: number, total: number) => `${bad} of ${total} ${total === 1 ? 'file' : 'files'} ${bad === 1 ? 'is' : 'are'} not formatted; run 'leerplan fmt' to format ${bad === 1 ? 'it' : 'them'}`,
        nl: (bad: number, total: number) => `${bad} van ${total} ${total === 1 ? 'bestand' : 'bestanden'} ${bad === 1 ? 'is' : 'zijn'} niet opgemaakt; 'leerplan fmt' maakt ${bad === 1 ? 'het' : 'ze'} op`,
    },
    fmtWriteSummary: {
        en: (changed: number, total: number) => `formatted ${changed} of ${total} ${total === 1 ? 'file' : 'files'}`,
        nl: (changed: number, total: number) => `${changed} van ${total} ${total === 1 ? 'bestand' : 'bestanden'} opgemaakt`,
    },
    fmtFailedSummary: {
        en: (failed: number) => `${failed} ${failed === 1 ? 'file' : 'files'} could not be formatted`,
        nl: (failed: number) => `${failed} ${failed === 1 ? 'bestand kon' : 'bestanden konden'} niet worden opgemaakt`,
    },

    summaryOneScope: { en: 'use at most one of --plan, --team and --coach', nl: 'gebruik hooguit een van --plan, --team en --coach' },
    summaryUnknown: {
        en: (kind: 'plan' | 'team' | 'coach', id: string) => `unknown ${kind === 'coach' ? 'coach' : kind} '${id}' (--${kind})`,
        nl: (kind: 'plan' | 'team' | 'coach', id: string) => `onbekend${kind === 'coach' ? 'e' : ''} ${kind} '${id}' (--${kind})`,
    },
    summaryOneOut: { en: 'use --out or --output-file, not both', nl: 'gebruik --out of --output-file, niet allebei' },
    summaryOutIsFolder: { en: (path: string) => `--out '${path}' is a folder; name a file`, nl: (path: string) => `--out '${path}' is een map; noem een bestand` },
    summaryCannotWrite: { en: (path: string, why: string) => `cannot write '${path}': ${why}`, nl: (path: string, why: string) => `kan '${path}' niet schrijven: ${why}` },

    calendarOneScope: { en: 'use at most one of --person and --team', nl: 'gebruik hooguit een van --person en --team' },
    calendarUnknown: {
        en: (kind: 'person' | 'team', id: string) => `unknown ${kind} '${id}' (--${kind})`,
        nl: (kind: 'person' | 'team', id: string) => `onbekend${kind === 'person' ? 'e persoon' : ' team'} '${id}' (--${kind})`,
    },
    calendarNotes: {
        en: (n: number) => `${n} ${n === 1 ? 'moment has' : 'moments have'} no calendar date (after an event, ongoing, or a rhythm without a plan period): written as ${n === 1 ? 'a note' : 'notes'} (VJOURNAL), not as events`,
        nl: (n: number) => `${n} ${n === 1 ? 'moment heeft' : 'momenten hebben'} geen kalenderdatum (na een gebeurtenis, doorlopend, of een ritme zonder planperiode): als ${n === 1 ? 'notitie' : 'notities'} (VJOURNAL) geschreven, niet als afspraken`,
    },
    calendarWrote: {
        en: (file: string, events: number) => `wrote ${file}: ${events} ${events === 1 ? 'event' : 'events'}`,
        nl: (file: string, events: number) => `${file} geschreven: ${events} ${events === 1 ? 'afspraak' : 'afspraken'}`,
    },

    initExists: {
        en: (files: string, count: number) => `init writes nothing: ${files} already ${count === 1 ? 'exists; move it' : 'exist; move them'} away or choose another folder`,
        nl: (files: string, count: number) => `init schrijft niets: ${files} ${count === 1 ? 'bestaat al; verplaats het' : 'bestaan al; verplaats ze'} of kies een andere map`,
    },
    initNotAFolder: { en: (path: string) => `'${path}' is not a folder`, nl: (path: string) => `'${path}' is geen map` },
    initTooManyPaths: { en: 'init takes one folder', nl: 'init neemt één map' },
    initWrote: { en: (file: string) => `wrote ${file}`, nl: (file: string) => `${file} geschreven` },
    initNext: {
        en: (folder: string) => `next: edit the files, then run 'leerplan check${folder}'`,
        nl: (folder: string) => `verder: pas de bestanden aan en draai dan 'leerplan check${folder}'`,
    },

    hookUsage: { en: 'usage: leerplan hook install [--force] | leerplan hook uninstall', nl: 'gebruik: leerplan hook install [--force] | leerplan hook uninstall' },
    hookBackedUp: { en: (file: string) => `saved the existing hook as ${file}`, nl: (file: string) => `de bestaande hook is bewaard als ${file}` },
    hookNoRepository: {
        en: (cwd: string) => `'${cwd}' is not inside a Git repository (run 'git init' first)`,
        nl: (cwd: string) => `'${cwd}' ligt niet in een Git-repository (draai eerst 'git init')`,
    },
    hookForeign: {
        en: (file: string) => `${file} already exists and was not written by leerplan; use --force to replace it`,
        nl: (file: string) => `${file} bestaat al en is niet door leerplan geschreven; gebruik --force om het te vervangen`,
    },
    hookForeignKept: {
        en: (file: string) => `${file} was not written by leerplan, so it stays; use --force to remove it`,
        nl: (file: string) => `${file} is niet door leerplan geschreven en blijft dus staan; gebruik --force om het te verwijderen`,
    },
    hookInstalled: {
        en: (file: string) => `installed ${file}: every commit now runs 'leerplan check' on the staged .pop files`,
        nl: (file: string) => `${file} geïnstalleerd: elke commit draait nu 'leerplan check' op de gestagede .pop-bestanden`,
    },
    hookUpToDate: { en: (file: string) => `${file} is up to date`, nl: (file: string) => `${file} is al bijgewerkt` },
    hookRemoved: { en: (file: string) => `removed ${file}`, nl: (file: string) => `${file} verwijderd` },
    hookRestored: {
        en: (file: string, backup: string) => `removed leerplan's hook and put back the hook it had replaced (${backup} -> ${file})`,
        nl: (file: string, backup: string) => `de hook van leerplan is verwijderd en de hook die hij verving staat terug (${backup} -> ${file})`,
    },
} as const;

type Messages = typeof WORKFLOW_MESSAGES;

export function workflowText<K extends keyof Messages>(key: K, lang: Lang): Messages[K]['en'] {
    return WORKFLOW_MESSAGES[key][lang] as Messages[K]['en'];
}
