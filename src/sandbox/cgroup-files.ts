// Small helpers over cgroup control files, shared by the v1 and v2 sandboxes.
import { access, readdir, readFile, realpath, rmdir } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MeasurementError } from '../errors.js';

/** Reads a text file, or returns null where it does not exist. */
export async function readOptionalText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

/**
 * Parses a flat-keyed cgroup file (`memory.stat`, `memory.events`,
 * `memory.oom_control`): one `key value` pair per line.
 */
export function parseFlatKeyed(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, value] = line.trim().split(/\s+/);
    if (key && value !== undefined && /^\d+$/.test(value)) {
      values.set(key, Number(value));
    }
  }
  return values;
}

/** Reads one whole number from a single-value control file. */
export async function readNumberFile(path: string): Promise<number> {
  const text = (await readFile(path, 'utf8')).trim();
  if (!/^\d+$/.test(text)) {
    throw new MeasurementError(
      `Unexpected content "${text}" in ${path}: expected a whole number of bytes.`,
    );
  }
  return Number(text);
}

/** Lists the pids in a cgroup's `cgroup.procs`; empty where the file is gone. */
export async function readProcs(cgroupPath: string): Promise<number[]> {
  const text = await readOptionalText(join(cgroupPath, 'cgroup.procs'));
  if (text === null) return [];
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number);
}

/**
 * Lists a cgroup and every cgroup below it, deepest first, so that each one
 * can be removed after its children. A workload may create child cgroups
 * in its own cgroup, and they are memgate's to remove since they lie below
 * the cgroup memgate created. Returns [] where `cgroupPath` is gone.
 */
export async function listCgroupTree(cgroupPath: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(cgroupPath, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  const tree: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) {
      tree.push(...(await listCgroupTree(join(cgroupPath, entry.name))));
    }
  }
  tree.push(cgroupPath);
  return tree;
}

let runCounter = 0;

/**
 * Builds a unique cgroup name for one run: the label reduced to
 * [A-Za-z0-9_.-], then memgate's pid and a counter.
 */
export function makeRunName(label: string): string {
  const safe = label.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 48);
  runCounter += 1;
  return `memgate-${safe || 'run'}-${process.pid}-${runCounter}`;
}

/** Returns true where `error` is a Node.js system error with `code`. */
export function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

/**
 * Removes a cgroup directory. rmdir fails with EBUSY for a moment after the
 * last process exits, until the kernel has released it, so it is retried.
 */
export async function removeCgroupDir(
  path: string,
  remove: (path: string) => Promise<void> = (p) => rmdir(p),
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await remove(path);
      return;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return;
      if (attempt >= 20) {
        throw new MeasurementError(
          `Failed to remove cgroup ${path}: ${(error as Error).message}. Remove it by hand with 'rmdir ${path}' once its processes have exited.`,
        );
      }
      await sleep(50);
    }
  }
}

/** Returns true where `path` exists. */
export async function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Sends SIGKILL to `pid` (a negative pid is a process group). Returns false
 * where the process exists but belongs to another user; a process that is
 * already gone counts as killed.
 */
export function sendSigkill(pid: number): boolean {
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if (isErrno(error, 'EPERM')) return false;
    if (!isErrno(error, 'ESRCH')) throw error;
  }
  return true;
}

/**
 * Resolves `path` through symlinks and checks that it is a folder at or
 * below `mountPoint`, the cgroup mount found in /proc/self/mountinfo, so
 * that a mistyped --cgroup-parent never names an ordinary folder. Returns
 * the real path. Throws a MeasurementError that names the path and the fix.
 */
export async function resolveBelowMount(
  path: string,
  mountPoint: string,
): Promise<string> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
    throw new MeasurementError(
      `The cgroup parent ${path} does not exist. Create it below ${mountPoint} first, or give an existing cgroup with --cgroup-parent, either as a path below ${mountPoint} or relative to it.`,
    );
  }
  const below = relative(await realpath(mountPoint), real);
  if (below.startsWith('..') || isAbsolute(below)) {
    throw new MeasurementError(
      `The cgroup parent ${path} is not a cgroup: it lies outside the cgroup mount ${mountPoint}. Give a cgroup below that mount, such as ${join(mountPoint, path)}.`,
    );
  }
  return real;
}
