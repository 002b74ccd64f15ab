// Workloads that leave their run cgroup or create cgroups inside it, on the
// real cgroup v1 memory hierarchy below this process's own cgroup.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCgroupDir } from '../../src/sandbox/cgroup-files.js';
import { openSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import {
  fixtureSpec,
  isGone,
  leftoverRuns,
  measureQuietly,
} from './helpers.js';

let scratch: string;
// A parent cgroup of the test's own, so that an escaped process lands in a
// cgroup this test created and removes.
let parent: string;
let sandbox: Sandbox;
const strays: number[] = [];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'memgate-escape-'));
  const own = (await openSandbox({ kind: 'cgroup-v1' })).parentPath!;
  parent = path.join(own, `memgate-test-escape-${process.pid}`);
  await mkdir(parent);
  sandbox = await openSandbox({ kind: 'cgroup-v1', cgroupParent: parent });
});

afterAll(async () => {
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  expect(await leftoverRuns(parent)).toEqual([]);
  await removeCgroupDir(parent);
  await rm(scratch, { recursive: true, force: true });
});

async function readPid(file: string): Promise<number> {
  return Number((await readFile(file, 'utf8')).trim());
}

describe('workload leaving its cgroup', () => {
  it('ends the run and notes the open output', async () => {
    const pidFile = path.join(scratch, 'escaped.pid');
    const spec = fixtureSpec('escape', 'leave-cgroup.py', [pidFile]);
    const report = await measureQuietly([spec], { sandbox });
    strays.push(await readPid(pidFile));
    const run = report.workloads[0]!.runs[0]!;

    expect(run.message).toContain('kept the output open');
    expect(run.message).toContain('had left the cgroup');
    expect(run.leftCgroup).toBe(true);
    expect(await leftoverRuns(parent)).toEqual([]);
  });
});

describe('workload creating child cgroups', () => {
  it('kills and removes them with the run', async () => {
    const pidFile = path.join(scratch, 'nested.pid');
    const spec = fixtureSpec('nested', 'nested-cgroup.py', [pidFile]);
    const report = await measureQuietly([spec], { sandbox });
    const child = await readPid(pidFile);

    expect(report.workloads[0]!.outcome).toBe('ok');
    expect(await isGone(child)).toBe(true);
    expect(await leftoverRuns(parent)).toEqual([]);
  });
});
