import { git, tryGit } from '../git/git.js';

// The store commit that adds a record carries the recorded commit's
// committer date (Unix seconds) in its subject, so pruning can order records
// without fetching the recorded commits, which a shallow clone lacks.
const DATE_IN_SUBJECT = /\(commit date (\d+)\)$/;

/** Returns the store commit subject for a record of `commit` committed at `date`. */
export function recordSubject(commit: string, date: number): string {
  return `Record memgate baseline for ${commit} (commit date ${date})`;
}

/**
 * Returns the committer date of `commit` in Unix seconds, or the current
 * time where the repository does not have the commit.
 */
export async function commitDate(cwd: string, commit: string): Promise<number> {
  const result = await tryGit(['show', '-s', '--format=%ct', commit, '--'], {
    cwd,
  });
  const date = Number(result.stdout.trim());
  if (result.exitCode === 0 && Number.isInteger(date) && date > 0) return date;
  return Math.floor(Date.now() / 1000);
}

/**
 * Lists the records of store commit `tip` to remove so that the newest
 * `keep` by recorded commit date remain, plus `newPath`, the record being
 * written, which is never pruned. Records without a date in their store
 * commit's subject (older memgate) take the store commit's own date. On
 * equal dates the record written later is newer.
 */
export async function prunableRecords(
  cwd: string,
  tip: string,
  newPath: string,
  newDate: number,
  keep: number,
): Promise<string[]> {
  const present = new Set(
    (await git(['ls-tree', '-r', '--name-only', tip, '--', 'records'], { cwd }))
      .split('\n')
      .filter(Boolean),
  );
  present.delete(newPath);
  const dated = [{ path: newPath, date: newDate }];
  for (const record of await addedRecords(cwd, tip)) {
    if (present.delete(record.path)) dated.push(record);
  }
  // Sort is stable, and `dated` is newest-written first.
  dated.sort((a, b) => b.date - a.date);
  return dated
    .slice(keep)
    .map((record) => record.path)
    .filter((path) => path !== newPath);
}

/** Lists the records that the store branch's commits added, newest first. */
async function addedRecords(cwd: string, tip: string) {
  // --no-renames: a commit that prunes one record and adds a similar one
  // would otherwise show a rename, not an addition.
  const output = await git(
    [
      'log',
      '--no-renames',
      '--format=%x1e%ct %s',
      '--name-only',
      '--diff-filter=A',
      tip,
      '--',
      'records',
    ],
    { cwd },
  );
  const records: Array<{ path: string; date: number }> = [];
  for (const entry of output.split('\x1e').filter(Boolean)) {
    const [header = '', ...paths] = entry.split('\n');
    const [storeDate = '0', ...subject] = header.split(' ');
    const recorded = DATE_IN_SUBJECT.exec(subject.join(' '));
    const date = Number(recorded?.[1] ?? storeDate);
    for (const path of paths.filter(Boolean)) records.push({ path, date });
  }
  return records;
}
