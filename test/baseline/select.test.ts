import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitBranchStore } from '../../src/baseline/branch-store.js';
import { FileStore } from '../../src/baseline/file-store.js';
import { selectBaseline } from '../../src/baseline/select.js';
import { serializeReport } from '../../src/baseline/record.js';
import { MiB, makeReport, makeWorkload } from '../compare/reports.js';
import { createSandbox, runGit, type Sandbox } from './repos.js';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.cleanup();
});

const reportWithPeak = (mib: number) =>
  makeReport([makeWorkload('train', [mib * MiB])]);

/**
 * Builds main: I - A - B - C - M - F, where M merges side branch S1 - S2
 * (forked from B) with C as its first parent, and a feature branch forked
 * from M with two commits. Returns the shas.
 */
async function buildHistory() {
  const { work, commit } = sandbox;
  const a = await commit(work, 'A');
  const b = await commit(work, 'B');
  await runGit(work, ['checkout', '--quiet', '-b', 'side']);
  const s1 = await commit(work, 'S1');
  const s2 = await commit(work, 'S2');
  await runGit(work, ['checkout', '--quiet', 'main']);
  const c = await commit(work, 'C');
  await runGit(work, ['merge', '--quiet', '--no-ff', '-m', 'M', 'side']);
  const m = await runGit(work, ['rev-parse', 'HEAD']);
  await runGit(work, ['checkout', '--quiet', '-b', 'feature']);
  await commit(work, 'D');
  const head = await commit(work, 'E');
  await runGit(work, ['checkout', '--quiet', 'main']);
  const f = await commit(work, 'F');
  await runGit(work, ['push', '--quiet', 'origin', 'main', 'feature', 'side']);
  return { a, b, c, m, f, s1, s2, head };
}

