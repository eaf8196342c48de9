import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ClaimCheckStore } from '../../io/claim-check.js';
import type { OutgoingRecord, SendStats } from '../../sender/kinesis-sender.js';
import { EXIT_OK, EXIT_USAGE, reportError, UsageError } from '../exit.js';

export const DEFAULT_STREAM = 'leadstream-emails';

const USAGE = `usage: leadstream send [--stream NAME] [--endpoint URL] <file|dir>...

Puts raw emails (one file = one email; directories are read recursively) into a Kinesis stream with
PutRecords, keyed by the business in the recipient's +tag so one business's emails stay in order.
Emails over Kinesis's 1 MiB record limit are stored by claim-check and sent as a pointer.

  --stream NAME          stream name (default $KINESIS_STREAM or ${DEFAULT_STREAM})
  --endpoint URL         Kinesis endpoint (default $KINESIS_ENDPOINT; unset = AWS)
  --claim-check-dir DIR  store oversize emails in this directory (default $CLAIM_CHECK_DIR)
  --claim-check-bucket B store oversize emails in this S3 bucket (default $CLAIM_CHECK_BUCKET)
  --config FILE          rules config with recipient → business mappings (default $LEADSTREAM_CONFIG)
  --quiet                no progress lines

Exit status: 0 when every email was accepted, 1 when some failed after retries, 2 on bad usage.`;

export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    console.error(`leadstream send: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`leadstream send: give at least one file or directory\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const env = process.env;
  const dir = values['claim-check-dir'] ?? env.CLAIM_CHECK_DIR;
  const bucket = values['claim-check-bucket'] ?? env.CLAIM_CHECK_BUCKET;
  if (dir && bucket) {
    console.error('leadstream send: use --claim-check-dir or --claim-check-bucket, not both');
    return EXIT_USAGE;
  }
  const endpoint = values.endpoint ?? env.KINESIS_ENDPOINT;
  if (endpoint !== undefined && !isHttpUrl(endpoint)) {
    return reportError('send', new UsageError(`--endpoint must be an http(s) URL, got '${endpoint}'`));
  }

  let files: string[];
  let rules: Awaited<ReturnType<typeof import('../../config/load.js').loadConfig>>;
  try {
    files = await listFiles(positionals);
    const { loadConfig } = await import('../../config/load.js');
    rules = await loadConfig(values.config, env);
  } catch (err) {
    return reportError('send', err);
  }
  const claimCheck = await claimCheckFor(dir, bucket, endpoint);
  const { createKinesisClient } = await import('../../io/aws-clients.js');
  const client = await createKinesisClient(endpoint ? { endpoint } : {});
  const stats = await sendFiles({
    files,
    client,
    streamName: values.stream ?? env.KINESIS_STREAM ?? DEFAULT_STREAM,
    claimCheck,
    businesses: rules.businesses,
    progress: values.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  client.destroy();
  console.log(
    `sent ${stats.sent}, retried ${stats.retried}, failed ${stats.failed}` +
      (stats.claimChecked > 0 ? ` (${stats.claimChecked} by claim-check)` : ''),
  );
  if (stats.failed === 0) return EXIT_OK;
  // The counts alone do not say why; the first cause usually names it (no stream, no credentials, …).
  return reportError('send', new Error(`first failure: ${stats.firstError ?? 'unknown cause'}`));
}

function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stream: { type: 'string' },
      endpoint: { type: 'string' },
      'claim-check-dir': { type: 'string' },
      'claim-check-bucket': { type: 'string' },
      config: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function claimCheckFor(
  dir: string | undefined,
  bucket: string | undefined,
  endpoint: string | undefined,
) {
  const { claimCheckStoreFor } = await import('../../processors/handlers/wiring.js');
  if (bucket) {
    return claimCheckStoreFor({
      kind: 's3',
      bucket,
      prefix: process.env.CLAIM_CHECK_PREFIX ?? 'claim-check/',
      ...(process.env.S3_ENDPOINT ? { endpoint: process.env.S3_ENDPOINT } : {}),
    });
  }
  if (dir) return claimCheckStoreFor({ kind: 'dir', dir });
  // Against a local endpoint the local stack's directory is the natural default.
  if (endpoint) {
    const { localPaths } = await import('../../local/stack.js');
    return claimCheckStoreFor({ kind: 'dir', dir: localPaths().claimCheckDir });
  }
  return noClaimCheck;
}

/** Without a store an oversize email cannot be sent; fail loudly rather than drop it. */
const noClaimCheck: ClaimCheckStore = {
  location: '(none)',
  uri: () => '',
  put: async () => {
    throw new Error(
      'an email is over the 1 MiB Kinesis record limit: set --claim-check-bucket or --claim-check-dir',
    );
  },
  get: async () => {
    throw new Error('no claim-check store');
  },
};

/** Files to send, sorted, directories walked recursively (hidden files skipped). */
export async function listFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch((err: Error) => {
      throw new UsageError(`cannot read ${p}: ${err.message}`);
    });
    if (s.isDirectory()) {
      const entries = await readdir(p, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

export interface SendFilesOptions {
  files: readonly string[];
  client: import('../../sender/kinesis-sender.js').KinesisLike;
  streamName: string;
  claimCheck: ClaimCheckStore;
  businesses?: import('../../config/schema.js').LeadstreamConfig['businesses'];
  progress?: ((line: string) => void) | undefined;
}

/** Reads the files lazily (one batch in memory at a time) and sends them. */
export async function sendFiles(options: SendFilesOptions): Promise<SendStats> {
  const { createKinesisSender } = await import('../../sender/kinesis-sender.js');
  const { createPartitionKeyFn } = await import('../../sender/partition-key.js');
  const keyOf = createPartitionKeyFn(options.businesses);
  const total = options.files.length;
  let lastProgress = 0;
  const sender = createKinesisSender({
    client: options.client,
    streamName: options.streamName,
    claimCheck: options.claimCheck,
    onProgress: (s) => {
      const t = Date.now();
      if (options.progress && total >= 1_000 && t - lastProgress >= 1_000) {
        lastProgress = t;
        options.progress(`sent ${s.sent}/${total} (retried ${s.retried}, failed ${s.failed})`);
      }
    },
  });
  async function* records(): AsyncGenerator<OutgoingRecord> {
    for (const f of options.files) {
      const data = await readFile(f);
      yield { data, partitionKey: keyOf(data).key };
    }
  }
  return sender.sendAll(records());
}
