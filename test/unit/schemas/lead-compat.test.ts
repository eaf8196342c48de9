/**
 * Compatibility of lead.avsc with the schema consumers already run (v1, kept as a fixture): the
 * contract evolves only by optional fields with defaults and by enum symbols readers can default.
 */
import type avro from 'avsc';
import { describe, expect, it } from 'vitest';
import { encodeLead, leadType } from '../../../src/processors/stages/encode.js';
import { LEAD_SOURCES, type Lead } from '../../../src/schemas/lead.js';
import { createAvroType, readLeadSchema } from '../../../src/schemas/lead-avro.js';
import { runPython } from '../../helpers/python.js';
import { sampleLead } from './arbitraries.js';

const V1_AVSC = new URL('../../fixtures/unit/schemas/lead-v1.avsc', import.meta.url);
const v1 = createAvroType(readLeadSchema(V1_AVSC));
const V1_SOURCES = (v1.schema() as { fields: { name: string; type: { symbols?: string[] } }[] }).fields.find(
  (f) => f.name === 'source',
)?.type.symbols as string[];
const NEW_SOURCES = LEAD_SOURCES.filter((s) => !V1_SOURCES.includes(s));

const tiktokLead = (): Lead => ({ ...sampleLead(), source: 'tiktok_lead_ads' });

describe('lead.avsc against the v1 schema', () => {
  it('only appends: v1 fields and enum symbols keep their names and positions', () => {
    const fields = (s: avro.Type) => (s.schema() as { fields: { name: string }[] }).fields.map((f) => f.name);
    expect(fields(leadType).slice(0, fields(v1).length)).toEqual(fields(v1));
    expect(LEAD_SOURCES.slice(0, V1_SOURCES.length)).toEqual(V1_SOURCES);
    expect(NEW_SOURCES).toEqual([
      'tiktok_lead_ads',
      'snapchat_lead_ads',
      'microsoft_lead_ads',
      'pinterest_lead_ads',
    ]);
  });

  it('gives every added field a default', () => {
    const added = (readLeadSchema() as { fields: { name: string; default?: unknown }[] }).fields.slice(
      (readLeadSchema(V1_AVSC) as { fields: unknown[] }).fields.length,
    );
    expect(added.map((f) => f.name)).toEqual(['formId', 'campaignId', 'platformLeadId']);
    for (const f of added) expect(f).toHaveProperty('default', null);
  });

  it.each(NEW_SOURCES)('a v1 reader reads a %s lead as source "other" and skips the new fields', (source) => {
    // Prepare
    const bytes = encodeLead({ ...tiktokLead(), source });
    // Act
    const read = v1.fromBuffer(bytes, v1.createResolver(leadType)) as Record<string, unknown>;
    // Assess
    expect(read.source).toBe('other');
    expect(read).not.toHaveProperty('platformLeadId');
    expect(read.leadId).toBe(sampleLead().leadId);
    expect(read.contact).toEqual(sampleLead().contact);
  });

  it('a v1 reader keeps the symbols it knows', () => {
    const read = v1.fromBuffer(encodeLead(sampleLead()), v1.createResolver(leadType)) as Lead;
    expect(read.source).toBe('facebook_lead_ads');
  });

  it('the current reader reads v1 data, filling the new fields with null', () => {
    // Prepare: a record as a v1 producer wrote it.
    const { formId: _f, campaignId: _c, platformLeadId: _p, ...v1Lead } = sampleLead();
    const bytes = v1.toBuffer(v1Lead);
    // Act
    const read = leadType.fromBuffer(bytes, leadType.createResolver(v1)) as Lead;
    // Assess
    expect(read).toMatchObject({
      formId: null,
      campaignId: null,
      platformLeadId: null,
      source: 'facebook_lead_ads',
    });
  });

  it('a v1 reader fails on an unknown symbol only when its schema has no enum default (why the default matters)', () => {
    const noDefault = JSON.parse(JSON.stringify(readLeadSchema(V1_AVSC)));
    delete noDefault.fields.find((f: { name: string }) => f.name === 'source').type.default;
    const strict = createAvroType(noDefault);
    expect(() => strict.createResolver(leadType)).toThrow();
  });

  it('fastavro, reading with the v1 schema, resolves a TikTok lead to "other" and a v1 record with defaults', async () => {
    // Prepare
    const v2Bytes = encodeLead(tiktokLead()).toString('base64');
    const { formId: _f, campaignId: _c, platformLeadId: _p, ...v1Lead } = sampleLead();
    const v1Bytes = v1.toBuffer(v1Lead).toString('base64');
    // Act: an independent implementation does the schema resolution both ways.
    const out = await runPython(
      `
import base64, io, json, sys
from fastavro import schemaless_reader
from fastavro.schema import parse_schema
new = parse_schema(json.load(open(sys.argv[1])))
old = parse_schema(json.load(open(sys.argv[2])))
a = schemaless_reader(io.BytesIO(base64.b64decode(sys.argv[3])), new, old)
b = schemaless_reader(io.BytesIO(base64.b64decode(sys.argv[4])), old, new)
print(json.dumps({'oldReader': {'source': a['source'], 'keys': sorted(a.keys())}, 'newReader': {k: b[k] for k in ('formId', 'campaignId', 'platformLeadId', 'source')}}))
`,
      [
        new URL('../../../src/schemas/lead.avsc', import.meta.url).pathname,
        V1_AVSC.pathname,
        v2Bytes,
        v1Bytes,
      ],
    );
    const result = JSON.parse(out) as {
      oldReader: { source: string; keys: string[] };
      newReader: Record<string, unknown>;
    };
    // Assess
    expect(result.oldReader.source).toBe('other');
    expect(result.oldReader.keys).not.toContain('platformLeadId');
    expect(result.newReader).toEqual({
      formId: null,
      campaignId: null,
      platformLeadId: null,
      source: 'facebook_lead_ads',
    });
  });
});
