// Placement of cgroup v2 runs. The v2 "no internal processes" rule
// forbids enabling a controller for the children of a cgroup that contains
// processes, and memgate itself lives in its own cgroup. So memgate creates
// its own parent `memgate-<pid>` next to its cgroup (below its cgroup's
// parent), enables +memory there and puts each run below it. Where that is
// not writable and passwordless sudo works, root creates
// `memgate-<uid>-<pid>` below the root cgroup instead. A --cgroup-parent is
// used as it is: memgate never changes a cgroup it did not create.
import { access, constants } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { execa } from 'execa';
import { MeasurementError } from '../errors.js';
import {
  isErrno,
  readOptionalText,
  removeCgroupDir,
  resolveBelowMount,
} from './cgroup-files.js';
import {
  DirectWriter,
  SudoWriter,
  type CgroupWriter,
} from './cgroup-writer.js';
import type { CgroupV2Parent } from './cgroup-v2.js';
import {
  registerOwnedParent,
  trackCreation,
  unregisterOwnedParent,
} from './registry.js';

/** What the parent choice depends on. */
export interface ResolveV2ParentOptions {
  /** Mount point of cgroup2, such as /sys/fs/cgroup. */
  mountPoint: string;
  /** memgate's own cgroup relative to the mount, from the `0::` line of /proc/self/cgroup. */
  ownCgroup: string;
  cgroupParent?: string;
  /** The sudo command to try where the tree is not writable. */
  sudo?: readonly string[];
}

/** Chooses, and where needed creates, the parent of the v2 runs. */
export async function resolveV2Parent(
  options: ResolveV2ParentOptions,
): Promise<CgroupV2Parent> {
  const sudo = options.sudo ?? ['sudo', '-n'];
  if (options.cgroupParent !== undefined) {
    return useCgroupParentOption(
      options.mountPoint,
      options.cgroupParent,
      sudo,
    );
  }
  const own = join(options.mountPoint, options.ownCgroup);
  // The root cgroup is exempt from the no-internal-processes rule.
  const base = options.ownCgroup === '/' ? own : dirname(own);
  const direct = await tryCreateOwnedParent(
    base,
    ownedParentName(`memgate-${process.pid}`),
    new DirectWriter(),
  );
  if (direct) return direct;

  // NOTE: this path ran in a User-Mode Linux guest with Debian's sudo
  // 1.9.13 and an unprivileged user, not on a GitHub-hosted runner.
  if (await canSudo(sudo)) {
    const uid = process.getuid?.() ?? 0;
    const name = ownedParentName(`memgate-${uid}-${process.pid}`);
    const viaSudo = await tryCreateOwnedParent(
      options.mountPoint,
      name,
      new SudoWriter(sudo),
    );
    if (viaSudo) return viaSudo;
  }
  throw new MeasurementError(
    `No writable cgroup v2 parent: neither the parent of memgate's cgroup ${own} nor, through 'sudo -n', the root cgroup is writable with the memory controller enabled for children. Give a delegated cgroup whose cgroup.subtree_control contains memory with --cgroup-parent, allow passwordless sudo, or use --sandbox measure-only.`,
  );
}

async function useCgroupParentOption(
  mountPoint: string,
  cgroupParent: string,
  sudo: readonly string[],
): Promise<CgroupV2Parent> {
  const given =
    isAbsolute(cgroupParent) && cgroupParent.startsWith(mountPoint)
      ? cgroupParent
      : join(mountPoint, cgroupParent);
  const path = await resolveBelowMount(given, mountPoint);
  const subtree = await readOptionalText(join(path, 'cgroup.subtree_control'));
  if (subtree === null) {
    throw new MeasurementError(
      `The --cgroup-parent ${path} is not a cgroup v2 directory (no cgroup.subtree_control). Create it first, or give an existing cgroup below ${mountPoint}.`,
    );
  }
  if (!subtree.split(/\s+/).includes('memory')) {
    throw new MeasurementError(
      `The --cgroup-parent ${path} does not enable the memory controller for its children. Enable it with 'echo +memory > ${join(path, 'cgroup.subtree_control')}' (the cgroup must contain no processes), or give another parent.`,
    );
  }
  const writable = await access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (writable) {
    return {
      path,
      writer: new DirectWriter(),
      owned: false,
      reason: '--cgroup-parent',
    };
  }
  if (await canSudo(sudo)) {
    const writer = new SudoWriter(sudo);
    return {
      path,
      writer,
      owned: false,
      reason: '--cgroup-parent, written through sudo',
    };
  }
  throw new MeasurementError(
    `The --cgroup-parent ${path} is not writable by this user and 'sudo -n' is not available. Delegate it to this user (chown), or run with passwordless sudo.`,
  );
}

/**
 * Creates `base/name` and enables +memory in its subtree_control. Returns
 * null where `base` is not writable or lacks the memory controller.
 */
async function tryCreateOwnedParent(
  base: string,
  name: string,
  writer: CgroupWriter,
): Promise<CgroupV2Parent | null> {
  const subtree = await readOptionalText(join(base, 'cgroup.subtree_control'));
  if (!subtree?.split(/\s+/).includes('memory')) return null;

  const path = join(base, name);
  const remove = async (): Promise<void> => {
    await removeCgroupDir(path, (dir) => writer.rmdir(dir));
    unregisterOwnedParent(path);
  };
  const created = await trackCreation(async () => {
    try {
      await writer.mkdir(path);
    } catch (error) {
      if (writer.privileged || isPermissionError(error)) return false;
      throw error;
    }
    const sudo = writer instanceof SudoWriter ? writer.sudo : null;
    registerOwnedParent({ path, sudo, remove });
    return true;
  });
  if (!created) return null;
  createdParents.add(name);
  try {
    await writer.write(join(path, 'cgroup.subtree_control'), '+memory');
  } catch (error) {
    await remove();
    throw new MeasurementError(
      `Failed to enable the memory controller in ${path}/cgroup.subtree_control: ${(error as Error).message}.`,
    );
  }
  const reason = writer.privileged
    ? 'memgate-owned, created through sudo'
    : 'memgate-owned';
  return { path, writer, owned: true, reason, remove };
}

const createdParents = new Set<string>();

// A second sandbox in the same process gets a parent of its own.
function ownedParentName(base: string): string {
  let name = base;
  for (let count = 2; createdParents.has(name); count += 1) {
    name = `${base}.${count}`;
  }
  return name;
}

/** Returns true where `sudo -n true` succeeds without a password. */
export async function canSudo(sudo: readonly string[]): Promise<boolean> {
  const [file, ...options] = sudo;
  const result = await execa(file ?? 'sudo', [...options, 'true'], {
    reject: false,
    stdin: 'ignore',
  });
  return result.exitCode === 0;
}

function isPermissionError(error: unknown): boolean {
  return ['EACCES', 'EPERM', 'EROFS'].some((code) => isErrno(error, code));
}
