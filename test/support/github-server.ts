// A local stand-in for api.github.com on 127.0.0.1. It keeps issue comments,
// check runs and pull requests in memory and enforces token permissions the
// way GitHub does for a fork's read-only workflow token. It checks every
// request and response against GitHub's REST description and records any
// mismatch in `problems`, which a test asserts to be empty.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compileOperations, type OperationValidators } from './openapi.js';
import { routes, type RouteContext } from './github-routes.js';

/** A GitHub account that owns a token. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** What a token may do. */
export interface TokenGrant {
  account: Account;
  /** False for a fork's pull_request token: writes get 403. */
  write: boolean;
  /** False for installation tokens, where GET /user returns 403. */
  readUser: boolean;
}

/** An issue or pull request comment as the server stores it. */
export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: Account;
  createdAt: string;
  updatedAt: string;
}

/** A pull request as the server stores it. */
export interface StoredPull {
  number: number;
  headSha: string;
  /** owner/name of the head repository: a fork's differs from the base. */
  headRepository: string;
  baseRef: string;
  baseSha: string;
  /**
   * False to leave it out of GET /commits/{sha}/pulls, which can miss a
   * fork's pull request, so that only the search finds it.
   */
  listedForCommit?: boolean;
  /** Earlier commits of the pull request, which the search also matches. */
  commits?: string[];
}

/** The server's whole state, read and changed by the route handlers. */
export interface GitHubState {
  repository: string;
  tokens: Map<string, TokenGrant>;
  comments: StoredComment[];
  checkRuns: Record<string, unknown>[];
  pulls: StoredPull[];
  nextId: number;
}

/**
 * A fault to return in place of the real response: an error status, or a
 * request that never gets a response. It applies to the next `times` requests
 * (default 1) whose method and path match.
 */
export interface InjectedFault {
  method: string;
  /** Matched against the request's path, such as /issues\/9\/comments$/. */
  path: RegExp;
  status?: number;
  body?: unknown;
  hang?: boolean;
  times?: number;
}

/** The workflow token's account on github.com. */
export const ACTIONS_BOT: Account = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
};

const operationIds = [...new Set(routes.map((route) => route.operationId))];
let validatorCache: Map<string, OperationValidators> | undefined;

/** A running fake GitHub REST API. Call `close()` in afterAll. */
export class FakeGitHub {
  readonly state: GitHubState;
  /** Schema mismatches and unknown routes, as readable messages. */
  readonly problems: string[] = [];
  /** Every request as "METHOD /path?query". */
  readonly requests: string[] = [];
  url = '';
  private server: Server | undefined;
  private listBarrier: { count: number; waiting: (() => void)[] } | undefined;
  private faults: InjectedFault[] = [];

  constructor(repository: string) {
    this.state = {
      repository,
      tokens: new Map(),
      comments: [],
      checkRuns: [],
      pulls: [],
      nextId: 1000,
    };
  }

  /** Registers a token for an account. */
  addToken(token: string, grant: TokenGrant): void {
    this.state.tokens.set(token, grant);
  }

  /** Stores a comment as if `user` had written it. Returns its id. */
  addComment(issueNumber: number, user: Account, body: string): number {
    const id = this.state.nextId++;
    const time = new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString();
    this.state.comments.push({
      id,
      issueNumber,
      body,
      user,
      createdAt: time.replace(/\.\d+Z$/, 'Z'),
      updatedAt: time.replace(/\.\d+Z$/, 'Z'),
    });
    return id;
  }

  /** Comments of one issue, oldest first. */
  commentsOf(issueNumber: number): StoredComment[] {
    return this.state.comments.filter((c) => c.issueNumber === issueNumber);
  }

  /**
   * Holds the next `count` first-page comment listings until all of them
   * have arrived, so that concurrent runs all see the same empty list.
   */
  holdCommentListings(count: number): void {
    this.listBarrier = { count, waiting: [] };
  }

  /** Queues faults, checked in order before any route runs. */
  inject(...faults: InjectedFault[]): void {
    this.faults.push(...faults);
  }

  /** Drops the faults that no request has used up yet. */
  clearFaults(): void {
    this.faults = [];
  }

