// Finds the cgroup mounts from /proc/self/mountinfo and memgate's own
// cgroups from /proc/self/cgroup.
import { join } from 'node:path';
import { readOptionalText } from './cgroup-files.js';

/** A cgroup v2 mount whose root offers the memory controller. */
export interface CgroupV2Mount {
  mountPoint: string;
  /** memgate's own cgroup relative to the mount, such as /user.slice/x.scope. */
  ownCgroup: string;
}

/** A cgroup v1 hierarchy with the memory controller bound to it. */
export interface CgroupV1MemoryMount {
  mountPoint: string;
  /** Absolute path of memgate's own memory cgroup, or null where unknown. */
  ownCgroupPath: string | null;
}

/** The memory controller's cgroup mounts; at most one version has it. */
export interface CgroupMounts {
  v2: CgroupV2Mount | null;
  v1Memory: CgroupV1MemoryMount | null;
}

interface MountEntry {
  root: string;
  mountPoint: string;
  fsType: string;
  superOptions: string[];
}

/**
 * Finds the mounts that carry the memory controller. `fsRoot` prefixes every
 * path read, so that tests can point it at a fake tree.
 */
export async function detectCgroupMounts(fsRoot = ''): Promise<CgroupMounts> {
  const mountinfo = await readOptionalText(`${fsRoot}/proc/self/mountinfo`);
  const cgroupFile = await readOptionalText(`${fsRoot}/proc/self/cgroup`);
  const mounts = parseMountinfo(mountinfo ?? '');
  const own = parseProcCgroup(cgroupFile ?? '');
  return {
    v2: await findV2(mounts, own, fsRoot),
    v1Memory: findV1Memory(mounts, own, fsRoot),
  };
}

/** Parses /proc/self/mountinfo lines (see proc(5)). */
export function parseMountinfo(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const fields = left.split(' ');
    const [fsType, , superOptions] = right.split(' ');
    entries.push({
      root: unescapeMountField(fields[3] ?? ''),
      mountPoint: unescapeMountField(fields[4] ?? ''),
      fsType: fsType ?? '',
      superOptions: (superOptions ?? '').split(','),
    });
  }
  return entries;
}

/** Maps each controller list of /proc/self/cgroup (`0::` is v2's "") to its path. */
export function parseProcCgroup(text: string): Map<string, string> {
  const paths = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\d+:([^:]*):(.*)$/.exec(line);
    if (!match) continue;
    for (const controller of (match[1] ?? '').split(',')) {
      paths.set(controller, match[2] ?? '/');
    }
  }
  return paths;
}

async function findV2(
  mounts: MountEntry[],
  own: Map<string, string>,
  fsRoot: string,
): Promise<CgroupV2Mount | null> {
  for (const mount of mounts.filter((m) => m.fsType === 'cgroup2')) {
    const mountPoint = fsRoot + mount.mountPoint;
    const controllers = await readOptionalText(
      join(mountPoint, 'cgroup.controllers'),
    );
    if (!controllers?.split(/\s+/).includes('memory')) continue;
    const ownPath = own.get('') ?? '/';
    return { mountPoint, ownCgroup: relativeToRoot(ownPath, mount.root) };
  }
  return null;
}

function findV1Memory(
  mounts: MountEntry[],
  own: Map<string, string>,
  fsRoot: string,
): CgroupV1MemoryMount | null {
  const mount = mounts.find(
    (m) => m.fsType === 'cgroup' && m.superOptions.includes('memory'),
  );
  if (!mount) return null;
  const mountPoint = fsRoot + mount.mountPoint;
  const ownPath = own.get('memory');
  return {
    mountPoint,
    ownCgroupPath:
      ownPath === undefined
        ? null
        : join(mountPoint, relativeToRoot(ownPath, mount.root)),
  };
}

// A mount of a sub-tree (inside a container) shows paths below its root.
function relativeToRoot(path: string, root: string): string {
  if (root === '/' || !path.startsWith(root)) return path;
  return path.slice(root.length) || '/';
}

// mountinfo escapes space, tab, newline and backslash as octal.
function unescapeMountField(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) =>
    String.fromCharCode(parseInt(octal, 8)),
  );
}
