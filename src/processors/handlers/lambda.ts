import type { KinesisHandler } from './kinesis-handler.js';
import { createProcessorFromEnv } from './wiring.js';

let coldStart: Promise<KinesisHandler> | undefined;

/**
 * The Lambda entry point. The first invocation of a container builds the handler from the
 * environment (./wiring.ts); later ones reuse it, including the Kafka connection. A failed init is
 * not cached, so the next invocation tries again.
 */
export const handler: KinesisHandler = async (event, context) => {
  coldStart ??= createProcessorFromEnv(process.env)
    .then((p) => p.handler)
    .catch((err: unknown) => {
      coldStart = undefined;
      throw err;
    });
  return (await coldStart)(event, context);
};
