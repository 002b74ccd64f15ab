// Route handlers of the fake GitHub server: one per REST operation that
// memgate calls, with GitHub's status codes and error bodies.
import type { OperationValidators, Schema } from './openapi.js';
import { deepMerge, sampleFromSchema, withoutNull } from './schema-sample.js';
import type {
  Account,
  GitHubState,
  RouteResult,
  StoredComment,
  StoredPull,
  TokenGrant,
} from './github-server.js';

/** What a handler gets: state, the caller's grant and the parsed request. */
export interface RouteContext {
  state: GitHubState;
  grant: TokenGrant;
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  baseUrl: string;
  validators: OperationValidators;
}

interface Route {
  method: string;
  pattern: RegExp;
  operationId: string;
  handle(context: RouteContext): RouteResult;
}

const repo = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

/** Every operation the server serves. */
export const routes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/user$/,
    operationId: 'users/get-authenticated',
    handle: getAuthenticatedUser,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${repo}/issues/(?<issue>\\d+)/comments$`),
    operationId: 'issues/list-comments',
    handle: listComments,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${repo}/issues/(?<issue>\\d+)/comments$`),
    operationId: 'issues/create-comment',
    handle: createComment,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^${repo}/issues/comments/(?<id>\\d+)$`),
    operationId: 'issues/update-comment',
    handle: updateComment,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${repo}/issues/comments/(?<id>\\d+)$`),
    operationId: 'issues/delete-comment',
    handle: deleteComment,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${repo}/check-runs$`),
    operationId: 'checks/create',
    handle: createCheckRun,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${repo}/commits/(?<sha>[0-9a-f]+)/pulls$`),
    operationId: 'repos/list-pull-requests-associated-with-commit',
    handle: listPullsOfCommit,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${repo}/pulls/(?<number>\\d+)$`),
    operationId: 'pulls/get',
    handle: getPull,
  },
  {
    method: 'GET',
    pattern: /^\/search\/issues$/,
    operationId: 'search/issues-and-pull-requests',
    handle: searchIssues,
  },
];

function getAuthenticatedUser(context: RouteContext): RouteResult {
  if (!context.grant.readUser) {
    return forbidden('users/users#get-the-authenticated-user');
  }
  const schema = context.validators.responseSchemas.get(200)!;
  const publicUser = (schema.oneOf as Schema[])[1]!;
  return { status: 200, body: userObject(publicUser, context.grant.account) };
}

function listComments(context: RouteContext): RouteResult {
  const wrong = checkRepository(context);
  if (wrong) return wrong;
  const issue = Number(context.params.issue);
  const all = context.state.comments.filter((c) => c.issueNumber === issue);
  const perPage = Math.min(Number(context.query.per_page ?? 30), 100);
  const page = Number(context.query.page ?? 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const path = `/repos/${context.state.repository}/issues/${issue}/comments`;
  return {
    status: 200,
    body: items.map((c) => commentObject(context, c)),
    headers: linkHeader(`${context.baseUrl}${path}`, perPage, page, lastPage),
  };
}

function createComment(context: RouteContext): RouteResult {
  const wrong = checkRepository(context);
  if (wrong) return wrong;
  if (!context.grant.write) {
    return forbidden('issues/comments#create-an-issue-comment');
  }
  const time = nowSeconds();
  const comment: StoredComment = {
    id: context.state.nextId++,
    issueNumber: Number(context.params.issue),
    body: String(context.body.body),
    user: context.grant.account,
    createdAt: time,
    updatedAt: time,
  };
  context.state.comments.push(comment);
  return { status: 201, body: commentObject(context, comment) };
}

function updateComment(context: RouteContext): RouteResult {
  const comment = findComment(context);
  if (!comment) return notFound('issues/comments#update-an-issue-comment');
  if (!context.grant.write) {
    return forbidden('issues/comments#update-an-issue-comment');
  }
  comment.body = String(context.body.body);
  comment.updatedAt = nowSeconds();
  return { status: 200, body: commentObject(context, comment) };
}

function deleteComment(context: RouteContext): RouteResult {
  const comment = findComment(context);
  if (!comment) return notFound('issues/comments#delete-an-issue-comment');
  if (!context.grant.write) {
    return forbidden('issues/comments#delete-an-issue-comment');
  }
  const comments = context.state.comments;
  comments.splice(comments.indexOf(comment), 1);
  return { status: 204 };
}

function createCheckRun(context: RouteContext): RouteResult {
  const wrong = checkRepository(context);
  if (wrong) return wrong;
  if (!context.grant.write) return forbidden('checks/runs#create-a-check-run');
  const id = context.state.nextId++;
  const sample = sampleFromSchema(context.validators.responseSchemas.get(201)!);
  const checkRun = deepMerge(sample, {
    id,
    name: context.body.name,
    head_sha: context.body.head_sha,
    status: context.body.status ?? 'queued',
    conclusion: context.body.conclusion ?? null,
    output: { ...context.body.output, annotations_count: 0 },
    html_url: `${context.baseUrl}/checks/${id}`,
  }) as Record<string, unknown>;
  context.state.checkRuns.push(checkRun);
  return { status: 201, body: checkRun };
}

function listPullsOfCommit(context: RouteContext): RouteResult {
  const wrong = checkRepository(context);
  if (wrong) return wrong;
  const schema = context.validators.responseSchemas.get(200)!;
  const itemSchema = schema.items as Schema;
  const pulls = context.state.pulls.filter(
    (pull) =>
      pull.headSha === context.params.sha && pull.listedForCommit !== false,
  );
  return {
    status: 200,
    body: pulls.map((pull) => pullObject(itemSchema, context, pull)),
  };
}

function getPull(context: RouteContext): RouteResult {
  const wrong = checkRepository(context);
  if (wrong) return wrong;
  const number = Number(context.params.number);
  const pull = context.state.pulls.find((p) => p.number === number);
  if (!pull) return notFound('pulls/pulls#get-a-pull-request');
  const schema = context.validators.responseSchemas.get(200)!;
  return { status: 200, body: pullObject(schema, context, pull) };
}

// GitHub's `sha:` qualifier matches a pull request that contains the
// commit anywhere, not only as its head.
function searchIssues(context: RouteContext): RouteResult {
  const terms = (context.query.q ?? '').split(/\s+/);
  const qualifier = (name: string) =>
    terms.find((term) => term.startsWith(`${name}:`))?.slice(name.length + 1);
  const sha = qualifier('sha');
  const matches = context.state.pulls.filter(
    (pull) =>
      qualifier('repo') === context.state.repository &&
      sha !== undefined &&
      sha.length >= 7 &&
      [pull.headSha, ...(pull.commits ?? [])].some((c) => c.startsWith(sha)),
  );
  const schema = context.validators.responseSchemas.get(200)!;
  const itemSchema = (schema.properties as Record<string, Schema>).items!
    .items as Schema;
  const items = matches.map((pull) =>
    deepMerge(sampleFromSchema(itemSchema), {
      number: pull.number,
      state: 'open',
      pull_request: {
        url: `${context.baseUrl}/repos/${context.state.repository}/pulls/${pull.number}`,
        html_url: null,
        diff_url: null,
        patch_url: null,
      },
    }),
  );
  return {
    status: 200,
    body: deepMerge(sampleFromSchema(schema), {
      total_count: items.length,
      incomplete_results: false,
      items,
    }),
  };
}

function commentObject(context: RouteContext, comment: StoredComment) {
  const repository = context.state.repository;
  const schema = context.validators.responseSchemas.get(
    context.validators.operationId === 'issues/create-comment' ? 201 : 200,
  )!;
  const itemSchema = (schema.items as Schema | undefined) ?? schema;
  const userSchema = (itemSchema.properties as Record<string, Schema>).user!;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${context.baseUrl}/repos/${repository}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repository}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${context.baseUrl}/repos/${repository}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userObject(userSchema, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
    performed_via_github_app: null,
  };
}

function pullObject(schema: Schema, context: RouteContext, pull: StoredPull) {
  const [owner, name] = pull.headRepository.split('/');
  return deepMerge(sampleFromSchema(schema), {
    number: pull.number,
    state: 'open',
    url: `${context.baseUrl}/repos/${context.state.repository}/pulls/${pull.number}`,
    head: {
      sha: pull.headSha,
      ref: 'feature',
      label: `${owner}:feature`,
      repo: {
        full_name: pull.headRepository,
        name,
        fork: pull.headRepository !== context.state.repository,
      },
    },
    base: { sha: pull.baseSha, ref: pull.baseRef },
  });
}

function userObject(schema: Schema, account: Account) {
  return deepMerge(sampleFromSchema(withoutNull(schema)), {
    login: account.login,
    id: account.id,
    node_id: `U_${account.id}`,
    type: account.type,
  });
}

function findComment(context: RouteContext): StoredComment | undefined {
  if (
    context.params.owner + '/' + context.params.repo !==
    context.state.repository
  ) {
    return undefined;
  }
  const id = Number(context.params.id);
  return context.state.comments.find((comment) => comment.id === id);
}

function checkRepository(context: RouteContext): RouteResult | undefined {
  const name = `${context.params.owner}/${context.params.repo}`;
  return name === context.state.repository ? undefined : notFound('repos');
}

function linkHeader(
  url: string,
  perPage: number,
  page: number,
  lastPage: number,
): Record<string, string> {
  const link = (target: number, rel: string) =>
    `<${url}?per_page=${perPage}&page=${target}>; rel="${rel}"`;
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < lastPage)
    links.push(link(page + 1, 'next'), link(lastPage, 'last'));
  return links.length > 0 ? { link: links.join(', ') } : {};
}

function nowSeconds(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function forbidden(documentation: string): RouteResult {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: `https://docs.github.com/rest/${documentation}`,
      status: '403',
    },
  };
}

function notFound(documentation: string): RouteResult {
  return {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: `https://docs.github.com/rest/${documentation}`,
      status: '404',
    },
  };
}
