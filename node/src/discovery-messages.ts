import type { Lang } from '../../language/src/rules/rule-registry.js';
import type { Discovery, SkipReason } from './file-discovery.js';
import type { GitFailure } from './git-repository.js';
import { MAX_IGNORE_FILE_BYTES, MAX_PATTERN_LENGTH, type IgnoreNote } from './gitignore.js';

/** What discovery tells the user, in the CLI (stderr) and in the server (its log, and a message for problems). */
export interface DiscoveryReport {
    /** Something could not be searched (an unreadable folder, the limit): `check` exits 2, the editor shows a message. */
    problems: string[];
    /** Something was left out on purpose that the user should know about: FIFOs, devices, unusable ignore lines. */
    warnings: string[];
    /** The links that were skipped, one line each (CLI: with `--verbose`; server: always, in its log). */
    details: string[];
    /** How many symbolic links were skipped. */
    skippedLinks: number;
}

const SYSTEM_ERROR: Record<string, { en: string; nl: string }> = {
    EACCES: { en: 'permission denied', nl: 'geen toegang' },
    EPERM: { en: 'permission denied', nl: 'geen toegang' },
    ENOENT: { en: 'no such file or folder', nl: 'bestaat niet' },
    ENOTDIR: { en: 'no such file or folder', nl: 'bestaat niet' },
    ELOOP: { en: 'a loop of symbolic links', nl: 'een kring van symbolische links' },
    EIO: { en: 'input/output error', nl: 'leesfout' },
    EISDIR: { en: 'is a folder', nl: 'is een map' },
    ENOTFILE: { en: 'not a file', nl: 'geen bestand' },
    EILSEQ: { en: 'not valid UTF-8', nl: 'geen geldige UTF-8' },
    ENOSPC: { en: 'no space left on the disk', nl: 'de schijf is vol' },
    EDQUOT: { en: 'the disk quota is used up', nl: 'het schijfquotum is op' },
    EROFS: { en: 'a read-only file system', nl: 'een alleen-lezen bestandssysteem' },
    EFBIG: { en: 'the file would be too large', nl: 'het bestand zou te groot worden' },
    ENAMETOOLONG: { en: 'the name is too long', nl: 'de naam is te lang' },
    EBUSY: { en: 'in use', nl: 'in gebruik' },
    ETXTBSY: { en: 'in use', nl: 'in gebruik' },
    EMFILE: { en: 'too many open files', nl: 'te veel open bestanden' },
    ENFILE: { en: 'too many open files', nl: 'te veel open bestanden' },
    ETIMEDOUT: { en: 'it took too long', nl: 'het duurde te lang' },
};

/** A system error code (EACCES, ...) in words. */
export function systemErrorText(code: string, lang: Lang): string {
    return SYSTEM_ERROR[code]?.[lang] ?? code;
}

const GIT_FAILURE = {
    notInstalled: { en: 'Git is not installed', nl: 'Git is niet geïnstalleerd' },
    said: { en: (text: string) => `Git says: ${text}`, nl: (text: string) => `Git meldt: ${text}` },
    exited: { en: (how: string) => `Git exited with ${how}`, nl: (how: string) => `Git stopte met ${how}` },
} as const;

/** Why Git gave no answer, in words; what Git itself said stays Git's (English) words, named as such. */
export function gitFailureText(failure: GitFailure, lang: Lang): string {
    switch (failure.kind) {
        case 'not-installed': return GIT_FAILURE.notInstalled[lang];
        case 'system': return systemErrorText(failure.code, lang);
        case 'said': return GIT_FAILURE.said[lang](failure.text);
        case 'exited': return GIT_FAILURE.exited[lang](failure.how);
    }
}

/** What a failure to write an output file (or a plan `fmt` formats) means where it differs from reading. */
const WRITE_ERROR: Record<string, { en: string; nl: string }> = {
    ENOENT: { en: 'no such folder', nl: 'die map bestaat niet' },
    ENOTDIR: { en: 'no such folder', nl: 'die map bestaat niet' },
    ELOOP: { en: 'it is a symbolic link', nl: 'het is een symbolische link' },
    EISDIR: { en: 'it is a folder', nl: 'het is een map' },
};

/** Why a file could not be written, in words in the output's language (the code itself when it has no words here). */
export function writeFailure(error: NodeJS.ErrnoException, lang: Lang): string {
    if (error.code === undefined) return error.message;
    return WRITE_ERROR[error.code]?.[lang] ?? systemErrorText(error.code, lang);
}

const SPECIAL_PATH: Record<string, { en: string; nl: string }> = {
    fifo: { en: 'a FIFO, not a file or folder: it is never read', nl: 'een FIFO, geen bestand of map: het wordt nooit gelezen' },
    socket: { en: 'a socket, not a file or folder: it is never read', nl: 'een socket, geen bestand of map: het wordt nooit gelezen' },
    device: { en: 'a device, not a file or folder: it is never read', nl: 'een apparaat, geen bestand of map: het wordt nooit gelezen' },
};

/** Why a path given on the command line cannot be used (`Discovery.errors`), in words. */
export function namedPathProblem(code: string, lang: Lang): string {
    return SPECIAL_PATH[code]?.[lang] ?? systemErrorText(code, lang);
}

