// Changes to the cgroup tree go through a writer: directly where memgate may
// write there, or through `sudo -n` where only root may (GitHub-hosted
// runners), so that the workload itself never runs as root.
import { mkdir, rmdir, writeFile } from 'node:fs/promises';
import { execa } from 'execa';
import { pathExists, sendSigkill } from './cgroup-files.js';

/** The operations that change the cgroup tree. */
export interface CgroupWriter {
  /** True where the changes run as root through sudo. */
  readonly privileged: boolean;
  mkdir(path: string): Promise<void>;
  /** Writes `value` to a control file, the way `echo value > file` does. */
  write(file: string, value: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  /** Sends SIGKILL to one process; a process that is already gone is fine. */
  kill(pid: number): Promise<void>;
  /** Returns the argv that moves its own shell into `procsFile`, then execs `command`. */
  joinCommand(procsFile: string, command: string[]): string[];
}

/**
 * Exit status of the wrapper when it could not join the cgroup, so the
 * workload never runs outside its cap. 127 stays "command not found".
 */
export const JOIN_FAILED_EXIT_CODE = 125;

// `$$` is the shell's own pid, also inside a pipeline, and exec keeps it, so
// the workload starts inside the cgroup with every later allocation charged.
const directJoin = `echo $$ > "$1" || exit ${JOIN_FAILED_EXIT_CODE}; shift; exec "$@"`;

/** Writes to the cgroup tree as memgate's own user. */
export class DirectWriter implements CgroupWriter {
  readonly privileged = false;

  async mkdir(path: string): Promise<void> {
    await mkdir(path);
  }

  async write(file: string, value: string): Promise<void> {
    await writeFile(file, value);
  }

  async rmdir(path: string): Promise<void> {
    await rmdir(path);
  }

  async kill(pid: number): Promise<void> {
    sendSigkill(pid);
  }

  joinCommand(procsFile: string, command: string[]): string[] {
    return ['/bin/sh', '-c', directJoin, 'memgate-join', procsFile, ...command];
  }
}

/**
 * Writes to the cgroup tree as root through `sudo -n` (never prompts), while
 * the workload keeps the invoking user: only the `tee` into `cgroup.procs`
 * runs as root.
 */
export class SudoWriter implements CgroupWriter {
  readonly privileged = true;

  /** @param sudo the sudo command and its options, such as ['sudo', '-n'] */
  constructor(readonly sudo: readonly string[] = ['sudo', '-n']) {}

  async mkdir(path: string): Promise<void> {
    await this.run(['mkdir', path]);
  }

  async write(file: string, value: string): Promise<void> {
    await this.run(['tee', file], value);
  }

  async rmdir(path: string): Promise<void> {
    try {
      await this.run(['rmdir', path]);
    } catch (error) {
      if (!(await pathExists(path))) return;
      throw Object.assign(error as Error, { code: 'EBUSY' });
    }
  }

  async kill(pid: number): Promise<void> {
    if (sendSigkill(pid)) return;
    await this.run(['kill', '-9', String(pid)]).catch(() => undefined);
  }

  joinCommand(procsFile: string, command: string[]): string[] {
    const sudo = this.sudo.map(quoteForShell).join(' ');
    const script = `echo $$ | ${sudo} tee "$1" >/dev/null || exit ${JOIN_FAILED_EXIT_CODE}; shift; exec "$@"`;
    return ['/bin/sh', '-c', script, 'memgate-join', procsFile, ...command];
  }

  private async run(args: string[], input?: string): Promise<void> {
    const [file, ...options] = this.sudo;
    await execa(file ?? 'sudo', [...options, ...args], {
      input: input ?? '',
      stdout: 'ignore',
    });
  }
}

function quoteForShell(word: string): string {
  return /^[A-Za-z0-9_./=-]+$/.test(word)
    ? word
    : `'${word.replace(/'/g, `'\\''`)}'`;
}
