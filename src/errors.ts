/** Exit status of the CLI and of the action's process. */
export const ExitCode = {
  /** Every workload passed the gate. */
  Passed: 0,
  /** The gate failed: a regression, an OOM kill or a failed workload. */
  GateFailed: 1,
  /** Invalid usage or configuration. */
  Usage: 2,
  /** The measurement could not be made (no usable cgroup, command not found). */
  Measurement: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Invalid usage or configuration: the message names the value and the fix. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = ExitCode.Usage;
}

/** A measurement that could not be made, such as a missing cgroup controller. */
export class MeasurementError extends Error {
  override name = 'MeasurementError';
  readonly exitCode = ExitCode.Measurement;
}
