import { describe, expect, it } from 'vitest';
import type { ProcessExit } from '../../../src/local/process-group.js';
import { supervise } from '../../../src/local/supervisor.js';

/** A service whose process the test kills; `start` fails while `broken` is set. */
function fakeService() {
  const listeners: Array<(exit: ProcessExit) => void> = [];
  const service = {
    starts: 0,
    broken: false,
    onUnexpectedExit: (l: (exit: ProcessExit) => void) => listeners.push(l),
    async start() {
      service.starts++;
      if (service.broken) throw new Error('port in use');
    },
    kill: () => {
      for (const l of listeners) l({ code: null, signal: 'SIGKILL' });
    },
  };
  return service;
}

const backoff = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
const until = async (cond: () => boolean) => {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 2));
};

describe('supervise', () => {
  it('restarts a service that died, with a log line for the death and the recovery', async () => {
    const service = fakeService();
    const lines: string[] = [];
    supervise('kafka broker', service, { log: (l) => lines.push(l), onGiveUp: () => {}, backoff });
    service.kill();
    await until(() => lines.some((l) => l.includes('is back')));
    expect(service.starts).toBe(1);
    expect(lines[0]).toMatch(
      /^supervisor: kafka broker exited \(signal SIGKILL\); restarting in \d+ ms \(restart 1 of 3\)$/,
    );
    expect(lines).toContain('supervisor: kafka broker is back');
  });

  it('gives up loudly when the service will not come back', async () => {
    const service = fakeService();
    service.broken = true;
    const errors: Error[] = [];
    supervise('kinesis server', service, { log: () => {}, onGiveUp: (e) => errors.push(e), backoff });
    service.kill();
    await until(() => errors.length > 0);
    expect(service.starts).toBe(3);
    expect(errors[0]?.message).toBe(
      'kinesis server died (signal SIGKILL) and did not stay up after 3 restarts; stopping the stack',
    );
  });

  it('leaves a stopped supervision alone', async () => {
    const service = fakeService();
    const stop = supervise('kafka broker', service, { log: () => {}, onGiveUp: () => {}, backoff });
    stop();
    service.kill();
    await new Promise((r) => setTimeout(r, 20));
    expect(service.starts).toBe(0);
  });
});
