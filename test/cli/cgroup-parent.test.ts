// `memgate run --cgroup-parent` with values that cannot be used, through the
// bundled CLI on this host's cgroup v1 memory hierarchy.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { openSandbox } from '../../src/sandbox/index.js';
import { leftoverRuns, PYTHON } from '../measure/helpers.js';
import { buildCli, runCli } from './helpers.js';

const MOUNT = '/sys/fs/cgroup/memory';

let cli: string;
let removeCli: () => Promise<void>;
let folder: string;
let own: string;

beforeAll(async () => {
  ({ cli, remove: removeCli } = await buildCli());
  folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-parent-'));
  own = (await openSandbox({ kind: 'cgroup-v1' })).parentPath!;
});

afterAll(async () => {
  await removeCli();
  await rm(folder, { recursive: true, force: true });
});

const allocate = [PYTHON, '-c', 'b = b"x" * (100 << 20)'];

async function runWithParent(parent: string) {
  const report = path.join(folder, 'parent.json');
  await rm(report, { force: true });
  const result = await runCli(
    cli,
    [
      'run',
      '--cgroup-parent',
      parent,
      '--limit',
      '64MiB',
      '--report',
      report,
    ].concat(['--', ...allocate]),
    folder,
  );
  return { ...result, report };
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false,
  );
}

describe('memgate run --cgroup-parent', () => {
  it.each([
    [
      'a missing cgroup',
      () => path.join(own, 'memgate-no-such'),
      'does not exist',
    ],
    ['a control file', () => path.join(own, 'memory.stat'), 'memory.stat'],
    ['another hierarchy', () => '../cpu', 'outside the cgroup mount'],
    ['the filesystem root', () => '/', 'outside the cgroup mount'],
  ])('exits 3 for %s', async (_case, parent, message) => {
    const result = await runWithParent(parent());

    expect(result.code).toBe(3);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('NOT enforced');
    expect(await exists(result.report)).toBe(false);
  });

  it('exits 3 for a folder that only looks like one', async () => {
    const fake = path.join(folder, 'fakecg');
    await mkdir(fake);
    await writeFile(path.join(fake, 'memory.limit_in_bytes'), '1\n');
    const result = await runWithParent(fake);

    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`outside the cgroup mount ${MOUNT}`);
    expect(await leftoverRuns(fake)).toEqual([]);
  });

  it('exits 2 for an empty value', async () => {
    const result = await runWithParent('');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid --cgroup-parent ""');
    expect(await leftoverRuns(MOUNT)).toEqual([]);
  });

  it('enforces the limit below a real cgroup', async () => {
    const result = await runWithParent(own);
    const report = JSON.parse(await readFile(result.report, 'utf8')) as Report;

    expect(result.code).toBe(1);
    expect(report.workloads[0]!.outcome).toBe('oom-killed');
    expect(report.environment.sandbox).toBe('cgroup-v1');
    expect(typeof report.environment.swapAccounting).toBe('boolean');
  });
});
