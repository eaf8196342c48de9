/**
 * Measures the local Kafka broker: cold jar fetch (empty Maven repository), start to ready with the
 * jars cached, stop, restart on the same data directory, and the JVM's RSS idle and after a load of
 * 4 KB messages through kafkajs (idempotent, acks=all, GZIP). Produced the numbers in
 * docs/kafka-broker.md.
 *
 *   node bin/run-ts.js bench/local/measure-broker.ts [--cold] [--messages N]
 *
 * --cold fetches into a fresh LEADSTREAM_HOME-like directory under leadstreamHome()/tmp.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { CompressionTypes, Kafka, logLevel } from 'kafkajs';
import { leadstreamHome } from '../../src/config/state-dir.js';
import { ensureKafkaJars, KAFKA_VERSION, startKafkaBroker } from '../../src/local/kafka-broker.js';

const RECORD_BYTES = 4_096;
const BATCH = 500;

async function main(argv: string[]): Promise<void> {
  const i = argv.indexOf('--messages');
  const messages = i >= 0 ? Number(argv[i + 1]) : 20_000;
  const out: Record<string, number | string> = { version: KAFKA_VERSION };

  if (argv.includes('--cold')) {
    await mkdir(join(leadstreamHome(), 'tmp'), { recursive: true });
    const home = await mkdtemp(join(leadstreamHome(), 'tmp', 'cold-'));
    const t = performance.now();
    await ensureKafkaJars({ home });
    out.coldFetchMs = Math.round(performance.now() - t);
    rmSync(home, { recursive: true, force: true });
  }

  let t = performance.now();
  const broker = await startKafkaBroker();
  out.firstStartMs = Math.round(performance.now() - t); // includes formatting storage
  try {
    out.idleRssMb = brokerRssMb(broker.dataDir);
    const kafka = new Kafka({ brokers: [broker.bootstrapServers], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'measure', numPartitions: 4 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const value = Buffer.alloc(RECORD_BYTES, 'x');
    t = performance.now();
    for (let sent = 0; sent < messages; sent += BATCH) {
      await producer.send({
        topic: 'measure',
        acks: -1,
        compression: CompressionTypes.GZIP,
        messages: Array.from({ length: Math.min(BATCH, messages - sent) }, (_, k) => ({
          key: `k${(sent + k) % 97}`,
          value,
        })),
      });
    }
    out.producePerSec = Math.round(messages / ((performance.now() - t) / 1000));
    await producer.disconnect();
    out.loadedRssMb = brokerRssMb(broker.dataDir);

    t = performance.now();
    await broker.stop();
    out.stopMs = Math.round(performance.now() - t);
    t = performance.now();
    await broker.start();
    out.restartMs = Math.round(performance.now() - t);
  } finally {
    await broker.close();
  }
  console.log(JSON.stringify(out));
}

/** RSS of the broker JVM, found by its data directory on the command line. */
function brokerRssMb(dataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (
        !cmdline.includes('kafka.Kafka') ||
        !cmdline.includes(dataDir) ||
        cmdline.includes('leadstream-watchdog')
      )
        continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0);
      return Math.round(kb / 1024);
    } catch {
      // Exited while we looked.
    }
  }
  return 0;
}

await main(process.argv.slice(2));
