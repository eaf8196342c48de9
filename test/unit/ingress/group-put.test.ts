import { describe, expect, it } from 'vitest';
import { createGroupPut } from '../../../src/ingress/group-put.js';
import type { KinesisSender, OutgoingRecord, SendStats } from '../../../src/sender/kinesis-sender.js';

const record = (key: string): OutgoingRecord => ({ data: Buffer.from(key), partitionKey: key });

/**
 * A sender whose calls stay open until `release()`: it records each call's records and answers
 * with `outcome` (fail: every record of the call unacknowledged; throw: the call itself fails).
 */
function heldSender(outcome: (call: number) => 'ok' | 'fail' | 'throw' = () => 'ok') {
  const calls: string[][] = [];
  const releases: Array<() => void> = [];
  const sender: KinesisSender = {
    async sendAll(input) {
      const list = [...(input as Iterable<OutgoingRecord>)];
      const call = calls.push(list.map((r) => r.partitionKey)) - 1;
      await new Promise<void>((resolve) => releases.push(resolve));
      const o = outcome(call);
      if (o === 'throw') throw new Error('connection refused');
      const n = list.length;
      return {
        sent: o === 'ok' ? n : 0,
        failed: o === 'ok' ? 0 : n,
        retried: 0,
        claimChecked: 0,
        bytes: 0,
      } satisfies SendStats;
    },
  };
  const release = async () => {
    // Let pending promise callbacks run so the next call has started before we look.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    releases.shift()?.();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { sender, calls, release };
}

describe('group put (SMTP ingress → Kinesis)', () => {
  it('sends messages that arrive during a call together in the next one, in arrival order', async () => {
    const { sender, calls, release } = heldSender();
    const puts = createGroupPut(sender);
    const first = puts.put([record('a')]);
    const rest = [puts.put([record('b')]), puts.put([record('c1'), record('c2')]), puts.put([record('d')])];
    await release();
    await release();
    expect(await first).toBe(true);
    expect(await Promise.all(rest)).toEqual([true, true, true]);
    expect(calls).toEqual([['a'], ['b', 'c1', 'c2', 'd']]);
  });

  it('reports every message of a call that was not fully acknowledged, and only those', async () => {
    const { sender, release } = heldSender((call) => (call === 1 ? 'fail' : call === 2 ? 'throw' : 'ok'));
    const puts = createGroupPut(sender);
    const ok = puts.put([record('a')]);
    const failed = [puts.put([record('b')]), puts.put([record('c')])];
    await release();
    await release();
    const thrown = puts.put([record('d')]);
    await release();
    const after = puts.put([record('e')]);
    await release();
    expect(await ok).toBe(true);
    expect(await Promise.all(failed)).toEqual([false, false]);
    expect(await thrown).toBe(false);
    expect(await after).toBe(true);
  });
});
