import { UsageError } from '../errors.js';

/** One matrix shard: `index` of `total`, counted from 1. */
export interface Shard {
  index: number;
  total: number;
}

/** Parses a shard such as "2/4"; throws a UsageError naming the value. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (match === null || total < 1 || index < 1 || index > total) {
    throw new UsageError(
      `Invalid shard "${text}": write INDEX/TOTAL with 1 <= INDEX <= TOTAL, such as 2/4, or leave it empty to run every workload.`,
    );
  }
  return { index, total };
}

/** Formats a shard as "INDEX/TOTAL". */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.total}`;
}

/**
 * Picks the shard's workloads: every `total`-th one in configuration order,
 * starting at position `index`, so that shards stay balanced and each
 * workload lands in exactly one shard.
 */
export function selectShard<T>(items: readonly T[], shard: Shard | null): T[] {
  if (shard === null) return [...items];
  return items.filter(
    (_, position) => position % shard.total === shard.index - 1,
  );
}
