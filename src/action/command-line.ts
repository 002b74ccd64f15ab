import { UsageError } from '../errors.js';

/**
 * Splits a command line into argv the way a POSIX shell splits words:
 * spaces separate words, single quotes keep everything literal, double
 * quotes and backslashes escape. Nothing else of the shell applies: no
 * pipes, variables or globs, because the workload runs without a shell.
 */
export function splitCommandLine(line: string, source: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: "'" | '"' | null = null;

  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
    } else if (char === '\\' && index + 1 < line.length) {
      index += 1;
      word = (word ?? '') + line[index];
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote !== null) {
    throw new UsageError(
      `Invalid ${source} "${line}": a ${quote} quote is not closed. Close it, or escape it with a backslash.`,
    );
  }
  if (word !== null) words.push(word);
  return words;
}
