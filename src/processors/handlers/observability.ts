import type { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * What the handler logs through. Powertools' Logger satisfies it; so does a test recorder. Only
 * counts, ids, sequence numbers and error names go in `extra`, never email content or addresses.
 */
export interface HandlerLogger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** The metrics the handler emits, behind a small interface so tests and the local stack can count them. */
export interface HandlerMetrics {
  count(name: MetricName, value: number, dimensions?: Readonly<Record<string, string>>): void;
  milliseconds(name: MetricName, value: number): void;
  /** Publishes what was added during the invocation (one EMF document in Lambda). */
  flush(): void;
}

export const METRIC_NAMES = {
  leadsProduced: 'LeadsProduced',
  recordsRejected: 'RecordsRejected',
  recordsFailed: 'RecordsFailed',
  claimChecksResolved: 'ClaimChecksResolved',
  processMs: 'ProcessMs',
  kafkaWriteMs: 'KafkaWriteMs',
  firehoseWriteMs: 'FirehoseWriteMs',
  /** Oldest record's age at Kafka ack: the end-to-end latency from PutRecords. */
  maxRecordLatencyMs: 'MaxRecordLatencyMs',
} as const;
export type MetricName = (typeof METRIC_NAMES)[keyof typeof METRIC_NAMES];

/** Powertools' Logger (structured JSON lines in CloudWatch), loaded on first use. */
export async function powertoolsLogger(serviceName: string): Promise<HandlerLogger> {
  const { Logger } = await import('@aws-lambda-powertools/logger');
  const logger = new Logger({ serviceName });
  return {
    debug: (message, extra) => (extra ? logger.debug(message, extra) : logger.debug(message)),
    info: (message, extra) => (extra ? logger.info(message, extra) : logger.info(message)),
    warn: (message, extra) => (extra ? logger.warn(message, extra) : logger.warn(message)),
    error: (message, extra) => (extra ? logger.error(message, extra) : logger.error(message)),
  };
}

/**
 * Powertools EMF adapter (namespace Leadstream via POWERTOOLS_METRICS_NAMESPACE). A dimensioned
 * count (RecordsRejected by reason) is a single-metric document, since EMF applies one dimension set
 * to all metrics of a document; reasons are a short closed list, so cardinality stays small.
 */
export function powertoolsMetrics(
  metrics: Metrics,
  units: { Count: string; Milliseconds: string },
): HandlerMetrics {
  return {
    count(name, value, dimensions) {
      if (dimensions && Object.keys(dimensions).length > 0) {
        const single = metrics.singleMetric();
        for (const [k, v] of Object.entries(dimensions)) single.addDimension(k, v);
        single.addMetric(name, units.Count as never, value);
      } else metrics.addMetric(name, units.Count as never, value);
    },
    milliseconds(name, value) {
      metrics.addMetric(name, units.Milliseconds as never, value);
    },
    flush() {
      metrics.publishStoredMetrics();
    },
  };
}

/** In-memory metrics: totals for the local stack's summary and for tests. */
export function createCountingMetrics(): HandlerMetrics & {
  totals: Map<string, number>;
  samples: Map<string, number[]>;
} {
  const totals = new Map<string, number>();
  const samples = new Map<string, number[]>();
  return {
    totals,
    samples,
    count(name, value, dimensions) {
      const key = dimensions
        ? `${name}${Object.entries(dimensions)
            .map(([k, v]) => `|${k}=${v}`)
            .join('')}`
        : name;
      totals.set(key, (totals.get(key) ?? 0) + value);
    },
    milliseconds(name, value) {
      let list = samples.get(name);
      if (!list) {
        list = [];
        samples.set(name, list);
      }
      list.push(value);
    },
    flush() {},
  };
}

export const silentLogger: HandlerLogger = { debug() {}, info() {}, warn() {}, error() {} };
