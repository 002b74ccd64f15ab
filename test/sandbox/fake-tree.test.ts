// File-format cases that this kernel cannot show (no memory.peak, no swap
// accounting, cgroup v2 mounts), on fake cgroup trees in temp folders.
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeasurementError } from '../../src/errors.js';
import { CgroupV1Sandbox } from '../../src/sandbox/cgroup-v1.js';
import { CgroupV2Sandbox } from '../../src/sandbox/cgroup-v2.js';
import { resolveV2Parent } from '../../src/sandbox/cgroup-v2-parent.js';
import { DirectWriter } from '../../src/sandbox/cgroup-writer.js';
import { detectCgroupMounts } from '../../src/sandbox/detect.js';
import { openSandbox } from '../../src/sandbox/index.js';

const MiB = 1024 * 1024;
const SWAPS_HEADER = 'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n';
const V1_MOUNTINFO =
  '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory\n' +
  '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw\n';
const V2_MOUNTINFO =
  '30 23 0:26 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'memgate-fake-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes files below the fake root, creating folders on the way. */
function writeTree(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
}

describe('cgroup v1 file formats', () => {
  it('warns without swap accounting on a host with swap', async () => {
    writeTree({
      'cg/memory.limit_in_bytes': '9223372036854771712\n',
      swaps: `${SWAPS_HEADER}/swapfile file 1048572 0 -2\n`,
    });
    const sandbox = await CgroupV1Sandbox.open({
      parentPath: join(root, 'cg'),
      mountPoint: root,
      swapsFile: join(root, 'swaps'),
    });
    expect(sandbox.warnings).toHaveLength(1);
    expect(sandbox.warnings[0]).toMatch(/swap accounting is off/);
    expect(sandbox.warnings[0]).toMatch(/undercounts/);
  });

  it('rejects a parent that is no memory cgroup', async () => {
    mkdirSync(join(root, 'plain'));
    const opening = CgroupV1Sandbox.open({
      parentPath: join(root, 'plain'),
      mountPoint: root,
    });
    await expect(opening).rejects.toThrow(MeasurementError);
    await expect(opening).rejects.toThrow(/not a memory cgroup/);
  });

  it('rejects a parent outside the mount', async () => {
    writeTree({ 'cg/memory.limit_in_bytes': '1\n', 'mount/x': '' });
    const opening = CgroupV1Sandbox.open({
      parentPath: join(root, 'cg'),
      mountPoint: join(root, 'mount'),
    });
    await expect(opening).rejects.toThrow(MeasurementError);
    await expect(opening).rejects.toThrow(/outside the cgroup mount/);
  });

  it('rejects a symlink leading out of the mount', async () => {
    writeTree({ 'cg/memory.limit_in_bytes': '1\n', 'mount/x': '' });
    symlinkSync(join(root, 'cg'), join(root, 'mount/link'));
    const opening = CgroupV1Sandbox.open({
      parentPath: join(root, 'mount/link'),
      mountPoint: join(root, 'mount'),
    });
    await expect(opening).rejects.toThrow(/outside the cgroup mount/);
  });

  it('stays quiet without swap', async () => {
    writeTree({ 'cg/memory.limit_in_bytes': '1\n', swaps: SWAPS_HEADER });
    const sandbox = await CgroupV1Sandbox.open({
      parentPath: join(root, 'cg'),
      mountPoint: root,
      swapsFile: join(root, 'swaps'),
    });
    expect(sandbox.warnings).toEqual([]);
  });

  it('sets only the limit without memsw', async () => {
    writeTree({ 'cg/memory.limit_in_bytes': '1\n', swaps: SWAPS_HEADER });
    const sandbox = await CgroupV1Sandbox.open({
      parentPath: join(root, 'cg'),
      mountPoint: root,
      swapsFile: join(root, 'swaps'),
    });
    const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'x' });
    const path = run.path as string;
    expect(readFileSync(join(path, 'memory.limit_in_bytes'), 'utf8')).toBe(
      String(64 * MiB),
    );
    expect(() =>
      readFileSync(join(path, 'memory.memsw.limit_in_bytes')),
    ).toThrow(/ENOENT/);
  });

  it('rejects a peak without max_usage_in_bytes', async () => {
    writeTree({ 'cg/memory.limit_in_bytes': '1\n', swaps: SWAPS_HEADER });
    const sandbox = await CgroupV1Sandbox.open({
      parentPath: join(root, 'cg'),
      mountPoint: root,
      swapsFile: join(root, 'swaps'),
    });
    const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'x' });
    const peak = run.readPeak();
    await expect(peak).rejects.toThrow(MeasurementError);
    await expect(peak).rejects.toThrow(/Unsupported kernel/);
    await expect(peak).rejects.toThrow(/memory\.max_usage_in_bytes/);
  });

  it('reads rss and cache where total_ is missing', async () => {
    writeTree({ 'cg/memory.limit_in_bytes': '1\n', swaps: SWAPS_HEADER });
    const sandbox = await CgroupV1Sandbox.open({
      parentPath: join(root, 'cg'),
      mountPoint: root,
      swapsFile: join(root, 'swaps'),
    });
    const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'x' });
    const path = run.path as string;
    writeFileSync(join(path, 'memory.usage_in_bytes'), '3000\n');
    writeFileSync(join(path, 'memory.stat'), 'cache 1000\nrss 2000\n');
    writeFileSync(join(path, 'memory.oom_control'), 'oom_kill_disable 0\n');
    expect(await run.sample()).toEqual({
      usageBytes: 3000,
      anonBytes: 2000,
      fileBytes: 1000,
    });
    await expect(run.readOomKills()).rejects.toThrow(/4\.13/);
  });
});

