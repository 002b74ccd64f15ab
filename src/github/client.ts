import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { RequestFailedError, retryingFetch } from './retry.js';

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
 * Enterprise Server. Every request has a timeout, and server errors, rate
 * limits and network errors are retried a few times with backoff.
 */
export function createClient(token: string): GitHubClient {
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  // The default fetch of @actions/github honours the runner's proxy settings.
  const proxyFetch = (defaults.request?.fetch as typeof fetch) ?? fetch;
  return getOctokit(token, {
    baseUrl,
    request: { fetch: retryingFetch(proxyFetch) },
  });
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

/**
 * Describes a failed request for a warning: status, method and path, the
 * message, and for a 401 that the `github-token` input is invalid.
 */
export function describeRequestError(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof RequestFailedError) return cause.message;
  const message = error instanceof Error ? error.message : String(error);
  const request = (error as { request?: { method?: string; url?: string } })
    ?.request;
  const endpoint = request?.url
    ? ` from ${request.method ?? 'GET'} ${new URL(request.url).pathname}`
    : '';
  const status = httpStatus(error);
  if (status === 401) {
    return `GitHub rejected the token with 401${endpoint} (${message}): the "github-token" input is invalid or expired. Pass \${{ github.token }} or a valid token.`;
  }
  const got = status === undefined ? 'the request failed' : `status ${status}`;
  return `GitHub returned ${got}${endpoint}: ${message}`;
}
