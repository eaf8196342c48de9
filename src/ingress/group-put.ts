/**
 * Group commit for the SMTP ingress: messages whose DATA ends while a PutRecords call is in flight
 * wait for it and then go together in the next call, so concurrent sessions share one call instead
 * of queueing one call each. One call at a time: a durable local Kinesis server fsyncs once per
 * call (docs/smtp-latency.md), so a call costs about the same whether it carries one record or
 * fifty, and the batch grows by itself as calls get slower.
 *
 * A message shares the fate of its call: when any record of the call is not acknowledged after the
 * sender's retries, every message in it is reported as not acknowledged (the SMTP client gets 451
 * and sends again). A record that did land is then on the stream twice; the processor's leadId and
 * the notifier's de-duplication absorb that, as they absorb any at-least-once replay.
 */
import type { KinesisSender, OutgoingRecord } from '../sender/kinesis-sender.js';

export interface GroupPut {
  /** Resolves true once Kinesis acknowledged every record, false if it did not (never rejects). */
  put(records: readonly OutgoingRecord[]): Promise<boolean>;
}

interface Waiting {
  records: readonly OutgoingRecord[];
  resolve: (acknowledged: boolean) => void;
}

export function createGroupPut(sender: KinesisSender): GroupPut {
  let waiting: Waiting[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      const records = group.flatMap((w) => w.records);
      let acknowledged: boolean;
      try {
        const sent = await sender.sendAll(records);
        acknowledged = sent.failed === 0 && sent.sent === records.length;
      } catch {
        acknowledged = false;
      }
      for (const w of group) w.resolve(acknowledged);
    }
    flushing = false;
  }

  return {
    put(records) {
      return new Promise<boolean>((resolve) => {
        waiting.push({ records, resolve });
        if (!flushing) void flush();
      });
    },
  };
}
