/** Version of the report format written by this memgate. */
export const REPORT_SCHEMA_VERSION = 1;

/** Outcome of one run, from the cgroup's counters and the process status. */
export type Outcome = 'ok' | 'oom-killed' | 'failed' | 'killed' | 'timeout';

/** Outcomes from the worst to the best: a workload takes its worst run's. */
export const OUTCOME_SEVERITY: readonly Outcome[] = [
  'timeout',
  'oom-killed',
  'killed',
  'failed',
  'ok',
];

/** Kind of sandbox that took the measurement. */
export type SandboxKind = 'cgroup-v2' | 'cgroup-v1' | 'measure-only';

/**
 * Source of a peak figure: the kernel's own high-water mark
 * (`memory.peak`, `memory.max_usage_in_bytes`), or RSS samples of the
 * process tree, which can miss a short spike.
 */
export type PeakSource = 'kernel' | 'sampled';

/** One sample of the cgroup's memory: bytes in use, split into anon and file. */
export interface TimelineSample {
  /** Milliseconds since the run started. */
  tMs: number;
  usageBytes: number;
  anonBytes: number;
  fileBytes: number;
}

/** One run of one workload in its own fresh cgroup. */
export interface RunRecord {
  /** Peak memory in bytes, or null where the sandbox could not read one. */
  peakBytes: number | null;
  peakSource: PeakSource;
  oomKills: number;
  exitCode: number | null;
  /** Name of the signal that ended the process, such as "SIGKILL". */
  signal: string | null;
  wallSeconds: number;
  /** User plus system CPU time of the workload and its children. */
  cpuSeconds: number | null;
  outcome: Outcome;
  /** Why the run ended, for people: ranked timeout, OOM kill, signal, exit code. */
  message: string;
  /** Measure-only sandbox: the sampled peak passed the limit that was not enforced. */
  wouldExceedLimit?: boolean;
  /**
   * A process kept the output open after the cgroup was emptied, so it had
   * moved itself out of the cgroup, and its memory was neither capped nor
   * measured.
   */
  leftCgroup?: boolean;
  /** Largest sampled file-cache bytes, to tell page cache from the workload's own memory. */
  maxFileBytes?: number;
  /** Largest sampled anonymous bytes. */
  maxAnonBytes?: number;
  /** Last lines of the workload's standard error. */
  stderrTail: string[];
  /** Downsampled timeline of memory use. */
  timeline: TimelineSample[];
}

/** One workload with all of its runs. */
export interface WorkloadReport {
  name: string;
  command: string[];
  cwd?: string;
  limitBytes: number;
  repeat: number;
  timeoutSeconds: number;
  /** Median of the runs' peaks, or null where no run has one. */
  peakBytes: number | null;
  minPeakBytes: number | null;
  maxPeakBytes: number | null;
  /** Worst outcome of the runs, by OUTCOME_SEVERITY. */
  outcome: Outcome;
  /** The message of the run with the worst outcome. */
  message: string;
  runs: RunRecord[];
  /** Per-workload tolerances from the configuration, when set. */
  maxIncreasePercent?: number;
  maxIncreaseBytes?: number;
}

/** Machine facts that change memory use, recorded with every report. */
export interface Environment {
  sandbox: SandboxKind;
  cgroupVersion: 1 | 2 | null;
  kernel: string;
  platform: string;
  arch: string;
  cpuCount: number;
  python: { path: string | null; version: string | null };
  /** Thread-count and allocator variables, such as OMP_NUM_THREADS and PYTHONMALLOC. */
  variables: Record<string, string>;
  /** v1 only: whether swap accounting (`memory.memsw.*`) exists. */
  swapAccounting?: boolean;
  /** Warnings about the measurement itself, such as an unenforced limit. */
  warnings: string[];
}

/** Git commits and pull request that a report was made for. */
export interface GitContext {
  commit?: string;
  ref?: string;
  pullRequest?: number;
  baseCommit?: string;
  headCommit?: string;
}

/**
 * Origin of a baseline written by `memgate baseline select`. With
 * `found` false the file has no workloads and means "no baseline yet".
 */
export interface BaselineSelection {
  found: boolean;
  /** "branch" or "file". */
  store: string;
  /** Commit the baseline record belongs to. */
  commit?: string;
  /** The merge-base the baseline was looked up for. */
  mergeBase?: string;
  /** First-parent commits between the merge-base and the baseline commit. */
  distance?: number;
  /** Reason for no baseline when the store itself is missing, such as its branch on the remote. */
  missingReason?: string;
}

/**
 * Project-wide comparison settings from the configuration file, so that
 * `memgate compare` applies them without reading the configuration again.
 */
export interface ComparisonSettings {
  maxIncreasePercent?: number;
  maxIncreaseBytes?: number;
  headroomPercent?: number;
}

/** The report file written by `memgate run`. */
export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  memgateVersion: string;
  createdAt: string;
  environment: Environment;
  git?: GitContext;
  /** Matrix shard that produced this report, such as "2/4". */
  shard?: string;
  /** Set by `memgate baseline select` on the baseline file it writes. */
  selection?: BaselineSelection;
  workloads: WorkloadReport[];
  /** Settings from the configuration's top level, when it sets any. */
  settings?: ComparisonSettings;
}
