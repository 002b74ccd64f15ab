// Baseline stores and selection, for the action and the CLI.
export { GitBranchStore, recordPath } from './branch-store.js';
export type { BranchStoreOptions, WriteResult } from './branch-store.js';
export { BaselineStoreError } from './errors.js';
export { FileStore } from './file-store.js';
export type { FileStoreOptions } from './file-store.js';
export { readReportFile } from './read-file.js';
export {
  describeFailedRuns,
  isNoBaseline,
  parseReport,
  RecordError,
  serializeReport,
} from './record.js';
export { selectBaseline, selectionFile } from './select.js';
export type { SelectedBaseline, SelectOptions } from './select.js';
export {
  DEFAULT_BASELINE_FILE,
  DEFAULT_KEEP_RECORDS,
  DEFAULT_MAX_DISTANCE,
  DEFAULT_STORE_BRANCH,
} from './types.js';
export type { BaselineStore } from './types.js';
export { writeFileAtomic } from './write-file.js';
