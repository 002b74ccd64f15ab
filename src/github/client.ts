import { getOctokit } from '@actions/github';

/** The REST client that @actions/github returns. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** A repository as owner and name. */
export interface RepositoryRef {
  owner: string;
  repo: string;
}

/**
 * Creates a REST client for `token` against GITHUB_API_URL, which is
 * https://api.github.com on github.com and the server's /api/v3 on GitHub
 * Enterprise Server.
 */
export function createClient(token: string): GitHubClient {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  return getOctokit(token, { baseUrl });
}

/** Returns the HTTP status of an Octokit request error, or undefined. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Tells whether a request failed because the token may not write, as the
 * read-only workflow token of a fork's pull_request run does (403
 * "Resource not accessible by integration").
 */
export function isPermissionError(error: unknown): boolean {
  return httpStatus(error) === 403;
}
