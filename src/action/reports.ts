import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { glob } from 'tinyglobby';
import { parseReport } from '../baseline/record.js';
import { UsageError } from '../errors.js';
import type { Report } from '../report/types.js';
import { parseShard } from './shard.js';

/**
 * Reads every report file that matches `pattern` (a path or a glob, such as
 * the folders actions/download-artifact leaves) relative to `cwd`.
 */
export async function readReportFiles(
  pattern: string,
  cwd: string,
): Promise<{ file: string; report: Report }[]> {
  const files = (
    await glob(pattern, { cwd, absolute: true, dot: true })
  ).sort();
  if (files.length === 0) {
    throw new UsageError(
      `No report file matches "${pattern}" in ${cwd}: download the reports of the measuring jobs first, or set "report-path" to where they are.`,
    );
  }
  return Promise.all(
    files.map(async (file) => ({
      file,
      report: parseReport(
        await readFile(file, 'utf8'),
        path.relative(cwd, file) || file,
      ),
    })),
  );
}

/**
 * Merges reports into one. Matrix shards are interleaved back into
 * configuration order, because a shard contains every TOTAL-th workload. A
 * workload name that appears twice is rejected, since its numbers would be
 * ambiguous.
 */
export function mergeReports(reports: Report[]): Report {
  if (reports.length === 1) return reports[0]!;
  const ordered = orderShards(reports);
  const seen = new Set<string>();
  for (const workload of ordered.flatMap((report) => report.workloads)) {
    if (seen.has(workload.name)) {
      throw new UsageError(
        `Workload "${workload.name}" is in more than one report: give each matrix job a different "shard", or remove the extra report file.`,
      );
    }
    seen.add(workload.name);
  }
  const { shard: _shard, ...first } = ordered[0]!;
  return {
    ...first,
    environment: {
      ...first.environment,
      warnings: [...new Set(ordered.flatMap((r) => r.environment.warnings))],
    },
    workloads: interleave(ordered),
  };
}

function orderShards(reports: Report[]): Report[] {
  const shards = reports.map((report) =>
    report.shard ? parseShard(report.shard) : null,
  );
  if (shards.some((shard) => shard === null)) return reports;
  return reports
    .map((report, index) => ({ report, index: shards[index]!.index }))
    .sort((a, b) => a.index - b.index)
    .map(({ report }) => report);
}

function interleave(reports: Report[]): Report['workloads'] {
  if (reports.some((report) => report.shard === undefined)) {
    return reports.flatMap((report) => report.workloads);
  }
  const longest = Math.max(...reports.map((report) => report.workloads.length));
  const merged: Report['workloads'] = [];
  for (let position = 0; position < longest; position += 1) {
    for (const report of reports) {
      const workload = report.workloads[position];
      if (workload) merged.push(workload);
    }
  }
  return merged;
}
