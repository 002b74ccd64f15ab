// The commands that write to the cgroup tree, run for real with /bin/sh.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DirectWriter,
  JOIN_FAILED_EXIT_CODE,
  SudoWriter,
} from '../../src/sandbox/cgroup-writer.js';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'memgate-writer-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs an argv and returns its exit status and output. */
function run(argv: string[]): { status: number | null; stdout: string } {
  const [file, ...args] = argv;
  const result = spawnSync(file as string, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

describe('cgroup join wrapper', () => {
  it('writes its own pid, then execs', () => {
    // The wrapper only writes to cgroup.procs, so a plain file can replace it.
    const procs = join(folder, 'cgroup.procs');
    const argv = new DirectWriter().joinCommand(procs, [
      '/bin/sh',
      '-c',
      'echo $$',
    ]);
    const result = run(argv);
    expect(result.status).toBe(0);
    // exec keeps the pid, so the command prints the pid the wrapper wrote.
    expect(readFileSync(procs, 'utf8').trim()).toBe(result.stdout.trim());
  });

  it('passes arguments through unchanged', () => {
    const procs = join(folder, 'cgroup.procs');
    const words = ['a b', '$HOME', "it's", '*'];
    const argv = new DirectWriter().joinCommand(procs, [
      '/usr/bin/printf',
      '%s\\n',
      ...words,
    ]);
    expect(run(argv).stdout).toBe(words.map((word) => `${word}\n`).join(''));
  });

  it('stops when joining fails', () => {
    const procs = join(folder, 'missing', 'cgroup.procs');
    const marker = join(folder, 'ran');
    const argv = new DirectWriter().joinCommand(procs, [
      '/usr/bin/touch',
      marker,
    ]);
    expect(run(argv).status).toBe(JOIN_FAILED_EXIT_CODE);
    expect(() => readFileSync(marker)).toThrow(/ENOENT/);
  });

  it('joins through sudo tee', () => {
    const argv = new SudoWriter(['sudo', '-n']).joinCommand(
      '/sys/fs/cgroup/memgate-1001-7/run/cgroup.procs',
      ['python3', 'x.py'],
    );
    expect(argv).toEqual([
      '/bin/sh',
      '-c',
      `echo $$ | sudo -n tee "$1" >/dev/null || exit ${JOIN_FAILED_EXIT_CODE}; shift; exec "$@"`,
      'memgate-join',
      '/sys/fs/cgroup/memgate-1001-7/run/cgroup.procs',
      'python3',
      'x.py',
    ]);
  });

  it('quotes an unusual sudo path', () => {
    // A stand-in for sudo that runs its command: this test runs as root.
    const sudo = join(folder, "my sudo's");
    writeFileSync(sudo, '#!/bin/sh\n[ "$1" = -n ] && shift\nexec "$@"\n', {
      mode: 0o755,
    });
    const procs = join(folder, 'cgroup.procs');
    const argv = new SudoWriter([sudo, '-n']).joinCommand(procs, [
      '/bin/sh',
      '-c',
      'echo $$',
    ]);
    const result = run(argv);
    expect(result.status).toBe(0);
    expect(readFileSync(procs, 'utf8').trim()).toBe(result.stdout.trim());
  });
});
