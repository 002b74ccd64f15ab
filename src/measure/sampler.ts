import { performance } from 'node:perf_hooks';
import type { TimelineSample } from '../report/types.js';
import type { RunSandbox } from '../sandbox/types.js';
import { downsampleTimeline } from './timeline.js';

// Past this many samples (about 14 hours at 50 ms), the timeline is halved
// in place, keeping the higher sample of each pair, to bound its memory.
const MAX_KEPT_SAMPLES = 1_000_000;

/**
 * Samples a run's memory every `intervalMs` until stopped. One sample is
 * read at a time: the next is scheduled only after the last one returned.
 */
export class Sampler {
  private timeline: TimelineSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly run: RunSandbox,
    private readonly intervalMs: number,
    private readonly startedAt: number,
  ) {
    this.tick();
  }

  private tick(): void {
    this.pending = this.takeSample().then(() => {
      if (!this.stopped)
        this.timer = setTimeout(() => this.tick(), this.intervalMs);
    });
  }

  private async takeSample(): Promise<void> {
    try {
      const sample = await this.run.sample();
      this.timeline.push({
        tMs: Math.round(performance.now() - this.startedAt),
        ...sample,
      });
    } catch {
      // The cgroup or the process can vanish between two samples at exit;
      // the kernel's peak, read afterwards, does not depend on the samples.
      return;
    }
    if (this.timeline.length > MAX_KEPT_SAMPLES) {
      this.timeline = downsampleTimeline(this.timeline, MAX_KEPT_SAMPLES / 2);
    }
  }

  /** Stops sampling and waits for a sample in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pending;
    clearTimeout(this.timer);
  }

  /** Returns the samples taken so far. */
  samples(): TimelineSample[] {
    return this.timeline;
  }
}
