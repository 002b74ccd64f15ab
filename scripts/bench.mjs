// Compares the wall time of Python workloads run bare, under `memgate run`
// and under `/usr/bin/time -v`, and writes the table to docs/benchmarks.md.
//
// Usage: node scripts/bench.mjs [--cli dist/cli.js] [--runs 11] [--out docs/benchmarks.md]
// `npm run bench` builds dist/ first. Needs /usr/bin/python3 and /usr/bin/time.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const MiB = 1024 ** 2;

const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: 'dist/cli.js' },
    runs: { type: 'string', default: '11' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const runs = Number(values.runs);

// The short workload shows memgate's fixed cost; the others last one second
// or more, where the overhead target (2% of the bare wall time) applies.
const workloads = [
  {
    name: 'interpreter only',
    command: [PYTHON, 'fixtures/allocate.py', '0', '0'],
  },
  {
    name: 'word index, 3M words',
    command: [PYTHON, 'fixtures/example/word_index.py', '3000000'],
  },
  {
    name: 'word index, 8M words',
    command: [PYTHON, 'fixtures/example/word_index.py', '8000000'],
  },
];

// User plus system CPU seconds of the children this process has waited
// for (cutime + cstime in /proc/self/stat, in 1/100 s ticks).
function childrenCpuSeconds() {
  const text = readFileSync('/proc/self/stat', 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * Runs a command with output discarded; returns its wall seconds, the CPU
 * seconds of its whole process tree, and its stderr.
 */
function timed(command) {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawn(command[0], command.slice(1), {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        reject(
          new Error(`${command.join(' ')} exited with ${code}:\n${stderr}`),
        );
      else resolve({ seconds, cpu: childrenCpuSeconds() - cpuBefore, stderr });
    });
  });
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function runBare(workload, _scratch, samples) {
  const bare = await timed(workload.command);
  samples.bare.push(bare.seconds);
  samples.bareCpu.push(bare.cpu);
}

async function runMemgate(workload, scratch, samples) {
  const report = path.join(scratch, 'report.json');
  const memgate = await timed([
    'node',
    values.cli,
    'run',
    '--report',
    report,
    '--',
    ...workload.command,
  ]);
  const run = JSON.parse(await readFile(report, 'utf8')).workloads[0].runs[0];
  samples.memgate.push(memgate.seconds);
  samples.memgateRun.push(run.wallSeconds);
  samples.memgateCpu.push(memgate.cpu);
  samples.memgateRunCpu.push(run.cpuSeconds);
  samples.kernelPeak.push(run.peakBytes);
}

async function runTime(workload, _scratch, samples) {
  const time = await timed([TIME, '-v', ...workload.command]);
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(
    time.stderr,
  );
  samples.time.push(time.seconds);
  samples.timeCpu.push(time.cpu);
  samples.maxRss.push(Number(maxRss[1]) * 1024);
}

const ways = [runBare, runMemgate, runTime];

async function measure(workload, scratch) {
  const samples = {
    bare: [],
    bareCpu: [],
    memgate: [],
    memgateCpu: [],
    memgateRun: [],
    memgateRunCpu: [],
    kernelPeak: [],
    time: [],
    timeCpu: [],
    maxRss: [],
  };
  // Interleave the three ways and rotate which goes first, so a slow phase
  // of the machine and any after-effect of the previous run hit all alike.
  for (let index = 0; index < runs; index += 1) {
    for (let step = 0; step < ways.length; step += 1) {
      await ways[(index + step) % ways.length](workload, scratch, samples);
    }
    process.stderr.write(
      `bench: ${workload.name}: round ${index + 1} of ${runs}\n`,
    );
  }
  const medians = Object.fromEntries(
    Object.entries(samples).map(([key, list]) => [key, median(list)]),
  );
  const minimums = Object.fromEntries(
    Object.entries(samples).map(([key, list]) => [key, Math.min(...list)]),
  );
  return { medians, minimums };
}

function formatRows(name, { medians: m, minimums: low }) {
  const cells = (key) =>
    `${m[key].toFixed(3)} | ${(m[key] / m.bare).toFixed(3)} | ${low[key].toFixed(3)} | ${(low[key] / low.bare).toFixed(3)} | ${m[`${key}Cpu`].toFixed(2)}`;
  const mib = (bytes) => `${(bytes / MiB).toFixed(1)} MiB`;
  return [
    `| ${name} | bare | ${cells('bare')} | |`,
    `| ${name} | memgate run, whole CLI | ${cells('memgate')} | kernel peak ${mib(m.kernelPeak)} |`,
    `| ${name} | memgate run, the run itself | ${cells('memgateRun')} | |`,
    `| ${name} | /usr/bin/time -v | ${cells('time')} | max RSS ${mib(m.maxRss)} |`,
  ];
}

function summarize(name, { medians: m, minimums: low }) {
  const change = (value, base) =>
    base > 0
      ? `${value >= base ? '+' : ''}${((value / base - 1) * 100).toFixed(1)}%`
      : 'n/a';
  return (
    `- ${name}: the run itself against bare: wall time ${change(m.memgateRun, m.bare)} by median, ` +
    `${change(low.memgateRun, low.bare)} by minimum; CPU time ${change(m.memgateRunCpu, m.bareCpu)} by median. ` +
    `The whole CLI took ${(m.memgate - m.bare).toFixed(3)} s longer than bare by median.`
  );
}

async function describeMachine() {
  const python = await new Promise((resolve) => {
    const child = spawn(PYTHON, ['--version'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (text += chunk));
    child.once('close', () => resolve(text.trim()));
  });
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg()[0].toFixed(2);
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Linux ${os.release()}, Node.js ${process.version}, ${python}; load average ${load} at the end`;
}

const scratch = await mkdtemp(path.join(os.tmpdir(), 'memgate-bench-'));
try {
  const rows = [];
  const notes = [];
  for (const workload of workloads) {
    const result = await measure(workload, scratch);
    rows.push(...formatRows(workload.name, result));
    notes.push(summarize(workload.name, result));
  }
  const page = renderPage(rows, notes, await describeMachine());
  const temporary = `${values.out}.tmp-${process.pid}`;
  await writeFile(temporary, page);
  await rename(temporary, values.out);
  process.stdout.write(page);
} finally {
  await rm(scratch, { recursive: true, force: true });
}

function renderPage(rows, notes, machine) {
  return `# Benchmarks

Wall time of the same Python workloads run bare, under \`memgate run\` and
under \`/usr/bin/time -v\`, each the median of ${runs} rounds taken in turn.
Written by \`npm run bench\` (the build, then \`node scripts/bench.mjs\`) on
${new Date().toISOString().slice(0, 10)}, with \`--cli ${values.cli}\`.

Machine: ${machine}. memgate used its default sandbox (cgroup v1 here)
and sampled memory every 50 ms.

| Workload | Way | Median wall s | Median ratio to bare | Min wall s | Min ratio to bare | Median CPU s | Peak |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${notes.join('\n')}

The target is a wall time of the run itself within 2% of bare for
workloads of one second or more. \`/usr/bin/time -v\` adds next to no
work, so its distance from bare shows how noisy the machine was during the
measurement. Where that noise is larger than 2%, the CPU time is the
better check of what the cgroup and the sampling cost.

Other processes on a shared machine slow single rounds down at random, so
the minimum, the round least disturbed, shows the overhead more reliably
than the median when the load average is above the CPU count.

- *bare*: the command started from Node.js, as memgate starts it.
- *memgate run, whole CLI*: \`node dist/cli.js run -- COMMAND\` from start to
  exit, so it includes Node.js start-up, opening the sandbox, the Python
  version probe and writing the report.
- *memgate run, the run itself*: the \`wallSeconds\` memgate records for the
  run: from the start of the wrapper, which joins the cgroup and execs the
  command, to its exit, with sampling running.
- *Median CPU s*: user plus system time of the process tree, from the
  bench's own \`cutime\` and \`cstime\` (for the run itself, memgate's
  \`cpuSeconds\`, measured the same way). CPU time is less disturbed by
  other load than wall time, so it shows whether the cgroup itself costs
  anything.
- *kernel peak* is the cgroup's \`memory.max_usage_in_bytes\` (v1) or
  \`memory.peak\` (v2): the whole cgroup, page cache included. *max RSS* is
  what \`wait4\` reports for the largest single process, without page cache.
`;
}
