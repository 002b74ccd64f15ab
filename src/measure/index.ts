import path from 'node:path';
import type { Writable } from 'node:stream';
import type { WorkloadSpec } from '../config/types.js';
import { VERSION } from '../version.js';
import {
  REPORT_SCHEMA_VERSION,
  type Environment,
  type Report,
  type RunRecord,
  type WorkloadReport,
} from '../report/types.js';
import { openSandbox, type SandboxChoice } from '../sandbox/index.js';
import type { Sandbox } from '../sandbox/types.js';
import { toOneLine } from '../report/table.js';
import { formatBytes } from '../units/size.js';
import { collectEnvironment } from './environment.js';
import { checkWorkingDirectory, resolveProgram } from './resolve-command.js';
import { OutputSink } from './output.js';
import { runOnce, type RunOptions } from './run-once.js';
import { SignalGuard } from './signals.js';
import { summarizeWorkload } from './summary.js';

export {
  collectEnvironment,
  findPython,
  MEMORY_VARIABLES,
} from './environment.js';
export { classifyRun } from './outcome.js';
export { median, summarizeWorkload } from './summary.js';

/** Default milliseconds between two memory samples of a run. */
export const DEFAULT_SAMPLE_INTERVAL_MS = 50;

/** Options of a measurement; every field has a default. */
export interface MeasureOptions {
  /** An open sandbox to use; by default one is opened from `sandboxKind`. */
  sandbox?: Sandbox;
  sandboxKind?: SandboxChoice;
  cgroupParent?: string;
  sampleIntervalMs?: number;
  /** Destinations of workload output, memgate's own stdout and stderr by default. */
  stdout?: Writable;
  stderr?: Writable;
  /** Progress lines, to memgate's stderr by default. */
  log?: (line: string) => void;
  /** Kill the runs and exit 129/130/143 on SIGHUP/SIGINT/SIGTERM; true by default. */
  handleSignals?: boolean;
}

function workloadEnv(spec: WorkloadSpec): NodeJS.ProcessEnv {
  return { ...process.env, ...spec.env };
}

// Checks every workload before any cgroup exists, so a typo costs no run.
async function checkWorkloads(specs: readonly WorkloadSpec[]): Promise<void> {
  for (const spec of specs) {
    await checkWorkingDirectory(spec.cwd, spec.name);
    await resolveProgram(spec.command[0]!, spec.cwd, workloadEnv(spec));
  }
}

// A command such as ["/usr/bin/python3", "train.py"] names its interpreter,
// which is then probed directly, without a pyenv or venv shim in between.
async function describeEnvironment(
  sandbox: Sandbox,
  first: WorkloadSpec | undefined,
): Promise<Environment> {
  if (first === undefined) return collectEnvironment(sandbox);
  const env = workloadEnv(first);
  const program = first.command[0]!;
  const python = /^python[\d.]*$/.test(path.basename(program))
    ? await resolveProgram(program, first.cwd, env)
    : undefined;
  return collectEnvironment(sandbox, env, python);
}

async function measureWorkload(
  sandbox: Sandbox,
  spec: WorkloadSpec,
  options: RunOptions & { log: (line: string) => void },
  guard: SignalGuard,
): Promise<WorkloadReport> {
  const runs: RunRecord[] = [];
  for (let index = 1; index <= spec.repeat; index += 1) {
    options.log(
      `memgate: ${toOneLine(spec.name)}: run ${index} of ${spec.repeat}, limit ${formatBytes(spec.limitBytes)}: ${toOneLine(spec.command.join(' '))}`,
    );
    try {
      const run = await runOnce(sandbox, spec, workloadEnv(spec), options);
      if (run.leftCgroup === true) {
        options.log(
          `memgate: warning: ${toOneLine(spec.name)}: run ${index}: a process left the run's cgroup and kept its output open, so its memory was neither capped nor measured.`,
        );
      }
      runs.push(run);
    } catch (error) {
      // After SIGHUP/SIGINT/SIGTERM the handler removes the cgroup under the run.
      await guard.checkpoint();
      throw error;
    }
    await guard.checkpoint();
  }
  return summarizeWorkload(spec, runs);
}

/**
 * Runs every workload `repeat` times, each run in a fresh cgroup, and
 * returns the report. Throws a UsageError for a missing working directory
 * and a MeasurementError for a command not found or no usable sandbox,
 * both before any run starts.
 */
export async function measureWorkloads(
  specs: readonly WorkloadSpec[],
  options: MeasureOptions = {},
): Promise<Report> {
  await checkWorkloads(specs);
  const log =
    options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Installed before the sandbox opens, since opening may create memgate's
  // own parent cgroup, which a signal must not leave behind.
  const guard = new SignalGuard(log);
  if (options.handleSignals !== false) guard.install();
  const runOptions = {
    sampleIntervalMs: options.sampleIntervalMs ?? DEFAULT_SAMPLE_INTERVAL_MS,
    stdout: new OutputSink(options.stdout ?? process.stdout),
    stderr: new OutputSink(options.stderr ?? process.stderr),
    log,
  };
  try {
    const sandbox =
      options.sandbox ??
      (await openSandbox({
        kind: options.sandboxKind ?? 'auto',
        cgroupParent: options.cgroupParent,
      }));
    for (const warning of sandbox.warnings) log(`memgate: warning: ${warning}`);
    const environment = await describeEnvironment(sandbox, specs[0]);

    const workloads: WorkloadReport[] = [];
    for (const spec of specs) {
      workloads.push(await measureWorkload(sandbox, spec, runOptions, guard));
    }
    return {
      schemaVersion: REPORT_SCHEMA_VERSION,
      memgateVersion: VERSION,
      createdAt: new Date().toISOString(),
      environment,
      workloads,
    };
  } finally {
    guard.uninstall();
    runOptions.stdout.detach();
    runOptions.stderr.detach();
  }
}
