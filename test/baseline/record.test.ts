import { describe, expect, it } from 'vitest';
import { parseReport, RecordError } from '../../src/baseline/record.js';
import { makeReport, makeWorkload, MiB } from '../compare/reports.js';

type Edit = (report: Record<string, any>) => void;

const workload = (report: Record<string, any>) => report.workloads[0];

function parseEdited(edit: Edit) {
  const report = JSON.parse(
    JSON.stringify(makeReport([makeWorkload('a', [100 * MiB])])),
  );
  edit(report);
  return () => parseReport(JSON.stringify(report), 'edited.json');
}

describe('parseReport field checks', () => {
  const cases: Array<[string, Edit, RegExp]> = [
    [
      'string tolerance',
      (r) => (workload(r).maxIncreasePercent = 'abc'),
      /"a".*maxIncreasePercent is "abc"/,
    ],
    [
      'negative tolerance',
      (r) => (workload(r).maxIncreasePercent = -1),
      /maxIncreasePercent is -1/,
    ],
    [
      'null byte tolerance',
      (r) => (workload(r).maxIncreaseBytes = null),
      /maxIncreaseBytes is null/,
    ],
    [
      'negative byte tolerance',
      (r) => (workload(r).maxIncreaseBytes = -1),
      /maxIncreaseBytes is -1/,
    ],
    [
      'negative peak',
      (r) => (workload(r).peakBytes = -100 * MiB),
      /peakBytes is -104857600/,
    ],
    [
      'string spread',
      (r) => (workload(r).minPeakBytes = 'x'),
      /minPeakBytes is "x"/,
    ],
    ['missing runs', (r) => delete workload(r).runs, /runs is missing/],
    ['string runs', (r) => (workload(r).runs = 'x'), /runs is "x"/],
    [
      'null run',
      (r) => (workload(r).runs = [null]),
      /runs\[0\] is not an object/,
    ],
    [
      'string oomKills',
      (r) => (workload(r).runs[0].oomKills = '1'),
      /runs\[0\] field oomKills is "1"/,
    ],
    ['null message', (r) => (workload(r).message = null), /message is null/],
    ['empty name', (r) => (workload(r).name = ''), /non-empty string/],
    [
      'null environment',
      (r) => (r.environment = null),
      /"environment" is null/,
    ],
    [
      'missing environment',
      (r) => delete r.environment,
      /"environment" is missing/,
    ],
    [
      'null python',
      (r) => (r.environment.python = null),
      /environment field python/,
    ],
    [
      'null variables',
      (r) => (r.environment.variables = null),
      /environment field variables/,
    ],
    [
      'duplicate name',
      (r) => r.workloads.push(r.workloads[0]),
      /"a" appears twice/,
    ],
  ];
  it.each(cases)('rejects %s', (_case, edit, message) => {
    const parse = parseEdited(edit);
    expect(parse).toThrow(RecordError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(/edited\.json/);
  });

  it('accepts a complete report', () => {
    expect(parseEdited(() => {})().workloads[0]!.name).toBe('a');
  });

  it('accepts zero tolerances', () => {
    const parse = parseEdited((r) => {
      workload(r).maxIncreasePercent = 0;
      workload(r).maxIncreaseBytes = 0;
    });
    expect(parse().workloads[0]!.maxIncreaseBytes).toBe(0);
  });

  it('strips a UTF-8 byte order mark', () => {
    const text = `\uFEFF${JSON.stringify(makeReport([makeWorkload('a', [1])]))}`;
    expect(parseReport(text, 'bom.json').workloads).toHaveLength(1);
  });
});
