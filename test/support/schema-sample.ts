// Builds the smallest value that a JSON schema accepts, so that the fake
// GitHub server can respond with GitHub's full object shapes (a pull request
// carries two whole repositories) while a test sets only the fields it reads.

type Schema = Record<string, unknown>;

/** Returns a minimal value valid against `schema`: required fields only. */
export function sampleFromSchema(schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.type) && schema.type.includes('null')) return null;
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) {
    const nullOption = alternatives.find((option) => option.type === 'null');
    return nullOption ? null : sampleFromSchema(alternatives[0]!);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign(
      {},
      ...(schema.allOf as Schema[]).map((part) => sampleFromSchema(part)),
    );
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return sampleObject(schema);
    case 'array':
      return [];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      return sampleString(schema);
    default:
      return schema.properties ? sampleObject(schema) : null;
  }
}

function sampleObject(schema: Schema): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const value: Record<string, unknown> = {};
  for (const name of (schema.required ?? []) as string[]) {
    value[name] = properties[name] ? sampleFromSchema(properties[name]) : null;
  }
  return value;
}

function sampleString(schema: Schema): string {
  switch (schema.format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'uri':
    case 'url':
      return 'http://127.0.0.1/sample';
    case 'email':
      return 'sample@127.0.0.1.invalid';
    default:
      return 'sample';
  }
}

/** Returns `schema` without its `null` alternative, for a value that is set. */
export function withoutNull(schema: Schema): Schema {
  const alternatives = schema.anyOf as Schema[] | undefined;
  if (alternatives?.some((option) => option.type === 'null')) {
    return alternatives.find((option) => option.type !== 'null')!;
  }
  if (Array.isArray(schema.type)) {
    return { ...schema, type: schema.type.filter((type) => type !== 'null') };
  }
  return schema;
}

/** Merges `overrides` into `base` recursively; arrays and scalars replace. */
export function deepMerge<T>(base: T, overrides: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(overrides)) {
    return (overrides === undefined ? base : overrides) as T;
  }
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    merged[key] = deepMerge(merged[key], value);
  }
  return merged as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
