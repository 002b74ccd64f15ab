// `memgate run` started in a folder that was deleted after the shell
// entered it, through the bundled CLI.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './helpers.js';

let cli: string;
let removeCli: () => Promise<void>;
let folder: string;

beforeAll(async () => {
  ({ cli, remove: removeCli } = await buildCli());
  folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-folder-'));
});

afterAll(async () => {
  await removeCli();
  await rm(folder, { recursive: true, force: true });
});

// The shell enters `gone`, removes it, then execs node in its place.
async function runInDeletedFolder(
  args: string[],
): Promise<{ code: number | null; stderr: string }> {
  const gone = path.join(folder, `gone-${args.length}`);
  await mkdir(gone);
  const script = 'cd "$1" && rmdir "$1" && shift && exec "$@"';
  const child = spawn(
    '/bin/sh',
    ['-c', script, 'sh', gone, process.execPath, cli, ...args],
    { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) =>
    child.once('close', (code) => resolve({ code, stderr })),
  );
}

describe('memgate run in a deleted folder', () => {
  it.each([
    ['a command', ['run', '--', '/bin/true']],
    ['the configuration', ['run']],
  ])('exits 2 for %s', async (_case, args) => {
    const result = await runInDeletedFolder(args);

    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toContain('no longer exists');
    expect(result.code).toBe(2);
  });
});
