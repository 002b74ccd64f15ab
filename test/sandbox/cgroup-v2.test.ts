// The cgroup v2 sandbox on a real cgroup v2 kernel. Hosts that bind the
// memory controller to cgroup v1 cannot run it, so the checks run inside a
// User-Mode Linux guest (test/uml/run-in-uml.sh) and report back as JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MiB = 1024 * 1024;
const repository = join(import.meta.dirname, '../..');
const umlFolder = join(repository, 'test/uml');

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

// Without the harness the tests skip on a developer machine, but under CI a
// missing harness must fail, so they run there and the guest reports it.
const skip = !hasCommand('linux.uml') && !process.env.CI;
if (skip) {
  console.warn(
    'Skipping the cgroup v2 tests: linux.uml is missing. Install the Debian packages user-mode-linux and busybox-static.',
  );
}

/** Result JSON that test/uml/guest-v2.ts writes. */
interface GuestResult {
  uid: number;
  kind: string;
  parentPath: string;
  parentReason: string;
  parentSubtreeControl: string;
  overTheCap: {
    memoryMax: string;
    swapMax: string | null;
    exit: { code: number | null; signal: string | null; stdout: string };
    peak: { bytes: number; source: string };
    oomKills: number;
    existsAfterDestroy: boolean;
  };
  underTheCap: {
    workloadUid: number;
    exit: { code: number | null; signal: string | null; stdout: string };
    peak: { bytes: number; source: string };
    oomKills: number;
  };
  leftover: {
    exit: { code: number | null };
    childPid: number;
    procsBefore: string;
    childAliveAfter: boolean;
    existsAfterDestroy: boolean;
  };
  parentChildrenBeforeClose: string[];
  parentExistsAfterClose: boolean;
  /** Error message of opening a plain folder as --cgroup-parent. */
  fakeParent: string;
}

let workdir: string;

beforeAll(async () => {
  if (skip) return;
  workdir = mkdtempSync(join(tmpdir(), 'memgate-v2-'));
  // The guest's unprivileged user writes its result here.
  chmodSync(workdir, 0o1777);
  // That user reads the fixtures from here too, because the checkout may
  // sit in a folder that only root can enter.
  cpSync(join(repository, 'fixtures'), join(workdir, 'fixtures'), {
    recursive: true,
  });
  await build({
    entryPoints: [join(umlFolder, 'guest-v2.ts')],
    outfile: join(workdir, 'guest-v2.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
});

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

/** Boots the guest, runs the v2 checks there and returns their result. */
function runGuest(prefix: string[]): GuestResult {
  const resultFile = join(workdir, `result-${prefix.length}.json`);
  const command = [
    ...prefix,
    process.execPath,
    join(workdir, 'guest-v2.mjs'),
    resultFile,
    join(workdir, 'fixtures'),
  ];
  execFileSync(
    join(umlFolder, 'run-in-uml.sh'),
    ['-m', '1024', '-t', '240', '-C', workdir, '--', ...command],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return JSON.parse(readFileSync(resultFile, 'utf8')) as GuestResult;
}

// The sudo mode also needs the Debian package sudo on the host, since the
// guest runs the host's programs.
const noSudo = !hasCommand('sudo') && !process.env.CI;
const modes = [
  {
    name: 'as root',
    prefix: [] as string[],
    parent: /^memgate-\d+$/,
    skip,
  },
  {
    // GitHub-hosted runners: an unprivileged user with passwordless sudo.
    name: 'as a sudo user',
    prefix: [join(umlFolder, 'as-sudo-user.sh')],
    parent: /^memgate-\d+-\d+$/,
    skip: skip || noSudo,
  },
];
if (!skip && noSudo) {
  console.warn(
    'Skipping the cgroup v2 tests as a sudo user: sudo is missing. Install the Debian package sudo.',
  );
}

describe.each(modes)('cgroup v2 sandbox $name', (mode) => {
  let result: GuestResult;

  beforeAll(() => {
    if (!mode.skip) result = runGuest(mode.prefix);
  }, 300_000);

  it.skipIf(mode.skip)('creates its own parent with memory', () => {
    expect(result.kind).toBe('cgroup-v2');
    expect(dirname(result.parentPath)).toBe('/sys/fs/cgroup');
    expect(basename(result.parentPath)).toMatch(mode.parent);
    expect(result.parentSubtreeControl.split(' ')).toContain('memory');
    if (mode.prefix.length > 0) {
      expect(result.uid).not.toBe(0);
      expect(result.parentReason).toMatch(/sudo/);
    }
  });

  it.skipIf(mode.skip)('rejects a plain folder as parent', () => {
    expect(result.fakeParent).toContain('outside the cgroup mount');
  });

  it.skipIf(mode.skip)('OOM-kills a workload over the cap', () => {
    const run = result.overTheCap;
    expect(run.memoryMax).toBe(String(64 * MiB));
    expect(run.swapMax).toBe('0');
    expect(run.exit.signal).toBe('SIGKILL');
    expect(run.exit.stdout).not.toContain('allocated');
    expect(run.oomKills).toBeGreaterThanOrEqual(1);
    expect(run.peak.source).toBe('kernel');
    expect(run.peak.bytes).toBeGreaterThan(60 * MiB);
    expect(run.peak.bytes).toBeLessThanOrEqual(64 * MiB);
    expect(run.existsAfterDestroy).toBe(false);
  });

  it.skipIf(mode.skip)('reads the peak under the cap', () => {
    const run = result.underTheCap;
    expect(run.exit.code).toBe(0);
    expect(run.exit.stdout).toContain('allocated 20');
    expect(run.oomKills).toBe(0);
    expect(run.peak.bytes).toBeGreaterThanOrEqual(20 * MiB);
    // 20 MiB plus the interpreter, far below the rest of the cap.
    expect(run.peak.bytes).toBeLessThan(40 * MiB);
  });

  it.skipIf(mode.skip)('runs the workload as the invoking user', () => {
    expect(result.underTheCap.workloadUid).toBe(result.uid);
  });

  it.skipIf(mode.skip)('kills leftovers and removes everything', () => {
    const run = result.leftover;
    expect(run.exit.code).toBe(0);
    expect(run.procsBefore.split('\n')).toContain(String(run.childPid));
    expect(run.childAliveAfter).toBe(false);
    expect(run.existsAfterDestroy).toBe(false);
    expect(result.parentChildrenBeforeClose).toEqual([]);
    expect(result.parentExistsAfterClose).toBe(false);
  });
});
