import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GitBranchStore } from '../../src/baseline/branch-store.js';
import { BaselineStoreError } from '../../src/baseline/errors.js';
import { parseReport } from '../../src/baseline/record.js';
import { main } from '../../src/commands/baseline.js';
import { main as compare } from '../../src/commands/compare.js';
import { UsageError } from '../../src/errors.js';
import { createSandbox, runGit, type Sandbox } from './repos.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '../../fixtures/reports', name);

let sandbox: Sandbox;
let messages: string;
const startDirectory = process.cwd();
beforeEach(async () => {
  sandbox = await createSandbox();
  messages = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    messages += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.chdir(startDirectory);
  await sandbox.cleanup();
});

describe('memgate baseline store and select', () => {
  it('stores a record and selects it for a pull request', async () => {
    const { work, commit } = sandbox;
    const base = await commit(work, 'Base');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    process.chdir(work);
    expect(await main(['store', '--report', fixture('baseline.json')])).toBe(0);
    expect(messages).toContain(`stored the baseline record for ${base}`);

    await runGit(work, ['checkout', '--quiet', '-b', 'feature']);
    await commit(work, 'Change');
    const output = join(sandbox.root, 'selected.json');
    const code = await main(['select', '--base', 'main', '--output', output]);
    expect(code).toBe(0);
    const { selection, ...selected } = JSON.parse(
      await readFile(output, 'utf8'),
    );
    const stored = JSON.parse(await readFile(fixture('baseline.json'), 'utf8'));
    expect(selected).toEqual(stored);
    expect(selection).toMatchObject({ found: true, commit: base, distance: 0 });
    expect(messages).toContain(
      `baseline of commit ${base}, 0 first-parent commits`,
    );
  });

  it('replaces the output when there is no baseline', async () => {
    process.chdir(sandbox.work);
    const output = join(sandbox.root, 'selected.json');
    await writeFile(output, await readFile(fixture('baseline.json')));
    expect(await main(['select', '--base', 'main', '--output', output])).toBe(
      0,
    );
    expect(messages).toContain(
      'no baseline: branch "memgate-baselines" does not exist on remote "origin" yet.',
    );
    expect(messages).toContain('check --branch and --remote for a typo');
    const selected = parseReport(await readFile(output, 'utf8'), output);
    expect(selected.workloads).toEqual([]);
    expect(selected.selection?.found).toBe(false);
    expect(selected.selection?.missingReason).toBe(
      'branch "memgate-baselines" does not exist on remote "origin" yet',
    );

    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    const args = ['--baseline', output, '--report', fixture('baseline.json')];
    expect(await compare(args)).toBe(0);
    expect(printed).toContain(
      'No baseline yet: branch "memgate-baselines" does not exist on remote "origin" yet, so every workload',
    );
    expect(printed).toContain('🆕 new');
  });

  it('names a missing record on an existing branch', async () => {
    const { work, commit } = sandbox;
    await commit(work, 'Recorded');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    process.chdir(work);
    expect(await main(['store', '--report', fixture('baseline.json')])).toBe(0);
    const unrecorded = await commit(work, 'Unrecorded');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);

    const output = join(sandbox.root, 'selected.json');
    const args = ['select', '--base', 'main', '--output', output];
    expect(await main([...args, '--max-distance', '0'])).toBe(0);
    expect(messages).toContain(
      `no baseline: branch "memgate-baselines" of remote "origin" has no record at merge-base ${unrecorded}`,
    );
    expect(messages).not.toContain('does not exist');
    const selected = parseReport(await readFile(output, 'utf8'), output);
    expect(selected.selection?.found).toBe(false);
    expect(selected.selection?.missingReason).toBeUndefined();
  });

  it('store rejects the no-baseline file', async () => {
    const { work, commit } = sandbox;
    await commit(work, 'Base');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    process.chdir(work);
    const output = join(sandbox.root, 'selected.json');
    expect(await main(['select', '--base', 'main', '--output', output])).toBe(
      0,
    );
    const failure = main(['store', '--report', output]);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(
      /is the "no baseline" file that `memgate baseline select` writes/,
    );
    const branches = await runGit(work, ['ls-remote', '--heads', 'origin']);
    expect(branches).not.toContain('memgate-baselines');
  });

  it('store rejects a report without workloads', async () => {
    const { work, commit } = sandbox;
    await commit(work, 'Base');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    process.chdir(work);
    const report = JSON.parse(await readFile(fixture('baseline.json'), 'utf8'));
    report.workloads = [];
    const file = join(sandbox.root, 'empty.json');
    await writeFile(file, JSON.stringify(report));
    const failure = main(['store', '--report', file]);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/has no workloads/);
    const branches = await runGit(work, ['ls-remote', '--heads', 'origin']);
    expect(branches).not.toContain('memgate-baselines');
  });

  it('carries the distance to memgate compare', async () => {
    const { work, commit } = sandbox;
    const recorded = await commit(work, 'Recorded');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    process.chdir(work);
    expect(await main(['store', '--report', fixture('baseline.json')])).toBe(0);
    await commit(work, 'Unrecorded');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);

    const output = join(sandbox.root, 'selected.json');
    expect(await main(['select', '--base', 'main', '--output', output])).toBe(
      0,
    );
    const selected = parseReport(await readFile(output, 'utf8'), output);
    expect(selected.selection).toMatchObject({ found: true, distance: 1 });
    expect(selected.selection?.commit).toBe(recorded);

    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    const args = ['--baseline', output, '--report', fixture('baseline.json')];
    expect(await compare(args)).toBe(0);
    expect(printed).toContain(
      `Baseline: ${recorded.slice(0, 12)}, 1 first-parent commit before the merge-base`,
    );
  });
});

