import { parseConfig } from '../../../src/config/deploy.js';
import type { PlanInput } from '../../../src/plan/compute.js';
import { type Pricing, parsePricing } from '../../../src/plan/pricing.js';
import type { ProcessorProfile } from '../../../src/plan/profile.js';

/**
 * Fixed inputs for the planner's arithmetic tests. Written out here rather than read from
 * src/plan/pricing.json or the bench result, so editing a price or re-running the bench does not
 * change what the hand-checked numbers below are checked against.
 */
export const PROFILE: ProcessorProfile = {
  kind: 'leadstream.processor-profile',
  version: 1,
  measuredAt: '2026-11-27T12:00:00.000Z',
  measuredWith: 'test fixture',
  emails: 1000,
  cpuMicrosPerEmail: 400,
  leadFraction: 0.87,
  avgRawBytes: 4096,
  avroBytesPerLead: 700,
  analyticsJsonBytesPerLead: 900,
  rejectedBytesPerEmail: 200,
};

export function input(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    rate: 1000,
    avgKb: 4,
    peakFactor: 2,
    consumers: 1,
    region: 'us-east-1',
    arch: 'x86_64',
    sinkRoundTripMs: 50,
    outageHours: 0.5,
    ...overrides,
  };
}

/** The infra defaults (infra/config.ts) with CDK-context-style overrides. */
export function deploy(context: Record<string, unknown> = {}) {
  return parseConfig(context);
}

const src = 'https://aws.amazon.com/pricing/';
const p = (usd: number, unit: string) => ({ usd, unit, source: src });

export const PRICING: Pricing = parsePricing(
  {
    region: 'us-east-1',
    currency: 'USD',
    asOf: '2026-11-27',
    prices: {
      'kinesis.shardHour': p(0.015, 'shard-hour'),
      'kinesis.putPayloadUnitsMillion': p(0.014, '1M PUT payload units'),
      'kinesis.onDemandStreamHour': p(0.04, 'stream-hour'),
      'kinesis.onDemandIngestGb': p(0.08, 'GB in'),
      'kinesis.onDemandRetrievalGb': p(0.04, 'GB out'),
      'lambda.gbSecondX86': p(0.0000166667, 'GB-s'),
      'lambda.gbSecondArm': p(0.0000133334, 'GB-s'),
      'lambda.requestsMillion': p(0.2, '1M requests'),
      'msk.serverlessClusterHour': p(0.75, 'cluster-hour'),
      'msk.serverlessPartitionHour': p(0.0015, 'partition-hour'),
      'msk.serverlessStorageGbMonth': p(0.1, 'GB-month'),
      'msk.serverlessDataInGb': p(0.1, 'GB in'),
      'msk.serverlessDataOutGb': p(0.05, 'GB out'),
      'firehose.directPutIngestGb': p(0.029, 'GB'),
      'firehose.formatConversionGb': p(0.018, 'GB'),
      's3.standardGbMonth': p(0.023, 'GB-month'),
      's3.putRequestsThousand': p(0.005, '1,000 PUTs'),
      'athena.scannedTb': p(5, 'TB'),
      'secretsManager.secretMonth': p(0.4, 'secret-month'),
    },
  },
  'test fixture',
);