describe('selectBaseline with the branch store', () => {
  it('takes the record of the merge-base', async () => {
    const history = await buildHistory();
    const store = new GitBranchStore({ cwd: sandbox.work });
    await store.write(history.m, reportWithPeak(40));
    await store.write(history.f, reportWithPeak(99));

    const selected = await selectBaseline(store, {
      cwd: sandbox.work,
      baseBranch: 'main',
      head: history.head,
    });
    expect(selected.info).toEqual({
      store: 'branch',
      commit: history.m,
      mergeBase: history.m,
      distance: 0,
    });
    expect(selected.report?.workloads[0]?.peakBytes).toBe(40 * MiB);
  });

  it('walks first parents past a merge', async () => {
    const history = await buildHistory();
    const store = new GitBranchStore({ cwd: sandbox.work });
    await store.write(history.s2, reportWithPeak(20));
    await store.write(history.b, reportWithPeak(10));

    const selected = await selectBaseline(store, {
      cwd: sandbox.work,
      baseBranch: 'main',
      head: history.head,
    });
    // M -> C -> B: S2 is a second parent, so it is skipped.
    expect(selected.info.commit).toBe(history.b);
    expect(selected.info.distance).toBe(2);
  });

  it('stops at the maximum distance', async () => {
    const history = await buildHistory();
    const store = new GitBranchStore({ cwd: sandbox.work });
    await store.write(history.a, reportWithPeak(10));

    const options = {
      cwd: sandbox.work,
      baseBranch: 'main',
      head: history.head,
    };
    const far = await selectBaseline(store, { ...options, maxDistance: 3 });
    expect(far.info.distance).toBe(3);
    const near = await selectBaseline(store, { ...options, maxDistance: 2 });
    expect(near.report).toBeNull();
    expect(near.info).toEqual({ store: 'branch', mergeBase: history.m });
  });

  it('works from a depth-1 clone of the head', async () => {
    const history = await buildHistory();
    await new GitBranchStore({ cwd: sandbox.work }).write(
      history.b,
      reportWithPeak(10),
    );

    const shallow = await sandbox.clone(
      'shallow',
      '--depth',
      '1',
      '--branch',
      'feature',
    );
    expect(
      await runGit(shallow, ['rev-parse', '--is-shallow-repository']),
    ).toBe('true');
    const store = new GitBranchStore({ cwd: shallow });
    const selected = await selectBaseline(store, {
      cwd: shallow,
      baseBranch: 'main',
      head: 'HEAD',
    });
    expect(selected.info.mergeBase).toBe(history.m);
    expect(selected.info.commit).toBe(history.b);
    expect(selected.report?.workloads[0]?.peakBytes).toBe(10 * MiB);
  });

  it('deepens past more than fifty commits', async () => {
    const { work, commit } = sandbox;
    const base = await commit(work, 'base');
    await runGit(work, ['checkout', '--quiet', '-b', 'feature']);
    for (let i = 0; i < 60; i += 1) await commit(work, `feature ${i}`);
    await runGit(work, ['push', '--quiet', 'origin', 'main', 'feature']);
    await new GitBranchStore({ cwd: work }).write(base, reportWithPeak(5));

    const shallow = await sandbox.clone(
      'shallow',
      '--depth',
      '1',
      '--branch',
      'feature',
    );
    const store = new GitBranchStore({ cwd: shallow });
    const selected = await selectBaseline(store, {
      cwd: shallow,
      baseBranch: 'main',
      head: 'HEAD',
    });
    expect(selected.info.commit).toBe(base);
  });

  it('deepens to walk ancestors past the fetched depth', async () => {
    const { work, commit } = sandbox;
    const main: string[] = [];
    for (let i = 0; i < 200; i += 1) main.push(await commit(work, `main ${i}`));
    await runGit(work, ['checkout', '--quiet', '-b', 'feature']);
    await commit(work, 'feature');
    await runGit(work, ['checkout', '--quiet', 'main']);
    for (let i = 200; i < 210; i += 1) await commit(work, `main ${i}`);
    await runGit(work, ['push', '--quiet', 'origin', 'main', 'feature']);
    await new GitBranchStore({ cwd: work }).write(
      main[100]!,
      reportWithPeak(5),
    );

    // Finding the merge-base fetches main 110 to main 209; the walk to
    // main 100 has to deepen again.
    const shallow = await sandbox.clone(
      'shallow',
      '--depth',
      '1',
      '--branch',
      'feature',
    );
    const store = new GitBranchStore({ cwd: shallow });
    const selected = await selectBaseline(store, {
      cwd: shallow,
      baseBranch: 'main',
      head: 'HEAD',
      maxDistance: 100,
    });
    expect(selected.info.mergeBase).toBe(main[199]);
    expect(selected.info.commit).toBe(main[100]);
    expect(selected.info.distance).toBe(99);
  });

  it('rejects an unknown base branch', async () => {
    const store = new GitBranchStore({ cwd: sandbox.work });
    const options = { cwd: sandbox.work, baseBranch: 'nope', head: 'HEAD' };
    await expect(selectBaseline(store, options)).rejects.toThrow(
      /Base branch "nope" was not found/,
    );
  });
});

describe('selectBaseline with the file store', () => {
  it('reads the file as it is at the merge-base', async () => {
    const { work, commit } = sandbox;
    const path = 'memgate-baseline.json';
    const base = await commit(work, 'Add baseline', {
      [path]: serializeReport(reportWithPeak(30)),
    });
    await runGit(work, ['checkout', '--quiet', '-b', 'feature']);
    // The pull request changes the file: the baseline must still be the base's.
    const head = await commit(work, 'Change baseline', {
      [path]: serializeReport(reportWithPeak(90)),
    });
    await runGit(work, ['checkout', '--quiet', 'main']);
    await commit(work, 'Later main', {
      [path]: serializeReport(reportWithPeak(60)),
    });
    await runGit(work, ['push', '--quiet', 'origin', 'main', 'feature']);

    const shallow = await sandbox.clone(
      'shallow',
      '--depth',
      '1',
      '--branch',
      'feature',
    );
    const selected = await selectBaseline(new FileStore({ cwd: shallow }), {
      cwd: shallow,
      baseBranch: 'main',
      head,
    });
    expect(selected.info).toEqual({
      store: 'file',
      commit: base,
      mergeBase: base,
      distance: 0,
    });
    expect(selected.report?.workloads[0]?.peakBytes).toBe(30 * MiB);
  });

  it('finds no baseline before the file exists', async () => {
    const head = await sandbox.commit(sandbox.work, 'No file yet');
    await runGit(sandbox.work, ['push', '--quiet', 'origin', 'main']);
    const store = new FileStore({ cwd: sandbox.work });
    const selected = await selectBaseline(store, {
      cwd: sandbox.work,
      baseBranch: 'main',
      head,
    });
    expect(selected.report).toBeNull();
  });
});