describe('memgate baseline update', () => {
  it('measures the command into the baseline file', async () => {
    process.chdir(sandbox.work);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const file = join('baselines', 'memory.json');
    const code = await main([
      'update',
      '--file',
      file,
      '--name',
      'idle',
      '--limit',
      '128MiB',
      '--',
      '/usr/bin/python3',
      '-c',
      'pass',
    ]);
    expect(code).toBe(0);
    const text = await readFile(join(sandbox.work, file), 'utf8');
    const report = parseReport(text, file);
    expect(report.workloads[0]!.name).toBe('idle');
    expect(report.workloads[0]!.limitBytes).toBe(128 * 1024 * 1024);
    expect(report.workloads[0]!.peakBytes).toBeGreaterThan(0);
  });
});

describe('memgate baseline update after a failed run', () => {
  it('keeps the old baseline file', async () => {
    process.chdir(sandbox.work);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const file = join(sandbox.work, 'memgate-baseline.json');
    const old = await readFile(fixture('baseline.json'), 'utf8');
    await writeFile(file, old);
    const code = await main([
      'update',
      '--name',
      'oomy',
      '--limit',
      '64MiB',
      '--',
      '/usr/bin/python3',
      '-c',
      'x = bytearray(200 * 1024 * 1024)',
    ]);
    expect(code).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(old);
    expect(messages).toContain('workload "oomy" ended "oom-killed"');
    expect(messages).toContain('the baseline was not written');
    expect(await readdir(sandbox.work)).not.toContainEqual(
      expect.stringMatching(/\.tmp-/),
    );
  });
});

describe('memgate baseline revisions from the command line', () => {
  it('never passes --head to git as an option', async () => {
    process.chdir(sandbox.work);
    const marker = join(sandbox.root, 'upload-pack-ran');
    const failure = main([
      'select',
      '--base',
      'main',
      '--output',
      join(sandbox.root, 'selected.json'),
      `--head=--upload-pack=touch ${marker}`,
    ]);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/Invalid head commit "--upload-pack/);
    await expect(readFile(marker)).rejects.toThrow(/ENOENT/);
  });

  it('rejects a folder outside git', async () => {
    process.chdir(sandbox.root);
    const failure = main(['select', '--base', 'main', '--output', 'x.json']);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/is not inside a git repository/);
  });
});

