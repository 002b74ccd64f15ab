// Comparison, gate and Markdown rendering, for the action and the CLI.
export {
  classifyChange,
  compareReports,
  decideGate,
  effectiveTolerance,
} from './compare.js';
export type { CompareOptions } from './compare.js';
export { describeEnvironmentDifferences } from './environment.js';
export {
  escapeMarkdown,
  GATE_HEADLINES,
  renderComparisonMarkdown,
  renderComparisonTable,
  stripControlCharacters,
  VERDICT_LABELS,
} from './markdown.js';
export * from './types.js';
