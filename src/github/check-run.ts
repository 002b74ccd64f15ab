import type { GitHubClient, RepositoryRef } from './client.js';

/** A completed check run to create. */
export interface CheckRunRequest extends RepositoryRef {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown of at most 65,535 characters, as renderCheckRunSummary writes it. */
  summary: string;
}

/** Creates a completed check run and returns its URL. */
export async function createCheckRun(
  octokit: GitHubClient,
  request: CheckRunRequest,
): Promise<string> {
  const { data } = await octokit.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: request.conclusion,
    output: {
      title: request.title,
      summary: request.summary,
    },
  });
  return data.html_url ?? '';
}
