// Started by signal-cleanup.test.ts as its own Node.js process: opens the
// default sandbox, starts a workload that sleeps, prints the run's cgroup
// and the workload's pid, and on SIGTERM destroys every run before exiting.
import { spawn } from 'node:child_process';
import { destroyAllRuns, openSandbox } from '../../src/sandbox/index.js';

const sandbox = await openSandbox();
const run = await sandbox.createRun({
  limitBytes: 64 * 1024 * 1024,
  label: 'signal',
});
const [file, ...args] = run.wrap([
  '/usr/bin/python3',
  '-c',
  'import time; time.sleep(3600)',
]);
const child = spawn(file as string, args, { stdio: 'ignore' });
run.attach(child.pid as number);

process.once('SIGTERM', () => {
  destroyAllRuns().then(
    () => process.exit(143),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.stdout.write(`${JSON.stringify({ path: run.path, pid: child.pid })}\n`);
