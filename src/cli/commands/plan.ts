import { parseArgs } from 'node:util';
import { parseConfig as parseDeployConfig } from '../../config/deploy.js';
import {
  computePlan,
  DEFAULT_OUTAGE_HOURS,
  DEFAULT_SINK_ROUND_TRIP_MS,
  type PlanInput,
} from '../../plan/compute.js';
import { formatPlan } from '../../plan/format.js';
import { loadPricing } from '../../plan/pricing.js';
import { loadProfile } from '../../plan/profile.js';
import {
  EXIT_USAGE,
  NON_NEGATIVE,
  NON_NEGATIVE_INT,
  POSITIVE,
  parseNumberFlag,
  reportError,
  UsageError,
} from '../exit.js';

const USAGE = `usage: leadstream plan --rate <emails/s> --avg-kb <KB> [options]

Sizes Kinesis, Lambda, MSK Serverless, Firehose and S3/Athena for a traffic level from AWS's published
limits and the processor's measured CPU cost, and prices it per month.

  --rate N            average emails per second (required)
  --avg-kb N          average raw email size in KB (KiB, required)
  --peak-factor F     peak / average rate, ≥ 1 (default 2)
  --consumers N       Kafka consumer groups reading the topics (default 1)
  --region R          AWS Region for quotas (default us-east-1)
  --pricing FILE      pricing JSON (default: src/plan/pricing.json, us-east-1)
  --profile FILE      processor profile JSON (default: the latest \`npm run bench -- processor\` result)
  --arch A            Lambda architecture for the price: arm64 (as infra deploys) or x86_64 (default arm64)
  --sink-ms N         Kafka + Firehose round trip per batch, ms (default ${DEFAULT_SINK_ROUND_TRIP_MS})
  --outage-hours N    outage to replay in the durability section (default ${DEFAULT_OUTAGE_HOURS})
  -c, --context K=V   a deployment setting, as for \`cdk deploy -c K=V\` (repeatable), e.g. -c memoryMiB=1024
  --json              print the plan as JSON`;

export async function run(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (err) {
    console.error(`leadstream plan: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.rate === undefined || values['avg-kb'] === undefined) {
    console.error(`leadstream plan: --rate and --avg-kb are required\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  let input: PlanInput;
  let deploy: ReturnType<typeof parseDeployConfig>;
  try {
    input = {
      rate: parseNumberFlag('--rate', values.rate, POSITIVE),
      avgKb: parseNumberFlag('--avg-kb', values['avg-kb'], POSITIVE),
      peakFactor: parseNumberFlag('--peak-factor', values['peak-factor'] ?? '2', PEAK_FACTOR),
      consumers: parseNumberFlag('--consumers', values.consumers ?? '1', NON_NEGATIVE_INT),
      region: values.region ?? 'us-east-1',
      arch: arch(values.arch ?? 'arm64'),
      sinkRoundTripMs: parseNumberFlag(
        '--sink-ms',
        values['sink-ms'] ?? String(DEFAULT_SINK_ROUND_TRIP_MS),
        NON_NEGATIVE,
      ),
      outageHours: parseNumberFlag(
        '--outage-hours',
        values['outage-hours'] ?? String(DEFAULT_OUTAGE_HOURS),
        NON_NEGATIVE,
      ),
    };
    // Settings are the user's input too: a bad or unknown -c key is a usage error, before any work.
    deploy = parseDeployConfig(parseContext(values.context ?? []));
  } catch (err) {
    return reportError('plan', err);
  }

  try {
    const pricing = await loadPricing(values.pricing);
    const { profile, source } = await loadProfile(values.profile);
    if (values.profile && source.kind === 'default') throw new UsageError(source.reason);
    const plan = computePlan(input, profile, deploy, pricing);
    if (pricing.region !== input.region) {
      plan.warnings.push({
        service: 's3',
        message: `prices are for ${pricing.region}, quotas for ${input.region}`,
        setting: `--pricing FILE with ${input.region} prices`,
      });
    }
    if (values.json) console.log(JSON.stringify({ ...plan, profileSource: source }, jsonNumbers, 2));
    else process.stdout.write(formatPlan(plan, source));
    return 0;
  } catch (err) {
    return reportError('plan', err);
  }
}

/** Peak over average: below 1 the "peak" would be quieter than the average. */
const PEAK_FACTOR = POSITIVE.min(1, 'must be 1 or more (peak / average)');

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      rate: { type: 'string' },
      'avg-kb': { type: 'string' },
      'peak-factor': { type: 'string' },
      consumers: { type: 'string' },
      region: { type: 'string' },
      pricing: { type: 'string' },
      profile: { type: 'string' },
      arch: { type: 'string' },
      'sink-ms': { type: 'string' },
      'outage-hours': { type: 'string' },
      context: { type: 'string', short: 'c', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function arch(text: string): 'arm64' | 'x86_64' {
  if (text === 'arm64' || text === 'x86_64') return text;
  throw new UsageError(`--arch must be arm64 or x86_64, got '${text}'`);
}

export function parseContext(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`-c expects KEY=VALUE, got '${pair}'`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** Infinity (a backlog that never drains) is not JSON; write null. */
function jsonNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? null : value;
}
