// Base class of the v1 and v2 runs: joining, killing and removing the cgroup.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MeasurementError } from '../errors.js';
import { listCgroupTree, readProcs, removeCgroupDir } from './cgroup-files.js';
import type { CgroupWriter } from './cgroup-writer.js';
import { registerRun, unregisterRun } from './registry.js';
import type { MemorySample, PeakReading, RunSandbox } from './types.js';

/** How long killAll() waits for the cgroup to empty before it gives up. */
const KILL_DEADLINE_MS = 10_000;

/** One fresh cgroup of either version, already created with its limit set. */
export abstract class CgroupRun implements RunSandbox {
  private destroying: Promise<void> | null = null;

  constructor(
    readonly path: string,
    protected readonly writer: CgroupWriter,
  ) {
    registerRun(this);
  }

  wrap(command: string[]): string[] {
    return this.writer.joinCommand(join(this.path, 'cgroup.procs'), command);
  }

  attach(): void {
    // The wrapper joins the cgroup itself, so the pid is not needed here.
  }

  abstract sample(): Promise<MemorySample>;
  abstract readPeak(): Promise<PeakReading>;
  abstract readOomKills(): Promise<number>;

  /** Kills every process at once where the kernel allows it (v2 `cgroup.kill`). */
  protected async killAtOnce(): Promise<void> {}

  async killAll(): Promise<void> {
    await this.killAtOnce();
    const deadline = Date.now() + KILL_DEADLINE_MS;
    // A process may fork between the read and the kill, so loop until empty.
    for (;;) {
      const pids = await this.readAllProcs();
      if (pids.length === 0) return;
      if (Date.now() > deadline) {
        throw new MeasurementError(
          `Processes ${pids.join(', ')} in cgroup ${this.path} survived SIGKILL for ${KILL_DEADLINE_MS / 1000} s; they may be stuck in the kernel. Kill them and remove the cgroup by hand.`,
        );
      }
      await Promise.all(pids.map((pid) => this.writer.kill(pid)));
      await sleep(10);
    }
  }

  // Processes of the run's cgroup and of any child cgroup the workload made.
  private async readAllProcs(): Promise<number[]> {
    const tree = await listCgroupTree(this.path);
    const lists = await Promise.all(tree.map((path) => readProcs(path)));
    return lists.flat();
  }

  destroy(): Promise<void> {
    this.destroying ??= this.killAndRemove();
    return this.destroying;
  }

  private async killAndRemove(): Promise<void> {
    try {
      await this.killAll();
      for (const path of await listCgroupTree(this.path)) {
        await removeCgroupDir(path, (dir) => this.writer.rmdir(dir));
      }
      unregisterRun(this);
    } catch (error) {
      // A later destroy() or destroyAllRuns() may try again.
      this.destroying = null;
      throw error;
    }
  }
}
