import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { StringDecoder } from 'node:string_decoder';
import type { WorkloadSpec } from '../config/types.js';
import { MeasurementError } from '../errors.js';
import type { RunRecord } from '../report/types.js';
import { JOIN_FAILED_EXIT_CODE, registerWrapper } from '../sandbox/index.js';
import { sendSigkill } from '../sandbox/cgroup-files.js';
import type { RunSandbox, Sandbox } from '../sandbox/types.js';
import { readChildrenCpuSeconds } from './cpu-time.js';
import { classifyRun } from './outcome.js';
import { forwardStream, type OutputSink } from './output.js';
import { Sampler } from './sampler.js';
import { LineTail } from './stderr-tail.js';
import { downsampleTimeline, maxParts } from './timeline.js';

/** Settings shared by every run of a measurement. */
export interface RunOptions {
  /** Milliseconds between two memory samples. */
  sampleIntervalMs: number;
  /** Destinations of the workload's standard output and error. */
  stdout: OutputSink;
  stderr: OutputSink;
}

interface ProcessEnd {
  exitCode: number | null;
  signal: string | null;
}

function waitForExit(
  child: ChildProcess,
  command: string[],
): Promise<ProcessEnd> {
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      reject(
        new MeasurementError(
          `Could not start "${command.join(' ')}": ${error.message}`,
        ),
      );
    });
    child.once('exit', (exitCode, signal) => resolve({ exitCode, signal }));
  });
}

// Streams the workload's output through as it comes and keeps only the tail
// of stderr, so a chatty workload never fills memgate's memory.
function forwardOutput(
  child: ChildProcess,
  options: RunOptions,
  tail: LineTail,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  return Promise.all([
    forwardStream(child.stdout!, options.stdout),
    forwardStream(child.stderr!, options.stderr, (chunk) =>
      tail.push(decoder.write(chunk)),
    ),
  ]).then(() => undefined);
}

// Clock ticks are 10 ms, so two decimals keep every digit that means anything.
function cpuDelta(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return Math.max(0, Math.round((after - before) * 100) / 100);
}

/**
 * Makes one run of a workload in a fresh cgroup: starts it inside the
 * cgroup, samples its memory until it exits or times out, reads the kernel's
 * peak and OOM kills, kills whatever it left behind and removes the cgroup.
 */
export async function runOnce(
  sandbox: Sandbox,
  spec: WorkloadSpec,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
): Promise<RunRecord> {
  const run = await sandbox.createRun({
    limitBytes: spec.limitBytes,
    label: spec.name,
  });
  try {
    return await measureRun(run, spec, env, options);
  } finally {
    await run.destroy();
  }
}

// The wrapper exits 125 when it cannot write its pid to cgroup.procs, and
// the shell names that file on stderr. The workload then never ran, so no
// figure of this run means anything.
function rejectJoinFailure(
  end: ProcessEnd,
  stderrTail: string[],
  run: RunSandbox,
): void {
  const failedJoin =
    end.exitCode === JOIN_FAILED_EXIT_CODE &&
    stderrTail.some((line) => line.includes('cgroup.procs'));
  if (failedJoin) {
    throw new MeasurementError(
      `Could not start the workload inside cgroup ${run.path}: ${stderrTail.join(' ')}. Check that memgate may write to that cgroup, or give --cgroup-parent.`,
    );
  }
}

/** Milliseconds the output pipes may stay open after the cgroup is empty. */
const OUTPUT_CLOSE_MS = 2000;

/**
 * Milliseconds memgate waits for its own slow reader (`memgate run | less`)
 * to take the workload's last output before it drops the rest.
 */
const READER_WAIT_MS = 60_000;

const OUTPUT_POLL_MS = 100;

const UNSAMPLED_NOTE =
  'note: no peak: the run ended before it could be sampled, and without a cgroup memgate has no kernel peak';

const NOTHING_CHARGED_NOTE =
  'note: no peak: nothing was charged to the cgroup, because the run ended before the workload joined it';

const OUTPUT_LEFT_OPEN_NOTE =
  'note: a process kept the output open after the cgroup was emptied, so it had left the cgroup and its memory was not measured or capped';

// Waits a bounded time for the output pipes to close, then closes them.
// Every process in the cgroup is dead by now, so a pipe still open belongs
// to a process that moved itself out of the cgroup. Time spent with the
// pipes paused does not count: then memgate's own reader is slow, and the
// pipes only still hold output that the workload wrote before it exited.
// NOTE: a workload that may write to a cgroup.procs outside its run cgroup
// can leave its cap, and root always may. memgate detects and reports this
// (only while the escaped process keeps the output open) but cannot prevent
// it. Returns false where the pipes stayed open.
async function closeOutput(workload: StartedWorkload): Promise<boolean> {
  const closed = workload.outputClosed.then(() => true);
  const pipes = [workload.child.stdout!, workload.child.stderr!];
  let heldMs = 0;
  let pausedMs = 0;
  while (heldMs < OUTPUT_CLOSE_MS && pausedMs < READER_WAIT_MS) {
    const tick = sleep(OUTPUT_POLL_MS, false, { ref: false });
    if (await Promise.race([closed, tick])) return true;
    if (pipes.some((pipe) => pipe.isPaused())) pausedMs += OUTPUT_POLL_MS;
    else heldMs += OUTPUT_POLL_MS;
  }
  for (const pipe of pipes) pipe.destroy();
  // A reader that took nothing for a minute is no sign of an escape.
  return heldMs < OUTPUT_CLOSE_MS;
}

