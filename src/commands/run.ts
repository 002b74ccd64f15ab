import { parseArgs } from 'node:util';
import { findConfig, loadConfig } from '../config/index.js';
import type { Config } from '../config/types.js';
import {
  DEFAULT_LIMIT_BYTES,
  DEFAULT_REPEAT,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_REPEAT,
  MAX_TIMEOUT_SECONDS,
  type WorkloadSpec,
} from '../config/types.js';
import { ExitCode, UsageError } from '../errors.js';
import {
  DEFAULT_SAMPLE_INTERVAL_MS,
  measureWorkloads,
} from '../measure/index.js';
import { formatReportTable } from '../report/table.js';
import type { ComparisonSettings, Report } from '../report/types.js';
import { writeReport } from '../report/write.js';
import { SANDBOX_KINDS, type SandboxChoice } from '../sandbox/index.js';
import { parseSize } from '../units/size.js';

// Node.js timers hold at most 2^31 - 1 ms and fire after 1 ms for more.
const MAX_TIMER_MS = 2_147_483_647;

/** Report path when --report is not given. */
export const DEFAULT_REPORT_FILE = 'memgate-report.json';

const usage = `Usage: memgate run [options] [-- COMMAND ARG...]

Runs one command (after --), or every workload of a configuration file,
each run in a fresh cgroup under a memory limit, and writes a JSON report.

Options:
  --config FILE           memgate.toml, or pyproject.toml with [tool.memgate].
                          Default: memgate.toml, then pyproject.toml, in the
                          current folder.
  --limit SIZE            memory limit, such as 512MiB or 2G; overrides the
                          configuration (default ${DEFAULT_LIMIT_BYTES / 1024 ** 2}MiB)
  --repeat N              runs per workload, at most ${MAX_REPEAT}; the peak is
                          their median (default ${DEFAULT_REPEAT})
  --timeout SECONDS       kill a run after this many seconds, at most
                          ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS})
  --name NAME             name of the command's workload; with a configuration,
                          run only the workload of this name
  --report FILE           report path (default ${DEFAULT_REPORT_FILE})
  --sandbox KIND          auto, cgroup-v2, cgroup-v1 or measure-only (default auto)
  --cgroup-parent PATH    create the runs' cgroups below this existing cgroup,
                          a path below the cgroup mount or relative to it;
                          exit 3 where it cannot be used
  --sample-interval MS    milliseconds between memory samples (default ${DEFAULT_SAMPLE_INTERVAL_MS})
  --help                  show this help

Exit status: 0 every run ended ok, 1 a run was OOM-killed, failed, killed,
timed out, would exceed an unenforced limit or had a process that left its
cgroup, 2 invalid usage or configuration, 3 the measurement could not be
made.`;

const options = {
  config: { type: 'string' },
  limit: { type: 'string' },
  repeat: { type: 'string' },
  timeout: { type: 'string' },
  name: { type: 'string' },
  report: { type: 'string' },
  sandbox: { type: 'string' },
  'cgroup-parent': { type: 'string' },
  'sample-interval': { type: 'string' },
  help: { type: 'boolean' },
} as const;

type RunFlags = ReturnType<typeof parseFlags>;

function parseFlags(args: string[]) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    throw new UsageError(
      `${describeParseError(error as Error, args)} Run "memgate run --help" for the options.`,
    );
  }
}

// Rewords parseArgs' option-value errors, which do not name memgate's forms.
function describeParseError(error: Error, args: string[]): string {
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(
    error.message,
  );
  if (ambiguous) {
    const flag = ambiguous[1]!;
    const value = args[args.indexOf(flag) + 1] ?? '';
    return `Invalid ${flag} "${value}": write a value that starts with "-" as ${flag}=VALUE, such as ${flag}=${value}.`;
  }
  const missing = /^Option '(--[\w-]+) <value>' argument missing/.exec(
    error.message,
  );
  if (missing) {
    const flag = missing[1]!;
    return `Missing value for ${flag}: write ${flag} VALUE or ${flag}=VALUE.`;
  }
  return error.message;
}

function parseWholeNumber(
  value: string,
  flag: string,
  minimum: number,
  maximum = Number.MAX_SAFE_INTEGER,
): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < minimum || number > maximum) {
    throw new UsageError(
      `Invalid ${flag} "${value}": write a whole number from ${minimum} to ${maximum}, such as 3.`,
    );
  }
  return number;
}

function parseSeconds(value: string): number {
  const number = Number(value);
  const valid = /^\d+(\.\d+)?$/.test(value) && number > 0;
  if (!valid || number > MAX_TIMEOUT_SECONDS) {
    throw new UsageError(
      `Invalid --timeout "${value}": write a number of seconds greater than 0 and at most ${MAX_TIMEOUT_SECONDS}, such as 300.`,
    );
  }
  return number;
}

