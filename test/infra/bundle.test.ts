import { readdirSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { builtinModules } from 'node:module';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESSOR_RUNTIME_FILES } from '../../infra/constructs/ingest-function.js';
import { BUNDLE_EXTERNAL_MODULES, PROJECT_ROOT } from '../../infra/constructs/lambda-defaults.js';
import { decodeLead } from '../../src/processors/stages/encode.js';
import { corpusSample, kinesisEvent } from '../helpers/factories.js';
import { assetDirOf, invokeAsset, SYNTH_TIMEOUT_MS, type Synthesized, synth } from './synth.js';

// The processor's asset exactly as `cdk synth` writes it (the real app, bundled by local esbuild),
// run with Node on one Kinesis event: a lead and a non-lead. Kafka and Firehose are local fakes, so
// the test proves the asset holds everything the handler reads at init and per record.

let s: Synthesized;
let assetDir: string;

beforeAll(() => {
  s = synth({ nag: false });
  assetDir = assetDirOf(s, s.stack.ingest.function);
}, SYNTH_TIMEOUT_MS);

describe('processor asset', () => {
  it('holds the code, its source map and the runtime files, byte for byte', () => {
    // Prepare
    const runtimeFiles = PROCESSOR_RUNTIME_FILES.map((f) => f.split('/').at(-1) as string);
    // Act
    const files = readdirSync(assetDir).sort();
    // Assess
    expect(files).toEqual(['index.mjs', 'index.mjs.map', ...runtimeFiles].sort());
    for (const f of PROCESSOR_RUNTIME_FILES) {
      const name = f.split('/').at(-1) as string;
      expect(readFileSync(join(assetDir, name), 'utf8')).toBe(readFileSync(join(PROJECT_ROOT, f), 'utf8'));
    }
  });

  it('imports nothing but Node built-ins and the AWS SDK, which the Lambda runtime provides', async () => {
    // Prepare: esbuild re-reads the bundle and reports every module it imports or requires.
    const { build } = await import('esbuild');
    const imported = new Set<string>();
    // Act
    await build({
      entryPoints: [join(assetDir, 'index.mjs')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'record-imports',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) => {
              imported.add(args.path);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    // Assess: CommonJS dependencies (kafkajs, mailparser…) require built-ins without the node: prefix.
    const builtins = new Set(builtinModules);
    const fromNodeModules = [...imported].filter(
      (p) => !p.startsWith('node:') && !builtins.has(p.split('/')[0] as string),
    );
    expect(BUNDLE_EXTERNAL_MODULES).toEqual(['@aws-sdk/*']);
    expect(fromNodeModules.filter((p) => !p.startsWith('@aws-sdk/'))).toEqual([]);
    expect(fromNodeModules).toEqual(expect.arrayContaining(['@aws-sdk/client-firehose']));
  });

  it('runs on Node from the asset directory: one event, a lead to Kafka and Firehose, a non-lead rejected', async () => {
    // Prepare: a fake Kafka broker and a fake Firehose endpoint.
    const emails = corpusSample(40);
    const lead = emails.find((e) => e.expected.kind === 'lead');
    const other = emails.find((e) => e.expected.kind !== 'lead');
    if (!lead || !other) throw new Error('corpus sample has no lead or no non-lead');

    // Act
    const result = await invokeAsset(s, assetDir, kinesisEvent([lead.raw, other.raw]), {
      KAFKA_BROKERS: `127.0.0.1:${kafka.port}`,
      KAFKA_AUTH: 'none',
      KAFKA_COMPRESSION: 'none',
      LEADS_TOPIC: 'leads',
      REJECTED_TOPIC: 'rejected',
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      FIREHOSE_STREAM_NAME: 'leadstream-test',
      FIREHOSE_ENDPOINT: firehose.url,
      CLAIM_CHECK_BUCKET: 'leadstream-test',
      LEADSTREAM_HMAC_KEY: '00'.repeat(32),
    });

    // Assess
    expect(result).toEqual({ batchItemFailures: [] });
    expect(kafka.produced.map((m) => m.topic).sort()).toEqual(['leads', 'rejected']);
    const leadMessage = kafka.produced.find((m) => m.topic === 'leads');
    expect(decodeLead(leadMessage?.value as Buffer).leadId).toBe(leadMessage?.headers['lead-id']);
    expect(firehose.records).toBe(1);
  }, 60_000);
});

// ---- Fakes -------------------------------------------------------------------------------------

/** The Firehose PutRecordBatch API (AWS JSON 1.1), answering success for every record. */
function startFakeFirehose(): Promise<{ server: HttpServer; url: string; records: number }> {
  const state = { server: undefined as unknown as HttpServer, url: '', records: 0 };
  state.server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', () => {
      const n = (JSON.parse(body) as { Records?: unknown[] }).Records?.length ?? 0;
      state.records += n;
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'test' });
      res.end(
        JSON.stringify({
          FailedPutCount: 0,
          Encrypted: false,
          RequestResponses: Array.from({ length: n }, (_, i) => ({ RecordId: `r${i}` })),
        }),
      );
    });
  });
  return new Promise((resolve) =>
    state.server.listen(0, '127.0.0.1', () => {
      const addr = state.server.address();
      state.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      resolve(state);
    }),
  );
}

