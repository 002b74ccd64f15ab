import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { UsageError } from '../errors.js';
import { isTable, type Table } from './fields.js';
import type { Config } from './types.js';
import { validateConfig } from './validate.js';

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(
      `Cannot read the configuration file ${file}: ${(error as Error).message}`,
    );
  }
}

function parseToml(text: string, file: string): Table {
  try {
    return parse(text) as Table;
  } catch (error) {
    if (error instanceof TomlError) {
      const detail = error.message
        .replace(/^Invalid TOML document: /, '')
        .split('\n')[0];
      throw new UsageError(
        `${file}:${error.line}:${error.column}: malformed TOML (${detail}). Fix the syntax at that line.`,
      );
    }
    throw error;
  }
}

// pyproject.toml keeps the settings under [tool.memgate].
function selectTable(table: Table, file: string): Table | undefined {
  if (path.basename(file) !== 'pyproject.toml') return table;
  const tool = table.tool;
  const memgate = isTable(tool) ? tool.memgate : undefined;
  return isTable(memgate) ? memgate : undefined;
}

/**
 * Loads and validates a configuration file: memgate.toml, or pyproject.toml
 * with a [tool.memgate] table. Throws a UsageError for a missing file,
 * malformed TOML (with its line) or invalid settings.
 */
export async function loadConfig(file: string): Promise<Config> {
  const absolute = path.resolve(file);
  const text = await readText(absolute);
  if (text === undefined) {
    throw new UsageError(
      `Configuration file ${absolute} not found. Check the --config path, or create a memgate.toml with a [[workload]] section.`,
    );
  }
  const table = selectTable(parseToml(text, absolute), absolute);
  if (table === undefined) {
    throw new UsageError(
      `${absolute} has no [tool.memgate] table. Add one with at least one [[tool.memgate.workload]] section.`,
    );
  }
  return validateConfig(table, absolute);
}

/**
 * Finds the configuration in `folder`: memgate.toml first, then a
 * pyproject.toml that has a [tool.memgate] table. Returns undefined when
 * neither exists.
 */
export async function findConfig(folder: string): Promise<string | undefined> {
  const memgateToml = path.resolve(folder, 'memgate.toml');
  if ((await readText(memgateToml)) !== undefined) return memgateToml;

  const pyproject = path.resolve(folder, 'pyproject.toml');
  const text = await readText(pyproject);
  if (text === undefined) return undefined;
  const table = selectTable(parseToml(text, pyproject), pyproject);
  return table === undefined ? undefined : pyproject;
}
