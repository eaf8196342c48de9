import { describe, expect, it } from 'vitest';
import {
  computePlan,
  lambdaEventBytesPerRecord,
  lambdaSecPerEmail,
  maxBatchUnderPayload,
  provisionedShards,
  slotModel,
} from '../../../src/plan/compute.js';
import { deploy, input, PRICING, PROFILE } from './fixtures.js';

// Hand-checked figures. Units: 1 MiB = 1,048,576 B; billed "GB" = 2^30 B; a month = 730 h = 2,628,000 s.
// Shards are sized to 80% of each per-shard limit (KINESIS_TARGET_UTILISATION).

describe('provisionedShards', () => {
  it('sizes 2,000 records/s of 4,160 B by write bytes', () => {
    // Prepare: 1,000 emails/s × 2 peak, 4 KiB + 64 B key = 4,160 B → 8,320,000 B/s.
    // Act
    const s = provisionedShards({ recordsPerSec: 2000, bytesPerRecord: 4160, streamConsumers: 1 });
    // Assess: bytes 8,320,000 / (1,048,576 × 0.8) = 9.92 → 10; records 2,000 / 800 = 2.5 → 3;
    // read 8,320,000 / (2,097,152 × 0.8) = 4.96 → 5.
    expect(s).toEqual({ byWriteBytes: 10, byWriteRecords: 3, byReadBytes: 5, shards: 10 });
  });

  it('sizes many small records by the 1,000 records/s limit', () => {
    // 5,000 records/s of 200 B = 1 MB/s: bytes → ceil(1,000,000 / 838,860.8) = 2; records → 5,000 / 800 = 6.25 → 7.
    const s = provisionedShards({ recordsPerSec: 5000, bytesPerRecord: 200, streamConsumers: 1 });
    expect(s.shards).toBe(7);
    expect(s.byWriteRecords).toBe(7);
  });

  it('sizes by the shared 2 MiB/s read limit when several standard consumers read', () => {
    // 800 KB/s written, read by 5 consumers = 4,000,000 B/s / 1,677,721.6 = 2.38 → 3 shards (write needs 1).
    const s = provisionedShards({ recordsPerSec: 400, bytesPerRecord: 2000, streamConsumers: 5 });
    expect(s).toEqual({ byWriteBytes: 1, byWriteRecords: 1, byReadBytes: 3, shards: 3 });
  });
});

describe('Lambda payload and CPU', () => {
  it('fits 1,037 base64-encoded 4 KiB records in the 6 MB event', () => {
    // 4,096 B → base64 4 × ceil(4,096 / 3) = 5,464 B, + 600 B of record JSON = 6,064 B;
    // (6,291,456 − 64) / 6,064 = 1,037.5 → 1,037.
    expect(lambdaEventBytesPerRecord(4096)).toBe(6064);
    expect(maxBatchUnderPayload(4096)).toBe(1037);
  });

  it('scales the bench CPU time by the vCPU share below 1,769 MB and not above', () => {
    // 400 µs × 1,769 / 512 = 1,382.03 µs; at 3,008 MB a function has more than one vCPU but the
    // processor is single-threaded, so it stays 400 µs.
    expect(lambdaSecPerEmail(400, 512)).toBeCloseTo(0.00138203, 8);
    expect(lambdaSecPerEmail(400, 3008)).toBeCloseTo(0.0004, 10);
  });
});

