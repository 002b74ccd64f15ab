import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import {
  formatBytes,
  formatDeltaMiB,
  parseSize,
} from '../../src/units/size.js';

describe('parseSize', () => {
  it.each([
    ['512MiB', 512 * 1024 ** 2],
    ['512Mi', 512 * 1024 ** 2],
    ['1.5GiB', 1.5 * 1024 ** 3],
    ['64KiB', 64 * 1024],
    ['1Ti', 1024 ** 4],
    ['512MB', 512 * 1000 ** 2],
    ['512M', 512 * 1000 ** 2],
    ['2G', 2 * 1000 ** 3],
    ['1.5KB', 1500],
    ['4096', 4096],
    [' 256Mi ', 256 * 1024 ** 2],
    [268435456, 268435456],
  ])('reads %j as %d bytes', (input, bytes) => {
    expect(parseSize(input)).toBe(bytes);
  });

  it.each([
    '512m',
    '-1',
    'abc',
    '',
    '0',
    'MiB',
    '512 MiB',
    '512mib',
    '1e9',
    '512Mb',
  ])('rejects %j with both accepted forms', (input) => {
    expect(() => parseSize(input, 'limit')).toThrow(UsageError);
    try {
      parseSize(input, 'limit');
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(`"${input}"`);
      expect(message).toContain('limit');
      expect(message).toMatch(/512MiB/);
      expect(message).toMatch(/512MB/);
    }
  });

  it('rejects sizes past the safe integer range', () => {
    expect(() => parseSize('99999999Ti')).toThrow(/below 8 PiB/);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [100 * 1024 ** 2, '100.0 MiB'],
    [1.5 * 1024 ** 3, '1.5 GiB'],
    [-2 * 1024 ** 2, '-2.0 MiB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatDeltaMiB', () => {
  it.each([
    [12.34 * 1024 ** 2, '+12.3 MiB'],
    [-0.5 * 1024 ** 2, '-0.5 MiB'],
    [0, '±0.0 MiB'],
  ])('formats %d as %s', (bytes, text) => {
    expect(formatDeltaMiB(bytes)).toBe(text);
  });
});

describe('parseSize fractions', () => {
  it('rejects a fractional byte count and suggests a unit', () => {
    expect(() => parseSize('1.5')).toThrow(/whole number of bytes.*1\.5GiB/);
  });
});
