// Shared by the sandbox tests: start a wrapped command for real and wait.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RunSandbox } from '../../src/sandbox/types.js';

/** Absolute interpreter: `python3` on PATH may be a shim that forks more processes. */
export const PYTHON = '/usr/bin/python3';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `command` through the run's wrapper and attaches its pid. */
export function startWrapped(run: RunSandbox, command: string[]) {
  const [file, ...args] = run.wrap(command);
  const child = spawn(file as string, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  run.attach(child.pid as number);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr }),
    );
  });
  return { child, finished, stdoutSoFar: (): string => stdout };
}

/** Runs `command` through the run's wrapper to the end. */
export async function runWrapped(
  run: RunSandbox,
  command: string[],
): Promise<Finished> {
  return startWrapped(run, command).finished;
}

/**
 * Lists the memgate-* children of a cgroup directory that this process made.
 * Run cgroups carry the pid of the memgate that made them, and other test
 * files run in parallel worker processes below the same parent.
 */
export function memgateChildren(parent: string, pid = process.pid): string[] {
  return readdirSync(parent).filter(
    (name) => name.startsWith('memgate-') && name.includes(`-${pid}-`),
  );
}

/** Returns true while the process exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Polls `check` every 20 ms until it returns a value or `limitMs` passes. */
export async function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  limitMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}
