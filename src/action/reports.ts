import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as core from '@actions/core';
import { glob } from 'tinyglobby';
import { isNoBaseline, parseReport } from '../baseline/record.js';
import { UsageError } from '../errors.js';
import type { Report } from '../report/types.js';
import { formatShard, parseShard, type Shard } from './shard.js';

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
    files.map(async (file) => {
      const name = path.relative(cwd, file) || file;
      const report = parseReport(await readFile(file, 'utf8'), name);
      // A shard may have zero workloads, but never the "no baseline" marker.
      if (isNoBaseline(report)) {
        throw new UsageError(
          `${name} is the "no baseline" file that \`memgate baseline select\` writes, not a report: set "report-path" to the reports that "mode: measure" wrote.`,
        );
      }
      checkRenderedFields(report, name);
      return { file, report };
    }),
  );
}

/** An environment variable name as POSIX shells accept it. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Checks the report fields that rendering reads beyond parseReport's
 * checks: environment variable names and each run's `stderrTail`. A report
 * in report mode may come from a fork's code, so its text is untrusted.
 */
function checkRenderedFields(report: Report, file: string): void {
  const fix = 'Write the report again with "mode: measure".';
  for (const name of Object.keys(report.environment.variables)) {
    if (!VARIABLE_NAME.test(name)) {
      throw new UsageError(
        `Invalid report ${file}: environment.variables has the name ${JSON.stringify(name)}, which is not an environment variable name. ${fix}`,
      );
    }
  }
  for (const workload of report.workloads) {
    workload.runs.forEach((run, index) => {
      const tail: unknown = run.stderrTail;
      const valid =
        Array.isArray(tail) && tail.every((line) => typeof line === 'string');
      if (!valid) {
        throw new UsageError(
          `Invalid report ${file}: workload "${workload.name}" run ${index + 1} field stderrTail is ${tail === undefined ? 'missing' : JSON.stringify(tail)}, not a list of strings. ${fix}`,
        );
      }
    });
  }
}

/**
 * Merges reports into one. Matrix shards are interleaved back into
 * configuration order, because a shard contains every TOTAL-th workload.
 * Shards must be complete: the same TOTAL everywhere and each index from 1
 * to TOTAL exactly once, since a lost shard would hide its regressions. A
 * report without `shard` is the whole set only when it is the only one. A
 * workload name that appears twice is rejected, since its numbers would be
 * ambiguous. `files` names the reports in messages.
 */
export function mergeReports(reports: Report[], files?: string[]): Report {
  const names = files ?? reports.map((_, index) => `report ${index + 1}`);
  const shards = checkShards(reports, names);
  if (reports.length === 1 && shards === null) return reports[0]!;
  const ordered = reports
    .map((report, index) => ({ report, index: shards![index]!.index }))
    .sort((a, b) => a.index - b.index)
    .map(({ report }) => report);
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
  warnDifferentSettings(ordered);
  return {
    ...first,
    environment: {
      ...first.environment,
      warnings: [...new Set(ordered.flatMap((r) => r.environment.warnings))],
    },
    workloads: interleave(ordered),
  };
}

/**
 * Returns each report's shard, or null for one report without a shard.
 * Throws a UsageError that names a report without shard, differing totals,
 * and missing or duplicate indexes.
 */
function checkShards(reports: Report[], names: string[]): Shard[] | null {
  if (reports.length === 1 && reports[0]!.shard === undefined) return null;
  const unsharded = names.filter((_, i) => reports[i]!.shard === undefined);
  if (unsharded.length > 0) {
    throw new UsageError(
      `Report ${unsharded.join(', ')} has no "shard", but ${reports.length} reports were found: a report without a shard must be the only one. Set "report-path" to the reports of one matrix run.`,
    );
  }

  const shards = reports.map((report) => parseShard(report.shard!));
  const totals = [...new Set(shards.map((shard) => shard.total))];
  if (totals.length > 1) {
    const list = shards.map((shard, i) => `${names[i]}: ${formatShard(shard)}`);
    throw new UsageError(
      `The reports belong to shard sets of different sizes (${list.join(', ')}): merge the reports of one matrix run only.`,
    );
  }

  const total = totals[0]!;
  const counts = new Map<number, number>();
  for (const shard of shards) {
    counts.set(shard.index, (counts.get(shard.index) ?? 0) + 1);
  }

  // A report's TOTAL is untrusted, so only the first indexes are listed.
  const listed = Math.min(total, reports.length + 20);
  const indexes = Array.from({ length: listed }, (_, i) => i + 1);
  const missing = indexes.filter((index) => !counts.has(index));
  const duplicate = indexes.filter((index) => (counts.get(index) ?? 0) > 1);
  if (missing.length > 0 || duplicate.length > 0) {
    const problems = [
      ...missing.map((index) => `shard ${index}/${total} is missing`),
      ...duplicate.map(
        (index) => `shard ${index}/${total} is in more than one report`,
      ),
    ];
    if (listed < total) {
      problems.push(
        `shards ${listed + 1}/${total} to ${total}/${total} are missing`,
      );
    }
    throw new UsageError(
      `Incomplete matrix: ${problems.join(', ')}. Every shard from 1/${total} to ${total}/${total} must upload exactly one report: rerun the failed matrix jobs, or remove the extra report files.`,
    );
  }
  return shards;
}

/** Warns when the shards carry different settings, because only the first shard's apply. */
function warnDifferentSettings(ordered: Report[]): void {
  const first = JSON.stringify(sortedSettings(ordered[0]!));
  const differing = ordered.filter(
    (report) => JSON.stringify(sortedSettings(report)) !== first,
  );
  if (differing.length === 0) return;
  core.warning(
    `The reports carry different configuration settings (${ordered.map((report) => `shard ${report.shard ?? '?'}: ${JSON.stringify(sortedSettings(report))}`).join(', ')}). The settings of shard ${ordered[0]!.shard ?? '?'} apply: measure every shard with the same configuration file.`,
  );
}

function sortedSettings(report: Report): Record<string, number> {
  const settings = report.settings ?? {};
  const fields = Object.keys(settings).sort() as (keyof typeof settings)[];
  return Object.fromEntries(fields.map((field) => [field, settings[field]!]));
}

function interleave(reports: Report[]): Report['workloads'] {
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
