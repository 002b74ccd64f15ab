export { findConfig, loadConfig } from './load.js';
export { TOP_LEVEL_KEYS, WORKLOAD_KEYS, validateConfig } from './validate.js';
export * from './types.js';
