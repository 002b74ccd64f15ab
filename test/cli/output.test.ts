// `memgate run` whose own stdout or stderr reader goes away or reads slowly,
// as with `memgate run ... | head -1`: the bundled CLI, real cgroups, real
// Python workloads.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { openSandbox } from '../../src/sandbox/index.js';
import { isGone, leftoverRuns, PYTHON } from '../measure/helpers.js';
import { buildCli } from './helpers.js';

let cli: string;
let removeCli: () => Promise<void>;
let folder: string;
let parent: string | null;

beforeAll(async () => {
  ({ cli, remove: removeCli } = await buildCli());
  folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-output-'));
  parent = (await openSandbox({ kind: 'auto' })).parentPath;
});

afterAll(async () => {
  await removeCli();
  await rm(folder, { recursive: true, force: true });
});

// Prints its pid, then a second line after the reader closed, then exits.
const twoLines = (stream: 'stdout' | 'stderr') => `import os, sys, time
print(os.getpid(), file=sys.${stream}, flush=True)
time.sleep(0.5)
print(2, file=sys.${stream}, flush=True)
time.sleep(0.5)
print(3, file=sys.${stream}, flush=True)`;

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  other: string;
  workloadPid: number;
}

// Starts the CLI and closes the read end of `closed` after its first line.
async function runAndClose(
  closed: 'stdout' | 'stderr',
  report: string,
): Promise<Ended & { memgatePid: number }> {
  const child = spawn(
    process.execPath,
    [cli, 'run', '--report', report, '--', PYTHON, '-c', twoLines(closed)],
    { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const open = closed === 'stdout' ? child.stderr : child.stdout;
  let other = '';
  open.setEncoding('utf8').on('data', (chunk: string) => (other += chunk));
  const firstLine = new Promise<string>((resolve) => {
    let text = '';
    child[closed].setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      const line = /^(\d+)\n/m.exec(text);
      if (line) {
        child[closed].destroy();
        resolve(line[1]!);
      }
    });
  });
  const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (code, signal) => resolve([code, signal])),
  );
  const workloadPid = Number(await firstLine);
  const [code, signal] = await ended;
  return { code, signal, other, workloadPid, memgatePid: child.pid! };
}

describe('memgate run with a closed output', () => {
  it.each(['stdout', 'stderr'] as const)(
    'finishes the run when %s closes',
    async (closed) => {
      const report = path.join(folder, `closed-${closed}.json`);
      const ended = await runAndClose(closed, report);
      const written = JSON.parse(await readFile(report, 'utf8')) as Report;

      expect(ended.signal).toBeNull();
      expect(ended.code).toBe(0);
      expect(ended.other).not.toContain('EPIPE');
      expect(written.workloads[0]!.outcome).toBe('ok');
      expect(await isGone(ended.workloadPid)).toBe(true);
      if (parent !== null)
        expect(await leftoverRuns(parent, ended.memgatePid)).toEqual([]);
    },
  );
});

// Reads VmRSS of `pid` from /proc, in bytes.
async function readRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) * 1024;
}

describe('memgate run with a slow reader', () => {
  it('holds back a stderr flood', async () => {
    // 256 MiB of stderr while the reader pauses: with backpressure the
    // workload blocks on the full pipe and memgate buffers almost nothing.
    const flood = `import sys
line = b"y" * 65535 + b"\\n"
for _ in range(4096): sys.stderr.buffer.write(line)`;
    const report = path.join(folder, 'flood.json');
    const child = spawn(
      process.execPath,
      [cli, 'run', '--report', report, '--', PYTHON, '-c', flood],
      { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr.pause();
    await sleep(2000);
    const rss = await readRss(child.pid!);
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => (received += chunk.length));
    child.stderr.resume();
    const code = await new Promise<number | null>((resolve) =>
      child.once('close', resolve),
    );

    expect(rss).toBeLessThan(160 * 1024 ** 2);
    expect(code).toBe(0);
    expect(received).toBeGreaterThan(256 * 1024 ** 2);
  });
});

describe('memgate run with a paused reader', () => {
  it('waits for the reader and keeps every byte', async () => {
    // The workload writes 300 KiB, which the pipes and buffers take in
    // whole, and exits at once. The reader takes nothing for longer than
    // memgate waits for an escaped process to close the output.
    const script = path.join(folder, 'burst.py');
    await writeFile(
      script,
      'import sys\nsys.stdout.write("z" * (300 * 1024))\n',
    );
    const report = path.join(folder, 'paused.json');
    const memgate = [process.execPath, cli, 'run', '--report', report];
    const pipeline = `${memgate.join(' ')} -- ${PYTHON} ${script} 2>/dev/null | (sleep 4; tr -cd z | wc -c)`;
    const child = spawn('sh', ['-c', pipeline], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text) => (output += text));
    const code = await new Promise<number | null>((resolve) =>
      child.once('close', resolve),
    );
    const written = JSON.parse(await readFile(report, 'utf8')) as Report;

    expect(code).toBe(0);
    expect(written.workloads[0]!.runs[0]!.leftCgroup).toBeUndefined();
    // The table printed after the output names the script, whose random
    // temp folder may add a z or two, hence "at least".
    expect(Number(output.trim())).toBeGreaterThanOrEqual(300 * 1024);
  });
});

describe('memgate run with control characters', () => {
  it('keeps the table and report clean', async () => {
    const script = `import sys
sys.stderr.write("\\x1b[2J\\x1b]0;title\\x07cleared\\n")
sys.exit(1)`;
    const report = path.join(folder, 'control.json');
    const child = spawn(
      process.execPath,
      [cli, 'run', '--report', report, '--', PYTHON, '-c', script],
      { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('close', resolve));
    const written = JSON.parse(await readFile(report, 'utf8')) as Report;
    const rows = stdout.trimEnd().split('\n');

    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('import sys\\nsys.stderr');
    expect(stderr).toMatch(/run 1 of 1, .*: \S+ -c import sys\\nsys\.stderr/);
    expect(written.workloads[0]!.runs[0]!.stderrTail).toEqual([
      '[2J]0;titlecleared',
    ]);
  });
});
