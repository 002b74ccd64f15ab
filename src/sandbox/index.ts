// Chooses and opens the sandbox that runs workloads under a memory cap.
import { resolve } from 'node:path';
import { MeasurementError, UsageError } from '../errors.js';
import { CgroupV1Sandbox } from './cgroup-v1.js';
import { CgroupV2Sandbox } from './cgroup-v2.js';
import { resolveV2Parent } from './cgroup-v2-parent.js';
import { detectCgroupMounts, type CgroupMounts } from './detect.js';
import { MeasureOnlySandbox } from './measure-only.js';
import type { Sandbox } from './types.js';

export { destroyAllRuns, countLiveRuns, registerWrapper } from './registry.js';
export { JOIN_FAILED_EXIT_CODE } from './cgroup-writer.js';
export { MEASURE_ONLY_WARNING } from './measure-only.js';
export type * from './types.js';

/** The sandbox kinds that `--sandbox` accepts. */
export const SANDBOX_KINDS = [
  'auto',
  'cgroup-v2',
  'cgroup-v1',
  'measure-only',
] as const;

/** `--sandbox` value: a kind, or `auto` to take the best one available. */
export type SandboxChoice = (typeof SANDBOX_KINDS)[number];

/** How to open a sandbox. */
export interface OpenSandboxOptions {
  kind?: SandboxChoice;
  /** Existing cgroup to create runs below: a path, or one relative to the mount. */
  cgroupParent?: string;
  /** Prefix for /proc and /sys, for tests with a fake tree only. */
  fsRoot?: string;
  /** The sudo command for v2 hosts where only root may create cgroups. */
  sudo?: readonly string[];
}

/**
 * Opens the requested sandbox. `auto` takes cgroup v2 where the memory
 * controller is on a cgroup2 mount, else cgroup v1, else measure-only with
 * a warning, except where `cgroupParent` is given: a parent that cannot be
 * used throws. A kind that was asked for and cannot be used throws a
 * MeasurementError that names what is missing and the fix. An empty
 * `cgroupParent` throws a UsageError.
 */
export async function openSandbox(
  options: OpenSandboxOptions = {},
): Promise<Sandbox> {
  const kind = options.kind ?? 'auto';
  if (!SANDBOX_KINDS.includes(kind)) {
    throw new UsageError(
      `Invalid sandbox "${kind}": use one of ${SANDBOX_KINDS.join(', ')}.`,
    );
  }
  if (
    options.cgroupParent !== undefined &&
    options.cgroupParent.trim() === ''
  ) {
    throw new UsageError(
      'Invalid --cgroup-parent "": give the path of an existing cgroup, such as /sys/fs/cgroup/memory/ci, or leave the option out to use memgate\'s own cgroup.',
    );
  }
  if (kind === 'measure-only') return new MeasureOnlySandbox();

  const mounts = await detectCgroupMounts(options.fsRoot);
  if (kind === 'cgroup-v2') return openV2(mounts, options);
  if (kind === 'cgroup-v1') return openV1(mounts, options);
  return openAuto(mounts, options);
}

// A --cgroup-parent that cannot be used is fatal: falling back to
// measure-only would drop the cap the user set up a cgroup for.
async function openAuto(
  mounts: CgroupMounts,
  options: OpenSandboxOptions,
): Promise<Sandbox> {
  if (options.cgroupParent !== undefined) {
    if (mounts.v2 !== null) return openV2(mounts, options);
    if (mounts.v1Memory !== null) return openV1(mounts, options);
    throw new MeasurementError(
      `Cannot use --cgroup-parent ${options.cgroupParent}: no cgroup mount on this host has the memory controller. Leave the option out to measure without a cap (measure-only).`,
    );
  }
  const reasons: string[] = [];
  for (const open of [openV2, openV1]) {
    try {
      return await open(mounts, options);
    } catch (error) {
      if (!(error instanceof MeasurementError)) throw error;
      reasons.push(error.message);
    }
  }
  return new MeasureOnlySandbox(reasons);
}

async function openV2(
  mounts: CgroupMounts,
  options: OpenSandboxOptions,
): Promise<Sandbox> {
  if (mounts.v2 === null) {
    throw new MeasurementError(
      'cgroup v2 is not usable: no cgroup2 mount offers the memory controller (it may be bound to cgroup v1). Use --sandbox cgroup-v1, or --sandbox measure-only.',
    );
  }
  const parent = await resolveV2Parent({
    ...mounts.v2,
    cgroupParent: options.cgroupParent,
    sudo: options.sudo,
  });
  return new CgroupV2Sandbox(parent);
}

async function openV1(
  mounts: CgroupMounts,
  options: OpenSandboxOptions,
): Promise<Sandbox> {
  if (mounts.v1Memory === null) {
    throw new MeasurementError(
      'cgroup v1 is not usable: no cgroup v1 hierarchy has the memory controller. Use --sandbox cgroup-v2 where the host has cgroup v2, or --sandbox measure-only.',
    );
  }
  const { mountPoint, ownCgroupPath } = mounts.v1Memory;
  const { cgroupParent } = options;
  const parentPath =
    cgroupParent === undefined
      ? ownCgroupPath
      : resolve(mountPoint, cgroupParent);
  if (parentPath === null) {
    throw new MeasurementError(
      `memgate's own memory cgroup is not listed in /proc/self/cgroup. Give a writable memory cgroup below ${mountPoint} with --cgroup-parent, or use --sandbox measure-only.`,
    );
  }
  return CgroupV1Sandbox.open({
    parentPath,
    mountPoint,
    swapsFile: `${options.fsRoot ?? ''}/proc/swaps`,
  });
}
