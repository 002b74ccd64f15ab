import type { TimelineSample } from '../report/types.js';

/** Points kept in a report's timeline. */
export const MAX_TIMELINE_POINTS = 200;

/**
 * Reduces a timeline to at most `maxPoints` samples. Each kept sample is the
 * one with the highest usage in its slice, so the spikes survive.
 */
export function downsampleTimeline(
  samples: readonly TimelineSample[],
  maxPoints = MAX_TIMELINE_POINTS,
): TimelineSample[] {
  if (samples.length <= maxPoints) return [...samples];
  const kept: TimelineSample[] = [];
  for (let slice = 0; slice < maxPoints; slice += 1) {
    const start = Math.floor((slice * samples.length) / maxPoints);
    const end = Math.floor(((slice + 1) * samples.length) / maxPoints);
    let best = samples[start]!;
    for (let index = start + 1; index < end; index += 1) {
      if (samples[index]!.usageBytes > best.usageBytes) best = samples[index]!;
    }
    kept.push(best);
  }
  return kept;
}

/** Returns the largest anon and file figures of a timeline, or undefined when empty. */
export function maxParts(
  samples: readonly TimelineSample[],
): { maxAnonBytes: number; maxFileBytes: number } | undefined {
  if (samples.length === 0) return undefined;
  let maxAnonBytes = 0;
  let maxFileBytes = 0;
  for (const sample of samples) {
    maxAnonBytes = Math.max(maxAnonBytes, sample.anonBytes);
    maxFileBytes = Math.max(maxFileBytes, sample.fileBytes);
  }
  return { maxAnonBytes, maxFileBytes };
}
