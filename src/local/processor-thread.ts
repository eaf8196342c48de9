/**
 * The processor (the Lambda's handler) on a worker thread of its own. The local stack otherwise runs
 * the SMTP ingress, the poller, the processor and the notifier on one JavaScript thread, and on a
 * busy machine that thread's share of a core is what bounds the processor (docs/smtp-latency.md).
 * In AWS the handler has a process of its own; here a thread gives it the same: its own event loop
 * and its own claim on a core.
 *
 * The poller calls `handler` as before. The event and the result cross by structured clone; the
 * worker's metrics, logs and batch reports come back as messages, sent before the result they
 * belong to, so the stack's counters are up to date when the poller sees the invocation end.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Context, KinesisStreamBatchResponse, KinesisStreamEvent } from 'aws-lambda';
import { LocalServiceError } from '../errors.js';
import type { BatchReport } from '../processors/handlers/batch-report.js';
import type { HandlerLogger, HandlerMetrics, MetricName } from '../processors/handlers/observability.js';

export interface ProcessorThread {
  handler(event: KinesisStreamEvent, context: Context): Promise<KinesisStreamBatchResponse | undefined>;
  /** Closes the processor (its Kafka producer) and ends the thread. */
  close(): Promise<void>;
}

export interface ProcessorThreadOptions {
  /** The processor's environment, as `createProcessorFromEnv` takes it. */
  env: Record<string, string>;
  firehoseEndpoint: string;
  logger: HandlerLogger;
  metrics: HandlerMetrics;
  onBatch?: (report: BatchReport) => void;
}

type LogLevel = keyof HandlerLogger;
type ContextFields = Omit<Context, 'getRemainingTimeInMillis' | 'done' | 'fail' | 'succeed'>;

type ToWorker =
  | { type: 'invoke'; id: number; event: KinesisStreamEvent; context: ContextFields; remainingMs: number }
  | { type: 'close' };

type FromWorker =
  | { type: 'ready' }
  | { type: 'init-failed'; message: string }
  | {
      type: 'result';
      id: number;
      result?: KinesisStreamBatchResponse;
      error?: { name: string; message: string };
    }
  | { type: 'count'; name: MetricName; value: number; dimensions?: Readonly<Record<string, string>> }
  | { type: 'milliseconds'; name: MetricName; value: number }
  | { type: 'log'; level: LogLevel; message: string; extra?: Record<string, unknown> }
  | { type: 'batch'; report: BatchReport }
  | { type: 'closed' };

interface WorkerInput {
  kind: 'leadstream-processor';
  env: Record<string, string>;
  firehoseEndpoint: string;
}

