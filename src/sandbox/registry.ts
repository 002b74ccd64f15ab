// Live runs and memgate-owned parent cgroups, so that a signal handler can
// kill and remove everything memgate created before it exits.
import { rmdirSync } from 'node:fs';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { MeasurementError } from '../errors.js';
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

// Set once memgate is stopping after a signal: no cgroup or wrapper may
// start after the final cleanup looked for them.
let stopping = false;
let pendingCreations = 0;

/** Maximum wait of the final cleanup for a cgroup whose mkdir is under way. */
const CREATION_WAIT_MS = 5000;

/**
 * Runs `create`, which makes a cgroup and registers it, so that the final
 * cleanup after a signal waits for it instead of missing a directory whose
 * mkdir was under way. Rejects once memgate is stopping.
 */
export async function trackCreation<T>(create: () => Promise<T>): Promise<T> {
  if (stopping) {
    throw new MeasurementError(
      'memgate is stopping after a signal, so it creates no new cgroup.',
    );
  }
  pendingCreations += 1;
  try {
    return await create();
  } finally {
    pendingCreations -= 1;
  }
}

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
  // Started after the final cleanup: nothing would kill it later.
  if (stopping && child.pid !== undefined) sendSigkill(-child.pid);
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
 * than once. With `final`, before the process exits, it first waits for
 * cgroups being created and then lets no new cgroup or wrapper start.
 * Throws the first failure after trying everything.
 */
export async function destroyAllRuns(
  options: { final?: boolean } = {},
): Promise<void> {
  if (options.final === true) {
    stopping = true;
    for (let waited = 0; pendingCreations > 0; waited += 50) {
      if (waited >= CREATION_WAIT_MS) break;
      await sleep(50);
    }
  }
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
