import { UsageError } from '../errors.js';

const binaryUnits: Record<string, number> = {
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

const decimalUnits: Record<string, number> = {
  K: 1000,
  M: 1000 ** 2,
  G: 1000 ** 3,
  T: 1000 ** 4,
};

const sizePattern = /^(\d+(?:\.\d+)?)(?:(Ki|Mi|Gi|Ti)B?|(K|M|G|T)B?)?$/;

/**
 * Parses a size into bytes. `512MiB`, `512Mi` and `1.5GiB` are powers of
 * 1024; `512MB`, `512M` and `2G` are powers of 1000, as Kubernetes reads
 * them; a bare number is bytes. Throws a UsageError for anything else,
 * `512m` included, because a lower-case `m` means milli in Kubernetes.
 */
export function parseSize(value: string | number, what = 'size'): number {
  const text = String(value).trim();
  const match = sizePattern.exec(text);
  if (match === null) {
    throw new UsageError(
      `Invalid ${what} "${value}": write a whole number of bytes or a number with a unit, ` +
        'such as 512MiB or 512Mi (powers of 1024) or 512MB or 512M (powers of 1000).',
    );
  }
  const [, amount, binary, decimal] = match;
  if (!binary && !decimal && amount!.includes('.')) {
    throw new UsageError(
      `Invalid ${what} "${value}": a number without a unit is a whole number of bytes; ` +
        'add a unit for fractions, such as 1.5GiB or 1.5GB.',
    );
  }
  const factor = binary
    ? binaryUnits[binary]!
    : decimal
      ? decimalUnits[decimal]!
      : 1;
  const bytes = Math.round(Number(amount) * factor);
  if (!Number.isSafeInteger(bytes) || bytes <= 0) {
    throw new UsageError(
      `Invalid ${what} "${value}": it must be greater than 0 bytes and below 8 PiB, ` +
        'such as 512MiB or 512MB.',
    );
  }
  return bytes;
}

/** Formats bytes with binary units for people to read, such as "104.9 MiB". */
export function formatBytes(bytes: number, fractionDigits = 1): string {
  const sign = bytes < 0 ? '-' : '';
  let value = Math.abs(bytes);
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let index = 0;
  while (value >= 1024 && index < units.length - 1) {
    value /= 1024;
    index += 1;
  }
  const digits = index === 0 ? 0 : fractionDigits;
  return `${sign}${value.toFixed(digits)} ${units[index]}`;
}

/** Formats a signed change in MiB, such as "+12.3 MiB" or "-0.5 MiB". */
export function formatDeltaMiB(bytes: number): string {
  const mib = bytes / 1024 ** 2;
  let sign = '±';
  if (bytes > 0) sign = '+';
  if (bytes < 0) sign = '-';
  return `${sign}${Math.abs(mib).toFixed(1)} MiB`;
}
