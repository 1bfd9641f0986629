import type { Lang } from '../../language/src/rules/rule-registry.js';

/** `leerplan --help` and `leerplan <command> --help`, in English and Dutch. */
export type HelpTopic = 'main' | 'check' | 'summary' | 'calendar' | 'status' | 'fmt' | 'init' | 'hook';

const COMMON = {
    en: `  --lang en|nl                  message language (default: leerplan.json, else the locale)
  -h, --help                    show this help`,
    nl: `  --lang en|nl                  taal van de meldingen (standaard: leerplan.json, anders de locale)
  -h, --help                    toon deze hulp`,
};

const HELP: Record<HelpTopic, Record<Lang, string>> = {
    main: {
        en: `Usage: leerplan <command> [options]

Commands:
  check [paths]      check .pop files and folders against the rule catalogue
  summary [paths]    export a summary as HTML, Markdown or JSON
  calendar [paths]   export feedback moments, reviews, reflections and action dates as .ics
  status [paths]     follow-through per plan from Git history (last change, goals done, feedback, reviews)
  fmt [paths]        format .pop files (--check: list unformatted files, change nothing)
  init [folder]      write a starter organisation, leerplan.json and a first plan
  hook install       install a Git pre-commit hook that runs 'leerplan check' ('hook uninstall' removes it)

'leerplan <command> --help' shows the options of a command.
  -h, --help         show this help
  -v, --version      show the version`,
        nl: `Gebruik: leerplan <opdracht> [opties]

Opdrachten:
  check [paden]      controleer .pop-bestanden en mappen op de regels
  summary [paden]    exporteer een overzicht als HTML, Markdown of JSON
  calendar [paden]   exporteer feedbackmomenten, gesprekken, reflecties en actiedata als .ics
  status [paden]     opvolging per plan uit de Git-geschiedenis (laatste wijziging, doelen, feedback, gesprekken)
  fmt [paden]        maak .pop-bestanden op (--check: noem niet-opgemaakte bestanden, wijzig niets)
  init [map]         schrijf een startorganisatie, leerplan.json en een eerste plan
  hook install       installeer een Git pre-commit-hook die 'leerplan check' draait ('hook uninstall' verwijdert hem)

'leerplan <opdracht> --help' toont de opties van een opdracht.
  -h, --help         toon deze hulp
  -v, --version      toon de versie`,
    },
    check: {
        en: `Usage: leerplan check [options] [paths]

Checks .pop files and folders (default: the current folder). Exit 0: no errors;
1: errors, or more warnings than --max-warnings; 2: bad usage, a path that cannot be
read, a folder without .pop files or a broken leerplan.json.

Options:
  -f, --format pretty|json|sarif|github   output format (default: pretty)
  -o, --output-file FILE        write the report to FILE instead of standard output
  --quiet                       report errors only (--max-warnings still counts warnings)
  --max-warnings N              exit 1 when there are more than N warnings
  --today YYYY-MM-DD            the date 'overdue' and 'member-without-plan' compare with
  --staged                      treat every file as staged for commit (the pre-commit hook)
  --fix                         first apply the safe fixes (keywords in one language, private
                                reflections out of Git, names in their own spelling), then report
  --stdin                       check the text on standard input instead of files
  --stdin-filename PATH         the file that text is (default: <stdin>.pop in this folder)
  --verbose                     name every symbolic link that file discovery skipped
${COMMON.en}`,
        nl: `Gebruik: leerplan check [opties] [paden]

Controleert .pop-bestanden en mappen (standaard: de huidige map). Afsluitcode 0: geen
fouten; 1: fouten, of meer waarschuwingen dan --max-warnings; 2: verkeerd gebruik, een
onleesbaar pad, een map zonder .pop-bestanden of een kapotte leerplan.json.

Opties:
  -f, --format pretty|json|sarif|github   uitvoerformaat (standaard: pretty)
  -o, --output-file BESTAND     schrijf het rapport naar BESTAND in plaats van de standaarduitvoer
  --quiet                       meld alleen fouten (--max-warnings telt waarschuwingen wel)
  --max-warnings N              sluit af met 1 bij meer dan N waarschuwingen
  --today JJJJ-MM-DD            de datum waarmee 'overdue' en 'member-without-plan' vergelijken
  --staged                      behandel elk bestand als klaar om vast te leggen (de pre-commit-hook)
  --fix                         pas eerst de veilige oplossingen toe (sleutelwoorden in één taal,
                                privéreflecties buiten Git, namen in hun eigen schrijfwijze), meld dan
  --stdin                       controleer de tekst op de standaardinvoer in plaats van bestanden
  --stdin-filename PAD          het bestand dat die tekst is (standaard: <stdin>.pop in deze map)
  --verbose                     noem elke symbolische link die het zoeken naar bestanden oversloeg
${COMMON.nl}`,
    },
    summary: {
        en: `Usage: leerplan summary [options] [paths]

Exports a summary of the plans, never with private content, with each plan's
follow-through from Git history (as leerplan status). Exit 2 on bad usage or an
unknown id.

Options:
  -f, --format html|md|json     output format (default: from the --out file's extension, else html)
  -o, --out, --output-file FILE write to FILE instead of standard output
  --plan ID | --team ID | --coach ID   one plan, one team, or the plans one coach coaches
  --today YYYY-MM-DD            the date the summary is made on
  --since YYYY-MM-DD            start of the follow-through period (default: three months before today)
  --verbose                     name every symbolic link that file discovery skipped
${COMMON.en}`,
        nl: `Gebruik: leerplan summary [opties] [paden]

Exporteert een overzicht van de plannen, nooit met privé-inhoud, met de opvolging
van elk plan uit de Git-geschiedenis (zoals leerplan status). Afsluitcode 2 bij
verkeerd gebruik of een onbekende id.

Opties:
  -f, --format html|md|json     uitvoerformaat (standaard: volgens de extensie van --out, anders html)
  -o, --out, --output-file BESTAND   schrijf naar BESTAND in plaats van de standaarduitvoer
  --plan ID | --team ID | --coach ID   één plan, één team, of de plannen die één coach begeleidt
  --today JJJJ-MM-DD            de datum van het overzicht
  --since JJJJ-MM-DD            begin van de periode van de opvolging (standaard: drie maanden voor vandaag)
  --verbose                     noem elke symbolische link die het zoeken naar bestanden oversloeg
${COMMON.nl}`,
    },
    calendar: {
        en: `Usage: leerplan calendar [options] [paths]

Exports feedback moments, reviews, reflections, actions and due dates as an iCalendar
file (RFC 5545) for any calendar application, never with private content. A date or a
span is an all-day event, a rhythm ('every month') a repeating event over the plan
period; a moment without a calendar date ('after "..."', 'ongoing') is a note, never a
made-up date. Exit 2 on bad usage, an unknown id or a path that cannot be read.

Options:
  -o, --out FILE.ics            write to FILE.ics instead of standard output
  --person ID                   that person's own plans, the reviews held with them, the
                                feedback asked of them and their teams' routines
  --team ID                     the team's routines and goals and its members' plans
  --today YYYY-MM-DD            the date the file is made on (its DTSTAMP)
  --verbose                     name every symbolic link that file discovery skipped
${COMMON.en}`,
        nl: `Gebruik: leerplan calendar [opties] [paden]

Exporteert feedbackmomenten, gesprekken, reflecties, acties en deadlines als
iCalendar-bestand (RFC 5545) voor elke agenda, nooit met privé-inhoud. Een datum of
een periode wordt een afspraak van een hele dag, een ritme ('elke maand') een
terugkerende afspraak in de planperiode; een moment zonder kalenderdatum ('na "..."',
'doorlopend') wordt een notitie, nooit een verzonnen datum. Afsluitcode 2 bij verkeerd
gebruik, een onbekende id of een onleesbaar pad.

Opties:
  -o, --out BESTAND.ics         schrijf naar BESTAND.ics in plaats van de standaarduitvoer
  --person ID                   de eigen plannen van die persoon, de gesprekken met hem of
                                haar, de feedback die hem of haar gevraagd wordt en de
                                routines van zijn of haar teams
  --team ID                     de routines en doelen van het team en de plannen van de leden
  --today JJJJ-MM-DD            de datum van het bestand (de DTSTAMP)
  --verbose                     noem elke symbolische link die het zoeken naar bestanden oversloeg
${COMMON.nl}`,
    },
    status: {
        en: `Usage: leerplan status [options] [paths]

Follow-through per plan, from Git history: when the plan last changed, the goals done in
the period (the plan now against the plan as committed before it), asked feedback
moments passed without a 'feedback received' record, and reviews held against planned
(a review counts as held when the plan changed within 14 days after it). Private files,
private blocks and private records are never read. Exit 0: the report; 2: bad usage or
a path that cannot be read; 3: no Git history (not a repository, no commit yet, or a
shallow clone): nothing is guessed.

Options:
  --since YYYY-MM-DD            start of the period (default: three months before today)
  -f, --format text|json        output format (default: text)
  --today YYYY-MM-DD            the end of the period
  --verbose                     name every symbolic link that file discovery skipped
${COMMON.en}`,
        nl: `Gebruik: leerplan status [opties] [paden]

Opvolging per plan, uit de Git-geschiedenis: wanneer het plan het laatst veranderde, de
doelen die in de periode afgerond zijn (het plan nu tegenover het plan zoals het voor de
periode vastgelegd was), gevraagde feedbackmomenten die voorbij zijn zonder 'feedback
ontvangen', en gehouden tegenover geplande gesprekken (een gesprek telt als gehouden als
het plan binnen 14 dagen erna veranderde). Privébestanden, privéblokken en privé-
verslagen worden nooit gelezen. Afsluitcode 0: het overzicht; 2: verkeerd gebruik of een
onleesbaar pad; 3: geen Git-geschiedenis (geen repository, nog geen commit, of een
ondiepe kloon): er wordt niets gegokt.

Opties:
  --since JJJJ-MM-DD            begin van de periode (standaard: drie maanden voor vandaag)
  -f, --format text|json        uitvoerformaat (standaard: text)
  --today JJJJ-MM-DD            het einde van de periode
  --verbose                     noem elke symbolische link die het zoeken naar bestanden oversloeg
${COMMON.nl}`,
    },
    fmt: {
        en: `Usage: leerplan fmt [options] [paths]

Formats .pop files in place and lists the files it changed. Exit 1 when --check finds
unformatted files or a file cannot be formatted; 2 on bad usage or a path without .pop files.

Options:
  --check                       change nothing; list the files that are not formatted
  --quiet                       do not list the files that were formatted
  --stdin                       format the text on standard input and print the result
  --stdin-filename PATH         the file that text is, for messages (default: <stdin>.pop)
  --verbose                     name every symbolic link that file discovery skipped
${COMMON.en}`,
        nl: `Gebruik: leerplan fmt [opties] [paden]

Maakt .pop-bestanden op en noemt de bestanden die veranderd zijn. Afsluitcode 1 als
--check niet-opgemaakte bestanden vindt of een bestand niet op te maken is; 2 bij
verkeerd gebruik of een pad zonder .pop-bestanden.

Opties:
  --check                       wijzig niets; noem de bestanden die niet opgemaakt zijn
  --quiet                       noem de opgemaakte bestanden niet
  --stdin                       maak de tekst op de standaardinvoer op en druk het resultaat af
  --stdin-filename PAD          het bestand dat die tekst is, voor meldingen (standaard: <stdin>.pop)
  --verbose                     noem elke symbolische link die het zoeken naar bestanden oversloeg
${COMMON.nl}`,
    },
    init: {
        en: `Usage: leerplan init [options] [folder]

Writes a starter organisation.pop, leerplan.json and plans/<name>-<year>.pop in the
folder (default: the current one). Asks nothing and never overwrites (exit 2).

Options:
  --lang en|nl                  keyword language of the files (default: the locale's)
  --today YYYY-MM-DD            the date the first plan starts from
  -h, --help                    show this help`,
        nl: `Gebruik: leerplan init [opties] [map]

Schrijft een startbestand organisation.pop, leerplan.json en plans/<naam>-<jaar>.pop in de
map (standaard: de huidige). Vraagt niets en overschrijft nooit (afsluitcode 2).

Opties:
  --lang en|nl                  taal van de sleutelwoorden (standaard: die van de locale)
  --today JJJJ-MM-DD            de datum waarop het eerste plan begint
  -h, --help                    toon deze hulp`,
    },
    hook: {
        en: `Usage: leerplan hook install [--force] | leerplan hook uninstall [--force]

install    writes a Git pre-commit hook that checks the staged .pop files; --force
           replaces a hook leerplan did not write (saved as pre-commit.backup)
uninstall  removes leerplan's hook and puts back the hook it replaced
${COMMON.en}`,
        nl: `Gebruik: leerplan hook install [--force] | leerplan hook uninstall [--force]

install    schrijft een Git pre-commit-hook die de gestagede .pop-bestanden controleert;
           --force vervangt een hook die leerplan niet schreef (bewaard als pre-commit.backup)
uninstall  verwijdert de hook van leerplan en zet de hook terug die hij verving
${COMMON.nl}`,
    },
};

export function helpText(topic: HelpTopic, lang: Lang): string {
    return HELP[topic][lang];
}
