import type { TestProject } from 'vitest/node';
import { startKafkaBroker } from '../../src/local/kafka-broker.js';
import { startKinesisServer } from '../../src/local/kinesis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `127.0.0.1:<port>` of the shared single-node Kafka broker (KRaft). */
    kafkaBootstrap: string;
    /** `http://127.0.0.1:<port>` of the shared Kinesis API server. */
    kinesisEndpoint: string;
  }
}

/**
 * Starts one real Kafka broker and one Kinesis server for the whole integration run (the first run
 * on a machine also fetches the Kafka jars and builds the Kinesis server; both are cached under
 * leadstreamHome()). Tests get the endpoints with `inject('kafkaBootstrap')` and share them, so each
 * test uses its own random topic and stream name. A test that needs to stop a broker starts its own
 * with startKafkaBroker() rather than stopping the shared one under other tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string): void => console.log(`[local-stack] ${line}`);
  const started = Date.now();
  const [kafka, kinesis] = await Promise.allSettled([startKafkaBroker({ log }), startKinesisServer({ log })]);
  if (kafka.status === 'rejected' || kinesis.status === 'rejected') {
    if (kafka.status === 'fulfilled') await kafka.value.close();
    if (kinesis.status === 'fulfilled') await kinesis.value.stop();
    throw kafka.status === 'rejected' ? kafka.reason : (kinesis as PromiseRejectedResult).reason;
  }
  log(`started in ${Date.now() - started} ms`);
  project.provide('kafkaBootstrap', kafka.value.bootstrapServers);
  project.provide('kinesisEndpoint', kinesis.value.endpoint);
  return async () => {
    await Promise.allSettled([kafka.value.close(), kinesis.value.stop()]);
  };
}
