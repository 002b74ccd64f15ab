import * as core from '@actions/core';

/** Time limit of one request attempt, unless MEMGATE_GITHUB_TIMEOUT_MS is set. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Attempts per request: the first and two retries. */
export const MAX_ATTEMPTS = 3;

/** Maximum wait before a retry, also when Retry-After requests a longer one. */
const MAX_DELAY_MS = 10_000;

/**
 * Returns a fetch that gives each attempt a timeout and retries 5xx, 429,
 * timeouts and network errors with exponential backoff (1 s, then 2 s).
 *
 * NOTE: a POST whose response was lost is sent again. A duplicate comment
 * is then removed by upsertComment's race check, but a duplicate check run
 * stays.
 */
export function retryingFetch(send: typeof fetch = fetch): typeof fetch {
  const timeoutMs =
    Number(process.env.MEMGATE_GITHUB_TIMEOUT_MS) || REQUEST_TIMEOUT_MS;
  return async (input, init) => {
    for (let attempt = 1; ; attempt += 1) {
      const last = attempt === MAX_ATTEMPTS;
      const where = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`;
      try {
        const response = await send(input, {
          ...init,
          signal: withTimeout(init?.signal, timeoutMs),
        });
        if (last || !isRetryable(response.status)) return response;
        core.info(
          `${where} returned ${response.status}: retry ${attempt} of ${MAX_ATTEMPTS - 1}`,
        );
        await response.body?.cancel();
        await sleep(retryDelay(attempt, response.headers.get('retry-after')));
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
        await sleep(retryDelay(attempt, null));
      }
    }
  };
}

/** A request that got no response after every attempt. */
export class RequestFailedError extends Error {
  override name = 'RequestFailedError';
}

function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

function retryDelay(attempt: number, retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  const requested = retryAfter !== null && seconds >= 0 ? seconds * 1000 : 0;
  return Math.min(MAX_DELAY_MS, Math.max(requested, 1000 * 2 ** (attempt - 1)));
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
