/**
 * The SES inbound forwarder (AWS): SES stores each received email in S3 (infra/constructs/mail-ingress.ts)
 * and the object's creation invokes this function, which puts the email on Kinesis: the bytes when they
 * fit in a record, else a claim-check pointer (the shared sender, as `leadstream send` and the local
 * SMTP ingress do).
 *
 * The stored object is the message as SES received it, with SES's own header fields on top:
 * `X-SES-Spam-Verdict`, `X-SES-Virus-Verdict`, `Received-SPF`, `Authentication-Results` (SPF, DKIM,
 * DMARC) and a `Received: … by inbound-smtp.<region>.amazonaws.com … for <recipient>;` trace line. They
 * travel unchanged to the processor, where triage reads them. The envelope recipient is taken from that
 * topmost Received line (SES writes `for` when the message had one recipient on this rule) and
 * prepended as `X-Leadstream-Envelope-To` (src/ingress/envelope.ts), so routing uses it.
 */
import type { S3Event } from 'aws-lambda';
import type { KinesisSender } from '../sender/kinesis-sender.js';
import type { PartitionKeyFn } from '../sender/partition-key.js';
import { ENVELOPE_TO_HEADER } from './envelope.js';

export interface SesForwarderDeps {
  /** Reads an object's bytes. */
  getObject: (bucket: string, key: string) => Promise<Buffer>;
  sender: KinesisSender;
  partitionKey: PartitionKeyFn;
  /** The only bucket this function reads. */
  mailBucket: string;
}

const HEADER_SCAN_BYTES = 64 * 1024;

/** The `for <addr>` of the first Received field, when SES wrote one. */
export function sesEnvelopeRecipient(raw: Buffer): string | null {
  const head = raw.subarray(0, HEADER_SCAN_BYTES).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const received = /^Received:(.*)$/im.exec(block)?.[1];
  const m = received ? /\bfor\s+<?([^\s<>;@]+@[^\s<>;]+)>?\s*;/i.exec(received) : null;
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** What goes on Kinesis for one stored email: the envelope line (when known) above the stored bytes. */
export function withEnvelope(raw: Buffer): Buffer {
  const rcpt = sesEnvelopeRecipient(raw);
  return rcpt ? Buffer.concat([Buffer.from(`${ENVELOPE_TO_HEADER}: <${rcpt}>\r\n`, 'latin1'), raw]) : raw;
}

export function createSesForwarder(deps: SesForwarderDeps) {
  return async (event: S3Event): Promise<{ forwarded: number }> => {
    const records = [];
    for (const r of event.Records) {
      const bucket = r.s3.bucket.name;
      if (bucket !== deps.mailBucket) throw new Error('event for a bucket this forwarder does not serve');
      const key = decodeURIComponent(r.s3.object.key.replace(/\+/g, ' '));
      const data = withEnvelope(await deps.getObject(bucket, key));
      records.push({ data, partitionKey: deps.partitionKey(data).key });
    }
    const stats = await deps.sender.sendAll(records);
    // Throwing makes Lambda retry the async invocation, then hand it to the dead-letter queue.
    if (stats.failed > 0)
      throw new Error(`${stats.failed} of ${records.length} emails not acknowledged by Kinesis`);
    return { forwarded: stats.sent };
  };
}

let forwarder: ReturnType<typeof createSesForwarder> | undefined;

/** The Lambda entry point. Environment: STREAM_NAME, MAIL_BUCKET, CLAIM_CHECK_BUCKET. */
export async function handler(event: S3Event): Promise<{ forwarded: number }> {
  if (!forwarder) {
    const env = (name: string) => {
      const v = process.env[name];
      if (!v) throw new Error(`environment variable ${name} is not set`);
      return v;
    };
    const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
    const { KinesisClient } = await import('@aws-sdk/client-kinesis');
    const { createKinesisSender } = await import('../sender/kinesis-sender.js');
    const { createS3ClaimCheckStore } = await import('../io/claim-check.js');
    const { createPartitionKeyFn } = await import('../sender/partition-key.js');
    const { loadConfig } = await import('../config/load.js');
    const s3 = new S3Client({});
    const rules = await loadConfig();
    forwarder = createSesForwarder({
      mailBucket: env('MAIL_BUCKET'),
      partitionKey: createPartitionKeyFn(rules.businesses),
      getObject: async (bucket, key) => {
        const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return Buffer.from((await out.Body?.transformToByteArray()) ?? []);
      },
      sender: createKinesisSender({
        client: new KinesisClient({}),
        streamName: env('STREAM_NAME'),
        claimCheck: createS3ClaimCheckStore({
          bucket: env('CLAIM_CHECK_BUCKET'),
          prefix: 'claim-check/',
          client: s3,
        }),
      }),
    });
  }
  return forwarder(event);
}
