import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { WorkloadSpec } from '../../src/config/types.js';
import {
  measureWorkloads,
  type MeasureOptions,
} from '../../src/measure/index.js';
import type { Report } from '../../src/report/types.js';

/** Folder of the Python fixtures. */
export const FIXTURES = fileURLToPath(
  new URL('../../fixtures/', import.meta.url),
);

/** The system interpreter, not the pyenv shim that `python3` on PATH may be. */
export const PYTHON = '/usr/bin/python3';

export const MiB = 1024 ** 2;

/** Builds a spec that runs a fixture script with /usr/bin/python3. */
export function fixtureSpec(
  name: string,
  script: string,
  args: string[],
  overrides: Partial<WorkloadSpec> = {},
): WorkloadSpec {
  return {
    name,
    command: [PYTHON, path.join(FIXTURES, script), ...args],
    limitBytes: 256 * MiB,
    repeat: 1,
    timeoutSeconds: 60,
    cwd: FIXTURES,
    env: {},
    ...overrides,
  };
}

/** Returns a stream that drops what it receives, in place of memgate's own stdout. */
export function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/** Measures specs for real with workload output and progress dropped. */
export function measureQuietly(
  specs: WorkloadSpec[],
  options: MeasureOptions = {},
): Promise<Report> {
  return measureWorkloads(specs, {
    stdout: discard(),
    stderr: discard(),
    log: () => {},
    handleSignals: false,
    ...options,
  });
}

/** Lists the run cgroups that process `pid` created and left below `parent`. */
export async function leftoverRuns(
  parent: string,
  pid = process.pid,
): Promise<string[]> {
  const names = await readdir(parent);
  return names.filter(
    (name) => name.startsWith('memgate-') && name.includes(`-${pid}-`),
  );
}

/** Returns true when `pid` is gone or a zombie waiting to be reaped. */
export async function isGone(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}
