import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as core from '@actions/core';
import { findConfig, loadConfig } from '../config/index.js';
import {
  DEFAULT_LIMIT_BYTES,
  DEFAULT_REPEAT,
  DEFAULT_TIMEOUT_SECONDS,
  type Config,
  type WorkloadSpec,
} from '../config/types.js';
import type { Tolerance } from '../compare/types.js';
import type { ComparisonSettings } from '../report/types.js';
import { UsageError } from '../errors.js';
import { Inputs } from './constants.js';
import { MAX_TIMEOUT_SECONDS, type ActionInputs } from './inputs.js';
import { formatShard, selectShard } from './shard.js';

/** The workloads of this step and the configuration's comparison settings. */
export interface WorkloadPlan {
  workloads: WorkloadSpec[];
  /** The configuration's top-level tolerance, overridden by the inputs. */
  tolerance: Partial<Tolerance>;
  headroomPercent?: number;
  /** The configuration's top-level settings alone, written into the report. */
  settings?: ComparisonSettings;
}

/**
 * Builds the workloads from the `command` input or the configuration file,
 * applies the `limit`, `repeat` and `timeout` inputs where set, and keeps
 * only this step's shard.
 */
export async function planWorkloads(
  inputs: ActionInputs,
  workspace: string,
): Promise<WorkloadPlan> {
  const config =
    inputs.command === null ? await readConfig(inputs, workspace) : null;
  const all = config?.workloads ?? [commandWorkload(inputs, workspace)];
  const workloads = selectShard(all, inputs.shard).map((spec) => ({
    ...spec,
    limitBytes: inputs.limitBytes ?? spec.limitBytes,
    repeat: inputs.repeat ?? spec.repeat,
    timeoutSeconds: inputs.timeoutSeconds ?? spec.timeoutSeconds,
  }));
  checkTimeouts(workloads);
  if (inputs.shard) {
    core.info(
      `Shard ${formatShard(inputs.shard)}: ${workloads.length} of ${all.length} workloads`,
    );
  }
  const settings: ComparisonSettings = {};
  if (config?.maxIncreasePercent !== undefined)
    settings.maxIncreasePercent = config.maxIncreasePercent;
  if (config?.maxIncreaseBytes !== undefined)
    settings.maxIncreaseBytes = config.maxIncreaseBytes;
  if (config?.headroomPercent !== undefined)
    settings.headroomPercent = config.headroomPercent;
  return {
    workloads,
    ...planSettings(settings, inputs),
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
  };
}

/**
 * Returns the comparison settings of a plan: `settings` (from the
 * configuration, or from the reports in `mode: report`) with the tolerance
 * inputs over them. A workload's own tolerance in the report wins over both.
 */
export function planSettings(
  settings: ComparisonSettings | undefined,
  inputs: Pick<ActionInputs, 'tolerance'>,
): Pick<WorkloadPlan, 'tolerance' | 'headroomPercent'> {
  const tolerance: Partial<Tolerance> = {};
  if (settings?.maxIncreasePercent !== undefined)
    tolerance.maxIncreasePercent = settings.maxIncreasePercent;
  if (settings?.maxIncreaseBytes !== undefined)
    tolerance.maxIncreaseBytes = settings.maxIncreaseBytes;
  return {
    tolerance: { ...tolerance, ...inputs.tolerance },
    ...(settings?.headroomPercent === undefined
      ? {}
      : { headroomPercent: settings.headroomPercent }),
  };
}

function commandWorkload(
  inputs: ActionInputs,
  workspace: string,
): WorkloadSpec {
  return {
    name: inputs.name,
    command: inputs.command!,
    limitBytes: DEFAULT_LIMIT_BYTES,
    repeat: DEFAULT_REPEAT,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    cwd: workspace,
    env: {},
  };
}

async function readConfig(
  inputs: ActionInputs,
  workspace: string,
): Promise<Config> {
  const file = inputs.config
    ? path.resolve(workspace, inputs.config)
    : await findConfig(workspace);
  if (file === undefined) {
    throw new UsageError(
      `No workloads: set the "command" input, or the "config" input to a memgate.toml or pyproject.toml, or add a memgate.toml to ${workspace}.`,
    );
  }
  if (inputs.config && !existsSync(file)) {
    throw new UsageError(
      `Configuration file ${file} not found: set the "${Inputs.Config}" input to a memgate.toml or pyproject.toml path relative to the workspace, or set "${Inputs.Command}" instead.`,
    );
  }
  core.info(`Configuration: ${file}`);
  return loadConfig(file);
}

/** Rejects a timeout that Node's timers cannot hold, as a configuration file may set one. */
function checkTimeouts(workloads: WorkloadSpec[]): void {
  for (const workload of workloads) {
    if (workload.timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new UsageError(
        `Workload "${workload.name}" has a timeout of ${workload.timeoutSeconds} s, above the maximum of ${MAX_TIMEOUT_SECONDS} s (about 24.8 days): lower it in the configuration file or the "${Inputs.Timeout}" input.`,
      );
    }
  }
}
