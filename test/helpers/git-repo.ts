import { spawnSync } from 'node:child_process';

/**
 * Git in a test repository, with commits on chosen days (GIT_AUTHOR_DATE and
 * GIT_COMMITTER_DATE): what follow-through reads of history.
 */
export function git(cwd: string, args: string[], date?: string): string {
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    if (date) Object.assign(env, { GIT_AUTHOR_DATE: `${date}T10:00:00+00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+00:00` });
    const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
}

/** Everything in the work tree committed on `date` (YYYY-MM-DD). */
export function commitAll(cwd: string, date: string): void {
    git(cwd, ['add', '-A']);
    git(cwd, ['commit', '-q', '-m', `work of ${date}`], date);
}
