// Real git repositories in a temp folder. A bare repository is the remote,
// and each clone is a checkout like the one a CI job has.
import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Author and committer of test commits. */
export const identity = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@localhost',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@localhost',
};

/** Runs git in `cwd` with a fixed identity and returns trimmed stdout. */
export async function runGit(cwd: string, args: string[]): Promise<string> {
  const result = await execa('git', args, { cwd, env: identity });
  return String(result.stdout).trim();
}

/** A temp folder with a bare remote and a working clone on branch main. */
export interface Sandbox {
  root: string;
  remote: string;
  work: string;
  /** Clones the remote into a new folder, with extra `git clone` options. */
  clone(name: string, ...options: string[]): Promise<string>;
  /** Commits in `cwd`, optionally writing files first; returns the sha. */
  commit(
    cwd: string,
    message: string,
    files?: Record<string, string>,
  ): Promise<string>;
  cleanup(): Promise<void>;
}

/** Creates a remote with one commit on main, and a working clone of it. */
export async function createSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'memgate-git-'));
  const remote = join(root, 'remote.git');
  await runGit(root, [
    'init',
    '--quiet',
    '--bare',
    '--initial-branch=main',
    remote,
  ]);
  const work = join(root, 'work');
  await runGit(root, ['clone', '--quiet', remote, work]);
  await runGit(work, ['checkout', '--quiet', '-b', 'main']);

  const commit = async (
    cwd: string,
    message: string,
    files: Record<string, string> = {},
  ) => {
    for (const [path, text] of Object.entries(files)) {
      await writeFile(join(cwd, path), text);
      await runGit(cwd, ['add', path]);
    }
    await runGit(cwd, ['commit', '--quiet', '--allow-empty', '-m', message]);
    return runGit(cwd, ['rev-parse', 'HEAD']);
  };
  const clone = async (name: string, ...options: string[]) => {
    const target = join(root, name);
    await runGit(root, [
      'clone',
      '--quiet',
      ...options,
      `file://${remote}`,
      target,
    ]);
    return target;
  };
  await commit(work, 'Initial commit');
  await runGit(work, ['push', '--quiet', 'origin', 'main']);
  return {
    root,
    remote,
    work,
    clone,
    commit,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
