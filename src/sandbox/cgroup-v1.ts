// cgroup v1 memory controller: `memory.limit_in_bytes`, `memory.memsw.*`,
// `memory.max_usage_in_bytes`, `memory.oom_control`.
import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { MeasurementError } from '../errors.js';
import {
  makeRunName,
  parseFlatKeyed,
  pathExists,
  readNumberFile,
  readOptionalText,
  resolveBelowMount,
} from './cgroup-files.js';
import { CgroupRun } from './cgroup-run.js';
import { DirectWriter, type CgroupWriter } from './cgroup-writer.js';
import { detectCgroupMounts } from './detect.js';
import { validateLimit } from './limit.js';
import { trackCreation } from './registry.js';
import type {
  MemorySample,
  PeakReading,
  RunSandbox,
  RunSandboxOptions,
  Sandbox,
} from './types.js';

/** Options of the v1 sandbox: the parent of its runs, and test seams. */
export interface CgroupV1Options {
  /** Existing memory cgroup that runs are created below. */
  parentPath: string;
  /**
   * Mount point of the v1 memory hierarchy, which the parent must lie
   * below; detected from /proc/self/mountinfo where not given.
   */
  mountPoint?: string;
  /** `/proc/swaps`, or a fake one in tests. */
  swapsFile?: string;
  writer?: CgroupWriter;
}

/** Runs each workload in a fresh child of the v1 memory hierarchy. */
export class CgroupV1Sandbox implements Sandbox {
  readonly kind = 'cgroup-v1';
  readonly cgroupVersion = 1;
  readonly limitEnforced = true;

  private constructor(
    readonly parentPath: string,
    readonly warnings: readonly string[],
    /** True where `memory.memsw.*` exists, so swap counts against the limit. */
    readonly swapAccounting: boolean,
    private readonly writer: CgroupWriter,
  ) {}

  /** Checks the parent and swap accounting; throws MeasurementError where unusable. */
  static async open(options: CgroupV1Options): Promise<CgroupV1Sandbox> {
    const parentPath = await checkParent(
      options.parentPath,
      options.mountPoint ?? (await findMemoryMount()),
    );
    const memsw = join(parentPath, 'memory.memsw.limit_in_bytes');
    const swapAccounting = await pathExists(memsw);
    const warnings: string[] = [];
    if (!swapAccounting && (await hostHasSwap(options.swapsFile))) {
      warnings.push(
        `cgroup v1 swap accounting is off (no memory.memsw.limit_in_bytes) and the host has swap: a workload may swap instead of being OOM-killed at the limit, so its peak undercounts. Boot with swapaccount=1 or turn swap off (swapoff -a).`,
      );
    }
    const writer = options.writer ?? new DirectWriter();
    return new CgroupV1Sandbox(parentPath, warnings, swapAccounting, writer);
  }

  async createRun(options: RunSandboxOptions): Promise<RunSandbox> {
    const limit = String(validateLimit(options.limitBytes));
    const path = join(this.parentPath, makeRunName(options.label));
    const run = await trackCreation(async () => {
      await this.writer.mkdir(path);
      return new CgroupV1Run(path, this.writer);
    });
    try {
      // memsw must stay at or above the memory limit, so the limit goes first.
      await this.writer.write(join(path, 'memory.limit_in_bytes'), limit);
      if (this.swapAccounting) {
        await this.writer.write(
          join(path, 'memory.memsw.limit_in_bytes'),
          limit,
        );
      }
    } catch (error) {
      await run.destroy();
      throw new MeasurementError(
        `Failed to set the memory limit ${limit} on cgroup ${path}: ${(error as Error).message}.`,
      );
    }
    return run;
  }
}

/** One fresh v1 memory cgroup. */
export class CgroupV1Run extends CgroupRun {
  async sample(): Promise<MemorySample> {
    const usageBytes = await readNumberFile(
      join(this.path, 'memory.usage_in_bytes'),
    );
    const stat = parseFlatKeyed(
      (await readOptionalText(join(this.path, 'memory.stat'))) ?? '',
    );
    return {
      usageBytes,
      anonBytes: stat.get('total_rss') ?? stat.get('rss') ?? 0,
      fileBytes: stat.get('total_cache') ?? stat.get('cache') ?? 0,
    };
  }

  async readPeak(): Promise<PeakReading> {
    const file = join(this.path, 'memory.max_usage_in_bytes');
    if ((await readOptionalText(file)) === null) {
      throw new MeasurementError(
        `Unsupported kernel: cgroup ${this.path} has no memory.max_usage_in_bytes, so the peak cannot be read. memgate needs the cgroup v1 memory controller with usage accounting, or cgroup v2 on Linux 5.19 or later; use --sandbox measure-only for sampled figures.`,
      );
    }
    return { bytes: await readNumberFile(file), source: 'kernel' };
  }

  async readOomKills(): Promise<number> {
    const file = join(this.path, 'memory.oom_control');
    const text = await readOptionalText(file);
    const oomKills = parseFlatKeyed(text ?? '').get('oom_kill');
    if (oomKills === undefined) {
      throw new MeasurementError(
        `Unsupported kernel: ${file} has no oom_kill counter (added in Linux 4.13), so OOM kills cannot be counted. Use a newer kernel or cgroup v2.`,
      );
    }
    return oomKills;
  }
}

// Runs go only below a memory cgroup that memgate may write to, never into
// an ordinary folder that a mistyped --cgroup-parent names.
async function checkParent(
  parentPath: string,
  mountPoint: string,
): Promise<string> {
  const real = await resolveBelowMount(parentPath, mountPoint);
  if (!(await pathExists(join(real, 'memory.limit_in_bytes')))) {
    throw new MeasurementError(
      `The cgroup v1 parent ${parentPath} is not a memory cgroup (no memory.limit_in_bytes). Give a folder below the memory hierarchy, such as /sys/fs/cgroup/memory/ci, with --cgroup-parent, or use --sandbox measure-only.`,
    );
  }
  await access(real, constants.W_OK).catch((error: Error) => {
    throw new MeasurementError(
      `The cgroup v1 memory parent ${parentPath} is not writable (${error.message}). Give a writable memory cgroup with --cgroup-parent, or use --sandbox measure-only.`,
    );
  });
  return real;
}

async function findMemoryMount(): Promise<string> {
  const mounts = await detectCgroupMounts();
  if (mounts.v1Memory === null) {
    throw new MeasurementError(
      'cgroup v1 is not usable: no cgroup v1 hierarchy has the memory controller. Use --sandbox cgroup-v2 where the host has cgroup v2, or --sandbox measure-only.',
    );
  }
  return mounts.v1Memory.mountPoint;
}

async function hostHasSwap(swapsFile = '/proc/swaps'): Promise<boolean> {
  const text = (await readOptionalText(swapsFile)) ?? '';
  // The first line is the header: Filename Type Size Used Priority.
  return text
    .split('\n')
    .slice(1)
    .some((line) => line.trim() !== '');
}
