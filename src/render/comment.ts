import {
  escapeMarkdown,
  renderComparisonMarkdown,
} from '../compare/markdown.js';
import type { Comparison } from '../compare/types.js';
import { formatBytes } from '../units/size.js';
import { VERSION } from '../version.js';
import { codeBlock, renderDetails } from './details.js';
import {
  CHECK_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  SUMMARY_LIMIT_BYTES,
  fitBody,
  utf8Bytes,
  type BodyParts,
} from './fit.js';

/** Context of the published result. */
export interface RenderContext {
  /** Link to the workflow run, or null outside GitHub Actions. */
  runUrl: string | null;
}

const GATE_FAILURE_HEADLINE =
  '### ❌ Memory check failed: nothing was measured';

/** Maximum length of a failure note under the table, in characters. The details have the rest. */
const NOTE_LIMIT = 200;

/**
 * Renders the pull request comment: marker, headline, baseline, table,
 * the runs' spread where noisy, collapsed details and a link to the run.
 * Cut at the details to stay under GitHub's 65,536-character limit.
 * `hiddenLines` follow the marker, such as the head commit's line.
 */
export function renderComment(
  comparison: Comparison,
  marker: string,
  context: RenderContext,
  hiddenLines: string[] = [],
): string {
  const parts = renderParts(comparison, context);
  const top = [marker, ...hiddenLines].join('\n');
  const where = context.runUrl
    ? `the job summary of the [workflow run](${context.runUrl})`
    : 'the job summary of the workflow run';
  return fitBody(
    { ...parts, head: `${top}\n${parts.head}` },
    COMMENT_LIMIT,
    (dropped) =>
      `Details of ${dropped} section(s) are left out to stay under GitHub's ${COMMENT_LIMIT}-character comment limit: ${where} has the full report.`,
    `${top}\n${parts.head.split('\n')[0]}\n\nThe result table of ${comparison.workloads.length} workloads is longer than GitHub's ${COMMENT_LIMIT}-character comment limit: ${where} has it.`,
  );
}

/** Maximum length of a failure message in a comment, in characters. The job summary has all of it. */
const FAILURE_MESSAGE_LIMIT = 60_000;

/**
 * Renders the comment of a run that measured nothing, such as one whose
 * command was not found: the marker, a headline and the message.
 */
export function renderFailureComment(
  message: string,
  marker: string,
  context: RenderContext,
  hiddenLines: string[] = [],
): string {
  const link = context.runUrl ? `[Workflow run](${context.runUrl}) · ` : '';
  return (
    [
      [marker, ...hiddenLines, GATE_FAILURE_HEADLINE].join('\n'),
      'memgate could not measure this commit, so no result is shown:',
      codeBlock(message.slice(0, FAILURE_MESSAGE_LIMIT)),
      `<sub>${link}memgate ${VERSION}</sub>`,
    ].join('\n\n') + '\n'
  );
}

/** Renders the job summary: the same content as the comment, cut at 1 MiB of UTF-8. */
export function renderSummary(
  comparison: Comparison,
  context: RenderContext,
): string {
  const parts = renderParts(comparison, context);
  return fitBody(
    parts,
    SUMMARY_LIMIT_BYTES,
    (dropped) =>
      `Details of ${dropped} section(s) are left out to stay under the 1 MiB job summary limit: the report file has every run.`,
    `${parts.head.split('\n')[0]}\n\nThe result table is larger than the 1 MiB job summary limit: the report file has it.`,
    utf8Bytes,
  );
}

/** Renders a check run's summary: the comment's content, cut at 65,535 characters. */
export function renderCheckRunSummary(
  comparison: Comparison,
  context: RenderContext,
): string {
  const parts = renderParts(comparison, context);
  return fitBody(
    parts,
    CHECK_SUMMARY_LIMIT,
    (dropped) =>
      `Details of ${dropped} section(s) are left out to stay under GitHub's ${CHECK_SUMMARY_LIMIT}-character check run limit: the job summary of the workflow run has the full report.`,
    `${parts.head.split('\n')[0]}\n\nThe result table is longer than GitHub's ${CHECK_SUMMARY_LIMIT}-character check run limit: the job summary of the workflow run has it.`,
  );
}

function renderParts(
  comparison: Comparison,
  context: RenderContext,
): BodyParts {
  const head = [renderComparisonMarkdown(withShortMessages(comparison))];
  const noisy = comparison.workloads.filter((w) => w.noisy);
  if (noisy.length > 0) head.push(renderSpread(comparison));

  const link = context.runUrl ? `[Workflow run](${context.runUrl}) · ` : '';
  return {
    head: head.map((part) => part.trimEnd()).join('\n\n'),
    details: renderDetails(comparison),
    footer: `<sub>${link}memgate ${VERSION}</sub>`,
  };
}

/**
 * Cuts each failure message to its first line and NOTE_LIMIT characters,
 * because the notes under the table are never cut and the stderr in a
 * message belongs to the collapsed details.
 */
function withShortMessages(comparison: Comparison): Comparison {
  const workloads = comparison.workloads.map((workload) =>
    workload.message === undefined
      ? workload
      : { ...workload, message: shortMessage(workload.message) },
  );
  return { ...comparison, workloads };
}

/** Returns the first line of `message`, at most NOTE_LIMIT characters. */
export function shortMessage(message: string): string {
  const line = message.split('\n', 1)[0]!.trim();
  const characters = [...line];
  if (characters.length <= NOTE_LIMIT) return line;
  return `${characters
    .slice(0, NOTE_LIMIT - 1)
    .join('')
    .trimEnd()}…`;
}

function renderSpread(comparison: Comparison): string {
  const lines = comparison.workloads
    .filter((w) => w.noisy && w.spreadBytes !== null)
    .map(
      (w) =>
        `- ${escapeMarkdown(w.name)}: the runs' peaks spread over ${formatBytes(w.spreadBytes!)}, more than the tolerance, so the verdict is uncertain.`,
    );
  return `Noisy workloads (repeat the runs to narrow the spread):\n${lines.join('\n')}`;
}
