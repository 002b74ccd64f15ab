import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import type { Environment } from '../report/types.js';
import type { Sandbox } from '../sandbox/types.js';

const run = promisify(execFile);

/** Variables that change how much memory Python and its native libraries use. */
export const MEMORY_VARIABLES = [
  'OMP_NUM_THREADS',
  'OPENBLAS_NUM_THREADS',
  'MKL_NUM_THREADS',
  'NUMEXPR_NUM_THREADS',
  'PYTHONMALLOC',
  'MALLOC_ARENA_MAX',
];

const FALLBACK_PYTHON = '/usr/bin/python3';

// Python prints its own path, so a pyenv or venv shim resolves to the
// interpreter it starts.
const PROBE =
  'import platform, sys; print(sys.executable); print(platform.python_version())';

async function probePython(
  program: string,
  env: NodeJS.ProcessEnv,
): Promise<{ path: string | null; version: string | null } | undefined> {
  try {
    const { stdout } = await run(program, ['-c', PROBE], {
      env,
      timeout: 15_000,
    });
    const [path, version] = stdout.trim().split('\n');
    return { path: path || null, version: version || null };
  } catch {
    return undefined;
  }
}

/**
 * Describes the interpreter the workloads use: `program` when given (the
 * workload's own command, when it starts Python), else the first `python3`
 * on their PATH, else /usr/bin/python3. Returns nulls when none runs.
 */
export async function findPython(
  env: NodeJS.ProcessEnv = process.env,
  program?: string,
): Promise<{ path: string | null; version: string | null }> {
  const candidates = [program, 'python3', FALLBACK_PYTHON];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const found = await probePython(candidate, env);
    if (found !== undefined) return found;
  }
  return { path: null, version: null };
}

/**
 * Collects what changes memory use between machines: kernel, cgroup
 * version, sandbox, Python, CPU count, thread and allocator variables of
 * `env` (the workloads' environment), and the sandbox's warnings.
 * `python` is the workload's interpreter, when its command starts Python.
 */
export async function collectEnvironment(
  sandbox: Sandbox,
  env: NodeJS.ProcessEnv = process.env,
  python?: string,
): Promise<Environment> {
  const variables: Record<string, string> = {};
  for (const name of MEMORY_VARIABLES) {
    const value = env[name];
    if (value !== undefined) variables[name] = value;
  }
  const swapAccounting =
    sandbox.swapAccounting === undefined
      ? {}
      : { swapAccounting: sandbox.swapAccounting };
  return {
    sandbox: sandbox.kind,
    cgroupVersion: sandbox.cgroupVersion,
    kernel: os.release(),
    platform: process.platform,
    arch: process.arch,
    cpuCount: os.availableParallelism(),
    python: await findPython(env, python),
    variables,
    ...swapAccounting,
    warnings: [...sandbox.warnings],
  };
}