describe('memgate baseline select default head', () => {
  /** A pull request checkout: GitHub's test merge of the head into main. */
  async function checkoutTestMerge() {
    const { work, commit } = sandbox;
    const mergeBase = await commit(work, 'Merge-base');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    await runGit(work, ['checkout', '--quiet', '-b', 'feature']);
    const head = await commit(work, 'Feature');
    await runGit(work, ['checkout', '--quiet', 'main']);
    const tip = await commit(work, 'Main moves on');
    await runGit(work, ['push', '--quiet', 'origin', 'main']);
    const store = new GitBranchStore({ cwd: work });
    const report = parseReport(
      await readFile(fixture('baseline.json'), 'utf8'),
      'baseline.json',
    );
    await store.write(mergeBase, report);
    await store.write(tip, report);
    await runGit(work, ['checkout', '--quiet', '--detach', tip]);
    await runGit(work, ['merge', '--quiet', '--no-edit', head]);
    return { mergeBase, head, tip };
  }

  const selectedCommit = async (output: string) =>
    parseReport(await readFile(output, 'utf8'), output).selection?.commit;

  it('uses the pull request head of the event', async () => {
    const { mergeBase, head } = await checkoutTestMerge();
    const event = join(sandbox.root, 'event.json');
    await writeFile(
      event,
      JSON.stringify({ pull_request: { head: { sha: head } } }),
    );
    vi.stubEnv('GITHUB_EVENT_PATH', event);
    process.chdir(sandbox.work);
    const output = join(sandbox.root, 'selected.json');
    expect(await main(['select', '--base', 'main', '--output', output])).toBe(
      0,
    );
    expect(await selectedCommit(output)).toBe(mergeBase);
    expect(messages).toContain(`head ${head}: pull_request.head.sha`);
  });

  it('names a merge commit HEAD', async () => {
    const { tip } = await checkoutTestMerge();
    vi.stubEnv('GITHUB_EVENT_PATH', '');
    process.chdir(sandbox.work);
    const output = join(sandbox.root, 'selected.json');
    expect(await main(['select', '--base', 'main', '--output', output])).toBe(
      0,
    );
    expect(await selectedCommit(output)).toBe(tip);
    expect(messages).toMatch(/HEAD [0-9a-f]{40} is a merge commit/);
    expect(messages).toContain('pass --head');
  });
});

describe('memgate baseline git failures', () => {
  it('reports an unreachable remote as a store error', async () => {
    process.chdir(sandbox.work);
    await runGit(sandbox.work, [
      'remote',
      'set-url',
      'origin',
      join(sandbox.root, 'gone.git'),
    ]);
    const failure = main(['store', '--report', fixture('baseline.json')]);
    await expect(failure).rejects.toBeInstanceOf(BaselineStoreError);
    await expect(failure).rejects.toThrow(/git fetch .* failed/);
  });
});

describe('memgate baseline usage errors', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown subcommand', ['show'], /Unknown subcommand "baseline show"/],
    [
      'invalid commit',
      ['store', '--report', fixture('baseline.json'), '--commit', 'nope'],
      /Invalid --commit "nope"/,
    ],
    ['missing report', ['store'], /Missing --report/],
    [
      'invalid keep',
      ['store', '--report', fixture('baseline.json'), '--keep', '0'],
      /Invalid --keep "0"/,
    ],
    [
      'invalid store kind',
      ['select', '--base', 'main', '--output', 'x', '--store', 's3'],
      /Invalid --store "s3"/,
    ],
    [
      'report in update',
      ['update', '--report', 'x.json'],
      /use --file FILE in place of --report/,
    ],
    ['file without value', ['update', '--file'], /Missing value of --file/],
    [
      'invalid branch',
      ['store', '--report', fixture('baseline.json'), '--branch', 'bad..name'],
      /Invalid --branch "bad\.\.name"/,
    ],
    [
      'branch with a space',
      ['select', '--base', 'main', '--output', 'x', '--branch', 'a b'],
      /Invalid --branch "a b"/,
    ],
    [
      'invalid base branch',
      ['select', '--base', 'bad..name', '--output', 'x'],
      /Invalid base branch "bad\.\.name"/,
    ],
    [
      'option as commit',
      ['store', '--report', fixture('baseline.json'), '--commit=--all'],
      /Invalid --commit "--all"/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    process.chdir(sandbox.work);
    const failure = main(args);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
  });
});