interface StartedWorkload {
  child: ChildProcess;
  exited: Promise<ProcessEnd>;
  outputClosed: Promise<void>;
  tail: LineTail;
}

function startWorkload(
  run: RunSandbox,
  spec: WorkloadSpec,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
): StartedWorkload {
  const [program, ...args] = run.wrap(spec.command);
  const child = spawn(program!, args, {
    cwd: spec.cwd,
    env,
    // stdin is /dev/null, so a workload that reads it gets EOF at once.
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so the timeout can kill the wrapper
    // before it has joined the cgroup.
    detached: true,
  });
  registerWrapper(child);
  const exited = waitForExit(child, spec.command);
  const tail = new LineTail();
  const outputClosed = forwardOutput(child, options, tail);
  if (child.pid !== undefined) run.attach(child.pid);
  return { child, exited, outputClosed, tail };
}

// Kills the wrapper's process group and the cgroup. A timeout may fire
// before the wrapper has written its pid to cgroup.procs, and the cgroup is
// then still empty, so the group kill is what stops the wrapper.
function killWorkload(
  run: RunSandbox,
  workload: StartedWorkload,
): Promise<void> {
  const { child } = workload;
  const running = child.exitCode === null && child.signalCode === null;
  if (running && child.pid !== undefined) sendSigkill(-child.pid);
  return run.killAll();
}

// Waits for the wrapper to exit, sampling meanwhile. At the timeout the
// wrapper's group and the whole cgroup are killed, and killed again every
// 100 ms until the wrapper exited, so that no process of the workload
// survives.
async function waitForEnd(
  run: RunSandbox,
  workload: StartedWorkload,
  timeoutSeconds: number,
  sampler: Sampler,
): Promise<ProcessEnd & { timedOut: boolean }> {
  let timedOut = false;
  let killFailure: unknown;
  let repeat: NodeJS.Timeout | undefined;
  const kill = () => {
    killWorkload(run, workload).catch((error: unknown) => {
      killFailure ??= error;
    });
  };
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
    repeat = setInterval(kill, 100);
  }, timeoutSeconds * 1000);
  try {
    const end = await workload.exited;
    if (killFailure !== undefined) throw killFailure;
    return { ...end, timedOut };
  } finally {
    clearTimeout(timer);
    clearInterval(repeat);
    await sampler.stop();
  }
}

async function measureRun(
  run: RunSandbox,
  spec: WorkloadSpec,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
): Promise<RunRecord> {
  const cpuBefore = await readChildrenCpuSeconds();
  const started = performance.now();
  const workload = startWorkload(run, spec, env, options);
  const sampler = new Sampler(run, options.sampleIntervalMs, started);
  const end = await waitForEnd(run, workload, spec.timeoutSeconds, sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuDelta(cpuBefore, await readChildrenCpuSeconds());

  if (end.exitCode === JOIN_FAILED_EXIT_CODE) {
    // Wait for the shell's message; a workload that exits 125 itself may
    // leave a child holding stderr open, hence the bound.
    await Promise.race([workload.outputClosed, sleep(1000)]);
    rejectJoinFailure(end, workload.tail.toArray(), run);
  }
  const peak = await run.readPeak();
  const oomKills = await run.readOomKills();
  // A background process that inherited stdout or stderr keeps the pipes
  // open, so kill the cgroup before waiting for them to close.
  await run.killAll();
  const outputLeftOpen = !(await closeOutput(workload));

  const stderrTail = workload.tail.toArray();
  // A kernel peak of 0 means no process of the workload ever ran in the
  // cgroup, as when the timeout killed the wrapper before it joined.
  const noPeak = peak.unsampled === true || peak.bytes === 0;
  const peakBytes = noPeak ? null : peak.bytes;
  const wouldExceedLimit =
    peak.source === 'sampled' &&
    peakBytes !== null &&
    peakBytes > spec.limitBytes;
  const { outcome, message } = classifyRun({
    ...end,
    command: spec.command,
    limitBytes: spec.limitBytes,
    timeoutSeconds: spec.timeoutSeconds,
    oomKills,
    wouldExceedLimit,
    peakBytes,
    stderrTail,
  });
  const samples = sampler.samples();
  const record: RunRecord = {
    peakBytes,
    peakSource: peak.source,
    oomKills,
    exitCode: end.exitCode,
    signal: end.signal,
    wallSeconds,
    cpuSeconds,
    outcome,
    message,
    stderrTail,
    timeline: downsampleTimeline(samples),
    ...maxParts(samples),
  };
  if (wouldExceedLimit) record.wouldExceedLimit = true;
  if (peakBytes === null) {
    const note =
      peak.source === 'kernel' ? NOTHING_CHARGED_NOTE : UNSAMPLED_NOTE;
    record.message += `\n${note}`;
  }
  if (outputLeftOpen) {
    record.leftCgroup = true;
    record.message += `\n${OUTPUT_LEFT_OPEN_NOTE}`;
  }
  return record;
}
