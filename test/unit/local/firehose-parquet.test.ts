import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FirehoseClient, PutRecordBatchCommand } from '@aws-sdk/client-firehose';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { localAwsClientConfig } from '../../../src/io/aws-clients.js';
import { openAnalyticsQuery } from '../../../src/local/analytics-query.js';
import { startFirehoseServer } from '../../../src/local/firehose-server.js';
import { createParquetDelivery } from '../../../src/local/parquet-delivery.js';
import { anonymise } from '../../../src/processors/stages/anonymise.js';
import { encodeAnalytics } from '../../../src/processors/stages/encode.js';
import { sampleLead } from '../schemas/arbitraries.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'leadstream-firehose-parquet-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('carries anonymised leads from the Firehose SDK to Parquet that SQL can read', async () => {
  // Prepare: the whole local path, Firehose API → buffer → Parquet, with a partial failure to retry.
  const server = await startFirehoseServer({
    delivery: createParquetDelivery({ dir, bufferBytes: 1 << 20, bufferIntervalMs: 60_000 }),
    failEveryNth: 4,
  });
  const client = new FirehoseClient({
    ...localAwsClientConfig(server.endpoint),
  });
  const key = Buffer.alloc(32, 1);
  const leads = Array.from({ length: 25 }, (_, i) => ({
    ...sampleLead(),
    leadId: `lead-${i}`,
    receivedAt: new Date(Date.UTC(2026, 10, 27, 10, i)),
  }));
  let pending = leads.map((lead) => ({
    Data: encodeAnalytics(anonymise(lead, { hmacKey: key, messagePolicy: 'redact' })),
  }));
  // Act: send, resending only the failed entries, as the Firehose sink does.
  for (let attempt = 0; pending.length > 0 && attempt < 10; attempt++) {
    const out = await client.send(
      new PutRecordBatchCommand({ DeliveryStreamName: 'analytics', Records: pending }),
    );
    pending = pending.filter((_, i) => out.RequestResponses?.[i]?.ErrorCode);
  }
  client.destroy();
  await server.close(); // flushes the delivery
  const query = await openAnalyticsQuery(dir);
  const { rows } = await query.run(
    'SELECT count(*)::INTEGER AS n, count(DISTINCT lead_id)::INTEGER AS ids, min(dt) AS dt, any_value(message_redacted) AS msg FROM analytics',
  );
  query.close();
  // Assess: every lead exactly once, no PII in the message.
  expect(pending).toHaveLength(0);
  expect(rows).toEqual([{ n: 25, ids: 25, dt: '2026-11-27', msg: expect.any(String) }]);
  expect(String(rows[0]?.msg)).not.toMatch(/Zoë|Østergård/);
});