const SKIPPED: Record<SkipReason, { en: string; nl: string }> = {
    outside: { en: 'it leads out of the workspace', nl: 'hij leidt buiten de werkruimte' },
    folder: { en: 'a link to a folder (its files are found where the folder is)', nl: 'een link naar een map (de bestanden worden gevonden waar de map staat)' },
    dangling: { en: 'it points to nothing', nl: 'hij wijst naar niets' },
    loop: { en: 'a loop of links', nl: 'een kring van links' },
    duplicate: { en: 'a second way to a file that is read already', nl: 'een tweede weg naar een bestand dat al gelezen wordt' },
    fifo: { en: 'a FIFO, not a file', nl: 'een FIFO, geen bestand' },
    socket: { en: 'a socket, not a file', nl: 'een socket, geen bestand' },
    device: { en: 'a device, not a file', nl: 'een apparaat, geen bestand' },
};

const TEXT = {
    limit: {
        en: (folder: string, limit: number) => `stopped looking for .pop files in '${folder}' at ${limit.toLocaleString('en')} files and folders, the limit ("discoveryLimit" in leerplan.json): check a smaller folder, or raise the limit`,
        nl: (folder: string, limit: number) => `zoeken naar .pop-bestanden in '${folder}' gestopt bij ${limit.toLocaleString('nl')} bestanden en mappen, de grens ("discoveryLimit" in leerplan.json): controleer een kleinere map, of verhoog de grens`,
    },
    unreadableFolder: {
        en: (folder: string, why: string) => `cannot read folder '${folder}': ${why}`,
        nl: (folder: string, why: string) => `kan map '${folder}' niet lezen: ${why}`,
    },
    special: {
        en: (path: string, what: string, link: boolean) => `skipped '${path}': ${link ? `a link to ${what}` : what}; it is never read`,
        nl: (path: string, what: string, link: boolean) => `'${path}' overgeslagen: ${link ? `een link naar ${what}` : what}; het wordt nooit gelezen`,
    },
    link: {
        en: (path: string, why: string) => `skipped link '${path}': ${why}`,
        nl: (path: string, why: string) => `link '${path}' overgeslagen: ${why}`,
    },
    links: {
        en: (n: number, verbose: boolean) => `${n} symbolic ${n === 1 ? 'link' : 'links'} skipped${verbose ? '' : ' (--verbose names them)'}`,
        nl: (n: number, verbose: boolean) => `${n} symbolische ${n === 1 ? 'link' : 'links'} overgeslagen${verbose ? '' : ' (--verbose noemt ze)'}`,
    },
    ignoreLine: {
        en: (where: string, why: string) => `${where}: ignore pattern not used: ${why}; the other lines apply`,
        nl: (where: string, why: string) => `${where}: negeerpatroon niet gebruikt: ${why}; de andere regels gelden`,
    },
    ignoreFile: {
        en: (file: string, why: string) => `${file}: not used: ${why}`,
        nl: (file: string, why: string) => `${file}: niet gebruikt: ${why}`,
    },
    gitFallback: {
        en: (folder: string, why: string) => `Git could not list '${folder}' (${why}): its .gitignore files were read instead`,
        nl: (folder: string, why: string) => `Git kon '${folder}' niet opsommen (${why}): de .gitignore-bestanden zijn gelezen`,
    },
};

const IGNORE_PROBLEM: Record<IgnoreNote['problem'], { en: string; nl: string }> = {
    'too-long': { en: `longer than ${MAX_PATTERN_LENGTH} characters`, nl: `langer dan ${MAX_PATTERN_LENGTH} tekens` },
    'too-complex': {
        en: `more than one '**' between slashes is too slow to match outside a Git repository (Git applies it inside one)`,
        nl: `meer dan een '**' tussen schuine strepen is te traag buiten een Git-repository (Git past het daarbinnen toe)`,
    },
    'not-compiled': { en: 'it cannot be compiled', nl: 'het kan niet worden vertaald' },
    'too-large': { en: `larger than ${MAX_IGNORE_FILE_BYTES / 1024} KB`, nl: `groter dan ${MAX_IGNORE_FILE_BYTES / 1024} KB` },
    unreadable: { en: 'it cannot be read', nl: 'het kan niet worden gelezen' },
};

/** The report of a discovery; `show` turns an absolute path into what the user sees. */
export function describeDiscovery(discovery: Discovery, lang: Lang, show: (path: string) => string): DiscoveryReport {
    const report: DiscoveryReport = { problems: [], warnings: [], details: [], skippedLinks: 0 };
    if (discovery.limitReached) report.problems.push(TEXT.limit[lang](show(discovery.limitReached.folder), discovery.limitReached.limit));
    for (const folder of discovery.unreadable) report.problems.push(TEXT.unreadableFolder[lang](show(folder.path), systemErrorText(folder.code, lang)));
    for (const note of discovery.ignoreNotes) {
        const why = IGNORE_PROBLEM[note.problem][lang];
        report.warnings.push(note.line ? TEXT.ignoreLine[lang](`${show(note.file)}:${note.line}`, why) : TEXT.ignoreFile[lang](show(note.file), why));
    }
    for (const entry of discovery.skipped) {
        if (entry.reason === 'fifo' || entry.reason === 'socket' || entry.reason === 'device') {
            report.warnings.push(TEXT.special[lang](show(entry.path), SKIPPED[entry.reason][lang], entry.link));
        } else {
            report.details.push(TEXT.link[lang](show(entry.path), SKIPPED[entry.reason][lang]));
        }
        if (entry.link) report.skippedLinks++;
    }
    for (const fallback of discovery.gitFallbacks) report.details.push(TEXT.gitFallback[lang](show(fallback.folder), gitFailureText(fallback.failure, lang)));
    return report;
}

/** The one line counting the skipped links, or undefined when there are none. */
export function skippedLinksLine(report: DiscoveryReport, lang: Lang, verbose: boolean): string | undefined {
    return report.skippedLinks ? TEXT.links[lang](report.skippedLinks, verbose) : undefined;
}
