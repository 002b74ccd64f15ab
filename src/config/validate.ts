import path from 'node:path';
import { UsageError } from '../errors.js';
import {
  isTable,
  readCommand,
  readCount,
  readEnv,
  readPercent,
  readPositive,
  readSize,
  readString,
  rejectUnknownKeys,
  type Location,
  type Table,
} from './fields.js';
import {
  DEFAULT_LIMIT_BYTES,
  DEFAULT_REPEAT,
  DEFAULT_TIMEOUT_SECONDS,
  MAX_REPEAT,
  MAX_TIMEOUT_SECONDS,
  type Config,
  type WorkloadSpec,
} from './types.js';

const sharedKeys = [
  'limit',
  'repeat',
  'timeout',
  'cwd',
  'env',
  'max-increase',
  'max-increase-bytes',
];

/** Keys accepted at the top of the configuration (or of [tool.memgate]). */
export const TOP_LEVEL_KEYS = [...sharedKeys, 'headroom', 'workload'];

/** Keys accepted in each [[workload]] table. */
export const WORKLOAD_KEYS = ['name', 'command', ...sharedKeys];

/** Settings that a workload inherits from the top of the file. */
interface Defaults {
  limitBytes: number;
  repeat: number;
  timeoutSeconds: number;
  cwd: string;
  env: Record<string, string>;
  maxIncreasePercent?: number;
  maxIncreaseBytes?: number;
}

function readDefaults(table: Table, at: Location): Defaults {
  const folder = path.dirname(at.file);
  const defaults: Defaults = {
    limitBytes: DEFAULT_LIMIT_BYTES,
    repeat: DEFAULT_REPEAT,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    cwd: folder,
    env: {},
  };
  return applyShared(defaults, table, at, folder);
}

// Applies the keys that both the top of the file and a workload accept.
// Relative paths are relative to the configuration file's folder.
function applyShared(
  base: Defaults,
  table: Table,
  at: Location,
  folder: string,
): Defaults {
  const result: Defaults = { ...base, env: { ...base.env } };
  if (table.limit !== undefined)
    result.limitBytes = readSize(table.limit, 'limit', at);
  if (table.repeat !== undefined)
    result.repeat = readCount(table.repeat, 'repeat', at, MAX_REPEAT);
  if (table.timeout !== undefined) {
    result.timeoutSeconds = readPositive(
      table.timeout,
      'timeout',
      at,
      MAX_TIMEOUT_SECONDS,
    );
  }
  if (table.cwd !== undefined) {
    result.cwd = path.resolve(folder, readString(table.cwd, 'cwd', at));
  }
  if (table.env !== undefined)
    Object.assign(result.env, readEnv(table.env, 'env', at));
  if (table['max-increase'] !== undefined) {
    result.maxIncreasePercent = readPercent(
      table['max-increase'],
      'max-increase',
      at,
    );
  }
  if (table['max-increase-bytes'] !== undefined) {
    result.maxIncreaseBytes = readSize(
      table['max-increase-bytes'],
      'max-increase-bytes',
      at,
    );
  }
  return result;
}

function readWorkload(
  table: unknown,
  index: number,
  defaults: Defaults,
  file: string,
): WorkloadSpec {
  const position: Location = { file, workload: `#${index + 1}` };
  if (!isTable(table)) {
    throw new UsageError(
      `${file}: "workload" must be an array of tables, written as [[workload]] sections.`,
    );
  }
  const name = readString(table.name, 'name', position);
  const at: Location = { file, workload: name };
  rejectUnknownKeys(table, WORKLOAD_KEYS, at);
  const command = readCommand(table.command, 'command', at);
  // Top-level tolerances stay on the Config rather than on each workload, so
  // that a --max-increase flag or action input can override them while a
  // workload's own tolerance still wins over both.
  const inherited: Defaults = { ...defaults };
  delete inherited.maxIncreasePercent;
  delete inherited.maxIncreaseBytes;
  const settings = applyShared(inherited, table, at, path.dirname(file));
  return { name, command, ...settings };
}

/**
 * Validates a parsed configuration table into workload specs, with every
 * default applied. Throws a UsageError naming the file, the key and the fix.
 */
export function validateConfig(table: Table, file: string): Config {
  const at: Location = { file };
  rejectUnknownKeys(table, TOP_LEVEL_KEYS, at);
  const defaults = readDefaults(table, at);
  const list = table.workload;
  if (list === undefined || (Array.isArray(list) && list.length === 0)) {
    throw new UsageError(
      `${file}: no workloads. Add at least one [[workload]] section with a name and a command.`,
    );
  }
  if (!Array.isArray(list)) {
    throw new UsageError(
      `${file}: "workload" must be an array of tables, written as [[workload]] sections.`,
    );
  }
  const workloads = list.map((entry, index) =>
    readWorkload(entry, index, defaults, file),
  );
  rejectDuplicateNames(workloads, file);

  const config: Config = { file, workloads };
  if (defaults.maxIncreasePercent !== undefined)
    config.maxIncreasePercent = defaults.maxIncreasePercent;
  if (defaults.maxIncreaseBytes !== undefined)
    config.maxIncreaseBytes = defaults.maxIncreaseBytes;
  if (table.headroom !== undefined)
    config.headroomPercent = readPercent(table.headroom, 'headroom', at);
  return config;
}

function rejectDuplicateNames(workloads: WorkloadSpec[], file: string): void {
  const seen = new Set<string>();
  for (const { name } of workloads) {
    if (seen.has(name)) {
      throw new UsageError(
        `${file}: two workloads are named "${name}". Give each workload its own name.`,
      );
    }
    seen.add(name);
  }
}
