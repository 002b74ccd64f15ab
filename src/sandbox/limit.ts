import { UsageError } from '../errors.js';

/** Returns the limit as a whole, positive number of bytes, or throws UsageError. */
export function validateLimit(limitBytes: number): number {
  if (!Number.isSafeInteger(limitBytes) || limitBytes <= 0) {
    throw new UsageError(
      `Invalid memory limit ${limitBytes}: give a whole, positive number of bytes, such as 268435456 for 256MiB.`,
    );
  }
  return limitBytes;
}
