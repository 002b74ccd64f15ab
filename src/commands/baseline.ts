import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GitBranchStore } from '../baseline/branch-store.js';
import { BaselineStoreError } from '../baseline/errors.js';
import { FileStore } from '../baseline/file-store.js';
import { defaultHead } from '../baseline/head.js';
import { readReportFile } from '../baseline/read-file.js';
import {
  checkMeasuredReport,
  describeFailedRuns,
  parseReport,
  serializeReport,
} from '../baseline/record.js';
import { selectBaseline, selectionFile } from '../baseline/select.js';
import {
  DEFAULT_BASELINE_FILE,
  DEFAULT_KEEP_RECORDS,
  DEFAULT_MAX_DISTANCE,
  DEFAULT_STORE_BRANCH,
  type BaselineStore,
} from '../baseline/types.js';
import { writeFileAtomic } from '../baseline/write-file.js';
import { ExitCode, UsageError } from '../errors.js';
import { GitError, tryGit } from '../git/git.js';

const usage = `Usage:
  memgate baseline update [--file FILE] [run options] [-- COMMAND ARG...]
      Measures the workloads like memgate run and writes the result to the
      baseline file (default ${DEFAULT_BASELINE_FILE}), to commit with the code.
  memgate baseline store --report FILE [--commit REV] [store options]
      Stores a report as the record for a commit (default HEAD) in the
      baseline branch, and pushes it.
  memgate baseline select --base BRANCH --output FILE [--head REV]
                          [--store branch|file] [--file FILE] [store options]
      Writes the baseline of a pull request to FILE: the record for the
      merge-base of BRANCH and REV, or of the nearest first-parent ancestor
      that has one. With no record, FILE says "no baseline yet", and
      memgate compare then passes with every workload new.
      REV defaults to pull_request.head.sha of $GITHUB_EVENT_PATH in a
      pull_request job, else HEAD. A pull request checkout's HEAD is
      GitHub's test merge commit (its first parent is the base branch's
      tip), so outside that event pass the pull request's head commit.

Store options:
  --remote NAME         remote that holds the store branch (default origin)
  --branch NAME         store branch (default ${DEFAULT_STORE_BRANCH})
  --keep N              records to keep when storing (default ${DEFAULT_KEEP_RECORDS})
  --max-distance N      first-parent commits to walk back from the
                        merge-base when selecting (default ${DEFAULT_MAX_DISTANCE})`;

const storeOptions = {
  remote: { type: 'string' },
  branch: { type: 'string' },
  keep: { type: 'string' },
  'max-distance': { type: 'string' },
  report: { type: 'string' },
  commit: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  store: { type: 'string' },
  file: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean' },
} as const;

type StoreFlags = ReturnType<typeof parseStoreFlags>;

