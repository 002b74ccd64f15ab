#!/usr/bin/env node
// Command-line front end: `memgate run`, `memgate compare`, `memgate baseline`.
import { ExitCode, MeasurementError, UsageError } from './errors.js';
import { VERSION } from './version.js';

const usage = `Usage:
  memgate run [--config FILE] [--limit SIZE] [--repeat N] [--timeout SECONDS]
              [--name NAME] [--report FILE] [--sandbox KIND] [-- COMMAND ARG...]
  memgate compare --baseline FILE --report FILE [--max-increase PERCENT]
              [--max-increase-bytes SIZE] [--markdown FILE]
  memgate baseline update [--file FILE] [run options]
  memgate --version

Exit status: 0 passed, 1 the gate failed (regression, OOM kill or failed
workload), 2 invalid usage or configuration, 3 the measurement could not be
made. 'memgate COMMAND --help' describes each command's options.`;

type CommandModule = { main(args: string[]): Promise<number> };

const commands: Record<string, () => Promise<CommandModule>> = {
  run: () => import('./commands/run.js'),
  compare: () => import('./commands/compare.js'),
  baseline: () => import('./commands/baseline.js'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    process.stdout.write(`${usage}\n`);
    return name === undefined ? ExitCode.Usage : ExitCode.Passed;
  }
  if (name === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.Passed;
  }
  const load = commands[name];
  if (load === undefined) {
    throw new UsageError(
      `Unknown command "${name}": use one of ${Object.keys(commands).join(', ')}, or --help.`,
    );
  }
  const command = await load();
  return command.main(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof MeasurementError) {
      process.stderr.write(`memgate: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(
      `memgate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = ExitCode.Measurement;
  },
);
