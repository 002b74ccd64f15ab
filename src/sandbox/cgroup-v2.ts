// cgroup v2 memory controller: `memory.max`, `memory.swap.max`,
// `memory.peak`, `memory.events`, `memory.stat`, `cgroup.kill`.
import { join } from 'node:path';
import { MeasurementError } from '../errors.js';
import {
  makeRunName,
  parseFlatKeyed,
  pathExists,
  readNumberFile,
  readOptionalText,
} from './cgroup-files.js';
import { CgroupRun } from './cgroup-run.js';
import type { CgroupWriter } from './cgroup-writer.js';
import { validateLimit } from './limit.js';
import { trackCreation } from './registry.js';
import type {
  MemorySample,
  PeakReading,
  RunSandbox,
  RunSandboxOptions,
  Sandbox,
} from './types.js';

/** A parent cgroup with the memory controller enabled for its children. */
export interface CgroupV2Parent {
  path: string;
  writer: CgroupWriter;
  /** True where memgate created the parent and must remove it at the end. */
  owned: boolean;
  /** Short description of the parent's origin, for the log. */
  reason: string;
  /** Removes an owned parent once its runs are gone. */
  remove?: () => Promise<void>;
}

/** Runs each workload in a fresh child cgroup of a cgroup v2 parent. */
export class CgroupV2Sandbox implements Sandbox {
  readonly kind = 'cgroup-v2';
  readonly cgroupVersion = 2;
  readonly limitEnforced = true;
  readonly warnings: readonly string[] = [];
  readonly parentPath: string;

  constructor(private readonly parent: CgroupV2Parent) {
    this.parentPath = parent.path;
  }

  /** Description of the parent's origin, such as "memgate-owned, created through sudo". */
  get parentReason(): string {
    return this.parent.reason;
  }

  async createRun(options: RunSandboxOptions): Promise<RunSandbox> {
    const limit = String(validateLimit(options.limitBytes));
    const { writer } = this.parent;
    const path = join(this.parentPath, makeRunName(options.label));
    const run = await trackCreation(async () => {
      await writer.mkdir(path);
      return new CgroupV2Run(path, writer);
    });
    try {
      await writer.write(join(path, 'memory.max'), limit);
      // memory.swap.max is missing where the kernel has no swap support,
      // and then no swap can blur the cap.
      if (await pathExists(join(path, 'memory.swap.max'))) {
        await writer.write(join(path, 'memory.swap.max'), '0');
      }
    } catch (error) {
      await run.destroy();
      throw new MeasurementError(
        `Failed to set memory.max ${limit} on cgroup ${path}: ${(error as Error).message}.`,
      );
    }
    return run;
  }

  /** Removes the parent where memgate created it; runs must be destroyed first. */
  async close(): Promise<void> {
    await this.parent.remove?.();
  }
}

/** One fresh v2 cgroup. */
export class CgroupV2Run extends CgroupRun {
  async sample(): Promise<MemorySample> {
    const usageBytes = await readNumberFile(join(this.path, 'memory.current'));
    const stat = parseFlatKeyed(
      (await readOptionalText(join(this.path, 'memory.stat'))) ?? '',
    );
    return {
      usageBytes,
      anonBytes: stat.get('anon') ?? 0,
      fileBytes: stat.get('file') ?? 0,
    };
  }

  async readPeak(): Promise<PeakReading> {
    const file = join(this.path, 'memory.peak');
    if ((await readOptionalText(file)) === null) {
      throw new MeasurementError(
        `Unsupported kernel: cgroup ${this.path} has no memory.peak, which cgroup v2 has from Linux 5.19 on, so the peak cannot be read. Use a kernel of 5.19 or later, or --sandbox measure-only for sampled figures.`,
      );
    }
    return { bytes: await readNumberFile(file), source: 'kernel' };
  }

  async readOomKills(): Promise<number> {
    // memory.events counts this cgroup and its descendants unless the mount
    // has memory_localevents. A run's cgroup is a leaf, so both are the same.
    const file = join(this.path, 'memory.events');
    const oomKills = parseFlatKeyed((await readOptionalText(file)) ?? '').get(
      'oom_kill',
    );
    if (oomKills === undefined) {
      throw new MeasurementError(
        `Unsupported kernel: ${file} has no oom_kill counter (added in Linux 4.13), so OOM kills cannot be counted. Use a newer kernel.`,
      );
    }
    return oomKills;
  }

  protected override async killAtOnce(): Promise<void> {
    const file = join(this.path, 'cgroup.kill');
    // cgroup.kill exists from Linux 5.14; older kernels get the pid loop.
    if (await pathExists(file)) await this.writer.write(file, '1');
  }
}
