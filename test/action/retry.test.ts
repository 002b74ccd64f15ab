// Retries of GitHub API requests against a real HTTP server on 127.0.0.1
// that responds with scripted statuses and headers. Only the clock is
// replaced, so that the test records the waits instead of sleeping.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_WAIT_MS,
  retryingFetch,
  type RetryClock,
} from '../../src/github/retry.js';

interface Scripted {
  status: number;
  headers?: Record<string, string>;
}

const NOW = 1_800_000_000_000;
let script: Scripted[] = [];
let requests = 0;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((_request, response) => {
    const next = script[requests] ?? { status: 200 };
    requests += 1;
    response.writeHead(next.status, next.headers ?? {});
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/repos/o/r`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = 0;
});

/** Sends one request through the retries; returns the status and the waits. */
async function fetchWith(steps: Scripted[]) {
  script = steps;
  const waits: number[] = [];
  const clock: RetryClock = {
    now: () => NOW,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
  const response = await retryingFetch(fetch, clock)(url);
  await response.body?.cancel();
  return { status: response.status, waits, requests };
}

describe('retryingFetch waits', () => {
  it('waits Retry-After seconds on 429', async () => {
    const result = await fetchWith([
      { status: 429, headers: { 'retry-after': '30' } },
    ]);
    expect(result.status).toBe(200);
    expect(result.waits).toEqual([30_000]);
    expect(result.requests).toBe(2);
  });

  it('waits until a Retry-After date', async () => {
    const date = new Date(NOW + 45_000).toUTCString();
    const result = await fetchWith([
      { status: 429, headers: { 'retry-after': date } },
    ]);
    expect(result.status).toBe(200);
    expect(result.waits).toEqual([45_000]);
  });

  it('waits for the reset on a rate-limit 403', async () => {
    const reset = String((NOW + 20_000) / 1000);
    const result = await fetchWith([
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      },
    ]);
    expect(result.status).toBe(200);
    expect(result.waits).toEqual([20_000]);
  });

  it('waits a minute on a bare 429', async () => {
    const result = await fetchWith([{ status: 429 }]);
    expect(result.waits).toEqual([60_000]);
  });

  it('backs off on 500', async () => {
    const result = await fetchWith([{ status: 500 }, { status: 502 }]);
    expect(result.status).toBe(200);
    expect(result.waits).toEqual([1000, 2000]);
  });
});

describe('retryingFetch gives up', () => {
  it('returns a wait beyond the maximum', async () => {
    const seconds = String(MAX_WAIT_MS / 1000 + 1);
    const result = await fetchWith([
      { status: 429, headers: { 'retry-after': seconds } },
    ]);
    expect(result.status).toBe(429);
    expect(result.waits).toEqual([]);
    expect(result.requests).toBe(1);
  });

  it('stops at the total budget', async () => {
    const result = await fetchWith([
      { status: 429, headers: { 'retry-after': '60' } },
      { status: 429, headers: { 'retry-after': '45' } },
    ]);
    expect(result.status).toBe(429);
    expect(result.waits).toEqual([60_000]);
    expect(result.requests).toBe(2);
  });

  it('returns a plain 403 at once', async () => {
    const result = await fetchWith([{ status: 403 }]);
    expect(result.status).toBe(403);
    expect(result.waits).toEqual([]);
    expect(result.requests).toBe(1);
  });
});
