/** GitHub's maximum length of an issue or pull request comment body, in characters. */
export const COMMENT_LIMIT = 65_536;

/** GitHub's maximum length of a check run's output summary, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** The job summary's maximum size per step: 1 MiB of UTF-8. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** The parts of a Markdown body, in the order they appear. */
export interface BodyParts {
  /** Headline, baseline, the result table and short notes: never cut. */
  head: string;
  /** Collapsed detail blocks, dropped from the end when the body is too long. */
  details: string[];
  footer: string;
}

/** Measures text: in characters for comments and check runs, in bytes for the job summary. */
export type SizeOf = (text: string) => number;

/**
 * Counts UTF-16 code units, which is never less than the number of Unicode
 * characters that GitHub counts for comments and check runs.
 */
export const characters: SizeOf = (text) => text.length;

/** Counts UTF-8 bytes, as the runner does for the job summary. */
export const utf8Bytes: SizeOf = (text) => Buffer.byteLength(text, 'utf8');

/**
 * Joins the parts, keeping as many detail blocks as fit under `limit`, as
 * measured by `sizeOf`. When blocks are dropped, `cutNotice` states how many
 * and where the full report is. When even the head does not fit, returns
 * `tooLong` with the footer.
 */
export function fitBody(
  parts: BodyParts,
  limit: number,
  cutNotice: (dropped: number) => string,
  tooLong: string,
  sizeOf: SizeOf = characters,
): string {
  const all = join(parts.head, parts.details, parts.footer);
  if (sizeOf(all) <= limit) return all;

  const noticeRoom = sizeOf(cutNotice(parts.details.length)) + 2;
  const kept: string[] = [];
  let size = sizeOf(join(parts.head, [], parts.footer)) + noticeRoom;
  for (const block of parts.details) {
    const blockSize = sizeOf(block) + 2;
    if (size + blockSize > limit) break;
    kept.push(block);
    size += blockSize;
  }
  if (size > limit) return join(tooLong, [], parts.footer);

  const dropped = parts.details.length - kept.length;
  return join(parts.head, [...kept, cutNotice(dropped)], parts.footer);
}

function join(head: string, details: string[], footer: string): string {
  return [head.trimEnd(), ...details, footer].join('\n\n') + '\n';
}
