import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles the CLI into a temporary folder, as scripts/bundle.mjs bundles
 * dist/cli.js, so the tests run the built CLI without touching dist/.
 * Returns the bundle's path and a function that removes the folder.
 */
export async function buildCli(): Promise<{
  cli: string;
  remove: () => Promise<void>;
}> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-cli-'));
  const cli = path.join(folder, 'cli.js');
  await build({
    entryPoints: [path.join(root, 'src/cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __memgateCreateRequire } from 'node:module'; const require = __memgateCreateRequire(import.meta.url);",
    },
  });
  return { cli, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** Exit status and output of one CLI process. */
export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node CLI ARGS...` in `cwd`, collecting its output. */
export function startCli(
  cli: string,
  args: string[],
  cwd: string,
): { child: ChildProcess; result: Promise<CliResult> } {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child
    .stdout!.setEncoding('utf8')
    .on('data', (chunk: string) => (stdout += chunk));
  child
    .stderr!.setEncoding('utf8')
    .on('data', (chunk: string) => (stderr += chunk));
  const result = new Promise<CliResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr }),
    );
  });
  return { child, result };
}

/** Runs `node CLI ARGS...` in `cwd` to the end. */
export function runCli(
  cli: string,
  args: string[],
  cwd: string,
): Promise<CliResult> {
  return startCli(cli, args, cwd).result;
}