describe('cgroup v2 file formats', () => {
  function openFakeV2(): CgroupV2Sandbox {
    mkdirSync(join(root, 'parent'));
    return new CgroupV2Sandbox({
      path: join(root, 'parent'),
      writer: new DirectWriter(),
      owned: false,
      reason: '--cgroup-parent',
    });
  }

  it('rejects a peak without memory.peak', async () => {
    const run = await openFakeV2().createRun({
      limitBytes: 64 * MiB,
      label: 'x',
    });
    const peak = run.readPeak();
    await expect(peak).rejects.toThrow(MeasurementError);
    await expect(peak).rejects.toThrow(/Unsupported kernel/);
    await expect(peak).rejects.toThrow(/memory\.peak/);
    await expect(peak).rejects.toThrow(/5\.19/);
  });

  it('sets memory.max and skips a missing swap.max', async () => {
    const run = await openFakeV2().createRun({
      limitBytes: 64 * MiB,
      label: 'x',
    });
    const path = run.path as string;
    expect(readFileSync(join(path, 'memory.max'), 'utf8')).toBe(
      String(64 * MiB),
    );
    expect(() => readFileSync(join(path, 'memory.swap.max'))).toThrow(/ENOENT/);
  });

  it('reads peak, events and stat', async () => {
    const run = await openFakeV2().createRun({
      limitBytes: 64 * MiB,
      label: 'x',
    });
    const path = run.path as string;
    writeFileSync(join(path, 'memory.peak'), '67108864\n');
    writeFileSync(
      join(path, 'memory.events'),
      'low 0\nhigh 0\nmax 31\noom 2\noom_kill 2\noom_group_kill 0\n',
    );
    writeFileSync(join(path, 'memory.current'), '5000\n');
    writeFileSync(
      join(path, 'memory.stat'),
      'anon 3000\nfile 1500\nkernel 500\n',
    );
    expect(await run.readPeak()).toEqual({ bytes: 67108864, source: 'kernel' });
    expect(await run.readOomKills()).toBe(2);
    expect(await run.sample()).toEqual({
      usageBytes: 5000,
      anonBytes: 3000,
      fileBytes: 1500,
    });
  });
});