/**
 * The thread runs this module from source through tsx, as the CLI does (bin/leadstream.js): a
 * worker does not inherit the main thread's module hooks, so it registers them first.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** tsx's ESM API (its CommonJS build cannot register the ESM hooks when loaded this way). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('tsx/package.json');
  const exported = (require(pkg) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(pkg), exported['./esm/api']?.import.default ?? '')).href;
}

export async function startProcessorThread(options: ProcessorThreadOptions): Promise<ProcessorThread> {
  const input: WorkerInput & { tsx: string; entry: string } = {
    kind: 'leadstream-processor',
    env: options.env,
    firehoseEndpoint: options.firehoseEndpoint,
    tsx: tsxEsmApi(),
    entry: import.meta.url,
  };
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: input });
  const pending = new Map<
    number,
    { resolve: (r: KinesisStreamBatchResponse | undefined) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  let onReady: { resolve: () => void; reject: (e: Error) => void } | null = null;
  let onClosed: (() => void) | null = null;
  const failAll = (err: Error) => {
    onReady?.reject(err);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (m: FromWorker) => {
    switch (m.type) {
      case 'ready':
        onReady?.resolve();
        break;
      case 'init-failed':
        onReady?.reject(new LocalServiceError(`processor thread: ${m.message}`));
        break;
      case 'result': {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.error) p?.reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
        else p?.resolve(m.result);
        break;
      }
      case 'count':
        options.metrics.count(m.name, m.value, m.dimensions);
        break;
      case 'milliseconds':
        options.metrics.milliseconds(m.name, m.value);
        break;
      case 'log':
        options.logger[m.level](m.message, m.extra);
        break;
      case 'batch':
        options.onBatch?.(m.report);
        break;
      case 'closed':
        onClosed?.();
        break;
    }
  });
  worker.on('error', (err) => failAll(err));
  worker.on('exit', (code) => failAll(new LocalServiceError(`processor thread exited (code ${code})`)));
  await new Promise<void>((resolve, reject) => {
    onReady = { resolve, reject };
  }).catch(async (err: unknown) => {
    await worker.terminate();
    throw err;
  });
  onReady = null;

  const send = (m: ToWorker) => worker.postMessage(m);
  return {
    handler(event, context) {
      const id = nextId++;
      const { getRemainingTimeInMillis, done, fail, succeed, ...fields } = context;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ type: 'invoke', id, event, context: fields, remainingMs: getRemainingTimeInMillis() });
      });
    },
    async close() {
      const closed = new Promise<void>((resolve) => {
        onClosed = resolve;
        worker.once('exit', () => resolve());
      });
      send({ type: 'close' });
      await closed;
      await worker.terminate();
    },
  };
}

/** The worker's side: builds the processor once, then runs invocations as they come. */
async function runWorker(input: WorkerInput): Promise<void> {
  const port = parentPort as NonNullable<typeof parentPort>;
  const send = (m: FromWorker) => port.postMessage(m);
  const log =
    (level: LogLevel) =>
    (message: string, extra?: Record<string, unknown>): void => {
      try {
        send({ type: 'log', level, message, ...(extra ? { extra } : {}) });
      } catch {
        // Something in `extra` cannot be cloned (a function): send what can be.
        send({ type: 'log', level, message, extra: JSON.parse(JSON.stringify(extra)) });
      }
    };
  const logger: HandlerLogger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
  const metrics: HandlerMetrics = {
    count: (name, value, dimensions) =>
      send({ type: 'count', name, value, ...(dimensions ? { dimensions } : {}) }),
    milliseconds: (name, value) => send({ type: 'milliseconds', name, value }),
    flush() {},
  };
  const [{ createProcessorFromEnv }, { localAwsClientConfig }, { FirehoseClient }] = await Promise.all([
    import('../processors/handlers/wiring.js'),
    import('../io/aws-clients.js'),
    import('@aws-sdk/client-firehose'),
  ]);
  const firehoseClient = new FirehoseClient({
    ...localAwsClientConfig(input.firehoseEndpoint),
    maxAttempts: 3,
  });
  let processor: Awaited<ReturnType<typeof createProcessorFromEnv>>;
  try {
    processor = await createProcessorFromEnv(input.env, {
      logger,
      metrics,
      firehoseClient: firehoseClient as never,
      onBatch: (report) => send({ type: 'batch', report }),
    });
  } catch (err) {
    send({ type: 'init-failed', message: (err as Error).message });
    return;
  }
  port.on('message', async (m: ToWorker) => {
    if (m.type === 'close') {
      await processor.close().catch(() => {});
      firehoseClient.destroy();
      send({ type: 'closed' });
      port.close();
      return;
    }
    const deadline = Date.now() + m.remainingMs;
    const context: Context = {
      ...m.context,
      getRemainingTimeInMillis: () => deadline - Date.now(),
      done() {},
      fail() {},
      succeed() {},
    };
    try {
      const result = await processor.handler(m.event, context);
      send({ type: 'result', id: m.id, ...(result ? { result } : {}) });
    } catch (err) {
      const e = err as Error;
      send({
        type: 'result',
        id: m.id,
        error: { name: e?.name ?? 'Error', message: e?.message ?? String(err) },
      });
    }
  });
  send({ type: 'ready' });
}

if (!isMainThread && (workerData as WorkerInput | undefined)?.kind === 'leadstream-processor') {
  await runWorker(workerData as WorkerInput);
}
