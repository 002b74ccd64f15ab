// What report mode renders from report files it cannot trust, and how it
// fits GitHub's size limits: the comment, the job summary and the check
// run, as the runner starts the action.
import { describe, expect, it } from 'vitest';
import {
  failFirstWorkload,
  fixtureReport,
  useReportRunner,
  type Json,
} from '../support/report-runner.js';

const hostileName =
  '<img src="https://evil.example/t.png"> @octocat [click](https://evil.example) #1 |x';

/** Returns `count` failing copies of the baseline's first workload. */
async function manyWorkloads(
  count: number,
  change: (workload: Json, index: number) => void,
): Promise<Json> {
  const report = await fixtureReport('baseline.json');
  const template = JSON.stringify(report.workloads[0]);
  report.workloads = Array.from({ length: count }, (_, index) => {
    const workload = JSON.parse(template);
    workload.name = `w${String(index).padStart(3, '0')}`;
    change(workload, index);
    return workload;
  });
  return report;
}

function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('action rendering', () => {
  const { harness, runOnPullRequest } = useReportRunner();

  it('rejects a hostile variable name', async () => {
    const report = await fixtureReport('shard-1-of-3.json');
    delete report.shard;
    report.environment.variables[hostileName] = '1';
    const result = await runOnPullRequest(60, [report]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toContain(
      '::error::Invalid report reports/report-1.json: environment.variables has the name',
    );
    expect(result.summary).toContain('memgate could not check memory');
    expect(result.summary).not.toContain('<img');
    expect(result.summary).not.toContain('@octocat');
  });

  it('missing stderrTail names the field', async () => {
    const report = failFirstWorkload(await fixtureReport('shard-1-of-3.json'), [
      'boom',
    ]);
    delete report.shard;
    delete report.workloads[0].runs[0].stderrTail;
    const result = await runOnPullRequest(61, [report]);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toContain(
      'workload "w1-parse" run 1 field stderrTail is missing',
    );
    expect(result.summary).toContain('reports/report-1.json');
  });

  it('shows stderr once, in the details', async () => {
    const stderr = ['Traceback (most recent call last):', 'MemoryError: x1'];
    const report = failFirstWorkload(
      await fixtureReport('shard-1-of-3.json'),
      stderr,
    );
    delete report.shard;
    await runOnPullRequest(62, [report]);
    const body = harness.server.commentsOf(62)[0]!.body;
    expect(countOf(body, 'MemoryError: x1')).toBe(1);
    const table = body.slice(0, body.indexOf('<details>'));
    expect(table).toContain('exited with code 3');
    expect(table).toContain('fail.py');
    expect(table).not.toContain('Traceback');
  });

  it('keeps the table of 40 failures', async () => {
    const report = await manyWorkloads(40, (workload, index) => {
      workload.outcome = 'failed';
      const run = workload.runs[0];
      run.outcome = 'failed';
      run.exitCode = 1;
      run.stderrTail = Array.from(
        { length: 6 },
        (_, line) => `w${index} line ${line} ${'e'.repeat(500)}`,
      );
      run.message = `exited with code 1: python3 x.py\nlast lines of stderr:\n${run.stderrTail.join('\n')}`;
      workload.message = run.message;
    });
    const result = await runOnPullRequest(63, [report], { baseline: 'none' });
    expect(result.outputs.verdict).toBe('error');
    const body = harness.server.commentsOf(63)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    for (const workload of report.workloads) {
      expect(body).toContain(`| ${workload.name} |`);
    }
    expect(body).not.toContain('is longer than GitHub');
  });

  it('cuts the job summary at 1 MiB of UTF-8', async () => {
    const report = await manyWorkloads(300, (workload, index) => {
      workload.name = `${String(index).padStart(3, '0')}${'内存'.repeat(500)}`;
    });
    const result = await runOnPullRequest(64, [report], {
      baseline: 'none',
      comment: 'never',
    });
    expect(result.exitCode).toBe(0);
    expect(Buffer.byteLength(result.summary, 'utf8')).toBeLessThanOrEqual(
      1024 * 1024,
    );
    expect(result.summary).toContain('left out to stay under the 1 MiB');
    expect(result.summary).toContain(`| 299${'内存'.repeat(500)} |`);
  });

  it('cuts the check run at the details', async () => {
    const report = await manyWorkloads(300, (workload) => {
      workload.command = ['python3', 'c'.repeat(1000)];
    });
    const result = await runOnPullRequest(65, [report], {
      baseline: 'none',
      comment: 'never',
      'check-name': 'memgate',
    });
    expect(result.exitCode).toBe(0);
    const output = harness.server.state.checkRuns.at(-1)!.output as {
      summary: string;
    };
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.summary).toContain('check run limit');
    expect(countOf(output.summary, '<details>')).toBe(
      countOf(output.summary, '</details>'),
    );
    expect(output.summary).toContain('| w299 |');
  });
});
