// The measure-only sandbox with real Python processes: no cgroup, sampled RSS.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MeasureOnlySandbox } from '../../src/sandbox/measure-only.js';
import { PYTHON, isAlive, startWrapped, waitFor } from './helpers.js';

const MiB = 1024 * 1024;
const fixture = (name: string): string =>
  join(import.meta.dirname, '../../fixtures', name);

describe('measure-only sandbox', () => {
  it('warns that the limit is not enforced', () => {
    const sandbox = new MeasureOnlySandbox(['no cgroup here']);
    expect(sandbox.kind).toBe('measure-only');
    expect(sandbox.cgroupVersion).toBeNull();
    expect(sandbox.parentPath).toBeNull();
    expect(sandbox.limitEnforced).toBe(false);
    expect(sandbox.warnings[0]).toMatch(/NOT enforced/);
    expect(sandbox.warnings).toContain('no cgroup here');
  });

  it('samples the tree and keeps the peak', async () => {
    const run = await new MeasureOnlySandbox().createRun({
      limitBytes: 16 * MiB,
      label: 'sampled',
    });
    expect(run.path).toBeNull();
    const command = [PYTHON, fixture('sandbox-alloc.py'), '50', '30'];
    expect(run.wrap(command)).toEqual(command);
    const { finished, stdoutSoFar } = startWrapped(run, command);
    await waitFor(() =>
      stdoutSoFar().includes('allocated') ? true : undefined,
    );

    const sample = await run.sample();
    expect(sample.anonBytes).toBeGreaterThanOrEqual(50 * MiB);
    expect(sample.usageBytes).toBe(sample.anonBytes + sample.fileBytes);
    const peak = await run.readPeak();
    expect(peak.source).toBe('sampled');
    // The limit is not enforced: the sampled peak passes it.
    expect(peak.bytes).toBeGreaterThan(16 * MiB);
    expect(await run.readOomKills()).toBe(0);

    await run.destroy();
    expect((await finished).signal).toBe('SIGKILL');
  });

  it('marks a peak never sampled', async () => {
    const run = await new MeasureOnlySandbox().createRun({
      limitBytes: 16 * MiB,
      label: 'ended',
    });
    // Attached only after it exited, so no sample can find it.
    const { child, finished } = startWrapped(run, ['/bin/true']);
    await finished;
    run.attach(child.pid as number);
    await run.sample();
    const peak = await run.readPeak();

    expect(peak.unsampled).toBe(true);
    await run.destroy();
  });

  it('counts children and kills orphans', async () => {
    const run = await new MeasureOnlySandbox().createRun({
      limitBytes: 64 * MiB,
      label: 'tree',
    });
    // The shell starts two children, then exits, orphaning them.
    const script = `${PYTHON} '${fixture('sandbox-alloc.py')}' 20 3600 & ${PYTHON} '${fixture('sandbox-alloc.py')}' 20 3600 & wait`;
    const { child, finished, stdoutSoFar } = startWrapped(run, [
      '/bin/sh',
      '-c',
      script,
    ]);
    await waitFor(() =>
      stdoutSoFar().split('allocated').length === 3 ? true : undefined,
    );
    const sample = await run.sample();
    expect(sample.anonBytes).toBeGreaterThanOrEqual(40 * MiB);

    const children = await waitFor(() => {
      const pids = childPids(child.pid as number);
      return pids.length === 2 ? pids : undefined;
    });
    process.kill(child.pid as number, 'SIGKILL');
    await waitFor(() => (isAlive(child.pid as number) ? undefined : true));
    for (const pid of children) expect(isAlive(pid)).toBe(true);

    await run.killAll();
    // The orphans held the pipes open, so the streams close only now.
    expect((await finished).signal).toBe('SIGKILL');
    for (const pid of children) {
      await waitFor(() => (isAlive(pid) ? undefined : true));
    }
    await run.destroy();
  });
});

function childPids(parent: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return (
          Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}
