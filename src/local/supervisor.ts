import { LocalServiceError } from '../errors.js';
import { backoffDelayMs, type RetryPolicy, sleep } from '../io/backoff.js';
import type { ProcessExit } from './process-group.js';

/** A local service the stack keeps running: the Kafka broker and the Kinesis server. */
export interface SupervisedService {
  onUnexpectedExit(listener: (exit: ProcessExit) => void): void;
  /** Starts it again (same port, same data); rejects when it does not come up. */
  start(): Promise<void>;
}

export interface SupervisorOptions {
  log: (line: string) => void;
  /** The service stays down: the stack must stop, loudly. */
  onGiveUp: (err: LocalServiceError) => void;
  /** Running this long after a restart resets the count. @default 60 s */
  calmAfterMs?: number;
  /** Restarts in a row (`maxAttempts`, with no calm period between) and the delay before each:
   * exponential with full jitter. @default 5 restarts, 0.5 s doubling to 10 s */
  backoff?: RetryPolicy;
}

const DEFAULT_BACKOFF: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 10_000 };

/**
 * Restarts `name` whenever it dies unexpectedly, with backoff and a log line each time; after
 * `backoff.maxAttempts` failed or short-lived restarts it gives up through `onGiveUp`. Returns `stop`, which
 * ends supervision (call it before stopping the service on purpose).
 */
export function supervise(name: string, service: SupervisedService, options: SupervisorOptions): () => void {
  const calmAfterMs = options.calmAfterMs ?? 60_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const maxRestarts = backoff.maxAttempts;
  let stopped = false;
  let attempt = 0;
  let lastRestartAt = 0;
  let restarting = false;

  const restart = async (exit: ProcessExit): Promise<void> => {
    if (stopped || restarting) return;
    restarting = true;
    try {
      if (Date.now() - lastRestartAt > calmAfterMs) attempt = 0;
      const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
      while (!stopped) {
        attempt++;
        if (attempt > maxRestarts) {
          const err = new LocalServiceError(
            `${name} died (${how}) and did not stay up after ${maxRestarts} restarts; stopping the stack`,
          );
          options.log(`supervisor: ${err.message}`);
          options.onGiveUp(err);
          return;
        }
        const delay = backoffDelayMs(attempt, backoff);
        options.log(
          `supervisor: ${name} exited (${how}); restarting in ${Math.round(delay)} ms (restart ${attempt} of ${maxRestarts})`,
        );
        await sleep(delay);
        if (stopped) return;
        try {
          await service.start();
          lastRestartAt = Date.now();
          options.log(`supervisor: ${name} is back`);
          return;
        } catch (err) {
          options.log(`supervisor: restarting ${name} failed: ${(err as Error).message.split('\n')[0]}`);
        }
      }
    } finally {
      restarting = false;
    }
  };

  service.onUnexpectedExit((exit) => {
    restart(exit).catch((err: unknown) => options.onGiveUp(err as LocalServiceError));
  });
  return () => {
    stopped = true;
  };
}
