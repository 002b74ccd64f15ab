import type { Outcome } from '../report/types.js';
import { toOneLine } from '../report/table.js';
import { formatBytes } from '../units/size.js';

/** Facts about a run's end that decide its outcome and message. */
export interface RunEnding {
  command: string[];
  limitBytes: number;
  timeoutSeconds: number;
  /** memgate killed the run because it passed its timeout. */
  timedOut: boolean;
  oomKills: number;
  exitCode: number | null;
  signal: string | null;
  /** Measure-only: the sampled peak passed the limit that was not enforced. */
  wouldExceedLimit: boolean;
  peakBytes: number | null;
  stderrTail: readonly string[];
}

// Lines of stderr repeated in the message; the report keeps more.
const MESSAGE_STDERR_LINES = 5;

function describeEnding(ending: RunEnding): {
  outcome: Outcome;
  reason: string;
} {
  if (ending.timedOut) {
    return {
      outcome: 'timeout',
      reason: `timed out after ${ending.timeoutSeconds} s and was killed`,
    };
  }
  if (ending.oomKills > 0) {
    const kills =
      ending.oomKills === 1 ? '1 OOM kill' : `${ending.oomKills} OOM kills`;
    return {
      outcome: 'oom-killed',
      reason: `OOM-killed at the ${formatBytes(ending.limitBytes)} limit (${kills})`,
    };
  }
  if (ending.signal !== null) {
    return {
      outcome: 'killed',
      reason: `killed by ${ending.signal}, with no OOM kill counted`,
    };
  }
  if (ending.exitCode !== 0) {
    return { outcome: 'failed', reason: `exited with code ${ending.exitCode}` };
  }
  return { outcome: 'ok', reason: 'exited with code 0' };
}

/**
 * Decides a run's outcome and writes its message, ranked timeout, OOM kill,
 * signal, exit code. The message names the command. When the outcome is
 * not ok, it ends with the last lines of stderr.
 */
export function classifyRun(ending: RunEnding): {
  outcome: Outcome;
  message: string;
} {
  const { outcome, reason } = describeEnding(ending);
  let message = `${reason}: ${toOneLine(ending.command.join(' '))}`;
  if (ending.wouldExceedLimit && ending.peakBytes !== null) {
    message =
      `would exceed the limit: sampled peak ${formatBytes(ending.peakBytes)} is above ` +
      `${formatBytes(ending.limitBytes)}, which was not enforced; ${message}`;
  }
  const tail = ending.stderrTail
    .filter((line) => line.trim() !== '')
    .slice(-MESSAGE_STDERR_LINES);
  if (outcome !== 'ok' && tail.length > 0) {
    message += `\nlast lines of stderr:\n${tail.map((line) => `  ${line}`).join('\n')}`;
  }
  return { outcome, message };
}
