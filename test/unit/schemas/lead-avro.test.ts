import type avro from 'avsc';
import { describe, expect, it } from 'vitest';
import {
  decodeLead,
  encodeLead,
  LEAD_SCHEMA_FINGERPRINT,
  leadType,
} from '../../../src/processors/stages/encode.js';
import {
  createAvroType,
  LEAD_AVSC_URL,
  parsingCanonicalForm,
  rabinFingerprint64,
  readLeadSchema,
} from '../../../src/schemas/lead-avro.js';
import { runPython } from '../../helpers/python.js';
import { sampleLead } from './arbitraries.js';

/** lead.avsc plus one optional field with a default: the only kind of change the contract allows. */
function v2Schema(): avro.Schema {
  const v1 = readLeadSchema() as { fields: unknown[] };
  return {
    ...v1,
    fields: [...v1.fields, { name: 'utmSource', type: ['null', 'string'], default: null }],
  } as avro.Schema;
}

describe('schema evolution', () => {
  const v1 = leadType;
  const v2 = createAvroType(v2Schema());

  it('reads v1 data with the v2 reader, filling the new field with its default', () => {
    // Prepare
    const lead = sampleLead();
    // Act
    const read = v2.fromBuffer(encodeLead(lead), v2.createResolver(v1)) as Record<string, unknown>;
    // Assess
    expect(read.utmSource).toBeNull();
    expect(read.leadId).toBe(lead.leadId);
    expect((read.receivedAt as Date).getTime()).toBe(lead.receivedAt.getTime());
    expect(read.attributes).toEqual(lead.attributes);
  });

  it('reads v2 data with the v1 reader, skipping the field it does not know', () => {
    // Prepare
    const v2Bytes = v2.toBuffer({ ...sampleLead(), utmSource: 'newsletter' });
    // Act
    const read = v1.fromBuffer(v2Bytes, v1.createResolver(v2));
    // Assess
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(sampleLead())));
    expect(read).not.toHaveProperty('utmSource');
  });

  it('gives v2 a different fingerprint', () => {
    expect(rabinFingerprint64(parsingCanonicalForm(v2))).not.toBe(LEAD_SCHEMA_FINGERPRINT);
  });

  it('cannot read v2 data without resolution (which is why Kafka headers carry the fingerprint)', () => {
    const v2Bytes = v2.toBuffer({ ...sampleLead(), utmSource: 'newsletter' });
    expect(() => decodeLead(v2Bytes)).toThrow();
  });
});

describe('fingerprint', () => {
  it('matches the published test vectors', () => {
    // From Apache Avro's Python tests (FINGERPRINT_EXAMPLES) and the Rust apache-avro crate's tests.
    expect(rabinFingerprint64('"int"')).toBe('8f5c393f1ad57572');
    expect(rabinFingerprint64('"long"')).toBe('b71df49344e154d0');
    expect(rabinFingerprint64('"double"')).toBe('7e95ab32c035758e');
  });

  it('is stable across type instances', () => {
    const again = createAvroType(readLeadSchema());
    expect(rabinFingerprint64(parsingCanonicalForm(again))).toBe(LEAD_SCHEMA_FINGERPRINT);
  });

  it('equals fastavro’s canonical form and CRC-64-AVRO fingerprint, and fastavro reads our bytes', async () => {
    // Prepare
    const lead = sampleLead();
    const payload = encodeLead(lead).toString('base64');
    // Act: an independent implementation reads the same .avsc and our bytes.
    const out = await runPython(
      `
import base64, json, sys, io
from fastavro import schemaless_reader
from fastavro.schema import parse_schema, to_parsing_canonical_form, fingerprint
schema = parse_schema(json.load(open(sys.argv[1])))
canonical = to_parsing_canonical_form(schema)
record = schemaless_reader(io.BytesIO(base64.b64decode(sys.argv[2])), schema)
record['receivedAt'] = int(record['receivedAt'].timestamp() * 1000)
print(json.dumps({'canonical': canonical, 'fingerprint': fingerprint(canonical, 'CRC-64-AVRO'), 'record': record}))
`,
      [LEAD_AVSC_URL.pathname, payload],
    );
    const result = JSON.parse(out) as {
      canonical: string;
      fingerprint: string;
      record: Record<string, unknown>;
    };
    // Assess
    expect(parsingCanonicalForm(leadType)).toBe(result.canonical);
    expect(LEAD_SCHEMA_FINGERPRINT).toBe(result.fingerprint);
    expect(result.record).toEqual({
      ...JSON.parse(JSON.stringify(lead)),
      receivedAt: lead.receivedAt.getTime(),
    });
  });
});
