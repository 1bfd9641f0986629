import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitAll, git } from './git-repo.js';

/**
 * One year of a plan in Git, shared by the tests of `leerplan status` and of the
 * summaries' follow-through: Yara's plan committed on 2026-01-05 and changed on
 * 2026-04-08 (a goal done, two records of feedback received, an unknown asker replaced by
 * an outside one), and Anna's plan on disk but never committed. `today` is 2026-06-15.
 */
export const STORY_PEOPLE = `people {
    person yara "Yara Visser"
    person mark "Mark Jansen"
    person anna "Anna de Vries"
}
`;

export const YARA_START = `plan yara-2026 for yara {
    coach mark
    period 2026-01-01 .. 2026-12-31
    goal talks "Better talks" {
        feedback ask mark "How did it go?" on 2026-04-01
        feedback ask team-less "External?" on 2026-04-02
        feedback ask anna "And now?" every month
        status active
    }
    goal old "Finished long ago" {
        status done
    }
    review every quarter with mark
    review 2026-05-10 with anna
}
`;

export const YARA_LATER = YARA_START
    .replace('status active', 'status done\n        feedback received mark on 2026-04-03 "Useful."\n        feedback received anna on 2026-04-20')
    .replace('feedback ask team-less "External?" on 2026-04-02', 'feedback ask external "parents" "External?" on 2026-04-02');

export const ANNA_UNCOMMITTED = `plan anna-2026 for anna {
    period 2026-01-01 .. 2026-12-31
    goal g "G" {
        feedback ask mark "Q" on 2026-05-01
    }
}
`;

/** Writes the story's repository into `root` (a workspace folder already holding `files`'s first state). */
export function tellStory(root: string): void {
    git(root, ['init', '-q']);
    commitAll(root, '2026-01-05');
    writeFileSync(join(root, 'plans/yara-2026.pop'), YARA_LATER);
    commitAll(root, '2026-04-08');
    // Anna's plan is on disk, not yet committed.
    writeFileSync(join(root, 'plans/anna-2026.pop'), ANNA_UNCOMMITTED);
}

/** The files the story's workspace starts with. */
export const STORY_START: Record<string, string> = {
    'leerplan.json': JSON.stringify({ today: '2026-06-15' }),
    'organisation.pop': STORY_PEOPLE,
    'plans/yara-2026.pop': YARA_START,
};
