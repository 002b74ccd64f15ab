import type { GitHubClient, RepositoryRef } from './client.js';

/** GitHub's limit for a check run's output summary, in characters. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** A completed check run to create. */
export interface CheckRunRequest extends RepositoryRef {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown; longer text is cut to CHECK_SUMMARY_LIMIT. */
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
      summary: request.summary.slice(0, CHECK_SUMMARY_LIMIT),
    },
  });
  return data.html_url ?? '';
}
