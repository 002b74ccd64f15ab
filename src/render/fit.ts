/** GitHub's maximum length of an issue or pull request comment body. */
export const COMMENT_LIMIT = 65_536;

/** The job summary's maximum size per step: 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** The parts of a Markdown body, in the order they appear. */
export interface BodyParts {
  /** Headline, baseline and the result table: never cut. */
  head: string;
  /** Collapsed detail blocks, dropped from the end when the body is too long. */
  details: string[];
  footer: string;
}

/**
 * Joins the parts, keeping as many detail blocks as fit under `limit`
 * characters. Length is counted in UTF-16 code units, which is never less
 * than the number of Unicode characters. When blocks are dropped,
 * `cutNotice` tells how many and where the full report is. When even the
 * head does not fit, returns `tooLong` with the footer.
 */
export function fitBody(
  parts: BodyParts,
  limit: number,
  cutNotice: (dropped: number) => string,
  tooLong: string,
): string {
  const all = join(parts.head, parts.details, parts.footer);
  if (all.length <= limit) return all;

  const noticeRoom = cutNotice(parts.details.length).length + 2;
  const kept: string[] = [];
  let length = join(parts.head, [], parts.footer).length + noticeRoom;
  for (const block of parts.details) {
    if (length + block.length + 2 > limit) break;
    kept.push(block);
    length += block.length + 2;
  }
  if (length > limit) return join(tooLong, [], parts.footer);

  const dropped = parts.details.length - kept.length;
  return join(parts.head, [...kept, cutNotice(dropped)], parts.footer);
}

function join(head: string, details: string[], footer: string): string {
  return [head.trimEnd(), ...details, footer].join('\n\n') + '\n';
}
