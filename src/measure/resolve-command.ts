import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { MeasurementError, UsageError } from '../errors.js';

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Throws a UsageError when `cwd` is not an existing folder. */
export async function checkWorkingDirectory(
  cwd: string,
  name: string,
): Promise<void> {
  const info = await stat(cwd).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    throw new UsageError(
      `Working directory ${cwd} of workload "${name}" does not exist or is not a folder. Fix its "cwd" setting or create the folder.`,
    );
  }
}

/**
 * Finds the program a command runs the way execvp does: a name with a slash
 * is a path relative to `cwd`, any other name is looked up on PATH (relative
 * PATH entries relative to `cwd`). Returns the absolute path, or throws a
 * MeasurementError naming the command when nothing executable is found.
 */
export async function resolveProgram(
  program: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (program.includes('/')) {
    const file = path.resolve(cwd, program);
    if (await isExecutableFile(file)) return file;
    throw new MeasurementError(
      `Command "${program}" not found or not executable at ${file}. Check the path, or run chmod +x on it.`,
    );
  }
  const searchPath = env.PATH ?? '';
  for (const folder of searchPath.split(path.delimiter)) {
    // An empty PATH entry means the current directory, as execvp reads it.
    const file = path.resolve(cwd, folder === '' ? '.' : folder, program);
    if (await isExecutableFile(file)) return file;
  }
  throw new MeasurementError(
    `Command "${program}" not found on PATH (${searchPath}). Install it, fix the command, or give its full path.`,
  );
}
