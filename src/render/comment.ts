import {
  escapeMarkdown,
  renderComparisonMarkdown,
} from '../compare/markdown.js';
import type { Comparison } from '../compare/types.js';
import { formatBytes } from '../units/size.js';
import { VERSION } from '../version.js';
import { renderDetails } from './details.js';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  fitBody,
  type BodyParts,
} from './fit.js';

/** Context of the published result. */
export interface RenderContext {
  /** Link to the workflow run, or null outside GitHub Actions. */
  runUrl: string | null;
}

/**
 * Renders the pull request comment: marker, headline, baseline, table,
 * the runs' spread where noisy, collapsed details and a link to the run.
 * Cut at the details to stay under GitHub's 65,536-character limit.
 */
export function renderComment(
  comparison: Comparison,
  marker: string,
  context: RenderContext,
): string {
  const parts = renderParts(comparison, context);
  const where = context.runUrl
    ? `the job summary of the [workflow run](${context.runUrl})`
    : 'the job summary of the workflow run';
  return fitBody(
    { ...parts, head: `${marker}\n${parts.head}` },
    COMMENT_LIMIT,
    (dropped) =>
      `Details of ${dropped} section(s) are left out to stay under GitHub's ${COMMENT_LIMIT}-character comment limit: ${where} has the full report.`,
    `${marker}\n${parts.head.split('\n')[0]}\n\nThe result table of ${comparison.workloads.length} workloads is longer than GitHub's ${COMMENT_LIMIT}-character comment limit: ${where} has it.`,
  );
}

/** Renders the job summary: the same content as the comment, cut at 1 MiB. */
export function renderSummary(
  comparison: Comparison,
  context: RenderContext,
): string {
  const parts = renderParts(comparison, context);
  return fitBody(
    parts,
    SUMMARY_LIMIT,
    (dropped) =>
      `Details of ${dropped} section(s) are left out to stay under the 1 MiB job summary limit: the report file has every run.`,
    `${parts.head.split('\n')[0]}\n\nThe result table is larger than the 1 MiB job summary limit: the report file has it.`,
  );
}

function renderParts(
  comparison: Comparison,
  context: RenderContext,
): BodyParts {
  const head = [renderComparisonMarkdown(comparison).trimEnd()];
  const noisy = comparison.workloads.filter((w) => w.noisy);
  if (noisy.length > 0) head.push(renderSpread(comparison));

  const link = context.runUrl ? `[Workflow run](${context.runUrl}) · ` : '';
  return {
    head: head.join('\n\n'),
    details: renderDetails(comparison),
    footer: `<sub>${link}memgate ${VERSION}</sub>`,
  };
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
