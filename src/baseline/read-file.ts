import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Report } from '../report/types.js';
import { parseReport } from './record.js';

/**
 * Reads and checks a report file named by a command-line option. A missing
 * or unreadable file raises a UsageError that names the option and path.
 */
export async function readReportFile(
  path: string,
  option: string,
): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(
      `Cannot read ${option} "${path}": ${reason}. Pass a report written by \`memgate run --report FILE\`.`,
    );
  }
  return parseReport(text, `${option} "${path}"`);
}
