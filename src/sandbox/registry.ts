// Live runs and memgate-owned parent cgroups, so that a signal handler can
// kill and remove everything memgate created before it exits.
import { rmdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { RunSandbox } from './types.js';

const liveRuns = new Set<RunSandbox>();

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
 * Kills and removes every live run, then removes the parent cgroups that
 * memgate created. For SIGINT and SIGTERM handlers and for the end of a
 * measurement; safe to call more than once. Throws the first failure after
 * trying everything.
 */
export async function destroyAllRuns(): Promise<void> {
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
