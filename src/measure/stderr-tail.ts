import { stripControlCharacters } from '../compare/index.js';

/** Lines kept from the end of a workload's standard error. */
export const STDERR_TAIL_LINES = 20;

// A single line longer than this is cut, so a binary blob on stderr cannot
// grow the buffer without bound.
const MAX_LINE_CHARS = 500;

// Removes control characters, so that the report, the printed table and a
// PR comment never carry terminal escape sequences. Carriage returns of
// progress bars go as well.
function cleanLine(line: string): string {
  return stripControlCharacters(line.slice(0, MAX_LINE_CHARS)).replace(
    /\r/g,
    '',
  );
}

/**
 * Ring buffer of the last lines of a stream. It keeps at most `maxLines`
 * complete lines plus one partial line, each cut at 500 characters.
 */
export class LineTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly maxLines = STDERR_TAIL_LINES) {}

  /** Adds a chunk of text, which may end in the middle of a line. */
  push(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop()!.slice(-MAX_LINE_CHARS);
    for (const line of parts.slice(-this.maxLines)) {
      this.lines.push(cleanLine(line));
      if (this.lines.length > this.maxLines) this.lines.shift();
    }
  }

  /** Returns the kept lines, the unfinished last line included. */
  toArray(): string[] {
    const all =
      this.partial === ''
        ? [...this.lines]
        : [...this.lines, cleanLine(this.partial)];
    return all.slice(-this.maxLines);
  }
}
