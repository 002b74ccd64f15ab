import { resolve } from 'node:path';
import type { Report } from '../report/types.js';
import { tryGit } from '../git/git.js';
import { parseReport, serializeReport } from './record.js';
import { writeFileAtomic } from './write-file.js';
import { DEFAULT_BASELINE_FILE, type BaselineStore } from './types.js';

/** Settings of the file store. */
export interface FileStoreOptions {
  /** Working directory inside the repository; `path` is relative to it. */
  cwd: string;
  /** Baseline file; default "memgate-baseline.json". */
  path?: string;
}

/**
 * A baseline file committed in the repository, read as it is at a given
 * commit (the merge-base), so a pull request that changes the file shows
 * the change in its own diff.
 */
export class FileStore implements BaselineStore {
  readonly kind = 'file' as const;
  readonly cwd: string;
  readonly path: string;

  constructor(options: FileStoreOptions) {
    this.cwd = options.cwd;
    this.path = options.path ?? DEFAULT_BASELINE_FILE;
  }

  /** Names the file, for messages. */
  describe(): string {
    return `file "${this.path}"`;
  }

  /** Nothing to fetch: the merge-base search fetches the commits. */
  async prepare(): Promise<void> {}

  /** Reads the file as committed at `commit`, or null where it did not exist. */
  async read(commit: string): Promise<Report | null> {
    // "./" makes git read the path relative to cwd, not to the repository root.
    const spec = `${commit}:./${this.path}`;
    const result = await tryGit(['show', spec], { cwd: this.cwd });
    if (result.exitCode !== 0) return null;
    return parseReport(result.stdout, `${this.path} at commit ${commit}`);
  }

  /** Writes `report` to the file in the working tree, atomically; returns its path. */
  async write(report: Report): Promise<string> {
    return writeFileAtomic(
      resolve(this.cwd, this.path),
      serializeReport(report),
    );
  }
}
