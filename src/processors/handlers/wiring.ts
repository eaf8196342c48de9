import { type Environment, parseEnvironment } from '../../config/environment.js';
import { type ClaimCheckLocation, type RuntimeConfig, runtimeConfig } from '../../config/runtime.js';
import { type AwsClientOptions, createFirehoseClient, createS3Client } from '../../io/aws-clients.js';
import {
  type ClaimCheckStore,
  createDirClaimCheckStore,
  createS3ClaimCheckStore,
  type S3Like,
} from '../../io/claim-check.js';
import { kafkaClientConfig } from '../../io/kafka-client.js';
import type { FirehoseLike } from '../sinks/firehose-sink.js';
import { createFirehoseSink } from '../sinks/firehose-sink.js';
import { createKafkajsProducer, createKafkaSink } from '../sinks/kafka-sink.js';
import type { BatchReport } from './batch-report.js';
import { createKinesisHandler, type KinesisHandler } from './kinesis-handler.js';
import { type HandlerLogger, type HandlerMetrics, powertoolsLogger } from './observability.js';

export interface ProcessorOverrides {
  logger?: HandlerLogger;
  metrics?: HandlerMetrics;
  /** Pre-built AWS clients (the local stack passes clients configured for its servers). */
  firehoseClient?: FirehoseLike;
  s3Client?: S3Like;
  onBatch?: (report: BatchReport) => void;
}

export interface Processor {
  handler: KinesisHandler;
  config: RuntimeConfig;
  claimCheck: ClaimCheckStore;
  /** Disconnects the Kafka producer. */
  close(): Promise<void>;
}

/**
 * Builds the real handler from the environment: runtime config, rules config, HMAC key, core,
 * sinks. Called once per container (cold start); everything it builds is reused across
 * invocations. A bad environment or rules file throws here, failing the init rather than a record.
 */
export async function createProcessorFromEnv(
  processEnv: Readonly<Record<string, string | undefined>>,
  overrides: ProcessorOverrides = {},
): Promise<Processor> {
  // The edge: the environment is parsed here, once per container, and only the parsed form goes on.
  const env = parseEnvironment(processEnv);
  const config = runtimeConfig(env);
  const logger = overrides.logger ?? (await powertoolsLogger(env.POWERTOOLS_SERVICE_NAME));

  // The Kafka connection first: it is round trips (TCP, TLS, SASL, InitProducerId), and the rest of
  // the init is CPU (module loading, rules validation, Avro types, the warm-up email), so building
  // the rest while the broker answers takes the connect off the cold start's critical path.
  // Best effort: a broker that is down now fails the records later, where retries handle it,
  // instead of failing the init.
  const { Kafka } = await import('kafkajs');
  const kafka = new Kafka(kafkaClientConfig(config.kafka, logger));
  const kafkaSink = createKafkaSink({
    createProducer: () => createKafkajsProducer(kafka),
    compression: config.kafka.compression,
  });
  const connected = kafkaSink.connect().catch((err: unknown) => {
    logger.warn('Kafka not reachable at init; will connect on first batch', {
      error: (err as Error)?.name,
    });
  });

  try {
    const [
      { loadConfig },
      { createLeadCore, warmUp },
      encode,
      { hmacKeySourceFromEnv, loadHmacKey },
      { leadstreamHome },
    ] = await Promise.all([
      import('../../config/load.js'),
      import('../core.js'),
      import('../stages/encode.js'),
      import('../../config/hmac-key.js'),
      import('../../config/state-dir.js'),
    ]);
    const [rules, hmacKey] = await Promise.all([
      loadConfig(undefined, env),
      loadHmacKey(hmacKeySourceFromEnv(env, leadstreamHome(env))),
    ]);
    const core = createLeadCore(rules, { hmacKey });
    const metrics = overrides.metrics ?? (await powertoolsHandlerMetrics(env));

    const firehoseClient =
      overrides.firehoseClient ?? ((await createFirehoseClient(awsOptions(config.firehose))) as FirehoseLike);
    const firehoseSink = createFirehoseSink({
      client: firehoseClient,
      streamName: config.firehose.streamName,
    });
    const claimCheck = await claimCheckStoreFor(config.claimCheck, overrides.s3Client);

    // Run the core once during init (Lambda gives the init phase its own time budget), so the first
    // batch does not pay for lazy compilation and JIT warm-up; then wait for the connection.
    await warmUp(core);
    await connected;

    const handler = createKinesisHandler({
      core,
      kafkaSink,
      firehoseSink,
      claimCheck,
      topics: config.topics,
      encoders: {
        encodeLead: encode.encodeLead,
        leadSchemaFingerprint: encode.LEAD_SCHEMA_FINGERPRINT,
        encodeAnalytics: encode.encodeAnalytics,
      },
      logger,
      metrics,
      ...(overrides.onBatch ? { onBatch: overrides.onBatch } : {}),
    });
    return { handler, config, claimCheck, close: () => kafkaSink.close() };
  } catch (err) {
    // A failed init (bad rules, no HMAC key) must not leave the producer's socket open: the local
    // stack would hang on it, and a Lambda container would keep it until it is recycled.
    await connected;
    await kafkaSink.close().catch(() => undefined);
    throw err;
  }
}

export async function claimCheckStoreFor(
  location: ClaimCheckLocation,
  s3Client?: S3Like,
): Promise<ClaimCheckStore> {
  if (location.kind === 'dir') return createDirClaimCheckStore(location.dir);
  return createS3ClaimCheckStore({
    bucket: location.bucket,
    prefix: location.prefix,
    client: s3Client ?? lazyS3Client(location),
  });
}

/**
 * An S3 client built on its first request. Only claim-check records (emails over the 1 MiB Kinesis
 * limit) and oversized rejections use S3, so most containers never do; importing and configuring the
 * S3 client at init would cost every cold start about 100 ms of module loading for nothing.
 */
function lazyS3Client(location: Extract<ClaimCheckLocation, { kind: 's3' }>): S3Like {
  let client: Promise<S3Like> | undefined;
  return {
    send: async (command) => {
      client ??= createS3Client(awsOptions(location));
      return (await client).send(command);
    },
  };
}

async function powertoolsHandlerMetrics(env: Environment): Promise<HandlerMetrics> {
  const { Metrics, MetricUnit } = await import('@aws-lambda-powertools/metrics');
  const { powertoolsMetrics } = await import('./observability.js');
  return powertoolsMetrics(
    new Metrics({
      namespace: env.POWERTOOLS_METRICS_NAMESPACE,
      serviceName: env.POWERTOOLS_SERVICE_NAME,
    }),
    MetricUnit,
  );
}

/** Endpoint and region when set (an unset one means AWS's default for the container). */
function awsOptions(where: { endpoint?: string; region?: string }): AwsClientOptions {
  return {
    ...(where.endpoint ? { endpoint: where.endpoint } : {}),
    ...(where.region ? { region: where.region } : {}),
  };
}
