import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Environment } from './environment.js';

/** HMAC-SHA256 keys shorter than this weaken the pseudonyms; 32 bytes matches the hash size (RFC 2104 §3). */
export const MIN_HMAC_KEY_BYTES = 32;

export type HmacKeySource =
  | { kind: 'env'; value: string }
  | { kind: 'secret'; secretId: string }
  | { kind: 'local-file'; path: string };

/**
 * Where the pseudonymisation key comes from, in order: LEADSTREAM_HMAC_KEY (hex or base64),
 * LEADSTREAM_HMAC_SECRET_ID (a Secrets Manager name or ARN; what the Lambda uses), else a key file
 * created once under the local state directory, so local runs give stable hashes without a key in code.
 */
export function hmacKeySourceFromEnv(
  env: Pick<Environment, 'LEADSTREAM_HMAC_KEY' | 'LEADSTREAM_HMAC_SECRET_ID'>,
  localStateDir: string,
): HmacKeySource {
  if (env.LEADSTREAM_HMAC_KEY) return { kind: 'env', value: env.LEADSTREAM_HMAC_KEY };
  if (env.LEADSTREAM_HMAC_SECRET_ID) return { kind: 'secret', secretId: env.LEADSTREAM_HMAC_SECRET_ID };
  return { kind: 'local-file', path: `${localStateDir}/hmac.key` };
}

export async function loadHmacKey(source: HmacKeySource): Promise<Buffer> {
  switch (source.kind) {
    case 'env':
      return checkedKey(decodeKey(source.value), 'LEADSTREAM_HMAC_KEY');
    case 'secret': {
      // Imported lazily: the SDK client is only needed where the key lives in Secrets Manager.
      const [{ GetSecretValueCommand }, { createSecretsManagerClient }] = await Promise.all([
        import('@aws-sdk/client-secrets-manager'),
        import('../io/aws-clients.js'),
      ]);
      const out = await (await createSecretsManagerClient()).send(
        new GetSecretValueCommand({ SecretId: source.secretId }),
      );
      if (!out.SecretString) throw new Error(`secret ${source.secretId} has no SecretString`);
      return checkedKey(decodeKey(out.SecretString), `secret ${source.secretId}`);
    }
    case 'local-file':
      try {
        return checkedKey(decodeKey((await readFile(source.path, 'utf8')).trim()), source.path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        const key = randomBytes(MIN_HMAC_KEY_BYTES);
        await mkdir(dirname(source.path), { recursive: true });
        await writeFile(source.path, key.toString('hex'), { mode: 0o600 });
        return key;
      }
  }
}

function decodeKey(text: string): Buffer {
  return /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0
    ? Buffer.from(text, 'hex')
    : Buffer.from(text, 'base64');
}

function checkedKey(key: Buffer, where: string): Buffer {
  if (key.length < MIN_HMAC_KEY_BYTES) {
    throw new Error(
      `HMAC key from ${where} is ${key.length} bytes; at least ${MIN_HMAC_KEY_BYTES} are required`,
    );
  }
  return key;
}
