// Runs inside the User-Mode Linux guest (cgroup v2): exercises the v2
// sandbox with real Python workloads and writes what it saw as JSON, for
// test/sandbox/cgroup-v2.test.ts to check on the host.
// Usage: node guest-v2.mjs RESULT_FILE FIXTURES_FOLDER
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { destroyAllRuns, openSandbox } from '../../src/sandbox/index.js';
import type { RunSandbox } from '../../src/sandbox/types.js';

const [resultFile, fixtures] = process.argv.slice(2) as [string, string];
const PYTHON = '/usr/bin/python3';
const MiB = 1024 * 1024;

interface Exit {
  code: number | null;
  signal: string | null;
  stdout: string;
}

function runWrapped(run: RunSandbox, command: string[]): Promise<Exit> {
  const [file, ...args] = run.wrap(command);
  const child = spawn(file as string, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  run.attach(child.pid as number);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout }));
  });
}

function readControl(path: string, file: string): string | null {
  const full = join(path, file);
  return existsSync(full) ? readFileSync(full, 'utf8').trim() : null;
}

async function overTheCap(sandbox: Awaited<ReturnType<typeof openSandbox>>) {
  const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'oom' });
  const path = run.path as string;
  const memoryMax = readControl(path, 'memory.max');
  const swapMax = readControl(path, 'memory.swap.max');
  const exit = await runWrapped(run, [
    PYTHON,
    join(fixtures, 'sandbox-alloc.py'),
    '200',
  ]);
  const result = {
    path,
    memoryMax,
    swapMax,
    exit,
    peak: await run.readPeak(),
    oomKills: await run.readOomKills(),
  };
  await run.destroy();
  return { ...result, existsAfterDestroy: existsSync(path) };
}

async function underTheCap(sandbox: Awaited<ReturnType<typeof openSandbox>>) {
  const uidRun = await sandbox.createRun({
    limitBytes: 64 * MiB,
    label: 'uid',
  });
  const command = [PYTHON, '-c', 'import os; print(os.getuid())'];
  const uid = await runWrapped(uidRun, command);
  await uidRun.destroy();

  const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'fits' });
  const exit = await runWrapped(run, [
    PYTHON,
    join(fixtures, 'sandbox-alloc.py'),
    '20',
  ]);
  const result = {
    workloadUid: Number(uid.stdout.trim()),
    exit,
    peak: await run.readPeak(),
    oomKills: await run.readOomKills(),
  };
  await run.destroy();
  return result;
}

async function leftover(sandbox: Awaited<ReturnType<typeof openSandbox>>) {
  const run = await sandbox.createRun({ limitBytes: 64 * MiB, label: 'bg' });
  const path = run.path as string;
  const pidFile = join('/tmp', `leftover-${process.pid}.pid`);
  const exit = await runWrapped(run, [
    PYTHON,
    join(fixtures, 'sandbox-leave-child.py'),
    pidFile,
  ]);
  const childPid = Number(readFileSync(pidFile, 'utf8'));
  const procsBefore = readControl(path, 'cgroup.procs');
  await run.destroy();
  await run.destroy();
  // The child was reparented to this guest's init, which reaps it.
  for (let i = 0; i < 100 && existsSync(`/proc/${childPid}`); i += 1) {
    await sleep(20);
  }
  return {
    exit,
    childPid,
    procsBefore,
    childAliveAfter:
      existsSync(`/proc/${childPid}/stat`) &&
      !/\) Z /.test(readFileSync(`/proc/${childPid}/stat`, 'utf8')),
    existsAfterDestroy: existsSync(path),
  };
}

// A plain folder that looks like a delegated cgroup, reached with `..`
// from the mount: opening it must fail, whatever its files contain.
async function fakeParentError(): Promise<string> {
  const fake = mkdtempSync('/tmp/memgate-fake-');
  writeFileSync(join(fake, 'cgroup.subtree_control'), 'memory\n');
  try {
    await openSandbox({ kind: 'cgroup-v2', cgroupParent: `../../..${fake}` });
    return 'opened';
  } catch (error) {
    return (error as Error).message;
  }
}

const fakeParent = await fakeParentError();
const sandbox = await openSandbox({ kind: 'cgroup-v2' });
const results = {
  uid: process.getuid?.(),
  kind: sandbox.kind,
  parentPath: sandbox.parentPath,
  parentReason: (sandbox as { parentReason?: string }).parentReason,
  parentSubtreeControl: readControl(
    sandbox.parentPath as string,
    'cgroup.subtree_control',
  ),
  overTheCap: await overTheCap(sandbox),
  underTheCap: await underTheCap(sandbox),
  leftover: await leftover(sandbox),
  parentChildrenBeforeClose: readdirSync(sandbox.parentPath as string).filter(
    (n) => n.startsWith('memgate-'),
  ),
  parentExistsAfterClose: false,
  fakeParent,
};
await sandbox.close?.();
await destroyAllRuns();
results.parentExistsAfterClose = existsSync(sandbox.parentPath as string);
writeFileSync(resultFile, JSON.stringify(results, null, 2));
