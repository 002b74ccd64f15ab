import { escapeMarkdown } from '../compare/markdown.js';
import type { Comparison } from '../compare/types.js';
import type {
  Environment,
  RunRecord,
  WorkloadReport,
} from '../report/types.js';
import { formatBytes } from '../units/size.js';

const ZERO_WIDTH_JOINER = '\u200d';

/**
 * Renders the collapsed details, one `<details>` block each: every run of
 * every workload with the last stderr lines of a failed run, then the
 * environments of this run and of the baseline.
 */
export function renderDetails(comparison: Comparison): string[] {
  const blocks = comparison.current.workloads.map(renderWorkloadRuns);
  blocks.push(renderEnvironments(comparison));
  return blocks;
}

function renderWorkloadRuns(workload: WorkloadReport): string {
  const rows = workload.runs.map((run, index) => {
    const ending = run.signal ?? `exit ${run.exitCode ?? '—'}`;
    const peak = run.peakBytes === null ? '—' : formatBytes(run.peakBytes);
    const source = run.peakSource === 'sampled' ? ' (sampled)' : '';
    return `| ${index + 1} | ${peak}${source} | ${escapeMarkdown(run.outcome)} | ${run.oomKills} | ${escapeMarkdown(ending)} | ${run.wallSeconds.toFixed(1)} |`;
  });
  const parts = [
    `<details><summary>${escapeMarkdown(workload.name)}: ${workload.runs.length} run(s), ${escapeMarkdown(workload.outcome)}</summary>`,
    '',
    `Command: ${escapeMarkdown(workload.command.join(' '))}`,
    '',
    '| Run | Peak | Outcome | OOM kills | Ended by | Seconds |',
    '| ---: | ---: | --- | ---: | --- | ---: |',
    ...rows,
  ];
  const failed = workload.runs.find((run) => run.outcome !== 'ok');
  if (failed) parts.push('', ...renderFailedRun(failed));
  parts.push('', '</details>');
  return parts.join('\n');
}

/**
 * Renders a failed run's message without its stderr lines, then the stderr
 * tail once, in a code block. A report without `stderrTail` shows none.
 */
function renderFailedRun(run: RunRecord): string[] {
  const lines = [
    `Failed run: ${escapeMarkdown(run.message.split('\n', 1)[0]!)}`,
  ];
  const tail = run.stderrTail ?? [];
  if (tail.length > 0) {
    lines.push('', 'Last lines of stderr:', '', codeBlock(tail.join('\n')));
  }
  return lines;
}

function renderEnvironments(comparison: Comparison): string {
  const current = describeEnvironment(comparison.current.environment);
  const baseline = comparison.baselineEnvironment
    ? describeEnvironment(comparison.baselineEnvironment)
    : null;
  const rows = [...current.keys()].map((key) => {
    const before = baseline?.get(key) ?? '—';
    return `| ${escapeMarkdown(key)} | ${escapeMarkdown(current.get(key) ?? '—')} | ${escapeMarkdown(before)} |`;
  });
  return [
    '<details><summary>Environment</summary>',
    '',
    '| | This run | Baseline |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>',
  ].join('\n');
}

function describeEnvironment(environment: Environment): Map<string, string> {
  const entries: [string, string][] = [
    ['sandbox', environment.sandbox],
    ['cgroup', String(environment.cgroupVersion ?? 'none')],
    ['kernel', environment.kernel],
    ['platform', `${environment.platform} ${environment.arch}`],
    ['CPUs', String(environment.cpuCount)],
    ['python', environment.python.version ?? 'not found'],
  ];
  for (const [name, value] of Object.entries(environment.variables)) {
    entries.push([name, value]);
  }
  return new Map(entries);
}

/**
 * Wraps text from a workload in a fenced code block. The fence is longer
 * than any backtick run inside, so the text cannot close it, and GitHub
 * shows HTML and @-mentions in code blocks as plain text. A zero-width
 * joiner splits `<!--` and `-->`, so the body never carries a comment
 * marker that a search for markers could match.
 */
export function codeBlock(untrusted: string): string {
  const text = untrusted
    .replace(/<!--/g, `<!${ZERO_WIDTH_JOINER}--`)
    .replace(/-->/g, `--${ZERO_WIDTH_JOINER}>`);
  const longestRun = Math.max(
    0,
    ...(text.match(/`+/g) ?? []).map((run) => run.length),
  );
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}
