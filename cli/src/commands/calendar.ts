import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ast from '../../../language/src/generated/ast.js';
import { openOutputFile, type OutputFile } from '../../../node/src/write-file.js';
import { writeFailure } from '../../../node/src/discovery-messages.js';
import { collectGarbage } from '../../../node/src/memory-limits.js';
import { terminalPath } from '../../../node/src/display-paths.js';
import { isPrivateFile } from '../../../language/src/workspace/private-file.js';
import type { SummaryScope } from '../../../summary/src/summary-model.js';
import { SUMMARY_BATCH_SIZE, summarisePlansInBatches } from '../../../summary/src/summary-in-batches.js';
import { calendarText } from '../../../summary/src/calendar-text.js';
import { IcsWriter, planCalendarEntries, teamCalendarEntries, type CalendarEntry, type CalendarFilter } from '../../../summary/src/ics.js';
import { CHECK_BATCH_SIZE } from '../../../language/src/workspace/check-in-batches.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../command-context.js';
import { localeLanguage } from '../cli-messages.js';
import { workflowText } from '../workflow-messages.js';
import { loadExportModel } from '../export-model.js';
import { langOption, parseOptions, peekLang, todayOption } from '../options.js';

/**
 * `leerplan calendar [paths] [--person ID | --team ID] [--out FILE.ics]`: the moments of
 * the plans as an iCalendar file (RFC 5545; `summary/src/ics.ts` says what becomes
 * what), on standard output unless `--out` names a file. Built from the summary's
 * export model, a batch of plans at a time as `leerplan summary` builds it, so it holds
 * nothing private and memory stays bounded. Exit 2 on bad usage, an unknown id or a
 * workspace that could not be read whole.
 */
export async function calendarCommand(ctx: CommandContext, batches: { size?: number; dropped?: () => void } = {}): Promise<number> {
    const batchSize = batches.size ?? CHECK_BATCH_SIZE;
    const dropped = batches.dropped ?? collectGarbage;
    const lang0 = peekLang(ctx.argv, localeLanguage(ctx.env));
    const { positionals, values } = parseOptions(ctx.argv, {
        out: { type: 'string', short: 'o' },
        person: { type: 'string' },
        team: { type: 'string' },
        lang: { type: 'string', choices: ['en', 'nl'] },
        today: { type: 'string' },
        verbose: { type: 'boolean' },
    }, lang0);
    const today = todayOption(values.today, lang0);
    if (values.person !== undefined && values.team !== undefined) throw new UsageError(workflowText('calendarOneScope', lang0), lang0);
    const scope: SummaryScope = values.team !== undefined ? { kind: 'team', id: values.team } : { kind: 'all' };
    const filter: CalendarFilter = values.person !== undefined ? { person: values.person } : {};
    const outPath = values.out !== undefined ? resolve(ctx.cwd, values.out) : undefined;
    if (outPath && isFolder(outPath)) throw new UsageError(workflowText('summaryOutIsFolder', lang0)(values.out!), lang0);

    // A person or a team is looked up in the whole workspace the files were linked in; without one, the files named.
    const loaded = await loadExportModel(ctx, positionals, {
        cwd: ctx.cwd, lang: langOption(values.lang), today, verbose: values.verbose === true, scope,
        whole: scope.kind !== 'all' || filter.person !== undefined, batchSize, dropped,
    });
    if (!loaded.ok) return loaded.code;
    const { result, builder, context, fileOf } = loaded;
    const lang = result.lang;
    let name = calendarText('allPlans', lang);
    if (scope.kind === 'team') {
        if (!builder.scopeTargetExists()) throw new UsageError(workflowText('calendarUnknown', lang)('team', scope.id), lang);
        name = builder.frame().teams[0]?.name || scope.id;
    }
    if (filter.person !== undefined) {
        // Only a person declared in a shared file: what a private file declares is shown to no one.
        const person = context.filter(d => !isPrivateFile(d.file) && !isPrivateFile(d.uri))
            .flatMap(d => (d.root.elements ?? []).filter(ast.isPeople).flatMap(p => p.persons)).find(p => p.name === filter.person);
        if (!person) throw new UsageError(workflowText('calendarUnknown', lang)('person', filter.person), lang);
        name = person.displayName || filter.person;
    }

    if (result.sources.length > batchSize) dropped();
    const frame = builder.frame();
    const writer = new IcsWriter({ lang, name, today: result.settings.today });
    let events = 0;
    let notes = 0;
    const write = (entries: CalendarEntry[]) => {
        for (const entry of entries) entry.when.kind === 'note' ? notes++ : events++;
        return writer.entries(entries);
    };
    let output: OutputFile;
    try {
        output = outPath ? openOutputFile(outPath) : { write: text => void ctx.stdout.write(text), close: () => undefined };
    } catch (e) {
        ctx.stderr.write(`leerplan: ${workflowText('summaryCannotWrite', lang)(values.out!, writeFailure(e as NodeJS.ErrnoException, lang))}\n`);
        return 2;
    }
    try {
        output.write(writer.head());
        for (const team of frame.teams) output.write(write(teamCalendarEntries(team, lang, filter)));
        await summarisePlansInBatches(builder, index => ({ uri: result.sources[index].uri, text: result.sources[index].text, file: fileOf(index) }), plans => {
            for (const plan of plans) output.write(write(planCalendarEntries(plan, lang, filter)));
        }, { services: result.services, dropped, batchSize: Math.min(batchSize, SUMMARY_BATCH_SIZE) });
        output.write(writer.tail());
        output.close();
    } catch (e) {
        try {
            output.close();
        } catch {
            // The failure being reported is the first one.
        }
        if (!outPath || typeof (e as NodeJS.ErrnoException)?.code !== 'string') throw e;
        ctx.stderr.write(`leerplan: ${workflowText('summaryCannotWrite', lang)(values.out!, writeFailure(e as NodeJS.ErrnoException, lang))}\n`);
        return 2;
    }
    if (notes) ctx.stderr.write(`leerplan: ${workflowText('calendarNotes', lang)(notes)}\n`);
    if (outPath) ctx.stderr.write(`leerplan: ${workflowText('calendarWrote', lang)(terminalPath(outPath, ctx.cwd), events)}\n`);
    return 0;
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
