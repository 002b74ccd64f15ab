import type { PeakSource, SandboxKind } from '../report/types.js';

/** Memory of one cgroup (or one process tree) at one moment, in bytes. */
export interface MemorySample {
  usageBytes: number;
  anonBytes: number;
  fileBytes: number;
}

/** A peak figure and where it came from. */
export interface PeakReading {
  bytes: number;
  source: PeakSource;
  /**
   * Measure-only: no sample found the workload running, because it ended
   * first, so `bytes` is no figure and the report shows no peak.
   */
  unsampled?: boolean;
}

/** Settings of one run's sandbox. */
export interface RunSandboxOptions {
  /** Hard memory limit in bytes. */
  limitBytes: number;
  /** Short label that goes into the cgroup's name, such as the workload name. */
  label: string;
}

/**
 * A way to run workloads under a memory limit: cgroup v2, cgroup v1, or
 * measure-only where no usable cgroup exists.
 */
export interface Sandbox {
  readonly kind: SandboxKind;
  readonly cgroupVersion: 1 | 2 | null;
  /** The parent cgroup that runs are created below, or null for measure-only. */
  readonly parentPath: string | null;
  /** Warnings about the measurement itself, such as a limit that is not enforced. */
  readonly warnings: readonly string[];
  /**
   * False where the limit is only compared with sampled figures
   * (measure-only): a run whose peak passes it "would exceed the limit".
   */
  readonly limitEnforced?: boolean;
  /** cgroup v1 only: whether swap accounting (`memory.memsw.*`) exists. */
  readonly swapAccounting?: boolean;
  /** Creates a fresh, empty cgroup with the limit set, for one run. */
  createRun(options: RunSandboxOptions): Promise<RunSandbox>;
  /**
   * Removes the parent cgroup where memgate created it. Call after every
   * run is destroyed; destroyAllRuns() does it as well.
   */
  close?(): Promise<void>;
}

/** One fresh cgroup for one run. Every method may be called after a failure. */
export interface RunSandbox {
  /** Path of the run's cgroup, or null for measure-only. */
  readonly path: string | null;
  /**
   * Returns the argv that joins the cgroup and then execs `command`, so that
   * the workload starts inside the cgroup and every byte it allocates is
   * charged there.
   */
  wrap(command: string[]): string[];
  /** Tells the sandbox the pid of the started wrapper (measure-only samples its tree). */
  attach(pid: number): void;
  /** Reads current usage with its anon and file parts. */
  sample(): Promise<MemorySample>;
  /** Reads the peak of the whole run. */
  readPeak(): Promise<PeakReading>;
  /** Reads how many processes the kernel OOM-killed in this cgroup. */
  readOomKills(): Promise<number>;
  /** Kills every process left in the cgroup and waits until it is empty. */
  killAll(): Promise<void>;
  /** Kills what is left and removes the cgroup. Safe to call more than once. */
  destroy(): Promise<void>;
}
