// The action measuring a real Python workload under a real cgroup, as the
// runner starts it: what the workload may see, input limits, outputs with
// a larger baseline, and the comment when nothing could be measured.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useActionHarness } from '../support/action-harness.js';
import {
  fixturePath,
  loadEvent,
  runAction,
  type ActionRunResult,
} from '../support/action-runner.js';

/** Writes the names of the workload's environment variables, one a line, to env.txt. */
const dumpEnvironment =
  'import os\nopen("env.txt", "w").write("\\n".join(sorted(os.environ)))\n';

describe('action measuring in run mode', () => {
  const harness = useActionHarness(
    async () => ({
      'dump_env.py': dumpEnvironment,
      'memgate-baseline.json': await readFile(
        fixturePath('reports/baseline.json'),
        'utf8',
      ),
    }),
    { command: '/usr/bin/python3 dump_env.py', limit: '256MiB' },
  );

  async function runOnPullRequest(
    number: number,
    inputs: Record<string, string>,
    environment: Record<string, string> = {},
  ): Promise<{ result: ActionRunResult; workspace: string }> {
    const workspace = await harness.repo.clone(harness.mainSha);
    const result = await runAction({
      bundle: harness.bundle,
      workspace,
      apiUrl: harness.server.url,
      eventName: 'pull_request',
      payload: await loadEvent('pull_request', {
        PR_NUMBER: number,
        HEAD_SHA: harness.mainSha,
        BASE_SHA: harness.mainSha,
        HEAD_REPOSITORY: 'octo/widgets',
      }),
      sha: harness.mainSha,
      ref: `refs/pull/${number}/merge`,
      inputs: { ...harness.defaults, ...inputs },
      environment,
    });
    return { result, workspace };
  }

  it('workload gets no action tokens', async () => {
    const { result, workspace } = await runOnPullRequest(
      70,
      { baseline: 'none', comment: 'never' },
      {
        ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
        ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
        ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results',
        ACTIONS_STEP_DEBUG: 'false',
      },
    );
    expect(result.outputs.verdict).toBe('passed');
    const names = (await readFile(path.join(workspace, 'env.txt'), 'utf8'))
      .split('\n')
      .filter(
        (name) => name.startsWith('ACTIONS_') || name.startsWith('INPUT_'),
      );
    expect(names).toEqual(['ACTIONS_STEP_DEBUG']);
  });

  it('rejects a timeout over the timer limit', async () => {
    const { result } = await runOnPullRequest(71, { timeout: '2147484' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toContain(
      '::error::Invalid input "timeout" "2147484"',
    );
  });

  it('sets peak-bytes beside other baselines', async () => {
    const { result } = await runOnPullRequest(72, {
      baseline: 'file',
      comment: 'never',
    });
    expect(result.outputs.verdict).toBe('passed');
    expect(Number(result.outputs['peak-bytes'])).toBeGreaterThan(1024 * 1024);
    expect(result.outputs['baseline-bytes']).toBe('');
  });

  it('failed measurement replaces the comment', async () => {
    const first = await runOnPullRequest(74, { baseline: 'none' });
    expect(first.result.outputs.verdict).toBe('passed');
    expect(harness.server.commentsOf(74)[0]!.body).toContain('passed');

    const { result } = await runOnPullRequest(74, {
      baseline: 'none',
      command: '/nonexistent/python3 dump_env.py',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    const comments = harness.server.commentsOf(74);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('nothing was measured');
    expect(comments[0]!.body).toContain('/nonexistent/python3');
    expect(comments[0]!.body).not.toContain('Memory check passed');
  });

  it('missing config names the input', async () => {
    const { result } = await runOnPullRequest(75, {
      command: '',
      config: 'nope.toml',
      comment: 'never',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('set the "config" input');
    expect(result.stdout).not.toContain('--config');
  });
});
