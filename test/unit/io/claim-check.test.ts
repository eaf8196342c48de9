import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimCheckCorruptError, ClaimCheckMissingError } from '../../../src/errors.js';
import {
  createDirClaimCheckStore,
  createS3ClaimCheckStore,
  encodePointer,
  makePointer,
  parsePointer,
} from '../../../src/io/claim-check.js';

describe('claim-check pointers', () => {
  test.prop([fc.uint8Array({ maxLength: 1_000 })])(
    'round-trip and never mistake bytes for a pointer',
    (bytes) => {
      const p = makePointer(bytes);
      expect(parsePointer(encodePointer(p))).toEqual(p);
      const parsed = parsePointer(bytes);
      if (parsed) expect(Buffer.from(bytes).toString()).toContain(parsed.sha256);
    },
  );

  it('rejects pointers naming anything but a content hash', () => {
    const forged = Buffer.from('{"kind":"leadstream.claim-check.v1","sha256":"../../etc/passwd","bytes":1}');
    expect(parsePointer(forged)).toBeNull();
  });
});

describe('createDirClaimCheckStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ls-cc-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores and reads back by hash; checks the hash on read', async () => {
    const store = createDirClaimCheckStore(dir);
    const data = Buffer.from('From: a\r\n\r\nbody');
    const p = await store.put(data);
    expect((await store.get(p)).equals(data)).toBe(true);
    await writeFile(store.uri(p), 'tampered');
    await expect(store.get(p)).rejects.toBeInstanceOf(ClaimCheckCorruptError);
    await expect(store.get(makePointer(Buffer.from('absent')))).rejects.toBeInstanceOf(
      ClaimCheckMissingError,
    );
  });
});

describe('createS3ClaimCheckStore', () => {
  it('puts and gets under the prefix, mapping NoSuchKey to a missing object', async () => {
    const objects = new Map<string, Uint8Array>();
    const client = {
      async send(command: unknown) {
        const c = command as {
          constructor: { name: string };
          input: { Key: string; Body?: Uint8Array; Bucket: string };
        };
        if (c.constructor.name === 'PutObjectCommand') {
          objects.set(`${c.input.Bucket}/${c.input.Key}`, c.input.Body as Uint8Array);
          return {};
        }
        const body = objects.get(`${c.input.Bucket}/${c.input.Key}`);
        if (!body) throw Object.assign(new Error('nope'), { name: 'NoSuchKey' });
        return { Body: { transformToByteArray: async () => body } };
      },
    };
    const store = createS3ClaimCheckStore({ bucket: 'b', prefix: 'cc/', client });
    const p = await store.put(Buffer.from('email'));
    expect([...objects.keys()]).toEqual([`b/cc/${p.sha256}.eml`]);
    expect(store.uri(p)).toBe(`s3://b/cc/${p.sha256}.eml`);
    expect((await store.get(p)).toString()).toBe('email');
    await expect(store.get(makePointer(Buffer.from('x')))).rejects.toBeInstanceOf(ClaimCheckMissingError);
  });
});