function parseStoreFlags(args: string[], subcommand: string) {
  try {
    return parseArgs({
      args,
      options: storeOptions,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message} Run "memgate baseline --help" for the options of "${subcommand}".`,
    );
  }
}

function parseCount(
  value: string | undefined,
  flag: string,
  fallback: number,
  minimum: number,
) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < minimum) {
    throw new UsageError(
      `Invalid ${flag} "${value}": write a whole number of at least ${minimum}, such as ${fallback}.`,
    );
  }
  return Number(value);
}

function requireFlag(
  value: string | undefined,
  flag: string,
  example: string,
): string {
  if (value === undefined || value === '') {
    throw new UsageError(
      `Missing ${flag}: pass it, such as ${flag} ${example}.`,
    );
  }
  return value;
}

/** Removes --file FILE or --file=FILE from `options` and returns the path. */
function takeFileOption(options: string[]): string {
  const index = options.findIndex(
    (arg) => arg === '--file' || arg.startsWith('--file='),
  );
  if (index === -1) return DEFAULT_BASELINE_FILE;
  const arg = options[index]!;
  const inline = arg.startsWith('--file=');
  const value = inline ? arg.slice('--file='.length) : options[index + 1];
  options.splice(index, inline ? 1 : 2);
  if (value === undefined || value === '' || value.startsWith('--')) {
    throw new UsageError(
      'Missing value of --file: pass a path, such as --file memgate-baseline.json.',
    );
  }
  return value;
}

/**
 * Runs `memgate run` with the same options into a temporary report, and
 * writes it to the baseline file only when every run ended "ok", so that a
 * failed run never replaces a measured baseline.
 */
async function update(args: string[]): Promise<number> {
  const separator = args.indexOf('--');
  const options = separator === -1 ? [...args] : args.slice(0, separator);
  const rest = separator === -1 ? [] : args.slice(separator);
  if (
    options.some((arg) => arg === '--report' || arg.startsWith('--report='))
  ) {
    throw new UsageError(
      'memgate baseline update writes the baseline file: use --file FILE in place of --report.',
    );
  }
  const file = takeFileOption(options);
  const folder = await mkdtemp(join(tmpdir(), 'memgate-update-'));
  try {
    const temporary = join(folder, 'report.json');
    const run = await import('./run.js');
    const code = await run.main([...options, '--report', temporary, ...rest]);
    const text = await readFile(temporary, 'utf8');
    const failures = describeFailedRuns(parseReport(text, temporary));
    if (code !== ExitCode.Passed || failures.length > 0) {
      const reason = failures.join('; ') || `memgate run exited with ${code}`;
      process.stderr.write(
        `memgate: the baseline was not written, and ${file} is unchanged: ${reason}. Fix the workload or its limit, then run memgate baseline update again.\n`,
      );
      return code === ExitCode.Passed ? ExitCode.GateFailed : code;
    }
    await writeFileAtomic(file, text);
    process.stderr.write(`memgate: baseline written to ${file}\n`);
    return ExitCode.Passed;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function resolveCommit(cwd: string, revision: string): Promise<string> {
  const result = revision.startsWith('-')
    ? { exitCode: 1, stdout: '' }
    : await tryGit(
        ['rev-parse', '--verify', '--end-of-options', `${revision}^{commit}`],
        { cwd },
      );
  if (result.exitCode !== 0) {
    throw new UsageError(
      `Invalid --commit "${revision}": it names no commit in ${cwd}. Pass a commit id or ref, such as HEAD.`,
    );
  }
  return result.stdout.trim();
}

/** Throws a UsageError when `cwd` is not inside a git repository. */
async function checkRepository(cwd: string, subcommand: string) {
  const result = await tryGit(['rev-parse', '--git-dir'], { cwd });
  if (result.exitCode !== 0) {
    throw new UsageError(
      `${cwd} is not inside a git repository: run memgate baseline ${subcommand} in a clone of the repository that has the baselines.`,
    );
  }
}

async function store(flags: StoreFlags): Promise<number> {
  const reportFile = requireFlag(
    flags.report,
    '--report',
    'memgate-report.json',
  );
  const report = await readReportFile(reportFile, '--report');
  // A stored record without workloads would be selected as the baseline
  // of every pull request at that commit and hide older valid records.
  checkMeasuredReport(
    report,
    `--report "${reportFile}"`,
    'Pass the report that `memgate run --report FILE` wrote for this commit.',
  );
  const cwd = process.cwd();
  await checkRepository(cwd, 'store');
  const commit = await resolveCommit(cwd, flags.commit ?? 'HEAD');
  const branchStore = new GitBranchStore({
    cwd,
    remote: flags.remote,
    branch: flags.branch,
    keep: parseCount(flags.keep, '--keep', DEFAULT_KEEP_RECORDS, 1),
  });
  const result = await branchStore.write(commit, report);
  process.stderr.write(
    `memgate: stored the baseline record for ${commit} as ${result.path} in branch ${branchStore.branch} (${result.attempts} push attempts, ${result.pruned.length} old records pruned)\n`,
  );
  return ExitCode.Passed;
}

function openStore(flags: StoreFlags, cwd: string): BaselineStore {
  const kind = flags.store ?? 'branch';
  if (kind === 'file') return new FileStore({ cwd, path: flags.file });
  if (kind !== 'branch') {
    throw new UsageError(`Invalid --store "${kind}": use branch or file.`);
  }
  return new GitBranchStore({
    cwd,
    remote: flags.remote,
    branch: flags.branch,
  });
}

async function select(flags: StoreFlags): Promise<number> {
  const baseBranch = requireFlag(flags.base, '--base', 'main');
  const output = requireFlag(flags.output, '--output', 'baseline.json');
  const maxDistance = parseCount(
    flags['max-distance'],
    '--max-distance',
    DEFAULT_MAX_DISTANCE,
    0,
  );
  const cwd = process.cwd();
  await checkRepository(cwd, 'select');
  const store = openStore(flags, cwd);
  let head = flags.head;
  if (head === undefined) {
    const picked = await defaultHead(cwd);
    if (picked.note !== null) process.stderr.write(`memgate: ${picked.note}\n`);
    head = picked.head;
  }
  const selected = await selectBaseline(store, {
    cwd,
    remote: flags.remote,
    baseBranch,
    head,
    maxDistance,
  });

  const { info } = selected;
  await writeFileAtomic(output, serializeReport(selectionFile(selected)));
  if (selected.report === null) {
    const reason =
      info.missingReason === undefined
        ? `${describeMissing(store)} at merge-base ${info.mergeBase} or its ${maxDistance} nearest first-parent ancestors`
        : `${info.missingReason}. This is normal before the first \`memgate baseline store\`; otherwise check --branch and --remote for a typo`;
    process.stderr.write(
      `memgate: no baseline: ${reason}. Wrote ${output}, which memgate compare reads as "no baseline yet" (every workload is new).\n`,
    );
    return ExitCode.Passed;
  }
  process.stderr.write(
    `memgate: baseline of commit ${info.commit}, ${info.distance} first-parent commits before merge-base ${info.mergeBase}, written to ${output}\n`,
  );
  return ExitCode.Passed;
}

function describeMissing(store: BaselineStore): string {
  const where = store.describe?.() ?? `the ${store.kind} store`;
  return store.kind === 'file'
    ? `${where} was not found`
    : `${where} has no record`;
}

/** Runs `memgate baseline update|store|select` and returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  if (
    subcommand === undefined ||
    subcommand === '--help' ||
    subcommand === '-h'
  ) {
    process.stdout.write(`${usage}\n`);
    return subcommand === undefined ? ExitCode.Usage : ExitCode.Passed;
  }
  if (subcommand === 'update') return update(rest);
  if (subcommand !== 'store' && subcommand !== 'select') {
    throw new UsageError(
      `Unknown subcommand "baseline ${subcommand}": use update, store or select.`,
    );
  }
  const flags = parseStoreFlags(rest, subcommand);
  if (flags.help) {
    process.stdout.write(`${usage}\n`);
    return ExitCode.Passed;
  }
  try {
    return await (subcommand === 'store' ? store(flags) : select(flags));
  } catch (error) {
    if (error instanceof GitError) throw new BaselineStoreError(error.message);
    throw error;
  }
}