function parseSandboxKind(value: string | undefined): SandboxChoice {
  const kind = value ?? 'auto';
  if (!(SANDBOX_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(
      `Invalid --sandbox "${kind}": use one of ${SANDBOX_KINDS.join(', ')}.`,
    );
  }
  return kind as SandboxChoice;
}

// Command-line settings override the configuration for every workload.
function applyOverrides(spec: WorkloadSpec, flags: RunFlags): WorkloadSpec {
  const result = { ...spec };
  if (flags.limit !== undefined)
    result.limitBytes = parseSize(flags.limit, '--limit');
  if (flags.repeat !== undefined)
    result.repeat = parseWholeNumber(flags.repeat, '--repeat', 1, MAX_REPEAT);
  if (flags.timeout !== undefined)
    result.timeoutSeconds = parseSeconds(flags.timeout);
  return result;
}

// process.cwd() throws ENOENT where the current folder was deleted after
// the shell entered it.
function currentFolder(): string {
  try {
    return process.cwd();
  } catch (error) {
    const folder = process.env.PWD ?? 'the current folder';
    throw new UsageError(
      `The current folder ${folder} no longer exists (${(error as Error).message}). Change to an existing folder and run memgate again.`,
    );
  }
}

function commandSpec(command: string[], flags: RunFlags): WorkloadSpec {
  const spec: WorkloadSpec = {
    name: flags.name ?? command.join(' '),
    command,
    limitBytes: DEFAULT_LIMIT_BYTES,
    repeat: DEFAULT_REPEAT,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    cwd: currentFolder(),
    env: {},
  };
  return applyOverrides(spec, flags);
}

interface Plan {
  specs: WorkloadSpec[];
  settings?: ComparisonSettings;
}

// The configuration's top-level tolerances and headroom go into the report,
// so that `memgate compare` applies them like the action does.
function comparisonSettings(config: Config): ComparisonSettings | undefined {
  const settings: ComparisonSettings = {};
  if (config.maxIncreasePercent !== undefined)
    settings.maxIncreasePercent = config.maxIncreasePercent;
  if (config.maxIncreaseBytes !== undefined)
    settings.maxIncreaseBytes = config.maxIncreaseBytes;
  if (config.headroomPercent !== undefined)
    settings.headroomPercent = config.headroomPercent;
  return Object.keys(settings).length > 0 ? settings : undefined;
}

async function configPlan(flags: RunFlags): Promise<Plan> {
  const folder = currentFolder();
  const file = flags.config ?? (await findConfig(folder));
  if (file === undefined) {
    throw new UsageError(
      `No memgate.toml, and no pyproject.toml with [tool.memgate], in ${folder}. Give --config FILE, or a command after --, such as: memgate run -- python3 train.py`,
    );
  }
  const config = await loadConfig(file);
  let workloads = config.workloads;
  if (flags.name !== undefined) {
    workloads = workloads.filter((spec) => spec.name === flags.name);
    if (workloads.length === 0) {
      const names = config.workloads.map((spec) => `"${spec.name}"`).join(', ');
      throw new UsageError(
        `No workload named "${flags.name}" in ${config.file}. Its workloads: ${names}.`,
      );
    }
  }
  const specs = workloads.map((spec) => applyOverrides(spec, flags));
  const settings = comparisonSettings(config);
  return settings === undefined ? { specs } : { specs, settings };
}

function gateExitCode(report: Report): number {
  const failed = report.workloads.some((workload) =>
    workload.runs.some(
      (run) =>
        run.outcome !== 'ok' ||
        run.wouldExceedLimit === true ||
        run.leftCgroup === true,
    ),
  );
  return failed ? ExitCode.GateFailed : ExitCode.Passed;
}

// A reader that goes away (`memgate run | head -1`) makes the next write
// fail with EPIPE. memgate still has a run to finish, a cgroup to remove and
// a report to write, so such an error must not crash it.
function ignoreClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners('error').includes(dropError)) {
      stream.on('error', dropError);
    }
  }
}

function dropError(): void {}

/** Runs `memgate run` with its arguments and returns the exit status. */
export async function main(args: string[]): Promise<number> {
  ignoreClosedOutput();
  const separator = args.indexOf('--');
  const flags = parseFlags(separator === -1 ? args : args.slice(0, separator));
  const command = separator === -1 ? [] : args.slice(separator + 1);
  if (flags.help) {
    process.stdout.write(`${usage}\n`);
    return ExitCode.Passed;
  }
  if (separator !== -1 && command.length === 0) {
    throw new UsageError(
      'Missing command after "--": write one, such as: memgate run -- python3 train.py',
    );
  }
  if (command.length > 0 && flags.config !== undefined) {
    throw new UsageError(
      'Give either --config or a command after "--", not both.',
    );
  }

  const plan: Plan =
    command.length > 0
      ? { specs: [commandSpec(command, flags)] }
      : await configPlan(flags);
  const sampleIntervalMs =
    flags['sample-interval'] === undefined
      ? DEFAULT_SAMPLE_INTERVAL_MS
      : parseWholeNumber(
          flags['sample-interval'],
          '--sample-interval',
          1,
          MAX_TIMER_MS,
        );
  const report = await measureWorkloads(plan.specs, {
    sandboxKind: parseSandboxKind(flags.sandbox),
    cgroupParent: flags['cgroup-parent'],
    sampleIntervalMs,
  });

  if (plan.settings !== undefined) report.settings = plan.settings;

  const reportFile = flags.report ?? DEFAULT_REPORT_FILE;
  await writeReport(reportFile, report);
  process.stdout.write(`${formatReportTable(report)}\n`);
  process.stderr.write(`memgate: report written to ${reportFile}\n`);
  return gateExitCode(report);
}
