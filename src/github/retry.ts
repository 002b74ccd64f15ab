import * as core from '@actions/core';

/** Time limit of one request attempt, unless MEMGATE_GITHUB_TIMEOUT_MS is set. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Attempts per request: the first and two retries. */
export const MAX_ATTEMPTS = 3;

/** Maximum wait before one retry. A longer wait that GitHub requests ends the retries at once. */
export const MAX_WAIT_MS = 60_000;

/** Maximum total wait between the attempts of one request, below two full waits. */
export const RETRY_BUDGET_MS = 90_000;

/**
 * Wait after a rate-limit response that names no time. GitHub's REST
 * documentation advises waiting at least one minute then:
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 */
const RATE_LIMIT_WAIT_MS = 60_000;

/** Replaceable clock and sleep, so that tests can record the waits. */
export interface RetryClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

const realClock: RetryClock = { now: () => Date.now(), sleep };

/**
 * Returns a fetch that gives each attempt a timeout and retries 5xx,
 * timeouts and network errors with exponential backoff (1 s, then 2 s), and
 * rate limits (429, or 403 with `x-ratelimit-remaining: 0` or `Retry-After`)
 * after the time GitHub requests. A wait longer than MAX_WAIT_MS, or beyond
 * RETRY_BUDGET_MS in total, returns the response without retrying.
 *
 * NOTE: a POST whose response was lost is sent again. A duplicate comment
 * is then removed by upsertComment's race check, but a duplicate check run
 * stays.
 */
export function retryingFetch(
  send: typeof fetch = fetch,
  clock: RetryClock = realClock,
): typeof fetch {
  const timeoutMs =
    Number(process.env.MEMGATE_GITHUB_TIMEOUT_MS) || REQUEST_TIMEOUT_MS;
  return async (input, init) => {
    let waitedMs = 0;
    for (let attempt = 1; ; attempt += 1) {
      const last = attempt === MAX_ATTEMPTS;
      const where = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`;
      let waitMs: number;
      try {
        const response = await send(input, {
          ...init,
          signal: withTimeout(init?.signal, timeoutMs),
        });
        const wait = retryWait(response, attempt, clock.now());
        if (last || wait === null) return response;
        if (wait > MAX_WAIT_MS || waitedMs + wait > RETRY_BUDGET_MS) {
          core.info(
            `${where} returned ${response.status} and requests a wait of ${Math.ceil(wait / 1000)} s: not retried, because memgate waits at most ${MAX_WAIT_MS / 1000} s per retry and ${RETRY_BUDGET_MS / 1000} s in total`,
          );
          return response;
        }
        core.info(
          `${where} returned ${response.status}: retry ${attempt} of ${MAX_ATTEMPTS - 1} in ${Math.ceil(wait / 1000)} s`,
        );
        await response.body?.cancel();
        waitMs = wait;
      } catch (error) {
        const reason = describeFetchError(error, timeoutMs);
        if (last) {
          throw new RequestFailedError(
            `${where} failed after ${MAX_ATTEMPTS} attempts: ${reason}`,
          );
        }
        core.info(
          `${where} failed (${reason}): retry ${attempt} of ${MAX_ATTEMPTS - 1}`,
        );
        waitMs = backoff(attempt);
      }
      await clock.sleep(waitMs);
      waitedMs += waitMs;
    }
  };
}

/**
 * Returns the milliseconds to wait before retrying `response`, or null when
 * its status is not retried. The wait is never shorter than GitHub requests
 * through `Retry-After` (seconds or an HTTP date) or, when no requests
 * remain, `x-ratelimit-reset` (Unix seconds).
 */
export function retryWait(
  response: Pick<Response, 'status' | 'headers'>,
  attempt: number,
  nowMs: number,
): number | null {
  const { status, headers } = response;
  const rateLimited =
    status === 429 ||
    (status === 403 &&
      (headers.get('x-ratelimit-remaining') === '0' ||
        headers.has('retry-after')));
  if (!rateLimited && status < 500) return null;
  const requested = requestedWait(headers, nowMs);
  if (requested !== null) return Math.max(requested, backoff(attempt));
  return rateLimited ? RATE_LIMIT_WAIT_MS : backoff(attempt);
}

function requestedWait(headers: Headers, nowMs: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - nowMs);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (
    headers.get('x-ratelimit-remaining') === '0' &&
    reset &&
    /^\d+$/.test(reset)
  ) {
    return Math.max(0, Number(reset) * 1000 - nowMs);
  }
  return null;
}

function backoff(attempt: number): number {
  return 1000 * 2 ** (attempt - 1);
}

/** A request that got no response after every attempt. */
export class RequestFailedError extends Error {
  override name = 'RequestFailedError';
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no response within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function withTimeout(
  signal: AbortSignal | null | undefined,
  timeoutMs: number,
): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
