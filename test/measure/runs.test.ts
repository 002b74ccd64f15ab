// Real workloads under real cgroups: every test starts /usr/bin/python3 in a
// fresh memory cgroup below this process's own, as `memgate run` does.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { MeasurementError } from '../../src/errors.js';
import {
  fixtureSpec,
  isGone,
  leftoverRuns,
  measureQuietly,
  MiB,
  PYTHON,
} from './helpers.js';

let sandbox: Sandbox;
let scratch: string;

beforeAll(async () => {
  sandbox = await openSandbox({ kind: 'auto' });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'memgate-measure-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  if (sandbox.parentPath !== null) {
    expect(await leftoverRuns(sandbox.parentPath)).toEqual([]);
  }
});

async function measureOne(spec: Parameters<typeof fixtureSpec>) {
  const report = await measureQuietly([fixtureSpec(...spec)], { sandbox });
  return report.workloads[0]!;
}

async function waitForFile(file: string): Promise<string> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
    await sleep(50);
  }
  throw new Error(`${file} never appeared`);
}

describe('measureWorkloads under a real cgroup', () => {
  it('measures 100 MiB plus the interpreter', async () => {
    const idle = await measureOne(['idle', 'allocate.py', ['0', '0']]);
    const big = await measureOne(['big', 'allocate.py', ['100', '0']]);
    const expected = 100 * MiB + idle.peakBytes!;
    expect(idle.outcome).toBe('ok');
    expect(big.outcome).toBe('ok');
    expect(big.runs[0]!.peakSource).toBe('kernel');
    expect(big.peakBytes!).toBeGreaterThan(expected * 0.9);
    expect(big.peakBytes!).toBeLessThan(expected * 1.1);
  });

  it('reports an OOM kill at the limit', async () => {
    const workload = await measureOne([
      'oom',
      'allocate.py',
      ['200', '0'],
      { limitBytes: 64 * MiB },
    ]);
    const [run] = workload.runs;
    expect(workload.outcome).toBe('oom-killed');
    expect(run!.oomKills).toBeGreaterThan(0);
    expect(run!.signal).toBe('SIGKILL');
    expect(run!.message).toContain('OOM-killed at the 64.0 MiB limit');
    expect(run!.message).toContain('allocate.py 200');
  });

  it('counts an OOM-killed child of a parent that exits 0', async () => {
    const workload = await measureOne([
      'oom-child',
      'oom-child.py',
      ['200'],
      { limitBytes: 64 * MiB },
    ]);
    const [run] = workload.runs;
    expect(run!.exitCode).toBe(0);
    expect(run!.oomKills).toBeGreaterThan(0);
    expect(workload.outcome).toBe('oom-killed');
  });

  it('tells a SIGKILL from an OOM kill', async () => {
    const workload = await measureOne(['self-kill', 'self-kill.py', []]);
    const [run] = workload.runs;
    expect(workload.outcome).toBe('killed');
    expect(run!.signal).toBe('SIGKILL');
    expect(run!.oomKills).toBe(0);
    expect(run!.message).toContain('killed by SIGKILL');
  });

  it('kills a hanging workload at the timeout', async () => {
    const pidFile = path.join(scratch, 'hang.pids');
    const workload = await measureOne([
      'hang',
      'hang.py',
      [pidFile],
      { timeoutSeconds: 1 },
    ]);
    const pids = (await readFile(pidFile, 'utf8'))
      .trim()
      .split(' ')
      .map(Number);
    expect(workload.outcome).toBe('timeout');
    expect(workload.message).toContain('timed out after 1 s');
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(await isGone(pid)).toBe(true);
  });

  it('counts four workers holding memory at once', async () => {
    const workload = await measureOne([
      'workers',
      'workers.py',
      ['4', '100'],
      { limitBytes: 1024 * MiB },
    ]);
    expect(workload.outcome).toBe('ok');
    expect(workload.peakBytes!).toBeGreaterThan(400 * MiB);
    expect(workload.peakBytes!).toBeLessThan(500 * MiB);
  });

  it('writes a file larger than the limit without an OOM kill', async () => {
    const spec = fixtureSpec(
      'write-file',
      'write-file.py',
      [path.join(scratch, 'big.bin'), '192'],
      { limitBytes: 64 * MiB },
    );
    // Sample often: writing 192 MiB to the page cache takes a fraction of a second.
    const report = await measureQuietly([spec], {
      sandbox,
      sampleIntervalMs: 10,
    });
    const workload = report.workloads[0]!;
    const [run] = workload.runs;
    expect(workload.outcome).toBe('ok');
    expect(run!.oomKills).toBe(0);
    expect(run!.maxFileBytes!).toBeGreaterThan(0);
    expect(run!.peakBytes!).toBeLessThanOrEqual(64 * MiB);
  });

  it('kills a background process left behind', async () => {
    const pidFile = path.join(scratch, 'background.pid');
    const workload = await measureOne([
      'background',
      'background.py',
      [pidFile],
    ]);
    const pid = Number((await waitForFile(pidFile)).trim());
    expect(workload.outcome).toBe('ok');
    expect(await isGone(pid)).toBe(true);
    expect(await leftoverRuns(sandbox.parentPath!)).toEqual([]);
  });

  it('reports a failed exit with the stderr tail', async () => {
    const workload = await measureOne(['fail', 'fail.py', ['3', '30']]);
    const [run] = workload.runs;
    expect(workload.outcome).toBe('failed');
    expect(run!.exitCode).toBe(3);
    expect(run!.message).toContain('exited with code 3');
    expect(run!.message).toContain('error line 30');
    expect(run!.stderrTail).toHaveLength(20);
    expect(run!.stderrTail.at(-1)).toBe('error line 30');
  });

  it('takes the median of repeated runs', async () => {
    const workload = await measureOne([
      'repeat',
      'allocate.py',
      ['20', '0'],
      { repeat: 3 },
    ]);
    const peaks = workload.runs.map((run) => run.peakBytes!);
    const sorted = [...peaks].sort((a, b) => a - b);
    expect(workload.runs).toHaveLength(3);
    expect(workload.peakBytes).toBe(sorted[1]);
    expect(workload.minPeakBytes).toBe(sorted[0]);
    expect(workload.maxPeakBytes).toBe(sorted[2]);
  });

  it('records a timeline, CPU time and the environment', async () => {
    const report = await measureQuietly(
      [
        fixtureSpec('timeline', 'allocate.py', ['50', '0.5'], {
          env: { OMP_NUM_THREADS: '2', PYTHONMALLOC: 'malloc' },
        }),
      ],
      { sandbox },
    );
    const run = report.workloads[0]!.runs[0]!;
    expect(run.timeline.length).toBeGreaterThan(3);
    expect(run.maxAnonBytes!).toBeGreaterThan(40 * MiB);
    expect(run.cpuSeconds!).toBeGreaterThan(0);
    expect(report.environment.sandbox).toBe(sandbox.kind);
    expect(report.environment.cgroupVersion).toBe(sandbox.cgroupVersion);
    expect(report.environment.kernel).toBe(os.release());
    expect(report.environment.python.version).toMatch(/^3\.\d+\.\d+$/);
    expect(report.environment.python.path).toBe(PYTHON);
    expect(report.environment.variables).toMatchObject({
      OMP_NUM_THREADS: '2',
      PYTHONMALLOC: 'malloc',
    });
  });

  it('fails when the wrapper cannot join', async () => {
    // The run's cgroup is removed before the workload starts, so the
    // wrapper's write to cgroup.procs fails, as it would without permission.
    const vanishing: Sandbox = {
      kind: sandbox.kind,
      cgroupVersion: sandbox.cgroupVersion,
      parentPath: sandbox.parentPath,
      warnings: sandbox.warnings,
      async createRun(options) {
        const run = await sandbox.createRun(options);
        await run.destroy();
        return run;
      },
    };
    const spec = fixtureSpec('vanished', 'allocate.py', ['1', '0']);
    const error = await measureQuietly([spec], { sandbox: vanishing }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MeasurementError);
    expect((error as Error).message).toContain(
      'Could not start the workload inside cgroup',
    );
  });
});

describe('timeout before the cgroup join', () => {
  it('kills a workload the timer beat', async () => {
    // At 1 ms the timer usually fires before the wrapper shell has written
    // its pid to cgroup.procs, so only the process-group kill can stop it.
    const pidFile = path.join(scratch, 'early.pids');
    const workload = await measureOne([
      'early',
      'hang.py',
      [pidFile],
      { timeoutSeconds: 0.001 },
    ]);
    const pids = await readFile(pidFile, 'utf8').catch(() => '');

    expect(workload.outcome).toBe('timeout');
    expect(workload.runs[0]!.peakBytes).not.toBe(0);
    for (const pid of pids.trim().split(' ').filter(Boolean).map(Number)) {
      expect(await isGone(pid)).toBe(true);
    }
  });
});
