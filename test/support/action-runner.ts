// Starts the bundled action the way the GitHub runner does: `node index.js`
// with INPUT_* variables, an event payload file, and GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, and reads back what the action wrote there.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles src/index.ts into a fresh temporary folder and returns the folder. */
export async function bundleAction(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'memgate-action-dist-'));
  const outdir = path.join(folder, 'dist');
  try {
    await execa('node', ['scripts/bundle.mjs', outdir], { cwd: projectRoot });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return outdir;
}

/** Everything one action run needs. */
export interface ActionRunOptions {
  bundle: string;
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  sha: string;
  ref: string;
  /** Inputs by their action.yml names; the runner upper-cases them. */
  inputs: Record<string, string>;
  runId?: number;
  /** RUNNER_TEMP, which outlives the step; by default a folder removed after it. */
  runnerTemp?: string;
  /** Further variables, such as the runner's ACTIONS_* tokens. */
  environment?: Record<string, string>;
}

/** What the action left behind. */
export interface ActionRunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the action once as a child process and collects its results. */
export async function runAction(
  options: ActionRunOptions,
): Promise<ActionRunResult> {
  const folder = await mkdtemp(path.join(tmpdir(), 'memgate-action-run-'));
  try {
    const files = {
      event: path.join(folder, 'event.json'),
      output: path.join(folder, 'output'),
      summary: path.join(folder, 'summary.md'),
    };
    await writeFile(files.event, JSON.stringify(options.payload));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const child = await execa('node', [path.join(options.bundle, 'index.js')], {
      cwd: options.workspace,
      env: runnerEnvironment(options, files, folder),
      extendEnv: false,
      reject: false,
      // Below the test timeout, so a hung action is killed, not orphaned.
      timeout: 50_000,
    });
    return {
      exitCode: child.exitCode ?? -1,
      stdout: child.stdout,
      stderr: child.stderr,
      outputs: parseOutputFile(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function runnerEnvironment(
  options: ActionRunOptions,
  files: { event: string; output: string; summary: string },
  folder: string,
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? folder,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'octo/widgets',
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_RUN_ID: String(options.runId ?? 1234),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: options.runnerTemp ?? folder,
    ...options.environment,
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

/** Parses GITHUB_OUTPUT, which @actions/core writes as NAME<<DELIMITER blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) {
    outputs[match[1]!] = match[3]!;
  }
  return outputs;
}

/** Reads an event payload template from fixtures/action/events, filling its placeholders. */
export async function loadEvent(
  name: string,
  values: Record<string, string | number>,
): Promise<unknown> {
  let text = await readFile(
    path.join(projectRoot, 'fixtures/action/events', `${name}.json`),
    'utf8',
  );
  for (const [key, value] of Object.entries(values)) {
    text = text.replaceAll(`"${key}"`, JSON.stringify(value));
  }
  return JSON.parse(text);
}

/** Absolute path of a file under fixtures/action. */
export function fixturePath(name: string): string {
  return path.join(projectRoot, 'fixtures/action', name);
}

/**
 * Reads the inputs' defaults from action.yml, as the runner passes every
 * input with a default to the action. `${{ github.token }}` becomes `token`.
 */
export async function readActionDefaults(
  token: string,
): Promise<Record<string, string>> {
  const text = await readFile(path.join(projectRoot, 'action.yml'), 'utf8');
  const inputsSection = text.slice(
    text.indexOf('\ninputs:'),
    text.indexOf('\noutputs:'),
  );
  const defaults: Record<string, string> = {};
  let current: string | undefined;
  for (const line of inputsSection.split('\n')) {
    const name = /^ {2}([a-z-]+):\s*$/.exec(line)?.[1];
    if (name) current = name;
    const value = /^ {4}default:\s*(.*)$/.exec(line)?.[1];
    if (current && value !== undefined) {
      defaults[current] = value
        .replace(/^'(.*)'$/, '$1')
        .replace('${{ github.token }}', token);
    }
  }
  return defaults;
}
