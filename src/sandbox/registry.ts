// Live runs and memgate-owned parent cgroups, so that a signal handler can
// kill and remove everything memgate created before it exits.
import { rmdirSync } from 'node:fs';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { sendSigkill } from './cgroup-files.js';
import type { RunSandbox } from './types.js';

const liveRuns = new Set<RunSandbox>();
const liveWrappers = new Set<ChildProcess>();

interface OwnedParent {
  path: string;
  /** The sudo command where root created the parent, else null. */
  sudo: readonly string[] | null;
  remove(): Promise<void>;
}

const ownedParents = new Map<string, OwnedParent>();
let exitHookInstalled = false;

/** Records a run until its destroy() has finished. */
export function registerRun(run: RunSandbox): void {
  liveRuns.add(run);
}

/** Forgets a run whose cgroup is gone. */
export function unregisterRun(run: RunSandbox): void {
  liveRuns.delete(run);
}

/**
 * Records a started wrapper, which leads its own process group, so that a
 * signal arriving before the wrapper joined its cgroup still kills it.
 * The wrapper is forgotten once it exited.
 */
export function registerWrapper(child: ChildProcess): void {
  liveWrappers.add(child);
  child.once('exit', () => liveWrappers.delete(child));
}

/** Records a parent cgroup that memgate created, to remove it at the end. */
export function registerOwnedParent(parent: OwnedParent): void {
  ownedParents.set(parent.path, parent);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', removeOwnedParentsSync);
  }
}

/** Forgets a parent cgroup that has been removed. */
export function unregisterOwnedParent(path: string): void {
  ownedParents.delete(path);
}

/**
 * Kills every running wrapper's process group, kills and removes every
 * live run, then removes the parent cgroups that memgate created. For the
 * signal handlers and for the end of a measurement, and safe to call more
 * than once. Throws the first failure after trying everything.
 */
export async function destroyAllRuns(): Promise<void> {
  for (const child of liveWrappers) {
    if (child.pid !== undefined) sendSigkill(-child.pid);
  }
  const results = await Promise.allSettled(
    [...liveRuns].map((run) => run.destroy()),
  );
  for (const parent of [...ownedParents.values()]) {
    results.push(...(await Promise.allSettled([parent.remove()])));
  }
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** Number of runs whose cgroup still exists. */
export function countLiveRuns(): number {
  return liveRuns.size;
}

// At process exit only synchronous calls run: remove the (by then empty)
// parents that memgate created, so an early exit leaks no directory.
function removeOwnedParentsSync(): void {
  for (const parent of ownedParents.values()) {
    try {
      if (parent.sudo === null) {
        rmdirSync(parent.path);
      } else {
        const [file, ...options] = parent.sudo;
        spawnSync(file ?? 'sudo', [...options, 'rmdir', parent.path]);
      }
    } catch {
      // rmdir fails on a parent that still contains a run, and at exit
      // nothing else can be done.
    }
  }
}
