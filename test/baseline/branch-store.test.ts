import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { execa } from 'execa';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GitBranchStore, recordPath } from '../../src/baseline/branch-store.js';
import { BaselineStoreError } from '../../src/baseline/errors.js';
import type { Report } from '../../src/report/types.js';
import { MiB, makeReport, makeWorkload } from '../compare/reports.js';
import { createSandbox, identity, runGit, type Sandbox } from './repos.js';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.cleanup();
});

const fakeCommit = () => randomBytes(20).toString('hex');
const reportWithPeak = (mib: number) =>
  makeReport([makeWorkload('train', [mib * MiB])]);

describe('GitBranchStore write and read', () => {
  it('reads a record back from another clone', async () => {
    const commit = fakeCommit();
    await new GitBranchStore({ cwd: sandbox.work }).write(
      commit,
      reportWithPeak(30),
    );

    const other = await sandbox.clone('other', '--depth', '1');
    const store = new GitBranchStore({ cwd: other });
    const report = await store.read(commit);
    expect(report?.workloads[0]?.peakBytes).toBe(30 * MiB);
    expect(await store.listCommits()).toEqual([commit]);
    expect(await store.read(fakeCommit())).toBeNull();
  });

  it('stores one file per commit under records/', async () => {
    const commit = fakeCommit();
    const result = await new GitBranchStore({ cwd: sandbox.work }).write(
      commit,
      reportWithPeak(1),
    );
    expect(result.path).toBe(`records/${commit.slice(0, 2)}/${commit}.json`);
    const files = await runGit(sandbox.remote, [
      'ls-tree',
      '-r',
      '--name-only',
      'memgate-baselines',
    ]);
    expect(files).toBe(result.path);
  });

  it('treats a missing branch as an empty store', async () => {
    const store = new GitBranchStore({
      cwd: sandbox.work,
      branch: 'no-such-branch',
    });
    expect(await store.read(fakeCommit())).toBeNull();
    expect(await store.listCommits()).toEqual([]);
  });

  it('leaves the working tree, index and branch alone', async () => {
    await writeFile(join(sandbox.work, 'staged.txt'), 'staged\n');
    await runGit(sandbox.work, ['add', 'staged.txt']);
    await writeFile(join(sandbox.work, 'untracked.txt'), 'untracked\n');
    const before = await runGit(sandbox.work, ['status', '--porcelain']);
    const head = await runGit(sandbox.work, ['rev-parse', 'HEAD']);

    await new GitBranchStore({ cwd: sandbox.work }).write(
      fakeCommit(),
      reportWithPeak(1),
    );
    expect(await runGit(sandbox.work, ['status', '--porcelain'])).toBe(before);
    expect(await runGit(sandbox.work, ['rev-parse', 'HEAD'])).toBe(head);
    expect(await runGit(sandbox.work, ['symbolic-ref', 'HEAD'])).toBe(
      'refs/heads/main',
    );
  });

  it('rejects an abbreviated commit id', async () => {
    const store = new GitBranchStore({ cwd: sandbox.work });
    await expect(store.write('abc123', reportWithPeak(1))).rejects.toThrow(
      /Invalid commit "abc123"/,
    );
  });
});

