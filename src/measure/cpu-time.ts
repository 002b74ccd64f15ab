import { readFile } from 'node:fs/promises';

// USER_HZ, the unit of /proc/<pid>/stat times. Linux fixes it at 100 on
// every architecture that Node.js supports.
const TICKS_PER_SECOND = 100;

/**
 * Reads cutime + cstime of this process from /proc/self/stat, in seconds:
 * the user and system CPU time of every child that this process has waited
 * for, each child's own waited-for descendants included. Returns null where
 * /proc is missing.
 */
export async function readChildrenCpuSeconds(): Promise<number | null> {
  try {
    const text = await readFile('/proc/self/stat', 'utf8');
    // The command name in field 2 may contain spaces, so count from its ")".
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 (cutime, cstime) are at 13 and 14 after field 3.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
