import { execa } from 'execa';

/** Options for one git command. */
export interface GitOptions {
  /** Working directory: the repository. */
  cwd: string;
  /** Extra environment variables, such as GIT_INDEX_FILE. */
  env?: Record<string, string>;
  /** Text written to the command's standard input. */
  input?: string;
}

/** Output of a git command that may fail without throwing. */
export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** A git command that exited with a non-zero status. */
export class GitError extends Error {
  override name = 'GitError';

  constructor(
    readonly args: readonly string[],
    readonly result: GitResult,
  ) {
    const detail = result.stderr.trim() || result.stdout.trim();
    super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${detail}`);
  }
}

/**
 * Runs git and returns its output whatever the exit status. Prompts are
 * turned off, because a command waiting for a password would hang a CI job.
 */
export async function tryGit(
  args: readonly string[],
  options: GitOptions,
): Promise<GitResult> {
  const result = await execa('git', args, {
    cwd: options.cwd,
    env: { GIT_TERMINAL_PROMPT: '0', ...options.env },
    input: options.input,
    reject: false,
    stripFinalNewline: false,
  });
  return {
    exitCode: result.exitCode ?? 1,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
  };
}

/** Runs git and returns its trimmed standard output; throws GitError on failure. */
export async function git(
  args: readonly string[],
  options: GitOptions,
): Promise<string> {
  const result = await tryGit(args, options);
  if (result.exitCode !== 0) throw new GitError(args, result);
  return result.stdout.trim();
}

/** Returns whether `revision` names a commit that exists in the repository. */
export async function hasCommit(
  cwd: string,
  revision: string,
): Promise<boolean> {
  const result = await tryGit(['cat-file', '-e', `${revision}^{commit}`], {
    cwd,
  });
  return result.exitCode === 0;
}

/** Returns whether the repository is a shallow clone. */
export async function isShallow(cwd: string): Promise<boolean> {
  const output = await git(['rev-parse', '--is-shallow-repository'], { cwd });
  return output === 'true';
}
