/** Limit used when neither the configuration nor the command line sets one. */
export const DEFAULT_LIMIT_BYTES = 512 * 1024 ** 2;

/** Runs per workload when nothing sets a repeat count. */
export const DEFAULT_REPEAT = 1;

/** Seconds a run may take before memgate kills it, when nothing sets one. */
export const DEFAULT_TIMEOUT_SECONDS = 600;

/** Largest repeat count accepted, so that a typo cannot queue runs for days. */
export const MAX_REPEAT = 1000;

/**
 * Largest timeout accepted, in seconds: Node.js timers hold at most
 * 2^31 - 1 ms (about 24.8 days) and fire after 1 ms for a longer delay.
 */
export const MAX_TIMEOUT_SECONDS = 2_147_483;

/** One workload, fully resolved: every default applied, paths absolute. */
export interface WorkloadSpec {
  name: string;
  /** Program and arguments, run without a shell. */
  command: string[];
  limitBytes: number;
  repeat: number;
  timeoutSeconds: number;
  /** Absolute working directory of the workload. */
  cwd: string;
  /** Variables added to memgate's own environment for this workload. */
  env: Record<string, string>;
  maxIncreasePercent?: number;
  maxIncreaseBytes?: number;
}

/** A configuration file after validation. */
export interface Config {
  /** Absolute path of the file the configuration was read from. */
  file: string;
  workloads: WorkloadSpec[];
  /** Project-wide tolerances and headroom, for the comparison. */
  maxIncreasePercent?: number;
  maxIncreaseBytes?: number;
  headroomPercent?: number;
}
