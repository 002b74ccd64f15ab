// `memgate run` as users start it: the bundled CLI in a child process,
// measuring real Python workloads under real cgroups.
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { openSandbox } from '../../src/sandbox/index.js';
import { FIXTURES, isGone, leftoverRuns, PYTHON } from '../measure/helpers.js';
import { buildCli, runCli, startCli } from './helpers.js';

let cli: string;
let removeCli: () => Promise<void>;
let folder: string;
let parent: string | null;

beforeAll(async () => {
  ({ cli, remove: removeCli } = await buildCli());
  folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-run-'));
  parent = (await openSandbox({ kind: 'auto' })).parentPath;
});

afterAll(async () => {
  await removeCli();
  await rm(folder, { recursive: true, force: true });
});

async function readReport(file: string): Promise<Report> {
  return JSON.parse(await readFile(file, 'utf8')) as Report;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

describe('memgate run', () => {
  it('passes the example configuration', async () => {
    const report = path.join(folder, 'example.json');
    const config = path.join(FIXTURES, 'example/memgate.toml');
    const result = await runCli(
      cli,
      ['run', '--config', config, '--repeat', '1', '--report', report],
      folder,
    );
    const written = await readReport(report);
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^workload\s+limit\s+peak\s+min-max\s+outcome\s+message$/m,
    );
    expect(written.workloads.map((workload) => workload.name)).toEqual([
      'word-index',
      'near-limit',
      'write-file',
    ]);
    expect(
      written.workloads.every((workload) => workload.outcome === 'ok'),
    ).toBe(true);
    expect(
      written.workloads.every((workload) => workload.runs.length === 1),
    ).toBe(true);
  });

  it('exits 1 on an OOM kill', async () => {
    const report = path.join(folder, 'oom.json');
    const command = [PYTHON, path.join(FIXTURES, 'allocate.py'), '200'];
    const result = await runCli(
      cli,
      [
        'run',
        '--limit',
        '64MiB',
        '--name',
        'big',
        '--report',
        report,
        '--',
        ...command,
      ],
      folder,
    );
    const written = await readReport(report);
    expect(result.code).toBe(1);
    expect(written.workloads[0]!.name).toBe('big');
    expect(written.workloads[0]!.outcome).toBe('oom-killed');
    expect(result.stdout).toContain('OOM-killed at the 64.0 MiB limit');
  });

  it('exits 1 for the OOM example configuration', async () => {
    const report = path.join(folder, 'example-oom.json');
    const config = path.join(FIXTURES, 'example-oom/memgate.toml');
    const result = await runCli(
      cli,
      ['run', '--config', config, '--report', report],
      folder,
    );
    expect(result.code).toBe(1);
    expect((await readReport(report)).workloads[0]!.outcome).toBe('oom-killed');
  });

  it('finds pyproject.toml and selects by name', async () => {
    const project = await mkdtemp(path.join(folder, 'project-'));
    await writeFile(
      path.join(project, 'pyproject.toml'),
      `[tool.memgate]
limit = "128MiB"

[[tool.memgate.workload]]
name = "small"
command = ["${PYTHON}", "${path.join(FIXTURES, 'allocate.py')}", "10"]

[[tool.memgate.workload]]
name = "skipped"
command = ["${PYTHON}", "${path.join(FIXTURES, 'fail.py')}", "1"]
`,
    );
    const result = await runCli(cli, ['run', '--name', 'small'], project);
    const written = await readReport(path.join(project, 'memgate-report.json'));
    expect(result.code).toBe(0);
    expect(written.workloads.map((workload) => workload.name)).toEqual([
      'small',
    ]);
    expect(written.workloads[0]!.limitBytes).toBe(128 * 1024 ** 2);
  });

  it('records the comparison settings', async () => {
    const project = await mkdtemp(path.join(folder, 'settings-'));
    await writeFile(
      path.join(project, 'memgate.toml'),
      `max-increase = 5
max-increase-bytes = "2MiB"
headroom = 75

[[workload]]
name = "small"
command = ["${PYTHON}", "${path.join(FIXTURES, 'allocate.py')}", "1"]
max-increase = 30
`,
    );
    const result = await runCli(cli, ['run'], project);
    const written = await readReport(path.join(project, 'memgate-report.json'));
    expect(result.code).toBe(0);
    expect(written.settings).toEqual({
      maxIncreasePercent: 5,
      maxIncreaseBytes: 2 * 1024 ** 2,
      headroomPercent: 75,
    });
    expect(written.workloads[0]!.maxIncreasePercent).toBe(30);
    expect(written.workloads[0]!.maxIncreaseBytes).toBeUndefined();
  });

  it('prints its help', async () => {
    const result = await runCli(cli, ['run', '--help'], folder);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--sample-interval MS');
  });
});