interface ProducedMessage {
  topic: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * Just enough of a Kafka broker for an idempotent kafkajs producer: ApiVersions, Metadata v1,
 * InitProducerId v0 and Produce v3 (uncompressed record batches, v2 format), one broker leading
 * one partition of every topic. It keeps what it was sent.
 */
function startFakeKafka(): Promise<{ server: Server; port: number; produced: ProducedMessage[] }> {
  const state = { server: undefined as unknown as Server, port: 0, produced: [] as ProducedMessage[] };
  const API = { produce: 0, metadata: 3, apiVersions: 18, initProducerId: 22 } as const;
  const VERSIONS: Array<[number, number, number]> = [
    [API.produce, 3, 3],
    [API.metadata, 1, 1],
    [API.apiVersions, 0, 2],
    [API.initProducerId, 0, 0],
  ];
  const topics = new Set(['leads', 'rejected']);

  const handle = (socket: Socket, req: Reader): void => {
    const apiKey = req.int16();
    const version = req.int16();
    const correlationId = req.int32();
    req.nullableString(); // client id
    const w = new Writer().int32(correlationId);
    if (apiKey === API.apiVersions) {
      w.int16(0).array(VERSIONS, ([k, min, max]) => w.int16(k).int16(min).int16(max));
      if (version >= 1) w.int32(0);
    } else if (apiKey === API.metadata) {
      const asked = req.array(() => req.string());
      const names = asked && asked.length > 0 ? asked : [...topics];
      w.array([0], () => w.int32(0).string('127.0.0.1').int32(state.port).int16(-1));
      w.int32(0); // controller id (the idempotent producer asks it for a producer id)
      w.array(names, (name) =>
        w
          .int16(topics.has(name) ? 0 : 3)
          .string(name)
          .int8(0)
          .array(topics.has(name) ? [0] : [], () =>
            w
              .int16(0)
              .int32(0)
              .int32(0)
              .array([0], () => w.int32(0))
              .array([0], () => w.int32(0)),
          ),
      );
    } else if (apiKey === API.initProducerId) {
      w.int32(0).int16(0).int64(1000n).int16(0);
    } else if (apiKey === API.produce) {
      req.nullableString(); // transactional id
      req.int16(); // acks
      req.int32(); // timeout
      const acked = req.array(() => {
        const topic = req.string();
        const partitions = req.array(() => {
          const partition = req.int32();
          const batch = req.bytes();
          if (batch) state.produced.push(...decodeRecordBatch(topic, batch));
          return partition;
        });
        return { topic, partitions: partitions ?? [] };
      });
      w.array(acked ?? [], ({ topic, partitions }) =>
        w.string(topic).array(partitions, (p) => w.int32(p).int16(0).int64(0n).int64(-1n)),
      );
      w.int32(0);
    } else {
      socket.destroy(new Error(`fake Kafka: unexpected api key ${apiKey}`));
      return;
    }
    const body = w.buffer();
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);
    socket.write(Buffer.concat([size, body]));
  };

