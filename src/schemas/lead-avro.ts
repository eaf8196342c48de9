import { readFileSync } from 'node:fs';
import avro from 'avsc';

/**
 * Loading and fingerprinting of `lead.avsc`, the one source of truth for the Lead record.
 *
 * The schema is read from the file next to this module rather than copied into code, so the
 * encoder, the tests and any other-language consumer all use the same bytes. A bundled Lambda
 * resolves the same relative URL against the bundle, so the bundler copies `lead.avsc` beside it.
 */
export const LEAD_AVSC_URL = new URL('./lead.avsc', import.meta.url);

export function readLeadSchema(url: URL = LEAD_AVSC_URL): avro.Schema {
  return JSON.parse(readFileSync(url, 'utf8')) as avro.Schema;
}

/**
 * `timestamp-millis` as a JS Date. avsc leaves logical types it does not know as their underlying
 * long unless given a class for them, and a number would make `receivedAt` ambiguous (ms? s?).
 */
/**
 * avsc zigzag-encodes longs with float arithmetic: below -2^52 the sign is silently lost (found by
 * the round-trip property test). JS Dates reach ±8.64e15 ms, so the far past is rejected instead
 * (2^52 ms is about year -140,000; no email is that old).
 */
const MIN_EXACT_AVSC_LONG = -(2 ** 52);

export class DateType extends avro.types.LogicalType {
  protected override _fromValue(val: number): Date {
    return new Date(val);
  }

  protected override _toValue(val: unknown): number {
    // Throwing here (rather than returning undefined) keeps an invalid date from being written as
    // garbage: avsc's toBuffer does not validate before writing.
    if (!(val instanceof Date) || Number.isNaN(val.getTime())) {
      throw new TypeError('timestamp-millis value must be a valid Date');
    }
    const ms = val.getTime();
    if (ms < MIN_EXACT_AVSC_LONG) throw new RangeError('timestamp-millis value is before year -140000');
    return ms;
  }

  protected override _resolve(type: avro.Type): ((v: unknown) => Date) | undefined {
    // A writer that used a plain long (or this logical type) is readable: both carry epoch ms.
    if (avro.Type.isType(type, 'long', 'logical:timestamp-millis')) return (v) => new Date(v as number);
    return undefined;
  }
}

/**
 * Builds a type with the options every Lead type uses: Dates for timestamps, unions as plain
 * values (`null | string`). The options object is fresh per call because avsc stores its registry
 * of named types in it: a shared object makes the second schema fail with "duplicate type name".
 */
export function createAvroType(schema: avro.Schema): avro.Type {
  return avro.Type.forSchema(schema, {
    logicalTypes: { 'timestamp-millis': DateType },
    wrapUnions: false,
  });
}

/**
 * Parsing Canonical Form (Avro spec, "Parsing Canonical Form for Schemas"). avsc's `schema()`
 * without `exportAttrs` already emits it: fullnames, only the attributes that matter for parsing
 * (type, name, fields, symbols, items, values, size) in that order, no doc, default, aliases or
 * logicalType, no whitespace. The test suite checks this against fastavro's own canonicaliser.
 */
export function parsingCanonicalForm(type: avro.Type): string {
  return JSON.stringify(type.schema());
}

const CRC64_AVRO_EMPTY = 0xc15d213aa4d7a795n;
const MASK_64 = 0xffffffffffffffffn;
const CRC64_AVRO_TABLE: readonly bigint[] = (() => {
  const table: bigint[] = [];
  for (let i = 0; i < 256; i++) {
    let fp = BigInt(i);
    for (let j = 0; j < 8; j++) fp = (fp >> 1n) ^ (CRC64_AVRO_EMPTY & -(fp & 1n) & MASK_64);
    table.push(fp);
  }
  return table;
})();

/**
 * The 64-bit Rabin fingerprint (CRC-64-AVRO) from the Avro spec, "Schema Fingerprints", computed
 * here rather than by avsc: avsc's `fingerprint()` only offers Node crypto hashes (MD5 by default).
 * Returned as 16 hex digits of the 8 bytes in little-endian order, the byte order of Avro's
 * single-object encoding header and of the Java and fastavro implementations.
 */
export function rabinFingerprint64(text: string): string {
  let fp = CRC64_AVRO_EMPTY;
  for (const byte of Buffer.from(text, 'utf8')) {
    fp = (fp >> 8n) ^ (CRC64_AVRO_TABLE[Number((fp ^ BigInt(byte)) & 0xffn)] as bigint);
  }
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(fp);
  return out.toString('hex');
}