describe('memgate run input errors', () => {
  const allocate = () => [PYTHON, path.join(FIXTURES, 'allocate.py'), '1'];

  it.each([
    ['512m', '--limit'],
    ['-1', '--limit='],
    ['abc', '--limit'],
  ])('rejects limit %s with exit 2', async (value, flag) => {
    const args = flag.endsWith('=') ? [`${flag}${value}`] : [flag, value];
    const report = path.join(folder, `bad-${value}.json`);
    const result = await runCli(
      cli,
      ['run', ...args, '--report', report, '--', ...allocate()],
      folder,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${value}"`);
    expect(result.stderr).toContain('512MiB');
    expect(result.stderr).toContain('512MB');
    expect(await exists(report)).toBe(false);
  });

  it.each([
    [['--repeat', '0'], 'Invalid --repeat "0"'],
    [['--timeout', 'soon'], 'Invalid --timeout "soon"'],
    [['--sandbox', 'docker'], 'Invalid --sandbox "docker"'],
    [['--sample-interval', '0'], 'Invalid --sample-interval "0"'],
    [['--limt', '1G'], "Unknown option '--limt'"],
    [['--repeat', '1001'], 'Invalid --repeat "1001"'],
    [['--repeat', '99999999999999999999'], 'from 1 to 1000'],
    [['--timeout', '3000000'], 'at most 2147483'],
    [['--limit', '-1'], 'such as --limit=-1'],
    [['--limit'], 'Missing value for --limit'],
  ])('rejects %j with exit 2', async (args, message) => {
    const result = await runCli(
      cli,
      ['run', ...args, '--', ...allocate()],
      folder,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('rejects an empty command after --', async () => {
    const result = await runCli(cli, ['run', '--'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Missing command after "--"');
  });

  it('rejects a folder without configuration', async () => {
    const empty = await mkdtemp(path.join(folder, 'empty-'));
    const result = await runCli(cli, ['run'], empty);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No memgate.toml');
    expect(result.stderr).toContain('--config FILE');
  });

  it('rejects a missing config file', async () => {
    const result = await runCli(
      cli,
      ['run', '--config', 'absent.toml'],
      folder,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${path.join(folder, 'absent.toml')} not found`,
    );
  });

  it('rejects malformed TOML with its line', async () => {
    const file = path.join(folder, 'malformed.toml');
    await writeFile(file, '[[workload]]\nname = "a\ncommand = ["x"]\n');
    const result = await runCli(cli, ['run', '--config', file], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/malformed\.toml:2:\d+: malformed TOML/);
  });

  it('rejects an unknown key', async () => {
    const file = path.join(folder, 'unknown.toml');
    await writeFile(
      file,
      '[[workload]]\nname = "a"\ncommand = ["x"]\nlimt = "1G"\n',
    );
    const result = await runCli(cli, ['run', '--config', file], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown key "limt"');
    expect(result.stderr).toContain('Accepted keys: name, command, limit');
  });

  it('exits 3 for a command not found', async () => {
    const result = await runCli(
      cli,
      ['run', '--', 'memgate-no-such-program'],
      folder,
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      'Command "memgate-no-such-program" not found on PATH',
    );
  });
});

describe('memgate run on a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('cleans up on %s and exits %i', async (signal, code) => {
    const pidFile = path.join(folder, `hang-${signal}.pids`);
    const report = path.join(folder, `hang-${signal}.json`);
    const command = [PYTHON, path.join(FIXTURES, 'hang.py'), pidFile];
    const { child, result } = startCli(
      cli,
      ['run', '--report', report, '--', ...command],
      folder,
    );
    let pids: number[] = [];
    for (let attempt = 0; attempt < 200 && pids.length === 0; attempt += 1) {
      await sleep(50);
      const text = await readFile(pidFile, 'utf8').catch(() => '');
      pids = text.trim() === '' ? [] : text.trim().split(' ').map(Number);
    }
    expect(pids).toHaveLength(2);

    child.kill(signal);
    const ended = await result;
    expect(ended.code).toBe(code);
    expect(await exists(report)).toBe(false);
    for (const pid of pids) expect(await isGone(pid)).toBe(true);
    if (parent !== null)
      expect(await leftoverRuns(parent, child.pid)).toEqual([]);
  });
});
