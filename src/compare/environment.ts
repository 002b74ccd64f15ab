import type { Environment } from '../report/types.js';

/**
 * Lists the environment fields that change memory use and differ between
 * the baseline and now, such as "python 3.11.7 → 3.12.1".
 */
export function describeEnvironmentDifferences(
  baseline: Environment | undefined,
  current: Environment | undefined,
): string[] {
  if (baseline === undefined || current === undefined) return [];
  const fields: Array<[string, unknown, unknown]> = [
    ['python', baseline.python?.version, current.python?.version],
    ['cgroup version', baseline.cgroupVersion, current.cgroupVersion],
    ['sandbox', baseline.sandbox, current.sandbox],
    ['arch', baseline.arch, current.arch],
  ];
  const differences = fields
    .filter(([, before, after]) => before !== after)
    .map(([name, before, after]) => `${name} ${show(before)} → ${show(after)}`);
  const names = new Set([
    ...Object.keys(baseline.variables ?? {}),
    ...Object.keys(current.variables ?? {}),
  ]);
  for (const name of [...names].sort()) {
    const before = baseline.variables?.[name];
    const after = current.variables?.[name];
    if (before !== after)
      differences.push(`${name} ${show(before)} → ${show(after)}`);
  }
  return differences;
}

function show(value: unknown): string {
  return value === undefined || value === null ? 'unset' : String(value);
}