describe('slotModel', () => {
  it.each([
    // r, batchSize, window, t, overhead → batch, duration, invocations/s
    // Idle: 100/s fills 100 records in the 1 s poll; D = 0.05 + 100 × 0.001 = 0.15 s; 1 call/s.
    { r: 100, batchSize: 100, window: 1, t: 0.001, o: 0.05, batch: 100, duration: 0.15, inv: 1 },
    // Batch-size bound: 500/s with batches of 100 → 5 calls/s of 0.15 s.
    { r: 500, batchSize: 100, window: 1, t: 0.001, o: 0.05, batch: 100, duration: 0.15, inv: 5 },
    // Busy: 2,400/s at 0.4 ms: a 1 s fill takes 1.01 s, so the slot runs back to back:
    // D = 0.05 / (1 − 2,400 × 0.0004) = 1.25 s, B = 2,400 × 1.25 = 3,000, 0.8 calls/s.
    { r: 2400, batchSize: 10000, window: 0, t: 0.0004, o: 0.05, batch: 3000, duration: 1.25, inv: 0.8 },
  ])(
    'r=$r/s, batch $batchSize → $batch records in $duration s',
    ({ r, batchSize, window, t, o, batch, duration, inv }) => {
      // Act
      const m = slotModel({
        recordsPerSec: r,
        batchSize,
        windowSec: window,
        secPerRecord: t,
        overheadSec: o,
      });
      // Assess
      expect(m.batchRecords).toBeCloseTo(batch, 6);
      expect(m.durationSec).toBeCloseTo(duration, 6);
      expect(m.invocationsPerSec).toBeCloseTo(inv, 6);
      expect(m.keepsUp).toBe(true);
    },
  );

  it('reports a slot that cannot keep up', () => {
    // Capacity with batches of 100: 100 / (0.05 + 100 × 0.001) = 666.7/s < 1,000/s.
    const m = slotModel({
      recordsPerSec: 1000,
      batchSize: 100,
      windowSec: 1,
      secPerRecord: 0.001,
      overheadSec: 0.05,
    });
    expect(m.capacityRecordsPerSec).toBeCloseTo(666.667, 2);
    expect(m.keepsUp).toBe(false);
  });
});

