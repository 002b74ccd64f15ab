// The cleanup after a signal, on real cgroup v1 memory cgroups below this
// process's own cgroup. It lets no new cgroup or wrapper start afterwards,
// so it runs in a file of its own: vitest gives each file fresh modules.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectCgroupMounts } from '../../src/sandbox/detect.js';
import {
  destroyAllRuns,
  openSandbox,
  registerWrapper,
} from '../../src/sandbox/index.js';
import { isAlive, memgateChildren, waitFor } from './helpers.js';

const MiB = 1024 * 1024;
const mounts = await detectCgroupMounts();
const parent = mounts.v1Memory?.ownCgroupPath ?? null;
// Under CI a missing v1 memory cgroup is a broken machine, not a skip.
const skip = parent === null && !process.env.CI;

describe.skipIf(skip)('final cleanup after a signal', () => {
  it('waits for a cgroup being created and removes it', async () => {
    const sandbox = await openSandbox({ kind: 'cgroup-v1' });
    // The cleanup starts while the run's mkdir is under way, as when a
    // signal arrives during createRun.
    const creating = sandbox.createRun({ limitBytes: 64 * MiB, label: 'late' });
    const cleanup = destroyAllRuns({ final: true });
    // Setting the limit may fail once the cleanup removed the directory.
    await Promise.allSettled([creating]);
    await cleanup;

    expect(memgateChildren(parent!)).toEqual([]);
  });

  it('then rejects a new cgroup', async () => {
    const sandbox = await openSandbox({ kind: 'cgroup-v1' });
    await expect(
      sandbox.createRun({ limitBytes: 64 * MiB, label: 'after' }),
    ).rejects.toThrow(/stopping after a signal/);
    expect(memgateChildren(parent!)).toEqual([]);
  });

  it('then kills a new wrapper', async () => {
    const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
    registerWrapper(child);
    await waitFor(() => (isAlive(child.pid!) ? undefined : true), 5000);
    expect(isAlive(child.pid!)).toBe(false);
  });
});
