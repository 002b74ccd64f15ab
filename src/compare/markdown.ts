import { formatBytes, formatDeltaMiB } from '../units/size.js';
import type {
  Comparison,
  GateVerdict,
  Verdict,
  WorkloadComparison,
} from './types.js';

const ZERO_WIDTH_JOINER = '\u200d';

/**
 * Removes control characters (C0 except tab and line breaks, DEL and C1),
 * so that text from a workload or repository cannot move the cursor or
 * recolour a terminal through ESC sequences.
 */
export function stripControlCharacters(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
    '',
  );
}

/**
 * Escapes text from a workload or repository (names, commands, messages)
 * for Markdown on GitHub. Control characters are removed, HTML shows as
 * text, and Markdown punctuation that has a meaning inside a line,
 * including `$` of GitHub's math, is backslash-escaped (hyphens and dots
 * stay, since they only matter at the start of a line). A zero-width
 * joiner breaks mentions, issue references (`#12`, `GH-12`), commit-like
 * hexadecimal words and autolinks, so the text can neither notify nor
 * link. Line breaks become spaces, so the text stays in one table cell.
 */
export function escapeMarkdown(text: string): string {
  return stripControlCharacters(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/\b[0-9a-f]{7,}\b/gi, breakHexadecimal)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()!|~$]/g, '\\$&')
    .replace(/([@#:])/g, `$1${ZERO_WIDTH_JOINER}`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
}

/** Splits a hexadecimal word into runs of 6, shorter than a commit autolink (7). */
function breakHexadecimal(word: string): string {
  return word.match(/.{1,6}/g)!.join(ZERO_WIDTH_JOINER);
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

/** Marks a baseline peak measured in another environment; the footnote explains it. */
const ENVIRONMENT_MARK = '¹';

/**
 * Renders the result table: workload, limit, baseline peak, current peak,
 * change (MiB and percent) and verdict. Below it come each workload's notes
 * and a failed run's message, then the environment differences once, as a
 * footnote to the marked baseline peaks.
 */
export function renderComparisonTable(comparison: Comparison): string {
  const header = [
    '| Workload | Limit | Baseline peak | Current peak | Change | Verdict |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const rows = comparison.workloads.map(renderRow);
  const notes = comparison.workloads.flatMap(renderNotes);
  const footnote = renderEnvironmentFootnote(comparison);
  return [
    ...header,
    ...rows,
    ...(notes.length > 0 ? ['', ...notes] : []),
    ...(footnote === null ? [] : ['', footnote]),
  ].join('\n');
}

/**
 * Renders the whole result: headline, where the baseline came from and the
 * table with its notes.
 */
export function renderComparisonMarkdown(comparison: Comparison): string {
  const parts = [
    `### ${GATE_HEADLINES[comparison.gate]}`,
    describeBaseline(comparison),
    renderComparisonTable(comparison),
  ];
  return `${parts.join('\n\n')}\n`;
}

function renderEnvironmentFootnote(comparison: Comparison): string | null {
  const differences = comparison.environmentDifferences;
  if (differences.length === 0) return null;
  const marked = comparison.workloads.some((w) => w.environmentDiffers);
  const list = differences.map(escapeMarkdown).join('; ');
  return `${marked ? `${ENVIRONMENT_MARK} ` : ''}The baseline was measured in a different environment: ${list}.`;
}

function describeBaseline(comparison: Comparison): string {
  const { baseline } = comparison;
  if (comparison.baselineReport === undefined)
    return describeNoBaseline(comparison);
  if (baseline.commit === undefined)
    return 'Compared with the given baseline report.';
  // A full commit id is left as it is, so GitHub links it.
  const commit = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(baseline.commit)
    ? baseline.commit.slice(0, 12)
    : escapeMarkdown(baseline.commit);
  const distance = baseline.distance ?? 0;
  if (distance === 0)
    return `Baseline: the merge-base ${commit} (${baseline.store} store).`;
  const commits = distance === 1 ? 'commit' : 'commits';
  return `Baseline: ${commit}, ${distance} first-parent ${commits} before the merge-base, which has no record (${baseline.store} store).`;
}

/** Words the first-run sentence by the gate, because a failed workload fails the check even without a baseline. */
function describeNoBaseline(comparison: Comparison): string {
  const reason = comparison.baseline.missingReason;
  const because = reason === undefined ? '' : `: ${escapeMarkdown(reason)}`;
  const first = `No baseline yet${because}, so every workload that was measured is new.`;
  if (comparison.gate === 'passed') {
    return `${first} The check passes, and these numbers become the baseline once the default branch has them.`;
  }
  const cause =
    comparison.gate === 'oom'
      ? 'a workload was killed by the OOM killer'
      : 'a workload failed';
  return `${first} The check fails all the same, because ${cause}.`;
}

function renderRow(workload: WorkloadComparison): string {
  const cells = [
    escapeMarkdown(workload.name),
    renderLimit(workload),
    bytesOrDash(workload.baselinePeakBytes) +
      (workload.environmentDiffers ? ` ${ENVIRONMENT_MARK}` : ''),
    // A failed run stopped early, so its peak is not the workload's.
    workload.verdict === 'error' ? '—' : bytesOrDash(workload.currentPeakBytes),
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

/** Lists the run's message (escaped: it quotes the workload) and memgate's own notes. */
function renderNotes(workload: WorkloadComparison): string[] {
  const notes = [...workload.notes];
  if (workload.message !== undefined && workload.message !== '')
    notes.unshift(escapeMarkdown(workload.message));
  return notes.map((note) => `- **${escapeMarkdown(workload.name)}**: ${note}`);
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
