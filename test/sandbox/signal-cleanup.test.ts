// destroyAllRuns() from a SIGTERM handler, in a real Node.js process with a
// real cgroup v1 run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectCgroupMounts } from '../../src/sandbox/detect.js';
import { isAlive, waitFor } from './helpers.js';

const mounts = await detectCgroupMounts();
const skip = mounts.v1Memory?.ownCgroupPath == null && !process.env.CI;

let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'memgate-signal-'));
  await build({
    entryPoints: [join(import.meta.dirname, 'signal-child.ts')],
    outfile: join(folder, 'signal-child.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(skip)('cleanup on SIGTERM', () => {
  it('kills the workload and removes the cgroup', async () => {
    const child = spawn(process.execPath, [join(folder, 'signal-child.mjs')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const started = await waitFor(() =>
      stdout.includes('\n')
        ? (JSON.parse(stdout) as { path: string; pid: number })
        : undefined,
    );
    await waitFor(() =>
      readFileSync(join(started.path, 'cgroup.procs'), 'utf8').trim()
        ? true
        : undefined,
    );

    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(existsSync(started.path)).toBe(false);
    expect(isAlive(started.pid)).toBe(false);
  });
});
