// Real cgroup v1 memory cgroups below this process's own memory cgroup,
// with real /usr/bin/python3 workloads.
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CgroupV1Sandbox } from '../../src/sandbox/cgroup-v1.js';
import { SudoWriter } from '../../src/sandbox/cgroup-writer.js';
import { detectCgroupMounts } from '../../src/sandbox/detect.js';
import {
  countLiveRuns,
  destroyAllRuns,
  openSandbox,
  registerWrapper,
} from '../../src/sandbox/index.js';
import {
  PYTHON,
  isAlive,
  memgateChildren,
  runWrapped,
  startWrapped,
  waitFor,
} from './helpers.js';

const MiB = 1024 * 1024;
const fixture = (name: string): string =>
  join(import.meta.dirname, '../../fixtures', name);

const mounts = await detectCgroupMounts();
const parent = mounts.v1Memory?.ownCgroupPath ?? null;
// Under CI a missing v1 memory cgroup is a broken machine, not a skip.
const skip = parent === null && !process.env.CI;

describe.skipIf(skip)('cgroup v1 sandbox', () => {
  const parentPath = parent as string;

  afterEach(async () => {
    await destroyAllRuns();
    expect(memgateChildren(parentPath)).toEqual([]);
  });

  it('auto picks v1 here', async () => {
    const sandbox = await openSandbox();
    expect(sandbox.kind).toBe('cgroup-v1');
    expect(sandbox.cgroupVersion).toBe(1);
    expect(sandbox.parentPath).toBe(parentPath);
  });

  it('sets limit and memsw on a fresh child', async () => {
    const sandbox = await CgroupV1Sandbox.open({ parentPath });
    const run = await sandbox.createRun({
      limitBytes: 64 * MiB,
      label: 'a b/c',
    });
    const path = run.path as string;
    expect(path.startsWith(parentPath + '/memgate-a_b_c-')).toBe(true);
    const read = (file: string): string =>
      readFileSync(join(path, file), 'utf8').trim();
    expect(read('memory.limit_in_bytes')).toBe(String(64 * MiB));
    if (existsSync(join(path, 'memory.memsw.limit_in_bytes'))) {
      expect(read('memory.memsw.limit_in_bytes')).toBe(String(64 * MiB));
    }
    const other = await sandbox.createRun({
      limitBytes: 64 * MiB,
      label: 'a b/c',
    });
    expect(other.path).not.toBe(path);
  });

  it('counts an OOM kill from oom_control', async () => {
    const sandbox = await CgroupV1Sandbox.open({ parentPath });
    const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'oom' });
    const result = await runWrapped(run, [
      PYTHON,
      fixture('sandbox-alloc.py'),
      '200',
    ]);
    expect(result.signal).toBe('SIGKILL');
    expect(result.stdout).not.toContain('allocated');
    expect(await run.readOomKills()).toBeGreaterThanOrEqual(1);
    const peak = await run.readPeak();
    expect(peak.source).toBe('kernel');
    expect(peak.bytes).toBeGreaterThan(60 * MiB);
    expect(peak.bytes).toBeLessThanOrEqual(64 * MiB);
    await run.destroy();
    expect(existsSync(run.path as string)).toBe(false);
  });

  it('reads the peak of a run under the limit', async () => {
    const sandbox = await CgroupV1Sandbox.open({ parentPath });
    const run = await sandbox.createRun({
      limitBytes: 64 * MiB,
      label: 'fits',
    });
    const result = await runWrapped(run, [
      PYTHON,
      fixture('sandbox-alloc.py'),
      '20',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('allocated 20');
    expect(await run.readOomKills()).toBe(0);
    const peak = await run.readPeak();
    expect(peak.bytes).toBeGreaterThanOrEqual(20 * MiB);
    // The interpreter adds a few MiB; far less than the rest of the cap.
    expect(peak.bytes).toBeLessThan(40 * MiB);
  });

  it('samples anon memory while the workload runs', async () => {
    const sandbox = await CgroupV1Sandbox.open({ parentPath });
    const run = await sandbox.createRun({
      limitBytes: 128 * MiB,
      label: 'sample',
    });
    const { finished, stdoutSoFar } = startWrapped(run, [
      PYTHON,
      fixture('sandbox-alloc.py'),
      '40',
      '30',
    ]);
    // Sampled once the allocation is done, so usage and stat agree.
    await waitFor(() =>
      stdoutSoFar().includes('allocated') ? true : undefined,
    );
    const sample = await run.sample();
    expect(sample.anonBytes).toBeGreaterThanOrEqual(40 * MiB);
    expect(sample.usageBytes).toBeGreaterThanOrEqual(sample.anonBytes);
    await run.killAll();
    expect((await finished).signal).toBe('SIGKILL');
  });

  it('kills a leftover background process and removes the cgroup', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'memgate-v1-'));
    try {
      const sandbox = await CgroupV1Sandbox.open({ parentPath });
      const run = await sandbox.createRun({
        limitBytes: 64 * MiB,
        label: 'bg',
      });
      const pidFile = join(folder, 'child.pid');
      const result = await runWrapped(run, [
        PYTHON,
        fixture('sandbox-leave-child.py'),
        pidFile,
      ]);
      expect(result.code).toBe(0);
      const childPid = Number(readFileSync(pidFile, 'utf8'));
      expect(isAlive(childPid)).toBe(true);
      const procs = readFileSync(
        join(run.path as string, 'cgroup.procs'),
        'utf8',
      );
      expect(procs.split('\n')).toContain(String(childPid));

      await run.killAll();
      await waitFor(() => (isAlive(childPid) ? undefined : true));
      await run.destroy();
      await run.destroy();
      expect(existsSync(run.path as string)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('destroyAllRuns removes every live run', async () => {
    const sandbox = await CgroupV1Sandbox.open({ parentPath });
    const runs = [
      await sandbox.createRun({ limitBytes: 64 * MiB, label: 'one' }),
      await sandbox.createRun({ limitBytes: 64 * MiB, label: 'two' }),
    ];
    const { finished } = startWrapped(runs[0]!, [
      PYTHON,
      '-c',
      'import time; time.sleep(3600)',
    ]);
    await waitFor(() =>
      readFileSync(join(runs[0]!.path as string, 'cgroup.procs'), 'utf8').trim()
        ? true
        : undefined,
    );
    expect(countLiveRuns()).toBeGreaterThanOrEqual(2);
    await destroyAllRuns();
    expect((await finished).signal).toBe('SIGKILL');
    expect(countLiveRuns()).toBe(0);
    for (const run of runs) expect(existsSync(run.path as string)).toBe(false);
  });

  it('destroyAllRuns kills a wrapper outside any cgroup', async () => {
    // A wrapper that has not joined its cgroup yet: only its process
    // group identifies it.
    const child = spawn(PYTHON, ['-c', 'import time; time.sleep(3600)'], {
      detached: true,
      stdio: 'ignore',
    });
    registerWrapper(child);
    const ended = new Promise((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    await destroyAllRuns();
    expect(await ended).toBe('SIGKILL');
  });

  it('rejects a limit that is not a positive whole number', async () => {
    const sandbox = await CgroupV1Sandbox.open({ parentPath });
    for (const limitBytes of [0, -1, 1.5, Number.NaN]) {
      await expect(
        sandbox.createRun({ limitBytes, label: 'bad' }),
      ).rejects.toThrow(/Invalid memory limit/);
    }
  });

  it('works through a sudo command', async () => {
    // No sudo exists here and this process is root, so a stand-in that logs
    // its arguments and runs them shows the commands memgate builds.
    const folder = mkdtempSync(join(tmpdir(), 'memgate-sudo-'));
    try {
      const log = join(folder, 'calls.log');
      const fakeSudo = join(folder, 'sudo');
      writeFileSync(
        fakeSudo,
        `#!/bin/sh\necho "$*" >> '${log}'\n[ "$1" = -n ] && shift\nexec "$@"\n`,
      );
      chmodSync(fakeSudo, 0o755);
      const writer = new SudoWriter([fakeSudo, '-n']);
      const sandbox = await CgroupV1Sandbox.open({ parentPath, writer });
      const run = await sandbox.createRun({
        limitBytes: 64 * MiB,
        label: 'sudo',
      });
      const path = run.path as string;
      const result = await runWrapped(run, [
        PYTHON,
        fixture('sandbox-alloc.py'),
        '8',
      ]);
      expect(result.code).toBe(0);
      expect(await run.readPeak()).toMatchObject({ source: 'kernel' });
      await run.destroy();

      const calls = readFileSync(log, 'utf8').trim().split('\n');
      expect(calls[0]).toBe(`-n mkdir ${path}`);
      expect(calls).toContain(`-n tee ${path}/memory.limit_in_bytes`);
      expect(calls).toContain(`-n tee ${path}/cgroup.procs`);
      expect(calls.at(-1)).toBe(`-n rmdir ${path}`);
      expect(existsSync(path)).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
