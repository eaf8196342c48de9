import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClaimCheckCorruptError, ClaimCheckMissingError, SinkError } from '../errors.js';

/**
 * Claim-check for emails over the Kinesis record limit (1 MiB of data + partition key per record,
 * https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html). The sender stores
 * the email and puts a small pointer record instead; the handler resolves the pointer. One
 * interface, two stores: S3 in AWS, a directory locally.
 *
 * Objects are named by the SHA-256 of their bytes, so a re-sent or replayed email maps to the same
 * object (puts are idempotent), and a pointer can only name a content hash: a forged pointer cannot
 * make the processor read an arbitrary key or path, and the handler checks the hash of what it
 * reads.
 */
export const CLAIM_CHECK_POINTER_KIND = 'leadstream.claim-check.v1';

/** The pointer record put into Kinesis. Small JSON so any consumer can recognise it. */
export interface ClaimCheckPointer {
  kind: typeof CLAIM_CHECK_POINTER_KIND;
  /** Hex SHA-256 of the stored email bytes; also the object name. */
  sha256: string;
  /** Size of the stored email (bytes). */
  bytes: number;
}

export interface ClaimCheckStore {
  /** Where objects live, for operators and the rejected topic (e.g. `s3://bucket/prefix/` or a path). */
  readonly location: string;
  put(data: Uint8Array): Promise<ClaimCheckPointer>;
  /** Throws ClaimCheckMissingError if there is no such object; SinkError if the store failed. */
  get(pointer: ClaimCheckPointer): Promise<Buffer>;
  /** The object's full address, e.g. `s3://bucket/claim-check/<sha256>.eml`. */
  uri(pointer: ClaimCheckPointer): string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** A pointer is tiny; anything longer is not one, so we never JSON-parse a whole email to find out. */
const MAX_POINTER_BYTES = 512;
const POINTER_PREFIX = Buffer.from('{"kind":"leadstream.claim-check.v1"');

export function makePointer(data: Uint8Array): ClaimCheckPointer {
  return { kind: CLAIM_CHECK_POINTER_KIND, sha256: sha256Hex(data), bytes: data.byteLength };
}

export function encodePointer(pointer: ClaimCheckPointer): Buffer {
  // Key order is fixed so that `parsePointer` can test a byte prefix before parsing.
  return Buffer.from(JSON.stringify({ kind: pointer.kind, sha256: pointer.sha256, bytes: pointer.bytes }));
}

/** Returns the pointer if `data` is a well-formed pointer record, else null (it is an email). */
export function parsePointer(data: Uint8Array): ClaimCheckPointer | null {
  if (data.byteLength > MAX_POINTER_BYTES || data.byteLength < POINTER_PREFIX.length) return null;
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!buf.subarray(0, POINTER_PREFIX.length).equals(POINTER_PREFIX)) return null;
  try {
    const v = JSON.parse(buf.toString('utf8')) as Partial<ClaimCheckPointer>;
    if (
      v.kind === CLAIM_CHECK_POINTER_KIND &&
      typeof v.sha256 === 'string' &&
      SHA256_HEX.test(v.sha256) &&
      Number.isSafeInteger(v.bytes) &&
      (v.bytes as number) >= 0
    ) {
      return { kind: v.kind, sha256: v.sha256, bytes: v.bytes as number };
    }
  } catch {
    // Not JSON: an email that happens to start like a pointer. Let the core judge it.
  }
  return null;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function verified(pointer: ClaimCheckPointer, data: Buffer): Buffer {
  if (data.byteLength !== pointer.bytes || sha256Hex(data) !== pointer.sha256) {
    throw new ClaimCheckCorruptError(`claim-check object ${pointer.sha256} does not match its pointer`);
  }
  return data;
}

/** A directory store: `<dir>/<sha256>.eml`. Writes go through a temp file + rename, so a reader never sees half an email. */
export function createDirClaimCheckStore(dir: string): ClaimCheckStore {
  const pathOf = (p: ClaimCheckPointer) => join(dir, `${p.sha256}.eml`);
  return {
    location: dir,
    uri: pathOf,
    async put(data) {
      const pointer = makePointer(data);
      await mkdir(dir, { recursive: true });
      const tmp = `${pathOf(pointer)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, pathOf(pointer));
      return pointer;
    },
    async get(pointer) {
      try {
        return verified(pointer, await readFile(pathOf(pointer)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new ClaimCheckMissingError(`claim-check object ${pointer.sha256} not found`);
        }
        if (err instanceof ClaimCheckCorruptError) throw err;
        throw new SinkError('claim-check read failed', { cause: err, context: { sha256: pointer.sha256 } });
      }
    },
  };
}

/** The subset of S3Client we use, so tests can pass a fake. */
export interface S3Like {
  send(command: unknown): Promise<unknown>;
}

/** S3 store: `s3://<bucket>/<prefix><sha256>.eml`. The SDK client is imported lazily (only pointer records need it). */
export function createS3ClaimCheckStore(options: {
  bucket: string;
  prefix: string;
  client: S3Like;
}): ClaimCheckStore {
  const { bucket, prefix, client } = options;
  const keyOf = (p: ClaimCheckPointer) => `${prefix}${p.sha256}.eml`;
  return {
    location: `s3://${bucket}/${prefix}`,
    uri: (p) => `s3://${bucket}/${keyOf(p)}`,
    async put(data) {
      const pointer = makePointer(data);
      const { PutObjectCommand } = await import('@aws-sdk/client-s3');
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: keyOf(pointer),
            Body: data,
            ContentType: 'message/rfc822',
          }),
        );
      } catch (err) {
        throw new SinkError('claim-check write failed', { cause: err, context: { sha256: pointer.sha256 } });
      }
      return pointer;
    },
    async get(pointer) {
      const { GetObjectCommand } = await import('@aws-sdk/client-s3');
      let body: Buffer;
      try {
        const out = (await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(pointer) }))) as {
          Body?: { transformToByteArray(): Promise<Uint8Array> };
        };
        if (!out.Body) throw new Error('empty body');
        body = Buffer.from(await out.Body.transformToByteArray());
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') {
          throw new ClaimCheckMissingError(`claim-check object ${pointer.sha256} not found`);
        }
        throw new SinkError('claim-check read failed', { cause: err, context: { sha256: pointer.sha256 } });
      }
      return verified(pointer, body);
    },
  };
}
