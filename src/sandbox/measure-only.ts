// The measure-only sandbox: no cgroup, no cap. It samples the resident
// memory of the workload's process tree from /proc.
import { setTimeout as sleep } from 'node:timers/promises';
import { MeasurementError } from '../errors.js';
import { sendSigkill } from './cgroup-files.js';
import {
  collectTree,
  listProcesses,
  readProcessInfo,
  readProcessRss,
  type ProcessInfo,
} from './proc-tree.js';
import { validateLimit } from './limit.js';
import { registerRun, unregisterRun } from './registry.js';
import type {
  MemorySample,
  PeakReading,
  RunSandbox,
  RunSandboxOptions,
  Sandbox,
} from './types.js';

/** Warning that every measure-only report carries. */
export const MEASURE_ONLY_WARNING =
  'The memory limit is NOT enforced: no usable cgroup, so memgate samples the RSS of the process tree. Peaks are sampled and can miss short spikes; a run whose sampled peak passes the limit is marked "would exceed the limit", never as an OOM kill.';

/** Runs workloads without a cap and samples their process tree. */
export class MeasureOnlySandbox implements Sandbox {
  readonly kind = 'measure-only';
  readonly cgroupVersion = null;
  readonly parentPath = null;
  readonly limitEnforced = false;
  readonly warnings: readonly string[];

  /** @param reasons why no cgroup sandbox is used, added to the warnings */
  constructor(
    reasons: readonly string[] = [],
    private readonly procRoot = '/proc',
  ) {
    this.warnings = [MEASURE_ONLY_WARNING, ...reasons];
  }

  async createRun(options: RunSandboxOptions): Promise<RunSandbox> {
    validateLimit(options.limitBytes);
    return new MeasureOnlyRun(this.procRoot);
  }
}

/** KillAll gives up on processes that survive SIGKILL this long. */
const KILL_DEADLINE_MS = 10_000;

/** One run's process tree, tracked by pid and start time. */
export class MeasureOnlyRun implements RunSandbox {
  readonly path = null;
  private rootPid: number | null = null;
  /** Every process seen in the tree, so that orphans are still counted and killed. */
  private readonly seen = new Map<number, number>();
  private peakBytes = 0;
  /** True once a sample found resident memory in the tree. */
  private sampled = false;
  /** Process group of the root where it leads its own group, else null. */
  private rootGroup: number | null = null;
  private destroyed = false;

  constructor(private readonly procRoot = '/proc') {
    registerRun(this);
  }

  wrap(command: string[]): string[] {
    return [...command];
  }

  attach(pid: number): void {
    this.rootPid = pid;
  }

  async sample(): Promise<MemorySample> {
    const tree = await this.findTree();
    const rss = await Promise.all(
      tree.map((info) => readProcessRss(info.pid, this.procRoot)),
    );
    let anonBytes = 0;
    let fileBytes = 0;
    for (const entry of rss) {
      anonBytes += entry?.anonBytes ?? 0;
      fileBytes += entry?.fileBytes ?? 0;
    }
    // NOTE: file pages shared by several processes count once per process,
    // so the sum can exceed what a cgroup would charge.
    const usageBytes = anonBytes + fileBytes;
    this.peakBytes = Math.max(this.peakBytes, usageBytes);
    // A zombie has a status file but no resident memory.
    if (usageBytes > 0) this.sampled = true;
    return { usageBytes, anonBytes, fileBytes };
  }

  /**
   * Returns the largest sampled sum, marked `unsampled` where the workload
   * ended before any sample found it running.
   */
  async readPeak(): Promise<PeakReading> {
    const peak: PeakReading = { bytes: this.peakBytes, source: 'sampled' };
    if (!this.sampled) peak.unsampled = true;
    return peak;
  }

  async readOomKills(): Promise<number> {
    return 0;
  }

  async killAll(): Promise<void> {
    await this.killProcessGroup();
    const deadline = Date.now() + KILL_DEADLINE_MS;
    for (;;) {
      const tree = await this.findTree();
      if (tree.length === 0) return;
      if (Date.now() > deadline) {
        throw new MeasurementError(
          `Processes ${tree.map((info) => info.pid).join(', ')} of the workload survived SIGKILL for ${KILL_DEADLINE_MS / 1000} s. Kill them by hand.`,
        );
      }
      for (const info of tree) sendSigkill(info.pid);
      await sleep(10);
    }
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    await this.killAll();
    this.destroyed = true;
    unregisterRun(this);
  }

  /** Finds the live tree below the root and below every process seen before. */
  private async findTree(): Promise<ProcessInfo[]> {
    if (this.rootPid === null) return [];
    const processes = await listProcesses(this.procRoot);
    const roots = new Set<number>();
    for (const info of processes) {
      const isRoot = info.pid === this.rootPid && this.isSameProcess(info);
      if (isRoot || this.seen.get(info.pid) === info.startTime) {
        roots.add(info.pid);
      }
    }
    const tree = collectTree(processes, roots).filter((info) =>
      this.isSameProcess(info),
    );
    for (const info of tree) this.seen.set(info.pid, info.startTime);
    this.rememberRootGroup(tree);
    return tree;
  }

  // A pid seen before with another start time was reused by an unrelated process.
  private isSameProcess(info: ProcessInfo): boolean {
    const startTime = this.seen.get(info.pid);
    return startTime === undefined || startTime === info.startTime;
  }

  // Also catches processes forked after the last sample, as long as they
  // stayed in the workload's process group (where the runner starts it
  // detached, the root leads a group of its own).
  private async killProcessGroup(): Promise<void> {
    const own = await readProcessInfo(process.pid, this.procRoot);
    if (this.rootGroup !== null && this.rootGroup !== own?.pgid) {
      sendSigkill(-this.rootGroup);
    }
  }

  private rememberRootGroup(tree: ProcessInfo[]): void {
    const root = tree.find((info) => info.pid === this.rootPid);
    if (root && root.pgid === root.pid) this.rootGroup = root.pgid;
  }
}
