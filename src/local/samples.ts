import { createHash } from 'node:crypto';

/**
 * The demo's sample set: generated lead and non-lead emails from the corpus generator, plus the
 * cases a stream processor must survive: poison records (random bytes) and an email over the
 * Kinesis 1 MiB record limit (sent by claim-check).
 */
export interface SampleEmail {
  name: string;
  raw: Buffer;
}

export interface SampleOptions {
  count: number;
  seed?: number;
  /** Random-byte records among the `count`. @default 2 (0 when count < 10) */
  poison?: number;
  /** Emails over 1 MiB among the `count`. @default 1 (0 when count < 10) */
  oversize?: number;
}

export async function sampleEmails(options: SampleOptions): Promise<SampleEmail[]> {
  const small = options.count < 10;
  const poison = options.poison ?? (small ? 0 : 2);
  const oversize = options.oversize ?? (small ? 0 : 1);
  const regular = options.count - poison - oversize;
  if (regular < 0) throw new RangeError('count must cover the poison and oversize samples');
  // The generator lives with the benchmarks; imported lazily so only the demo and tests load it.
  const { generateCorpus } = await import('../corpus/generate.js');
  const out: SampleEmail[] = [];
  for (const e of generateCorpus({ count: regular, seed: options.seed ?? 42 }))
    out.push({ name: e.name, raw: e.raw });
  for (let i = 0; i < poison; i++)
    out.push({ name: `poison-${i}.bin`, raw: noise(options.seed ?? 42, i, 64 + i * 1_000) });
  for (let i = 0; i < oversize; i++) out.push({ name: `oversize-${i}.eml`, raw: oversizeEmail(i) });
  return out;
}

/** Deterministic random-looking bytes (SHA-256 in counter mode), so a demo run is reproducible. */
export function noise(seed: number, index: number, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let c = 0; blocks.length * 32 < length; c++) {
    blocks.push(createHash('sha256').update(`${seed}:${index}:${c}`).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** A web-form notification with a ~1.3 MiB attachment: over the Kinesis record limit, under the core's 10 MiB. */
export function oversizeEmail(i: number, attachmentBytes = 1024 * 1024): Buffer {
  const attachment = Buffer.alloc(attachmentBytes, i % 251)
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: Website Forms <forms@site.example>',
      'To: leads+acme-motors@inbound.example',
      `Subject: New contact form submission #${i}`,
      `Message-ID: <oversize-${i}@site.example>`,
      'Date: Fri, 27 Nov 2026 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'You have a new contact form submission.',
      '',
      'Name: Jane Example',
      'Email: jane.example@example.com',
      'Phone: +1 415 555 0100',
      'Message: Please send me the brochure.',
      '',
      '--b1',
      'Content-Type: application/pdf; name="brochure.pdf"',
      'Content-Disposition: attachment; filename="brochure.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      attachment,
      '--b1--',
      '',
    ].join('\r\n'),
  );
}
