import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { ConfigError } from '../errors.js';

/** The price keys the planner reads. A pricing file must give every one of them. */
export const PRICE_KEYS = [
  'kinesis.shardHour',
  'kinesis.putPayloadUnitsMillion',
  'kinesis.onDemandStreamHour',
  'kinesis.onDemandIngestGb',
  'kinesis.onDemandRetrievalGb',
  'lambda.gbSecondX86',
  'lambda.gbSecondArm',
  'lambda.requestsMillion',
  'msk.serverlessClusterHour',
  'msk.serverlessPartitionHour',
  'msk.serverlessStorageGbMonth',
  'msk.serverlessDataInGb',
  'msk.serverlessDataOutGb',
  'firehose.directPutIngestGb',
  'firehose.formatConversionGb',
  's3.standardGbMonth',
  's3.putRequestsThousand',
  'athena.scannedTb',
  'secretsManager.secretMonth',
] as const;
export type PriceKey = (typeof PRICE_KEYS)[number];

const priceSchema = z.strictObject({
  usd: z.number().nonnegative(),
  unit: z.string().min(1),
  source: z.url(),
});

/**
 * A pricing file: one Region's prices, dated, each with the page it was read from. Kept as data
 * (not code) so an operator can correct a price or plan for another Region without a release.
 */
export const pricingSchema = z.strictObject({
  region: z.string().min(1),
  currency: z.literal('USD'),
  asOf: z.iso.date(),
  note: z.string().optional(),
  prices: z.record(z.string(), priceSchema).superRefine((prices, ctx) => {
    for (const key of PRICE_KEYS) {
      if (!Object.hasOwn(prices, key))
        ctx.addIssue({ code: 'custom', message: `missing price '${key}'`, path: [key] });
    }
  }),
});
export type Pricing = z.infer<typeof pricingSchema>;
export type Price = z.infer<typeof priceSchema>;

export const DEFAULT_PRICING_PATH = fileURLToPath(new URL('./pricing.json', import.meta.url));

export function parsePricing(raw: unknown, origin: string): Pricing {
  const result = pricingSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  throw new ConfigError(`invalid pricing file ${origin}:\n  ${lines.join('\n  ')}`, { context: { origin } });
}

export async function loadPricing(path: string = DEFAULT_PRICING_PATH): Promise<Pricing> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read pricing file ${path}: ${(cause as Error).message}`, { cause });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`pricing file ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return parsePricing(raw, path);
}

export function price(pricing: Pricing, key: PriceKey): Price {
  const p = pricing.prices[key];
  // parsePricing guarantees every key; this guards a Pricing object built by hand.
  if (!p) throw new ConfigError(`pricing has no '${key}'`);
  return p;
}