  state.server = createServer((socket) => {
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4 && pending.length >= 4 + pending.readInt32BE(0)) {
        const size = pending.readInt32BE(0);
        handle(socket, new Reader(pending.subarray(4, 4 + size)));
        pending = pending.subarray(4 + size);
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) =>
    state.server.listen(0, '127.0.0.1', () => {
      const addr = state.server.address();
      state.port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve(state);
    }),
  );
}

/** Records of a v2 record batch (the 61-byte header, then varint-framed records); no compression. */
function decodeRecordBatch(topic: string, batch: Buffer): ProducedMessage[] {
  const r = new Reader(batch);
  r.skip(8 + 4 + 4); // base offset, length, leader epoch
  if (r.int8() !== 2) throw new Error('fake Kafka: record batch magic is not 2');
  r.skip(4); // crc
  if ((r.int16() & 0x7) !== 0) throw new Error('fake Kafka: compressed batch (set KAFKA_COMPRESSION=none)');
  r.skip(4 + 8 + 8 + 8 + 2 + 4); // last offset delta, timestamps, producer id/epoch, base sequence
  const count = r.int32();
  const out: ProducedMessage[] = [];
  for (let i = 0; i < count; i++) {
    r.varint(); // record length
    r.int8(); // attributes
    r.varint(); // timestamp delta
    r.varint(); // offset delta
    const key = r.varBytes();
    const value = r.varBytes();
    const headers: Record<string, string> = {};
    const n = r.varint();
    for (let h = 0; h < n; h++) {
      const k = r.varBytes()?.toString('utf8') ?? '';
      headers[k] = r.varBytes()?.toString('utf8') ?? '';
    }
    out.push({ topic, key, value, headers });
  }
  return out;
}

class Reader {
  private at = 0;
  constructor(private readonly buf: Buffer) {}
  skip(n: number): void {
    this.at += n;
  }
  int8(): number {
    return this.buf.readInt8(this.at++);
  }
  int16(): number {
    const v = this.buf.readInt16BE(this.at);
    this.at += 2;
    return v;
  }
  int32(): number {
    const v = this.buf.readInt32BE(this.at);
    this.at += 4;
    return v;
  }
  nullableString(): string | null {
    const n = this.int16();
    if (n < 0) return null;
    const v = this.buf.toString('utf8', this.at, this.at + n);
    this.at += n;
    return v;
  }
  string(): string {
    return this.nullableString() ?? '';
  }
  bytes(): Buffer | null {
    const n = this.int32();
    if (n < 0) return null;
    const v = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return v;
  }
  array<T>(item: () => T): T[] | null {
    const n = this.int32();
    if (n < 0) return null;
    return Array.from({ length: n }, item);
  }
  /** Zigzag varint (Kafka's record fields). */
  varint(): number {
    let shift = 0;
    let v = 0;
    for (;;) {
      const b = this.buf.readUInt8(this.at++);
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
    }
    return (v >>> 1) ^ -(v & 1);
  }
  varBytes(): Buffer | null {
    const n = this.varint();
    if (n < 0) return null;
    const v = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return v;
  }
}

class Writer {
  private readonly parts: Buffer[] = [];
  int8(v: number): this {
    this.parts.push(Buffer.from([v]));
    return this;
  }
  int16(v: number): this {
    const b = Buffer.alloc(2);
    b.writeInt16BE(v);
    this.parts.push(b);
    return this;
  }
  int32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  int64(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(v);
    this.parts.push(b);
    return this;
  }
  string(v: string): this {
    const s = Buffer.from(v, 'utf8');
    this.int16(s.length);
    this.parts.push(s);
    return this;
  }
  array<T>(items: readonly T[], write: (item: T) => unknown): this {
    this.int32(items.length);
    for (const item of items) write(item);
    return this;
  }
  buffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

let kafka: Awaited<ReturnType<typeof startFakeKafka>>;
let firehose: Awaited<ReturnType<typeof startFakeFirehose>>;

beforeAll(async () => {
  [kafka, firehose] = await Promise.all([startFakeKafka(), startFakeFirehose()]);
});

afterAll(async () => {
  await Promise.all([
    new Promise((r) => kafka?.server.close(r)),
    new Promise((r) => firehose?.server.close(r)),
  ]);
});
