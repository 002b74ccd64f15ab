import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasurementError, UsageError } from '../../src/errors.js';
import { openSandbox } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/types.js';
import { fixtureSpec, measureQuietly, MiB } from './helpers.js';

// The real sandbox, with a count of the runs it was asked to create.
function countingSandbox(inner: Sandbox): Sandbox & { created: number } {
  const counting = {
    kind: inner.kind,
    cgroupVersion: inner.cgroupVersion,
    parentPath: inner.parentPath,
    warnings: inner.warnings,
    created: 0,
    createRun(options: Parameters<Sandbox['createRun']>[0]) {
      counting.created += 1;
      return inner.createRun(options);
    },
  };
  return counting;
}

let sandbox: Sandbox & { created: number };

beforeAll(async () => {
  sandbox = countingSandbox(await openSandbox({ kind: 'auto' }));
});

afterAll(() => {
  expect(sandbox.created).toBe(0);
});

describe('measureWorkloads input checks', () => {
  it('rejects a command not on PATH before any run', async () => {
    const spec = fixtureSpec('missing', 'allocate.py', []);
    spec.command = ['memgate-no-such-program', 'x'];
    const error = await measureQuietly([spec], { sandbox }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MeasurementError);
    expect((error as Error).message).toContain(
      'Command "memgate-no-such-program" not found on PATH',
    );
  });

  it('rejects a path that is not executable', async () => {
    const spec = fixtureSpec('not-executable', 'allocate.py', []);
    spec.command = ['./allocate.py'];
    const error = await measureQuietly([spec], { sandbox }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MeasurementError);
    expect((error as Error).message).toContain('not executable');
  });

  it('rejects a missing working directory', async () => {
    const spec = fixtureSpec('no-cwd', 'allocate.py', ['1'], {
      cwd: '/nonexistent/memgate-folder',
    });
    const error = await measureQuietly([spec], { sandbox }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('/nonexistent/memgate-folder');
  });

  it('checks every workload before running the first', async () => {
    const good = fixtureSpec('good', 'allocate.py', ['1', '0']);
    const bad = fixtureSpec('bad', 'allocate.py', []);
    bad.command = ['memgate-no-such-program'];
    await expect(measureQuietly([good, bad], { sandbox })).rejects.toThrow(
      MeasurementError,
    );
  });
});

describe('measure-only sandbox', () => {
  it('reports would exceed the limit, never an OOM kill', async () => {
    const measureOnly = await openSandbox({ kind: 'measure-only' });
    const spec = fixtureSpec('sampled', 'allocate.py', ['100', '0.5'], {
      limitBytes: 64 * MiB,
    });
    const report = await measureQuietly([spec], { sandbox: measureOnly });
    const workload = report.workloads[0]!;
    const run = workload.runs[0]!;
    expect(run.peakSource).toBe('sampled');
    expect(run.outcome).toBe('ok');
    expect(run.oomKills).toBe(0);
    expect(run.wouldExceedLimit).toBe(true);
    expect(run.message).toMatch(/^would exceed the limit/);
    expect(workload.message).toMatch(/^would exceed the limit/);
    expect(report.environment.sandbox).toBe('measure-only');
    expect(report.environment.warnings.length).toBeGreaterThan(0);
  });

  it('never reports a peak of 0', async () => {
    const measureOnly = await openSandbox({ kind: 'measure-only' });
    const spec = {
      ...fixtureSpec('quick', 'allocate.py', []),
      command: ['/bin/true'],
    };
    const report = await measureQuietly([spec], { sandbox: measureOnly });
    const run = report.workloads[0]!.runs[0]!;

    // /bin/true usually exits before the first sample; where a sample
    // caught it, the peak is its resident memory.
    if (run.peakBytes === null) {
      expect(run.message).toContain('ended before it could be sampled');
      expect(report.workloads[0]!.peakBytes).toBeNull();
    } else {
      expect(run.peakBytes).toBeGreaterThan(0);
    }
  });
});
