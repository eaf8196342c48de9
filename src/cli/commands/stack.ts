import { parseArgs } from 'node:util';
import { EXIT_USAGE, NON_NEGATIVE_INT, POSITIVE_INT, parseNumberFlag, reportError } from '../exit.js';

/** How long Ctrl-C or SIGTERM waits for in-flight batches before the stack exits anyway. */
const STOP_GRACE_MS = 5_000;

/** 0 lets the system pick a free port. */
const PORT = NON_NEGATIVE_INT.max(65_535, 'must be a port number (0-65535)');

const USAGE = `usage: leadstream stack [--shards N] [--batch-size N] [--window-ms N] [--data DIR] [--keep]
                        [--smtp-port N] [--smtp-domains a,b]

Starts the local stack (Kafka broker, Kinesis server, Lambda poller with the real handler, local
Firehose → Parquet, SMTP ingress, and the webhook notifier when the rules file configures
notifications) and keeps it running until Ctrl-C. Acknowledged emails and analytics are kept on
disk; --keep resumes where the last run stopped (even after a kill -9). Then, in another terminal:

  npx leadstream send --endpoint <printed Kinesis endpoint> path/to/emails/
  or send mail to the printed smtp://127.0.0.1:<port> (domains: --smtp-domains, default those of
  the rules file's recipients map, else localhost; others get 550)
  npx leadstream query "SELECT source, count(*) FROM analytics GROUP BY 1"`;

export async function run(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (err) {
    console.error(`leadstream stack: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  // Every number is checked before anything starts: a typo must not cost a broker start-up.
  let numbers: { smtpPort: number; shards: number; batchSize: number; windowMs: number };
  try {
    numbers = {
      smtpPort: parseNumberFlag('--smtp-port', values['smtp-port'] ?? '0', PORT),
      shards: parseNumberFlag('--shards', values.shards ?? '2', POSITIVE_INT),
      batchSize: parseNumberFlag('--batch-size', values['batch-size'] ?? '100', POSITIVE_INT),
      windowMs: parseNumberFlag('--window-ms', values['window-ms'] ?? '0', NON_NEGATIVE_INT),
    };
  } catch (err) {
    return reportError('stack', err);
  }
  const smtpDomains = values['smtp-domains']
    ?.split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  const { startLocalStack } = await import('../../local/stack.js');
  let fatal: ((err: Error) => void) | null = null;
  const fatalError = new Promise<Error>((resolve) => {
    fatal = resolve;
  });
  const stack = await startLocalStack({
    onFatal: (err) => fatal?.(err),
    ...(values.data ? { dataDir: values.data } : {}),
    fresh: !values.keep,
    shards: numbers.shards,
    poller: {
      batchSize: numbers.batchSize,
      batchingWindowMs: numbers.windowMs,
      idlePollMs: 250,
    },
    smtp: { port: numbers.smtpPort, ...(smtpDomains?.length ? { domains: smtpDomains } : {}) },
    log: (line) => console.error(line),
  });
  const smtp = stack.smtp as NonNullable<typeof stack.smtp>;
  console.log(
    [
      'local stack running; Ctrl-C to stop',
      `  Kafka       ${stack.kafkaBootstrap} (topics ${stack.topics.leads}, ${stack.topics.rejected})`,
      `  Kinesis     ${stack.kinesisEndpoint} (stream ${stack.streamName})`,
      `  Firehose    ${stack.firehoseEndpoint} → ${stack.paths.analyticsDir}`,
      `  SMTP        ${smtp.url} (accepting mail for ${smtp.domains.join(', ')})`,
      `  notifier    ${stack.notifying ? `webhooks per the rules file; gave up → ${stack.paths.notifyDeadLetterFile}` : 'off (no notifications in the rules file)'}`,
      `  dead-letter ${stack.paths.deadLetterFile}`,
      '',
      'send emails:',
      `  npx leadstream send --endpoint ${stack.kinesisEndpoint} --stream ${stack.streamName} --claim-check-dir ${stack.paths.claimCheckDir} <file|dir>...`,
      'query the analytics (Firehose flushes every 5 s):',
      `  npx leadstream query --dir ${stack.paths.bucketDir} "SELECT source, count(*) FROM analytics GROUP BY 1"`,
    ].join('\n'),
  );
  const signalled = new Promise<null>((resolve) => {
    const done = () => resolve(null);
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  const failure = await Promise.race([signalled, fatalError]);
  if (failure) console.error(`leadstream stack: ${failure.message}`);
  console.error('stopping…');
  // Prompt even while busy: in-flight batches get STOP_GRACE_MS, then we exit anyway. Nothing
  // acknowledged is lost (durable Kinesis and Firehose); unfinished batches are read again on the
  // next start with --keep, as Lambda retries them.
  const stoppedInTime = await Promise.race([
    stack.stop().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), STOP_GRACE_MS).unref()),
  ]);
  if (!stoppedInTime) {
    console.error(
      `stop took over ${STOP_GRACE_MS / 1000} s; exiting (unfinished batches are re-read with --keep)`,
    );
    // Open sockets and timers of the unfinished work would keep Node alive; the exit hook of
    // process-group.ts still takes the broker and the Kinesis server down.
    process.exit(1);
  }
  const s = stack.metrics.totals;
  console.error(
    `stopped: ${s.get('LeadsProduced') ?? 0} leads produced, ${s.get('RecordsFailed') ?? 0} record failures retried`,
  );
  return failure ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      shards: { type: 'string' },
      'batch-size': { type: 'string' },
      'window-ms': { type: 'string' },
      data: { type: 'string' },
      keep: { type: 'boolean' },
      'smtp-port': { type: 'string' },
      'smtp-domains': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
