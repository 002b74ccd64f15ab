import { destroyAllRuns } from '../sandbox/index.js';

// 128 plus the signal number, as shells report a process a signal ended.
const exitCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof exitCodes;

/**
 * SIGHUP (a closed terminal or SSH session), SIGINT and SIGTERM handling
 * during a measurement: kill every workload, remove every cgroup, and exit
 * 129, 130 or 143 without writing a report.
 */
export class SignalGuard {
  /** The signal that arrived, if any. */
  received: HandledSignal | undefined;
  private readonly handlers = new Map<HandledSignal, () => void>();

  constructor(private readonly log: (line: string) => void) {}

  /** Installs the handlers; call uninstall() when the measurement ends. */
  install(): void {
    for (const signal of Object.keys(exitCodes) as HandledSignal[]) {
      const handler = () => void this.handle(signal);
      this.handlers.set(signal, handler);
      process.on(signal, handler);
    }
  }

  /** Removes the handlers again. */
  uninstall(): void {
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
    this.handlers.clear();
  }

  private async handle(signal: HandledSignal): Promise<void> {
    if (this.received !== undefined) return;
    this.received = signal;
    this.log(
      `memgate: ${signal} received: killing the workload and removing its cgroup.`,
    );
    try {
      await destroyAllRuns({ final: true });
    } catch (error) {
      this.log(
        `memgate: cleanup after ${signal} failed: ${(error as Error).message}`,
      );
    }
    process.exit(exitCodes[signal]);
  }

  /**
   * Returns normally when no signal arrived. After a signal it never
   * returns, so that no report is written while the handler exits.
   */
  async checkpoint(): Promise<void> {
    if (this.received === undefined) return;
    await new Promise<never>(() => {});
  }
}