  /** Starts listening on an ephemeral port of 127.0.0.1. */
  async start(): Promise<void> {
    validatorCache ??= compileOperations(operationIds);
    this.server = createServer((request, response) => {
      const fault = this.takeFault(request);
      if (fault?.hang) return;
      if (fault) {
        response.writeHead(fault.status ?? 500, {
          'content-type': 'application/json; charset=utf-8',
        });
        response.end(JSON.stringify(fault.body ?? serverError()));
        return;
      }
      this.handle(request).then(
        ({ status, body, headers }) => {
          response.writeHead(status, {
            'content-type': 'application/json; charset=utf-8',
            ...headers,
          });
          response.end(body === undefined ? '' : JSON.stringify(body));
        },
        (error: unknown) => {
          this.problems.push(`handler failed: ${String(error)}`);
          response.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(0, '127.0.0.1', resolve),
    );
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Stops the server and drops open connections. */
  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private takeFault(request: IncomingMessage): InjectedFault | undefined {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const fault = this.faults.find(
      (f) => f.method === request.method && f.path.test(url.pathname),
    );
    if (!fault) return undefined;
    this.requests.push(
      `${request.method} ${url.pathname}${url.search} (injected fault)`,
    );
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault;
  }

  private async handle(request: IncomingMessage): Promise<RouteResult> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    this.requests.push(`${request.method} ${url.pathname}${url.search}`);
    const text = await readBody(request);
    const match = findRoute(request.method ?? 'GET', url.pathname);
    if (!match) {
      this.problems.push(`no route for ${request.method} ${url.pathname}`);
      return { status: 404, body: notFound() };
    }

    const validators = validatorCache!.get(match.route.operationId)!;
    const query = Object.fromEntries(url.searchParams);
    const body = text === '' ? undefined : JSON.parse(text);
    this.validateRequest(validators, query, body);

    const token = /^(?:token|bearer) (.+)$/i.exec(
      request.headers.authorization ?? '',
    )?.[1];
    const grant =
      token === undefined ? undefined : this.state.tokens.get(token);
    if (!grant) return { status: 401, body: badCredentials() };

    if (match.route.operationId === 'issues/list-comments') {
      await this.waitAtBarrier(query.page);
    }
    const context: RouteContext = {
      state: this.state,
      grant,
      query,
      body,
      params: match.params,
      baseUrl: this.url,
      validators,
    };
    const result = match.route.handle(context);
    this.validateResponse(validators, result);
    return result;
  }

  private validateRequest(
    validators: OperationValidators,
    query: Record<string, unknown>,
    body: unknown,
  ): void {
    const id = validators.operationId;
    if (!validators.query(query)) {
      this.problems.push(
        `${id} query: ${JSON.stringify(validators.query.errors)}`,
      );
    }
    if (validators.body && !validators.body(body)) {
      this.problems.push(
        `${id} request body: ${JSON.stringify(validators.body.errors)}`,
      );
    }
    if (!validators.body && body !== undefined) {
      this.problems.push(`${id} takes no request body`);
    }
  }

  private validateResponse(
    validators: OperationValidators,
    result: RouteResult,
  ): void {
    const id = validators.operationId;
    const validate = validators.responses.get(result.status);
    if (validate === undefined) {
      // GitHub also returns 401, 403 and 404 where the description omits
      // them, always with its basic error body.
      if (result.body !== undefined && !isBasicError(result)) {
        this.problems.push(`${id}: status ${result.status} is not documented`);
      }
      return;
    }
    if (!validate(result.body)) {
      this.problems.push(
        `${id} response ${result.status}: ${JSON.stringify(validate.errors?.slice(0, 5))}`,
      );
    }
  }

  private async waitAtBarrier(page: string | undefined): Promise<void> {
    const barrier = this.listBarrier;
    if (!barrier || (page !== undefined && page !== '1')) return;
    await new Promise<void>((resolve) => {
      barrier.waiting.push(resolve);
      if (barrier.waiting.length >= barrier.count) {
        this.listBarrier = undefined;
        for (const release of barrier.waiting) release();
      }
    });
  }
}

/** A response from a route handler. */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

function findRoute(method: string, pathname: string) {
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (match) return { route, params: match.groups ?? {} };
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function isBasicError(result: RouteResult): boolean {
  const body = result.body as Record<string, unknown> | undefined;
  return (
    [401, 403, 404].includes(result.status) &&
    typeof body?.message === 'string' &&
    typeof body.documentation_url === 'string'
  );
}

function notFound() {
  return {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest',
    status: '404',
  };
}

function serverError() {
  return { message: 'Server Error' };
}

function badCredentials() {
  return {
    message: 'Bad credentials',
    documentation_url: 'https://docs.github.com/rest',
    status: '401',
  };
}