describe('GitBranchStore pruning', () => {
  it('keeps unknown commits by write order', async () => {
    const store = new GitBranchStore({ cwd: sandbox.work, keep: 3 });
    const commits = Array.from({ length: 5 }, fakeCommit);
    const results = [];
    for (const commit of commits)
      results.push(await store.write(commit, reportWithPeak(1)));

    expect((await store.listCommits()).sort()).toEqual(commits.slice(2).sort());
    expect(results[3]!.pruned).toEqual([recordPath(commits[0]!)]);
    expect(results[4]!.pruned).toEqual([recordPath(commits[1]!)]);
  });

  it('never prunes the newest record', async () => {
    const store = new GitBranchStore({ cwd: sandbox.work, keep: 1 });
    const first = fakeCommit();
    const second = fakeCommit();
    await store.write(first, reportWithPeak(1));
    await store.write(second, reportWithPeak(2));
    expect(await store.listCommits()).toEqual([second]);
  });

  it('prunes by recorded commit date', async () => {
    const { work } = sandbox;
    const commits: string[] = [];
    for (let day = 1; day <= 5; day += 1) {
      const date = `2026-01-0${day}T12:00:00Z`;
      await execa(
        'git',
        ['commit', '--quiet', '--allow-empty', '-m', `Day ${day}`],
        {
          cwd: work,
          env: { ...identity, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        },
      );
      commits.push(await runGit(work, ['rev-parse', 'HEAD']));
    }
    const store = new GitBranchStore({ cwd: work, keep: 3 });
    for (const commit of commits.slice(1)) {
      await store.write(commit, reportWithPeak(1));
    }
    expect((await store.listCommits()).sort()).toEqual(commits.slice(2).sort());

    // Backfilling the oldest commit keeps it and every newer record.
    const backfill = await store.write(commits[0]!, reportWithPeak(1));
    expect(backfill.pruned).toEqual([]);
    const kept = [commits[0]!, ...commits.slice(2)];
    expect((await store.listCommits()).sort()).toEqual(kept.sort());

    // The next newer record prunes the oldest one, not the newest.
    const later = await store.write(fakeCommit(), reportWithPeak(1));
    expect([...later.pruned].sort()).toEqual(
      [recordPath(commits[0]!), recordPath(commits[2]!)].sort(),
    );
  });

  it('rejects keeping zero records', () => {
    expect(() => new GitBranchStore({ cwd: sandbox.work, keep: 0 })).toThrow(
      /records to keep "0"/,
    );
  });
});

describe('GitBranchStore bad records', () => {
  it('explains a record from a newer memgate', async () => {
    const commit = fakeCommit();
    const future = {
      ...reportWithPeak(1),
      schemaVersion: 2,
      memgateVersion: '9.0.0',
    };
    await new GitBranchStore({ cwd: sandbox.work }).write(
      commit,
      future as unknown as Report,
    );

    const reader = new GitBranchStore({ cwd: await sandbox.clone('reader') });
    await expect(reader.read(commit)).rejects.toThrow(
      /written by memgate 9\.0\.0 with schema 2; this memgate \(.*\) reads up to schema 1\. Upgrade memgate/,
    );
  });

  it('names the commit and path of a corrupt record and keeps it', async () => {
    const commit = fakeCommit();
    await new GitBranchStore({ cwd: sandbox.work }).write(
      commit,
      reportWithPeak(1),
    );
    const editor = await sandbox.clone(
      'editor',
      '--branch',
      'memgate-baselines',
    );
    await sandbox.commit(editor, 'Break the record', {
      [recordPath(commit)]: '{"schemaVersion": 1, ',
    });
    await runGit(editor, ['push', '--quiet', 'origin', 'memgate-baselines']);
    const tipBefore = await runGit(sandbox.remote, [
      'rev-parse',
      'memgate-baselines',
    ]);

    const reader = new GitBranchStore({ cwd: await sandbox.clone('reader') });
    const failure = reader.read(commit);
    await expect(failure).rejects.toThrow(
      `Corrupt report in the baseline record for commit ${commit} (${recordPath(commit)} in branch memgate-baselines)`,
    );
    expect(
      await runGit(sandbox.remote, ['rev-parse', 'memgate-baselines']),
    ).toBe(tipBefore);
    const stored = await runGit(sandbox.remote, [
      'show',
      `memgate-baselines:${recordPath(commit)}`,
    ]);
    expect(stored).toBe('{"schemaVersion": 1,');
  });
});

describe('GitBranchStore push rejections', () => {
  it('fails at once on a declined push', async () => {
    const counter = join(sandbox.root, 'hook-calls');
    const hook = join(sandbox.remote, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      `#!/bin/sh\necho call >> ${counter}\necho "GH006: Protected branch update failed." >&2\nexit 1\n`,
      { mode: 0o755 },
    );
    const failure = new GitBranchStore({ cwd: sandbox.work }).write(
      fakeCommit(),
      reportWithPeak(1),
    );
    await expect(failure).rejects.toBeInstanceOf(BaselineStoreError);
    await expect(failure).rejects.toThrow(/GH006: Protected branch/);
    await expect(failure).rejects.not.toThrow(/at the same time/);
    expect(await readFile(counter, 'utf8')).toBe('call\n');
  });

  it('runs no pre-push hook of the clone', async () => {
    const marker = join(sandbox.root, 'pre-push-ran');
    await writeFile(
      join(sandbox.work, '.git', 'hooks', 'pre-push'),
      `#!/bin/sh\ntouch ${marker}\nexit 1\n`,
      { mode: 0o755 },
    );
    const commit = fakeCommit();
    await new GitBranchStore({ cwd: sandbox.work }).write(
      commit,
      reportWithPeak(1),
    );
    await expect(readFile(marker)).rejects.toThrow(/ENOENT/);
    const reader = new GitBranchStore({ cwd: await sandbox.clone('reader') });
    expect(await reader.listCommits()).toEqual([commit]);
  });
});

describe('GitBranchStore concurrent writers', () => {
  it('loses no record among writers in one clone', async () => {
    const commits = Array.from({ length: 10 }, fakeCommit);
    await Promise.all(
      commits.map((commit, i) =>
        new GitBranchStore({ cwd: sandbox.work, maxAttempts: 30 }).write(
          commit,
          reportWithPeak(i + 1),
        ),
      ),
    );
    const reader = new GitBranchStore({ cwd: await sandbox.clone('reader') });
    expect((await reader.listCommits()).sort()).toEqual([...commits].sort());
    const refs = await runGit(sandbox.work, ['for-each-ref', 'refs/memgate']);
    expect(refs).toBe('');
  });

  it('loses no record among ten writers', async () => {
    const writers = 10;
    const clones = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        sandbox.clone(`writer-${i}`, '--depth', '1'),
      ),
    );
    const commits = clones.map(() => fakeCommit());
    const results = await Promise.all(
      clones.map((cwd, i) =>
        new GitBranchStore({ cwd, maxAttempts: 30 }).write(
          commits[i]!,
          reportWithPeak(i + 1),
        ),
      ),
    );

    const reader = new GitBranchStore({ cwd: await sandbox.clone('reader') });
    expect((await reader.listCommits()).sort()).toEqual([...commits].sort());
    for (const [i, commit] of commits.entries()) {
      const report = await reader.read(commit);
      expect(report?.workloads[0]?.peakBytes).toBe((i + 1) * MiB);
    }
    // At least one writer had to fetch and re-apply after a rejected push.
    expect(Math.max(...results.map((r) => r.attempts))).toBeGreaterThan(1);
  });
});
