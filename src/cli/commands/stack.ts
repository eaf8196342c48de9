import { parseArgs } from 'node:util';

const USAGE = `usage: leadstream stack [--shards N] [--batch-size N] [--window-ms N] [--data DIR]

Starts the local stack (Kafka broker, Kinesis server, Lambda poller with the real handler, local
Firehose → Parquet) and keeps it running until Ctrl-C. Then, in another terminal:

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
  const stack = await startLocalStack({
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
  await new Promise<void>((resolve) => {
    const done = () => resolve();
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  console.error('stopping…');
  await stack.stop();
  const s = stack.metrics.totals;
  console.error(
    `stopped: ${s.get('LeadsProduced') ?? 0} leads produced, ${s.get('RecordsFailed') ?? 0} record failures retried`,
  );
  return 0;
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
