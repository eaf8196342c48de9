import { parseArgs } from 'node:util';

/** How long Ctrl-C or SIGTERM waits for in-flight batches before the stack exits anyway. */
const STOP_GRACE_MS = 5_000;

const USAGE = `usage: leadstream stack [--shards N] [--batch-size N] [--window-ms N] [--data DIR] [--keep]

Starts the local stack (Kafka broker, Kinesis server, Lambda poller with the real handler, local
Firehose → Parquet) and keeps it running until Ctrl-C. Acknowledged emails and analytics are kept on
disk; --keep resumes where the last run stopped (even after a kill -9). Then, in another terminal:

  npx leadstream send --endpoint <printed Kinesis endpoint> path/to/emails/
  npx leadstream query "SELECT source, count(*) FROM analytics GROUP BY 1"`;

export async function run(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (err) {
    console.error(`leadstream stack: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const { startLocalStack } = await import('../../local/stack.js');
  let fatal: ((err: Error) => void) | null = null;
  const fatalError = new Promise<Error>((resolve) => {
    fatal = resolve;
  });
  const stack = await startLocalStack({
    onFatal: (err) => fatal?.(err),
    ...(values.data ? { dataDir: values.data } : {}),
    fresh: !values.keep,
    shards: num(values.shards, 2),
    poller: {
      batchSize: num(values['batch-size'], 100),
      batchingWindowMs: num(values['window-ms'], 0),
      idlePollMs: 250,
    },
    log: (line) => console.error(line),
  });
  console.log(
    [
      'local stack running; Ctrl-C to stop',
      `  Kafka       ${stack.kafkaBootstrap} (topics ${stack.topics.leads}, ${stack.topics.rejected})`,
      `  Kinesis     ${stack.kinesisEndpoint} (stream ${stack.streamName})`,
      `  Firehose    ${stack.firehoseEndpoint} → ${stack.paths.analyticsDir}`,
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
      help: { type: 'boolean', short: 'h' },
    },
  });
}
