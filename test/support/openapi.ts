// Validators for the GitHub REST operations the fake server serves, built
// from GitHub's official description in @octokit/openapi, so that the fake
// server and memgate's requests cannot drift from GitHub's API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** A JSON Schema object. */
export type Schema = Record<string, unknown>;

interface OperationObject {
  operationId: string;
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

/** Request and response validators of one operation. */
export interface OperationValidators {
  operationId: string;
  /** Validates the query parameters, coerced to their declared types. */
  query: ValidateFunction;
  /** Validates the JSON request body, or null when the operation takes none. */
  body: ValidateFunction | null;
  /** Validates a response body by status code. */
  responses: Map<number, ValidateFunction>;
  /** Response schemas by status code, converted to JSON Schema. */
  responseSchemas: Map<number, Schema>;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * Converts an OpenAPI 3.0 schema to JSON Schema for ajv: `nullable: true`
 * becomes a `null` type, because ajv rejects `nullable` without `type`.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;

  const converted: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    converted[key] = key === 'enum' ? value : toJsonSchema(value);
  }
  if ((schema as Schema).nullable !== true) return converted;

  if (typeof converted.type === 'string') {
    converted.type = [converted.type, 'null'];
    if (Array.isArray(converted.enum))
      converted.enum = [...converted.enum, null];
    return converted;
  }
  return { anyOf: [converted, { type: 'null' }] };
}

/** Reads GitHub's dereferenced REST description for api.github.com. */
export function loadDescription(): {
  paths: Record<string, Record<string, OperationObject>>;
} {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  const file = packageJson.replace(
    /package\.json$/,
    'generated/api.github.com.deref.json',
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Compiles the validators of the given operations only: the description
 * has hundreds of operations and the server serves a handful.
 */
export function compileOperations(
  operationIds: readonly string[],
): Map<string, OperationValidators> {
  const description = loadDescription();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const result = new Map<string, OperationValidators>();

  for (const pathItem of Object.values(description.paths)) {
    for (const operation of Object.values(pathItem)) {
      if (!operationIds.includes(operation.operationId)) continue;
      result.set(operation.operationId, compileOperation(ajv, operation));
    }
  }
  const missing = operationIds.filter((id) => !result.has(id));
  if (missing.length > 0) {
    throw new Error(`Operations not in the description: ${missing.join(', ')}`);
  }
  return result;
}

function compileOperation(
  ajv: Ajv,
  operation: OperationObject,
): OperationValidators {
  const queryProperties: Record<string, unknown> = {};
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'query') {
      queryProperties[parameter.name] = toJsonSchema(parameter.schema ?? {});
    }
  }
  const query = new Ajv({ strict: false, coerceTypes: true });
  addFormats(query);

  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const responses = new Map<number, ValidateFunction>();
  const responseSchemas = new Map<number, Schema>();
  for (const [status, response] of Object.entries(operation.responses)) {
    const schema = response.content?.['application/json']?.schema;
    if (schema) {
      const converted = toJsonSchema(schema) as Schema;
      responseSchemas.set(Number(status), converted);
      responses.set(Number(status), ajv.compile(converted));
    }
  }
  return {
    operationId: operation.operationId,
    query: query.compile({
      type: 'object',
      properties: queryProperties,
      additionalProperties: false,
    }),
    body: bodySchema ? ajv.compile(toJsonSchema(bodySchema) as Schema) : null,
    responses,
    responseSchemas,
  };
}
