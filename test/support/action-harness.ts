// Shared set-up of the action tests: a fake GitHub server with the
// workflow token and a read-only one, the bundled action, and a git origin.
import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { bundleAction, readActionDefaults } from './action-runner.js';
import { createGitFixture, type GitFixture } from './git-fixture.js';
import { ACTIONS_BOT, FakeGitHub } from './github-server.js';

/** What a test file gets; the fields are set once beforeAll has run. */
export interface ActionHarness {
  server: FakeGitHub;
  bundle: string;
  repo: GitFixture;
  mainSha: string;
  /** Inputs as the runner passes them: action.yml defaults plus `inputs`. */
  defaults: Record<string, string>;
}

/**
 * Registers beforeAll, afterEach and afterAll hooks for one describe
 * block. Tokens: `workflow-token` can write, `read-token` cannot, and both
 * belong to github-actions[bot]. After each test the server must have seen
 * no request or response that breaks GitHub's REST description.
 */
export function useActionHarness(
  files: () => Promise<Record<string, string>>,
  inputs: Record<string, string> = {},
): ActionHarness {
  const harness = { server: new FakeGitHub('octo/widgets') } as ActionHarness;

  beforeAll(async () => {
    const { server } = harness;
    await server.start();
    server.addToken('workflow-token', {
      account: ACTIONS_BOT,
      write: true,
      readUser: false,
    });
    server.addToken('read-token', {
      account: ACTIONS_BOT,
      write: false,
      readUser: false,
    });
    harness.bundle = await bundleAction();
    harness.repo = await createGitFixture(await files());
    harness.mainSha = await harness.repo.git(
      ['rev-parse', 'main'],
      harness.repo.origin,
    );
    harness.defaults = {
      ...(await readActionDefaults('workflow-token')),
      ...inputs,
    };
  });

  afterEach(() => {
    expect(harness.server.problems.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await harness.server.close();
    await harness.repo?.remove();
    if (harness.bundle) {
      await rm(path.dirname(harness.bundle), { recursive: true, force: true });
    }
  });
  return harness;
}
