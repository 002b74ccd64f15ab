import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMIT_BYTES,
  DEFAULT_REPEAT,
  DEFAULT_TIMEOUT_SECONDS,
  findConfig,
  loadConfig,
} from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-config-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function write(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text);
  return file;
}

async function loadError(text: string): Promise<UsageError> {
  const file = await write('memgate.toml', text);
  const error = await loadConfig(file).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('loadConfig', () => {
  it('applies top-level defaults to workloads', async () => {
    const file = await write(
      'memgate.toml',
      `limit = "256MiB"
repeat = 3
timeout = 30
cwd = "work"
env = { OMP_NUM_THREADS = "1" }
max-increase = 5
max-increase-bytes = "4MiB"
headroom = 80

[[workload]]
name = "a"
command = ["python3", "a.py"]

[[workload]]
name = "b"
command = ["python3", "b.py"]
limit = "1G"
repeat = 1
timeout = 2.5
cwd = "/srv"
env = { PYTHONMALLOC = "malloc" }
max-increase = 20
`,
    );
    const config = await loadConfig(file);
    const [a, b] = config.workloads;
    expect(config.file).toBe(file);
    expect(config.headroomPercent).toBe(80);
    expect(config.maxIncreasePercent).toBe(5);
    expect(config.maxIncreaseBytes).toBe(4 * 1024 ** 2);
    expect(a).toEqual({
      name: 'a',
      command: ['python3', 'a.py'],
      limitBytes: 256 * 1024 ** 2,
      repeat: 3,
      timeoutSeconds: 30,
      cwd: path.join(folder, 'work'),
      env: { OMP_NUM_THREADS: '1' },
    });
    expect(b!.limitBytes).toBe(1_000_000_000);
    expect(b!.repeat).toBe(1);
    expect(b!.timeoutSeconds).toBe(2.5);
    expect(b!.cwd).toBe('/srv');
    expect(b!.env).toEqual({ OMP_NUM_THREADS: '1', PYTHONMALLOC: 'malloc' });
    expect(b!.maxIncreasePercent).toBe(20);
  });

  it('uses built-in defaults', async () => {
    const file = await write(
      'memgate.toml',
      '[[workload]]\nname = "a"\ncommand = ["true"]\n',
    );
    const [spec] = (await loadConfig(file)).workloads;
    expect(spec!.limitBytes).toBe(DEFAULT_LIMIT_BYTES);
    expect(spec!.repeat).toBe(DEFAULT_REPEAT);
    expect(spec!.timeoutSeconds).toBe(DEFAULT_TIMEOUT_SECONDS);
    expect(spec!.cwd).toBe(folder);
    expect(spec!.env).toEqual({});
  });

  it('reads [tool.memgate] from pyproject.toml', async () => {
    const file = await write(
      'pyproject.toml',
      `[project]
name = "demo"

[tool.memgate]
limit = "64Mi"

[[tool.memgate.workload]]
name = "train"
command = ["python3", "-m", "train"]
`,
    );
    const config = await loadConfig(file);
    expect(config.workloads.map((spec) => spec.name)).toEqual(['train']);
    expect(config.workloads[0]!.limitBytes).toBe(64 * 1024 ** 2);
  });

  it.each(['512m', '-1', 'abc'])('rejects limit %s', async (value) => {
    const literal = value === '-1' ? '-1' : `"${value}"`;
    const error = await loadError(
      `limit = ${literal}\n[[workload]]\nname = "a"\ncommand = ["true"]\n`,
    );
    expect(error.message).toContain(`"${value}"`);
    expect(error.message).toContain('512MiB');
    expect(error.message).toContain('512MB');
    expect(error.message).toContain('memgate.toml');
  });

  it('rejects an unknown top-level key', async () => {
    const error = await loadError(
      'limits = "1G"\n[[workload]]\nname = "a"\ncommand = ["true"]\n',
    );
    expect(error.message).toContain('unknown key "limits"');
    expect(error.message).toContain('limit, repeat, timeout');
  });

  it('rejects an unknown workload key', async () => {
    const error = await loadError(
      '[[workload]]\nname = "a"\ncommand = ["true"]\nmemory = 3\n',
    );
    expect(error.message).toContain('workload "a"');
    expect(error.message).toContain('unknown key "memory"');
    expect(error.message).toContain('name, command');
  });

  it('rejects malformed TOML with its line', async () => {
    const error = await loadError('limit = "1G"\n[[workload]\nname = "a"\n');
    expect(error.message).toMatch(/memgate\.toml:2:\d+: malformed TOML/);
  });

  it('rejects an empty workload list', async () => {
    const error = await loadError('limit = "1G"\n');
    expect(error.message).toContain('no workloads');
    expect(error.message).toContain('[[workload]]');
  });

  it('rejects duplicate names', async () => {
    const error = await loadError(
      '[[workload]]\nname = "a"\ncommand = ["x"]\n[[workload]]\nname = "a"\ncommand = ["y"]\n',
    );
    expect(error.message).toContain('two workloads are named "a"');
  });

  it('rejects a command written as a string', async () => {
    const error = await loadError(
      '[[workload]]\nname = "a"\ncommand = "python3 a.py"\n',
    );
    expect(error.message).toContain('["python3","a.py"]');
  });

  it('rejects a missing command', async () => {
    const error = await loadError('[[workload]]\nname = "a"\n');
    expect(error.message).toContain('"command" must be a non-empty array');
  });

  it.each([
    ['repeat = 0', '"repeat" must be a whole number'],
    ['repeat = 1.5', '"repeat" must be a whole number'],
    ['timeout = -3', '"timeout" must be a number greater than 0'],
    ['repeat = 1001', '"repeat" must be a whole number from 1 to 1000'],
    ['repeat = 1e15', '"repeat" must be a whole number from 1 to 1000'],
    [
      'timeout = 3000000',
      '"timeout" must be a number greater than 0 and at most 2147483',
    ],
    ['max-increase = -1', '"max-increase" must be a percentage'],
    ['env = { A = 1 }', '"env.A" must be a string'],
  ])('rejects %s', async (line, expected) => {
    const error = await loadError(
      `[[workload]]\nname = "a"\ncommand = ["x"]\n${line}\n`,
    );
    expect(error.message).toContain(expected);
  });

  it('rejects a missing file', async () => {
    const missing = path.join(folder, 'nope.toml');
    const error = await loadConfig(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(`${missing} not found`);
  });

  it('rejects pyproject.toml without [tool.memgate]', async () => {
    const file = await write('pyproject.toml', '[project]\nname = "x"\n');
    await expect(loadConfig(file)).rejects.toThrow('has no [tool.memgate]');
  });
});

describe('findConfig', () => {
  it('prefers memgate.toml', async () => {
    await write('pyproject.toml', '[tool.memgate]\n');
    const file = await write('memgate.toml', '');
    expect(await findConfig(folder)).toBe(file);
  });

  it('takes pyproject.toml with [tool.memgate]', async () => {
    const file = await write('pyproject.toml', '[tool.memgate]\n');
    expect(await findConfig(folder)).toBe(file);
  });

  it('skips pyproject.toml without [tool.memgate]', async () => {
    await write('pyproject.toml', '[tool.black]\n');
    expect(await findConfig(folder)).toBeUndefined();
  });
});
