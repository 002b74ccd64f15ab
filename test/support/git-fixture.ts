// A local stand-in for a GitHub repository: a bare repository as "origin"
// and a helper clone to make commits, so the action runs in a real clone.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { execa } from 'execa';

/** A bare origin repository with helpers to commit and clone. */
export interface GitFixture {
  root: string;
  origin: string;
  /** Commits `files` on top of `parent` (or the branch tip) and pushes to `ref`. Returns the commit. */
  commit(
    ref: string,
    files: Record<string, string>,
    parent?: string,
  ): Promise<string>;
  /** Clones origin and checks out `commit`, as actions/checkout does. */
  clone(commit: string): Promise<string>;
  /** Runs git in `cwd` and returns stdout. */
  git(args: string[], cwd?: string): Promise<string>;
  remove(): Promise<void>;
}

const identity = [
  '-c',
  'user.name=memgate test',
  '-c',
  'user.email=test@127.0.0.1.invalid',
  '-c',
  'init.defaultBranch=main',
];

/** Creates the bare origin and a first commit on main with `files`. */
export async function createGitFixture(
  files: Record<string, string>,
): Promise<GitFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'memgate-action-git-'));
  const origin = path.join(root, 'origin.git');
  const editor = path.join(root, 'editor');
  const git = async (args: string[], cwd = root) =>
    (await execa('git', [...identity, ...args], { cwd })).stdout.trim();

  await git(['init', '--quiet', '--bare', origin]);
  // GitHub serves any commit of the repository by id, fork heads included.
  await git(['config', 'uploadpack.allowAnySHA1InWant', 'true'], origin);
  await git(['clone', '--quiet', origin, editor]);

  let clones = 0;
  const fixture: GitFixture = {
    root,
    origin,
    git,
    async commit(ref, changes, parent) {
      await git(
        ['checkout', '--quiet', '--detach', parent ?? 'HEAD'],
        editor,
      ).catch(() => undefined);
      for (const [name, content] of Object.entries(changes)) {
        await mkdir(path.dirname(path.join(editor, name)), { recursive: true });
        await writeFile(path.join(editor, name), content);
      }
      await git(['add', '--all'], editor);
      await git(
        [
          'commit',
          '--quiet',
          '--allow-empty',
          '-m',
          `Change ${Object.keys(changes).join(', ')}`,
        ],
        editor,
      );
      const sha = await git(['rev-parse', 'HEAD'], editor);
      await git(
        ['push', '--quiet', '--force', 'origin', `HEAD:${ref}`],
        editor,
      );
      return sha;
    },
    async clone(commit) {
      clones += 1;
      const workspace = path.join(root, `workspace-${clones}`);
      await git(['clone', '--quiet', origin, workspace]);
      await git(['checkout', '--quiet', '--detach', commit], workspace);
      return workspace;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  await fixture.commit('refs/heads/main', files);
  return fixture;
}