describe('computePlan: 1,000 emails/s × 4 KB, peak ×2, infra defaults (on-demand, 512 MiB, batch 100, PF 1)', () => {
  const plan = computePlan(input(), PROFILE, deploy(), PRICING);
  const line = (service: string, item: string) =>
    plan.cost.lines.find((l) => l.service === service && l.item.startsWith(item));

  it('compares provisioned and on-demand Kinesis', () => {
    // Provisioned: 10 shards × 730 h × $0.015 = $109.50; PUT units: 2.628e9 records × 1 unit (4,160 B < 25 KiB)
    // = 2,628 M × $0.014 = $36.792 → $146.292.
    expect(plan.scale.kinesis.provisioned.shardsNeeded).toBe(10);
    expect(plan.scale.kinesis.provisioned.monthlyUsd).toBeCloseTo(146.292, 3);
    // On-demand: 730 × $0.04 = $29.20; in: 4,160 B rounds up to 5 KiB → 2.628e9 × 5,120 B / 2^30 = 12,531.28 GB × $0.08
    // = $1,002.50; out: 2.628e9 × 4,160 / 2^30 = 10,181.67 GB × $0.04 = $407.27 → $1,438.97.
    expect(plan.scale.kinesis.onDemand.ingestGbPerMonth).toBeCloseTo(12531.28, 2);
    expect(plan.scale.kinesis.onDemand.monthlyUsd).toBeCloseTo(1438.97, 2);
    expect(plan.scale.kinesis.cheaperMode).toBe('PROVISIONED');
    // Headroom at peak on 10 shards: bytes 1 − 8,320,000 / 10,485,760 = 20.7%.
    expect(plan.scale.kinesis.provisioned.headroom.writeBytes).toBeCloseTo(0.2065, 4);
  });

  it('sizes Lambda concurrency, duration and GB-seconds', () => {
    // On-demand at this peak uses ~10 shards → 100 emails/s per shard on average, 200 at peak.
    // One slot: 100 / (0.05 + 100 × 0.00138203) = 531.34 emails/s; PF for 2× headroom: ceil(400 / 531.34) = 1.
    expect(plan.scale.lambda.slotCapacityEmailsPerSec).toBeCloseTo(531.34, 2);
    expect(plan.scale.lambda.parallelizationFactor.needed).toBe(1);
    expect(plan.scale.lambda.maxConcurrency).toBe(10);
    // Average: batches of 100 every second per shard, D = 0.188203 s → 10 calls/s = 26.28 M/month;
    // GB-s = 10 × 0.188203 × 0.5 GB × 2,628,000 = 2,472,987.
    expect(plan.scale.lambda.average.durationSec).toBeCloseTo(0.188203, 6);
    expect(plan.scale.lambda.invocationsPerMonth).toBeCloseTo(26_280_000, 0);
    expect(plan.scale.lambda.gbSecondsPerMonth).toBeCloseTo(2_472_987, -1);
    // Busy concurrency on average: 10 slots × 0.188 s per 1 s = 1.88.
    expect(plan.scale.lambda.expectedConcurrency.average).toBeCloseTo(1.882, 3);
    expect(line('Lambda', 'requests')?.usd).toBeCloseTo(5.256, 3);
    expect(line('Lambda', 'compute')?.usd).toBeCloseTo(41.22, 2);
  });

  it('sizes MSK Serverless and prices it', () => {
    // Peak in: 2,000 × (0.87 × 700 + 0.13 × 200) = 1,270,000 B/s (1.21 MiB/s) → 1 partition needed; 6 per topic configured.
    expect(plan.scale.msk.clusterIngressPeakBytesPerSec).toBeCloseTo(1_270_000, 0);
    expect(plan.scale.msk.partitionsNeeded).toEqual({ leads: 1, rejected: 1 });
    expect(plan.scale.msk.totalPartitions).toBe(12);
    // Average in: 635,000 B/s × 2,628,000 s / 2^30 = 1,554.17 GB × $0.10 = $155.42; stored 168 h: 357.67 GB.
    expect(line('MSK Serverless', 'cluster')?.usd).toBeCloseTo(547.5, 2);
    expect(line('MSK Serverless', '12 partitions')?.usd).toBeCloseTo(13.14, 2);
    expect(line('MSK Serverless', 'data in')?.usd).toBeCloseTo(155.42, 2);
    expect(line('MSK Serverless', 'data out')?.usd).toBeCloseTo(77.71, 2);
    expect(plan.persistence.kafka.storedGb).toBeCloseTo(357.67, 2);
  });

  it('checks the Firehose quota and bills 900 B rows as 5 KB', () => {
    // Peak: 1,740 rows/s × 900 B = 1.49 MiB/s of 5 MiB/s; billed 870 rows/s × 5,120 B × 2,628,000 / 2^30 = 10,902.2 GB × $0.029.
    expect(plan.scale.firehose.check.records.peak).toBeCloseTo(1740, 6);
    expect(plan.scale.firehose.check.bytes.peak / 1_048_576).toBeCloseTo(1.4935, 4);
    expect(line('Firehose', 'Direct PUT')?.usd).toBeCloseTo(316.16, 2);
    // Objects: 870 × 900 × 3,600 = 2.82 GB/h / 128 MiB = 21.0 per hour, more than the 12 the 300 s interval gives.
    expect(plan.scale.firehose.objectsPerHour).toBeCloseTo(21.0, 1);
    expect(plan.scale.firehose.flushTrigger).toBe('size');
  });

  it('totals the bill per service from the lines', () => {
    const sum = plan.cost.lines.reduce((s, l) => s + l.usd, 0);
    expect(plan.cost.totalUsdPerMonth).toBeCloseTo(sum, 9);
    expect(Object.keys(plan.cost.byService)).toEqual([
      'Kinesis',
      'Lambda',
      'Secrets Manager',
      'MSK Serverless',
      'Firehose',
      'S3',
    ]);
    expect(plan.cost.lines.every((l) => l.source.startsWith('https://'))).toBe(true);
  });
});

