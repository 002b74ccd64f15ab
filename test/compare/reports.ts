// Builders for reports in tests: a valid report with overridable fields.
import type {
  Environment,
  Outcome,
  Report,
  RunRecord,
  WorkloadReport,
} from '../../src/report/types.js';

export const MiB = 1024 * 1024;

/** Returns an environment like a cgroup v1 runner's. */
export function makeEnvironment(
  overrides: Partial<Environment> = {},
): Environment {
  return {
    sandbox: 'cgroup-v1',
    cgroupVersion: 1,
    kernel: '5.15.0',
    platform: 'linux',
    arch: 'x64',
    cpuCount: 2,
    python: { path: '/usr/bin/python3', version: '3.11.2' },
    variables: {},
    warnings: [],
    ...overrides,
  };
}

const exitCodes: Record<Outcome, number | null> = {
  ok: 0,
  failed: 1,
  'oom-killed': null,
  killed: null,
  timeout: null,
};

/** Returns one run with the given peak and outcome. */
export function makeRun(
  peakBytes: number | null,
  outcome: Outcome = 'ok',
): RunRecord {
  return {
    peakBytes,
    peakSource: 'kernel',
    oomKills: outcome === 'oom-killed' ? 1 : 0,
    exitCode: exitCodes[outcome],
    signal: outcome === 'killed' || outcome === 'oom-killed' ? 'SIGKILL' : null,
    wallSeconds: 1,
    cpuSeconds: 1,
    outcome,
    message: outcome === 'ok' ? 'exited with code 0' : `ended: ${outcome}`,
    stderrTail: [],
    timeline: [],
  };
}

/** Returns a workload whose runs have the given peaks (median is the peak). */
export function makeWorkload(
  name: string,
  peaks: Array<number | null>,
  overrides: Partial<WorkloadReport> = {},
): WorkloadReport {
  const outcome = overrides.outcome ?? 'ok';
  const known = peaks
    .filter((p): p is number => p !== null)
    .sort((a, b) => a - b);
  const median =
    known.length === 0 ? null : known[Math.floor(known.length / 2)]!;
  return {
    name,
    command: ['/usr/bin/python3', `${name}.py`],
    limitBytes: 512 * MiB,
    repeat: peaks.length,
    timeoutSeconds: 60,
    peakBytes: median,
    minPeakBytes: known[0] ?? null,
    maxPeakBytes: known.at(-1) ?? null,
    outcome,
    message: outcome === 'ok' ? 'exited with code 0' : `ended: ${outcome}`,
    runs: peaks.map((p) => makeRun(p, outcome)),
    ...overrides,
  };
}

/** Returns a report of the given workloads. */
export function makeReport(
  workloads: WorkloadReport[],
  environment: Partial<Environment> = {},
): Report {
  return {
    schemaVersion: 1,
    memgateVersion: '0.1.0',
    createdAt: '2026-01-01T00:00:00.000Z',
    environment: makeEnvironment(environment),
    workloads,
  };
}
