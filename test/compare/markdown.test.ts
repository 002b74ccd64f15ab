import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare/compare.js';
import {
  escapeMarkdown,
  renderComparisonMarkdown,
  renderComparisonTable,
} from '../../src/compare/markdown.js';
import { MiB, makeReport, makeWorkload } from './reports.js';

describe('escapeMarkdown', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['raw HTML', '<img src=x onerror=alert(1)>', /<img/],
    ['an @-mention', 'ping @octocat', /@octocat/],
    ['a Markdown link', '[click](javascript:alert(1))', /\]\(/],
    ['a table pipe', 'a|b', /(^|[^\\])\|/],
    ['emphasis', '*bold* _it_', /(^|[^\\])\*/],
    ['an issue reference', 'fixes #12', /#12/],
    ['an autolink', 'see https://example.com', /https:\/\//],
    ['a line break', 'one\ntwo', /\n/],
    ['a code span', '`rm -rf`', /(^|[^\\])`/],
    ['a www autolink', 'see www.example.com', /www\.example/],
    ['inline math', '$\\color{red}{PWNED}$', /(^|[^\\])\$/],
    ['block math', '$$x$$', /(^|[^\\])\$/],
    ['a GH- reference', 'fixes GH-12', /GH-12/],
    [
      'a commit id',
      'see 0123456789abcdef0123456789abcdef01234567',
      /[0-9a-f]{7}/,
    ],
    ['a short commit id', 'see deadbee', /deadbee/],
    ['an ESC sequence', 'red \x1b[31mtext', /\x1b/],
    ['a C1 control', 'csi \x9b31m', /\x9b/],
    ['a NUL', 'a\x00b', /\x00/],
  ];
  it.each(cases)('neutralizes %s', (_name, input, forbidden) => {
    expect(escapeMarkdown(input)).not.toMatch(forbidden);
  });

  it('keeps plain words readable', () => {
    expect(escapeMarkdown('load model')).toBe('load model');
  });

  it('keeps hyphens, dots and plus signs as they are', () => {
    expect(escapeMarkdown('load-data v1.2+cpu')).toBe('load-data v1.2+cpu');
  });
});

describe('renderComparisonTable', () => {
  const baseline = makeReport([makeWorkload('train', [30 * MiB])]);
  const current = makeReport([
    makeWorkload('train', [90 * MiB]),
    makeWorkload('@evil <b>x</b>', [10 * MiB]),
  ]);
  const table = renderComparisonTable(compareReports(current, baseline));
  const lines = table.split('\n');

  it('has the six columns', () => {
    expect(lines[0]).toBe(
      '| Workload | Limit | Baseline peak | Current peak | Change | Verdict |',
    );
  });

  it('shows the change in MiB and percent', () => {
    expect(lines[2]).toBe(
      '| train | 512.0 MiB | 30.0 MiB | 90.0 MiB | +60.0 MiB (+200.0%) | 🔴 regressed |',
    );
  });

  it('escapes a workload name', () => {
    expect(lines[3]).toContain('@\u200devil &lt;b&gt;x&lt;/b&gt;');
    expect(lines[3]).toContain('🆕 new');
  });
});

describe('renderComparisonTable notes', () => {
  it('leaves memgate notes unescaped', () => {
    const current = makeReport([
      makeWorkload('a', [95 * MiB], { limitBytes: 100 * MiB }),
    ]);
    const table = renderComparisonTable(compareReports(current, null));
    expect(table).toContain(
      '- **a**: low headroom: peak is 95% of the 100.0 MiB limit',
    );
  });

  it('escapes the message of a failed run', () => {
    const current = makeReport([
      makeWorkload('a', [null], {
        outcome: 'failed',
        message: 'exited: \x1b[31m@team $x$',
      }),
    ]);
    const table = renderComparisonTable(compareReports(current, null));
    expect(table).not.toContain('\x1b');
    expect(table).toContain('@\u200dteam \\$x\\$');
  });

  it('shows environment differences once', () => {
    const workloads = ['a', 'b', 'c'].map((n) => makeWorkload(n, [10 * MiB]));
    const baseline = makeReport(workloads, {
      variables: { PYTHONMALLOC: 'malloc' },
    });
    const current = makeReport(workloads);
    const comparison = compareReports(current, baseline);
    const text = renderComparisonMarkdown(comparison);
    expect(text.split('PYTHONMALLOC')).toHaveLength(2);
    expect(text).toContain(
      '¹ The baseline was measured in a different environment: PYTHONMALLOC malloc → unset.',
    );
    expect(text).toContain('| a | 512.0 MiB | 10.0 MiB ¹ | 10.0 MiB |');
    for (const workload of comparison.workloads) {
      expect(workload.notes).toEqual([]);
      expect(workload.environmentDiffers).toBe(true);
    }
  });
});

describe('renderComparisonTable limits', () => {
  it('shows a different baseline limit next to the limit', () => {
    const baseline = makeReport([
      makeWorkload('a', [10 * MiB], { limitBytes: 256 * MiB }),
    ]);
    const current = makeReport([makeWorkload('a', [10 * MiB])]);
    const table = renderComparisonTable(compareReports(current, baseline));
    expect(table).toContain('| a | 512.0 MiB (baseline 256.0 MiB) |');
  });
});

describe('renderComparisonMarkdown', () => {
  it('says the numbers become the baseline when there is none', () => {
    const current = makeReport([makeWorkload('a', [10 * MiB])]);
    const text = renderComparisonMarkdown(compareReports(current, null));
    expect(text).toMatch(/Memory check passed/);
    expect(text).toMatch(
      /become the baseline once the default branch has them/,
    );
  });

  it('says nothing was measured for a failed workload', () => {
    const current = makeReport([
      makeWorkload('a', [null], {
        outcome: 'timeout',
        message: 'timed out after 60 s',
      }),
    ]);
    const text = renderComparisonMarkdown(compareReports(current, null));
    expect(text).toMatch(/nothing was measured/);
    expect(text).toContain('timed out after 60 s');
    expect(text).not.toMatch(/regress/);
  });

  it('first run with OOM kill fails', () => {
    const current = makeReport([
      makeWorkload('a', [10 * MiB]),
      makeWorkload('b', [20 * MiB], { outcome: 'oom-killed' }),
    ]);
    const comparison = compareReports(current, null);
    expect(comparison.gate).toBe('oom');
    const text = renderComparisonMarkdown(comparison);
    expect(text).toMatch(/^No baseline yet/m);
    expect(text).not.toMatch(/check passes/);
    expect(text).toContain('killed by the OOM killer');
  });

  it('first run with failed workload fails', () => {
    const current = makeReport([
      makeWorkload('a', [null], { outcome: 'failed' }),
    ]);
    const comparison = compareReports(current, null);
    expect(comparison.gate).toBe('error');
    const text = renderComparisonMarkdown(comparison);
    expect(text).not.toMatch(/check passes/);
    expect(text).toContain(
      'The check fails all the same, because a workload failed.',
    );
  });

  it('shows no current peak for a failed run', () => {
    const baseline = makeReport([makeWorkload('a', [10 * MiB])]);
    const current = makeReport([
      makeWorkload('a', [3 * MiB], { outcome: 'failed' }),
    ]);
    const table = renderComparisonTable(compareReports(current, baseline));
    const row = table.split('\n')[2]!;
    expect(row).toContain('| 10.0 MiB | — | — |');
    expect(row).not.toContain('3.0 MiB');
  });

  it('names a store branch that does not exist', () => {
    const current = makeReport([makeWorkload('a', [10 * MiB])]);
    const comparison = compareReports(current, null, {
      baseline: {
        store: 'branch',
        missingReason: 'branch "typo" does not exist on remote "origin" yet',
      },
    });
    const text = renderComparisonMarkdown(comparison);
    expect(text).toContain(
      'No baseline yet: branch "typo" does not exist on remote "origin" yet, so every workload',
    );
    expect(text).toContain('The check passes');
  });

  it('names the distance to the baseline commit', () => {
    const report = makeReport([makeWorkload('a', [10 * MiB])]);
    const comparison = compareReports(report, report, {
      baseline: {
        store: 'branch',
        commit: 'a'.repeat(40),
        mergeBase: 'b'.repeat(40),
        distance: 3,
      },
    });
    expect(renderComparisonMarkdown(comparison)).toMatch(
      /3 first-parent commits before the merge-base/,
    );
  });
});
