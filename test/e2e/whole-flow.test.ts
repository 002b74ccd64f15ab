// The whole flow on a real Python project: measure under a real cgroup,
// store the record in the baseline branch, measure a pull request from a
// depth-1 clone, select its baseline by merge-base and compare.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { GitBranchStore } from '../../src/baseline/branch-store.js';
import { selectBaseline } from '../../src/baseline/select.js';
import { compareReports } from '../../src/compare/compare.js';
import { renderComparisonTable } from '../../src/compare/markdown.js';
import type { WorkloadSpec } from '../../src/config/types.js';
import { measureWorkloads } from '../../src/measure/index.js';
import type { Report } from '../../src/report/types.js';
import { createSandbox, runGit, type Sandbox } from '../baseline/repos.js';

const MiB = 1024 * 1024;

/** Source of a workload that allocates `mib` MiB and writes to every page, so the kernel charges all of it. */
const workloadSource = (mib: number) => `SIZE_MIB = ${mib}
data = bytearray(SIZE_MIB * 1024 * 1024)
for offset in range(0, len(data), 4096):
    data[offset] = 1
`;

const discard = () =>
  new Writable({ write: (_chunk, _encoding, done) => done() });

/** Measures the project's workload in `cwd` under a real cgroup. */
function measure(cwd: string): Promise<Report> {
  const spec: WorkloadSpec = {
    name: 'allocate',
    command: ['/usr/bin/python3', 'workload.py'],
    limitBytes: 256 * MiB,
    repeat: 1,
    timeoutSeconds: 60,
    cwd,
    env: {},
  };
  return measureWorkloads([spec], {
    stdout: discard(),
    stderr: discard(),
    log: () => {},
    handleSignals: false,
  });
}

/** Commits the workload with `mib` MiB on the current branch and pushes it. */
async function commitWorkload(sandbox: Sandbox, mib: number, branch: string) {
  const sha = await sandbox.commit(sandbox.work, `Hold ${mib} MiB`, {
    'workload.py': workloadSource(mib),
  });
  await runGit(sandbox.work, ['push', '--quiet', 'origin', branch]);
  return sha;
}

/**
 * Stores the default branch's record, then measures a pull request from a
 * depth-1 clone and compares it with the baseline selected for it.
 */
async function runFlow(sandbox: Sandbox, baseMiB: number, headMiB: number) {
  const base = await commitWorkload(sandbox, baseMiB, 'main');
  const baseReport = await measure(sandbox.work);
  await new GitBranchStore({ cwd: sandbox.work }).write(base, baseReport);

  await runGit(sandbox.work, ['checkout', '--quiet', '-b', 'feature']);
  await commitWorkload(sandbox, headMiB, 'feature');
  const clone = await sandbox.clone(
    'pr',
    '--depth',
    '1',
    '--branch',
    'feature',
  );
  const current = await measure(clone);
  const store = new GitBranchStore({ cwd: clone });
  const selected = await selectBaseline(store, {
    cwd: clone,
    baseBranch: 'main',
    head: 'HEAD',
  });
  const comparison = compareReports(current, selected.report, {
    baseline: selected.info,
  });
  return { base, baseReport, current, selected, comparison };
}

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await createSandbox();
});
afterEach(async () => {
  await sandbox.cleanup();
});

describe('whole flow from measurement to verdict', () => {
  it('sees a 30 to 90 MiB growth as regressed', async () => {
    const flow = await runFlow(sandbox, 30, 90);
    expect(flow.baseReport.workloads[0]!.outcome).toBe('ok');
    expect(flow.current.workloads[0]!.outcome).toBe('ok');
    expect(flow.selected.info.commit).toBe(flow.base);
    expect(flow.selected.info.distance).toBe(0);

    const [workload] = flow.comparison.workloads;
    expect(workload!.verdict).toBe('regressed');
    // The kernel's peak includes the interpreter, so the change is about 60 MiB.
    expect(workload!.deltaBytes!).toBeGreaterThan(50 * MiB);
    expect(workload!.deltaBytes!).toBeLessThan(70 * MiB);
    expect(flow.comparison.gate).toBe('regressed');
    expect(renderComparisonTable(flow.comparison)).toContain('🔴 regressed');
  });

  it('sees a 90 to 30 MiB drop as improved', async () => {
    const flow = await runFlow(sandbox, 90, 30);
    const [workload] = flow.comparison.workloads;
    expect(workload!.verdict).toBe('improved');
    expect(workload!.deltaBytes!).toBeLessThan(-50 * MiB);
    expect(flow.comparison.gate).toBe('passed');
  });
});
