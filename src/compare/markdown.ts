import { formatBytes, formatDeltaMiB } from '../units/size.js';
import type {
  Comparison,
  GateVerdict,
  Verdict,
  WorkloadComparison,
} from './types.js';

const ZERO_WIDTH_JOINER = '\u200d';

/**
 * Escapes text from a workload or repository (names, commands, messages)
 * for Markdown on GitHub. HTML shows as text and Markdown punctuation is
 * that has a meaning inside a line is backslash-escaped (hyphens and dots
 * stay, since they only matter at the start of a line). A zero-width joiner after @, # and : breaks mentions,
 * issue references and autolinks, so the text can neither notify nor link.
 * Line breaks become spaces, so the text stays in one table cell.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()!|~]/g, '\\$&')
    .replace(/([@#:])/g, `$1${ZERO_WIDTH_JOINER}`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
}

/** Symbol and word for each verdict, as shown in the table. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  regressed: '🔴 regressed',
  improved: '🟢 improved',
  unchanged: '⚪ unchanged',
  new: '🆕 new',
  missing: '➖ missing',
  oom: '💥 OOM-killed',
  error: '⚠️ error: nothing measured',
};

/** One-line headline for the gate. */
export const GATE_HEADLINES: Record<GateVerdict, string> = {
  passed: '✅ Memory check passed',
  regressed: '❌ Memory check failed: peak memory regressed',
  oom: '❌ Memory check failed: a workload was OOM-killed',
  error: '❌ Memory check failed: a workload failed, so nothing was measured',
};

/**
 * Renders the result table: workload, limit, baseline peak, current peak,
 * change (MiB and percent) and verdict, with each workload's notes and a
 * failed run's message below the table.
 */
export function renderComparisonTable(comparison: Comparison): string {
  const header = [
    '| Workload | Limit | Baseline peak | Current peak | Change | Verdict |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const rows = comparison.workloads.map(renderRow);
  const notes = comparison.workloads.flatMap(renderNotes);
  return [...header, ...rows, ...(notes.length > 0 ? ['', ...notes] : [])].join(
    '\n',
  );
}

/**
 * Renders the whole result: headline, where the baseline came from, the
 * table and the environment differences.
 */
export function renderComparisonMarkdown(comparison: Comparison): string {
  const parts = [
    `### ${GATE_HEADLINES[comparison.gate]}`,
    describeBaseline(comparison),
  ];
  parts.push(renderComparisonTable(comparison));
  if (comparison.environmentDifferences.length > 0) {
    const lines = comparison.environmentDifferences.map(
      (d) => `- ${escapeMarkdown(d)}`,
    );
    parts.push(
      `The baseline was measured in a different environment:\n${lines.join('\n')}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

function describeBaseline(comparison: Comparison): string {
  const { baseline } = comparison;
  if (comparison.baselineReport === undefined) {
    return 'No baseline yet, so every workload is new and the check passes. These numbers become the baseline once the default branch has them.';
  }
  if (baseline.commit === undefined)
    return 'Compared with the given baseline report.';
  const commit = escapeMarkdown(baseline.commit.slice(0, 12));
  const distance = baseline.distance ?? 0;
  if (distance === 0)
    return `Baseline: the merge-base ${commit} (${baseline.store} store).`;
  const commits = distance === 1 ? 'commit' : 'commits';
  return `Baseline: ${commit}, ${distance} first-parent ${commits} before the merge-base, which has no record (${baseline.store} store).`;
}

function renderRow(workload: WorkloadComparison): string {
  const cells = [
    escapeMarkdown(workload.name),
    renderLimit(workload),
    bytesOrDash(workload.baselinePeakBytes),
    bytesOrDash(workload.currentPeakBytes),
    renderChange(workload),
    VERDICT_LABELS[workload.verdict] +
      (workload.noisy ? ' (noisy)' : '') +
      (workload.lowHeadroom ? ' ⚠️ low headroom' : ''),
  ];
  return `| ${cells.join(' | ')} |`;
}

function renderChange(workload: WorkloadComparison): string {
  if (workload.deltaBytes === null) return '—';
  const percent =
    workload.deltaPercent === null
      ? ''
      : ` (${workload.deltaPercent > 0 ? '+' : ''}${workload.deltaPercent.toFixed(1)}%)`;
  return `${formatDeltaMiB(workload.deltaBytes)}${percent}`;
}

function renderNotes(workload: WorkloadComparison): string[] {
  const notes = [...workload.notes];
  if (workload.message !== undefined && workload.message !== '')
    notes.unshift(workload.message);
  return notes.map(
    (note) => `- **${escapeMarkdown(workload.name)}**: ${escapeMarkdown(note)}`,
  );
}

/** Shows a baseline limit that differs next to the current one. */
function renderLimit(workload: WorkloadComparison): string {
  const { limitBytes, baselineLimitBytes } = workload;
  const limit = bytesOrDash(limitBytes);
  if (limitBytes === null || baselineLimitBytes === null) return limit;
  if (limitBytes === baselineLimitBytes) return limit;
  return `${limit} (baseline ${formatBytes(baselineLimitBytes)})`;
}

function bytesOrDash(bytes: number | null): string {
  return bytes === null ? '—' : formatBytes(bytes);
}
