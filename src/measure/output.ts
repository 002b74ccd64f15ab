// Forwards a workload's output to memgate's own streams without letting a
// slow or closed reader crash memgate or grow its memory.
import type { Readable, Writable } from 'node:stream';

/**
 * A destination of workload output that survives its reader going away.
 * After the first 'error' (EPIPE when `| head` exits, ENOBUFS), the sink
 * drops what it receives, so the measurement goes on and cleans up.
 */
export class OutputSink {
  /** The error that closed the destination, if any. */
  failure: Error | undefined;
  private readonly waiting = new Set<() => void>();
  private readonly onError = (error: Error) => {
    this.failure ??= error;
    this.releaseWaiting();
  };
  private readonly onDrain = () => this.releaseWaiting();

  constructor(private readonly stream: Writable) {
    stream.on('error', this.onError);
    stream.on('drain', this.onDrain);
  }

  /** True once the destination failed and output is dropped. */
  get broken(): boolean {
    return this.failure !== undefined || this.stream.destroyed;
  }

  /**
   * Writes a chunk. Returns false where the destination's buffer is full, and
   * then calls `resume` once it drained or failed.
   */
  write(chunk: Buffer | string, resume: () => void): boolean {
    if (this.broken) return true;
    if (this.stream.write(chunk)) return true;
    this.waiting.add(resume);
    return false;
  }

  /** Removes the listeners at the end of the measurement. */
  detach(): void {
    this.stream.off('error', this.onError);
    this.stream.off('drain', this.onDrain);
    this.releaseWaiting();
  }

  private releaseWaiting(): void {
    const callbacks = [...this.waiting];
    this.waiting.clear();
    for (const callback of callbacks) callback();
  }
}

/**
 * Streams `source` into `sink` as it comes, pausing `source` while the sink
 * is full, so that memgate keeps at most one buffer of output. `onChunk`
 * receives every chunk, also after the sink failed.
 */
export function forwardStream(
  source: Readable,
  sink: OutputSink,
  onChunk?: (chunk: Buffer) => void,
): Promise<void> {
  source.on('data', (chunk: Buffer) => {
    onChunk?.(chunk);
    if (!sink.write(chunk, () => source.resume())) source.pause();
  });
  return new Promise((resolve) => source.once('close', resolve));
}