describe('sandbox detection', () => {
  it('finds the v1 memory cgroup', async () => {
    writeTree({
      'proc/self/mountinfo': V1_MOUNTINFO,
      'proc/self/cgroup': '4:memory:/process_api/abc\n0::/\n',
      'sys/fs/cgroup/unified/cgroup.controllers': 'hugetlb\n',
    });
    const mounts = await detectCgroupMounts(root);
    expect(mounts.v2).toBeNull();
    expect(mounts.v1Memory?.ownCgroupPath).toBe(
      join(root, 'sys/fs/cgroup/memory/process_api/abc'),
    );
  });

  it('finds cgroup v2 with memory', async () => {
    writeTree({
      'proc/self/mountinfo': V2_MOUNTINFO,
      'proc/self/cgroup': '0::/system.slice/runner.service\n',
      'sys/fs/cgroup/cgroup.controllers': 'cpuset cpu io memory pids\n',
    });
    const mounts = await detectCgroupMounts(root);
    expect(mounts.v1Memory).toBeNull();
    expect(mounts.v2).toEqual({
      mountPoint: join(root, 'sys/fs/cgroup'),
      ownCgroup: '/system.slice/runner.service',
    });
  });

  it('rejects v2 where memory is on v1', async () => {
    writeTree({
      'proc/self/mountinfo': V1_MOUNTINFO,
      'proc/self/cgroup': '4:memory:/x\n0::/\n',
      'sys/fs/cgroup/unified/cgroup.controllers': 'hugetlb\n',
    });
    const opening = openSandbox({ kind: 'cgroup-v2', fsRoot: root });
    await expect(opening).rejects.toThrow(MeasurementError);
    await expect(opening).rejects.toThrow(/--sandbox measure-only/);
  });

  it('falls back to measure-only with reasons', async () => {
    writeTree({ 'proc/self/mountinfo': '', 'proc/self/cgroup': '0::/\n' });
    const sandbox = await openSandbox({ fsRoot: root });
    expect(sandbox.kind).toBe('measure-only');
    expect(sandbox.limitEnforced).toBe(false);
    expect(sandbox.warnings[0]).toMatch(/NOT enforced/);
    expect(sandbox.warnings.join('\n')).toMatch(/cgroup v2 is not usable/);
    expect(sandbox.warnings.join('\n')).toMatch(/cgroup v1 is not usable/);
  });

  it('rejects an unknown sandbox kind', async () => {
    const opening = openSandbox({ kind: 'docker' as 'auto' });
    await expect(opening).rejects.toThrow(/Invalid sandbox "docker"/);
  });
});

describe('cgroup v2 parent choice', () => {
  const noSudo = ['/bin/false'];

  it('creates memgate-<pid> next to its own cgroup', async () => {
    writeTree({
      'cg/cgroup.subtree_control': 'cpu memory\n',
      'cg/runner.service/cgroup.procs': '1\n',
    });
    const parent = await resolveV2Parent({
      mountPoint: join(root, 'cg'),
      ownCgroup: '/runner.service',
      sudo: noSudo,
    });
    expect(dirname(parent.path)).toBe(join(root, 'cg'));
    expect(basename(parent.path)).toMatch(
      new RegExp(`^memgate-${process.pid}(\\.\\d+)?$`),
    );
    expect(parent.owned).toBe(true);
    expect(
      readFileSync(join(parent.path, 'cgroup.subtree_control'), 'utf8'),
    ).toBe('+memory');
  });

  it('opens a second parent in one process', async () => {
    writeTree({ 'cg/cgroup.subtree_control': 'memory\n' });
    const options = {
      mountPoint: join(root, 'cg'),
      ownCgroup: '/runner.service',
      sudo: noSudo,
    };
    const first = await resolveV2Parent(options);
    const second = await resolveV2Parent(options);
    expect(second.path).not.toBe(first.path);
    expect(second.path.startsWith(join(root, 'cg', 'memgate-'))).toBe(true);
  });

  it('rejects a given parent without memory', async () => {
    writeTree({ 'cg/ci/cgroup.subtree_control': 'cpu\n' });
    const resolving = resolveV2Parent({
      mountPoint: join(root, 'cg'),
      ownCgroup: '/',
      cgroupParent: 'ci',
      sudo: noSudo,
    });
    await expect(resolving).rejects.toThrow(MeasurementError);
    await expect(resolving).rejects.toThrow(/echo \+memory >/);
  });

  it('uses a given parent as it is', async () => {
    writeTree({ 'cg/ci/cgroup.subtree_control': 'memory\n' });
    const parent = await resolveV2Parent({
      mountPoint: join(root, 'cg'),
      ownCgroup: '/',
      cgroupParent: join(root, 'cg/ci'),
      sudo: noSudo,
    });
    expect(parent.path).toBe(join(root, 'cg/ci'));
    expect(parent.owned).toBe(false);
    expect(
      readFileSync(join(root, 'cg/ci/cgroup.subtree_control'), 'utf8'),
    ).toBe('memory\n');
  });

  it('fails without memory anywhere or sudo', async () => {
    writeTree({ 'cg/cgroup.subtree_control': 'cpu\n' });
    const resolving = resolveV2Parent({
      mountPoint: join(root, 'cg'),
      ownCgroup: '/runner.service',
      sudo: noSudo,
    });
    await expect(resolving).rejects.toThrow(/No writable cgroup v2 parent/);
    await expect(resolving).rejects.toThrow(/--cgroup-parent/);
  });
});