describe('computePlan warnings name the setting to change', () => {
  it('asks for more shards and a higher parallelization factor on an undersized provisioned stream', () => {
    // Prepare: 500/s × 2 = 1,000/s of 1 KiB on 1 provisioned shard at 1,769 MB.
    // 1,000 × 1,088 B = 1,088,000 B/s → needs ceil(1,088,000 / 838,860.8) = 2 shards.
    // Slot: 100 / (0.05 + 100 × 0.0004) = 1,111 emails/s; PF for 2× headroom at 1,000/s on the 1 shard: ceil(2,000 / 1,111) = 2.
    const plan = computePlan(
      input({ rate: 500, avgKb: 1 }),
      PROFILE,
      deploy({ streamMode: 'PROVISIONED', shardCount: 1, memoryMiB: 1769 }),
      PRICING,
    );
    const settings = plan.warnings.map((w) => w.setting);
    expect(settings).toContain('-c shardCount=2');
    expect(settings).toContain('-c parallelizationFactor=2');
  });

  it('flags the Firehose bytes quota outside the three high-quota Regions', () => {
    // 1.49 MiB/s of rows at peak vs 1 MiB/s in eu-central-1.
    const plan = computePlan(input({ region: 'eu-central-1' }), PROFILE, deploy(), PRICING);
    const w = plan.warnings.find((x) => x.service === 'firehose');
    expect(w?.message).toContain('bytes');
    expect(w?.setting).toMatch(/limit-increase/);
    expect(plan.scale.firehose.quota.bytesPerSec).toBe(1_048_576);
  });

  it('flags MSK partitions and egress for many consumer groups', () => {
    // 100,000/s × 2 × 0.87 × 700 B = 121.8 MB/s in; × 10 groups = 1,218 MB/s out > 400 MiB/s.
    // Partitions for egress: ceil(121,800,000 × 10 / 10,485,760) = 117.
    const plan = computePlan(input({ rate: 100_000, consumers: 10 }), PROFILE, deploy(), PRICING);
    expect(plan.scale.msk.partitionsNeeded.leads).toBe(117);
    const settings = plan.warnings.filter((w) => w.service === 'msk').map((w) => w.setting);
    expect(settings).toContain('-c topicPartitions=117');
    expect(settings.some((s) => s.includes('--consumers'))).toBe(true);
  });

  it('warns that an outage as long as maxRecordAgeSeconds diverts records', () => {
    const plan = computePlan(input({ outageHours: 1 }), PROFILE, deploy(), PRICING);
    expect(plan.warnings.map((w) => w.setting)).toContain('-c maxRecordAgeSeconds=7200');
  });

  it('warns when a batch exceeds the 6 MB payload', () => {
    // 50 KiB emails: 4 × ceil(51,200 / 3) + 600 = 68,868 B each → 91 per event; batchSize 100 is over.
    const plan = computePlan(input({ rate: 10, avgKb: 50 }), PROFILE, deploy(), PRICING);
    expect(plan.scale.lambda.maxBatchUnderPayload).toBe(91);
    expect(plan.scale.lambda.effectiveBatchSize).toBe(91);
    expect(plan.warnings.map((w) => w.setting)).toContain('-c batchSize=91');
  });

  it('has no warnings for a small, well-sized deployment', () => {
    const plan = computePlan(input({ rate: 5, avgKb: 8, outageHours: 0.5 }), PROFILE, deploy(), PRICING);
    expect(plan.warnings).toEqual([]);
  });
});

describe('computePlan with emails over the 1 MiB record limit (claim-check)', () => {
  // 100/s × 2,000 KiB: as raw records this would be 100 × 2 × 2 MiB = 400 MiB/s, hundreds of shards.
  const plan = computePlan(input({ rate: 100, avgKb: 2000 }), PROFILE, deploy(), PRICING);

  it('sizes Kinesis for the pointer records the sender puts, not the emails', () => {
    expect(plan.load.claimChecked).toBe(true);
    // {"kind":"leadstream.claim-check.v1","sha256":"<64 hex>","bytes":2048000} is 128 B, + 64 B key.
    expect(plan.load.recordBytes).toBe(128 + 64);
    expect(plan.scale.kinesis.provisioned.shardsNeeded).toBe(1);
  });

  it('prices the claim-check objects in S3: one PUT per email, kept 7 days of topic retention + 14', () => {
    const items = plan.cost.lines.filter((l) => l.item.startsWith('claim-check'));
    expect(items.map((l) => l.item)).toEqual([
      'claim-check storage (21 days kept)',
      'claim-check PUTs (one per email)',
    ]);
    expect(items[1]?.quantity).toBeCloseTo(plan.load.emailsPerMonth / 1000, 6);
  });

  it('sends an email of exactly 1 MiB minus the key as a record, not by claim-check', () => {
    const fits = computePlan(input({ rate: 1, avgKb: 1024 - 64 / 1024 }), PROFILE, deploy(), PRICING);
    expect(fits.load.claimChecked).toBe(false);
  });
});

describe('computePlan input validation', () => {
  it.each([
    { name: 'zero rate', over: { rate: 0 } },
    { name: 'negative size', over: { avgKb: -1 } },
    { name: 'peak below average', over: { peakFactor: 0.5 } },
    { name: 'fractional consumers', over: { consumers: 1.5 } },
    { name: 'NaN rate', over: { rate: Number.NaN } },
  ])('rejects $name', ({ over }) => {
    expect(() => computePlan(input(over), PROFILE, deploy(), PRICING)).toThrow(RangeError);
  });
});
