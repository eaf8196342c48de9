import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decodeLead,
  encodeAnalytics,
  encodeLead,
  LEAD_SCHEMA_FINGERPRINT,
  leadType,
  toLeadJson,
} from '../../../src/processors/stages/encode.js';
import { ANALYTICS_COLUMNS, type AnalyticsRecord } from '../../../src/schemas/analytics.js';
import type { Lead } from '../../../src/schemas/lead.js';
import { leadArbitrary, sampleLead } from '../schemas/arbitraries.js';

describe('encodeLead / decodeLead', () => {
  test.prop([leadArbitrary()], { numRuns: 300 })('round-trips any lead losslessly', (lead) => {
    // Act
    const decoded = decodeLead(encodeLead(lead));
    // Assess: toStrictEqual would flag avsc's record classes; compare the plain JSON plus the Date.
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(JSON.parse(JSON.stringify(lead)));
    expect(decoded.receivedAt).toBeInstanceOf(Date);
    expect(decoded.receivedAt.getTime()).toBe(lead.receivedAt.getTime());
    expect(Object.getPrototypeOf(decoded.attributes)).toBe(Object.prototype);
  });

  it('round-trips empty maps, empty arrays, nulls and unicode', () => {
    // Prepare
    const lead: Lead = {
      ...sampleLead(),
      campaign: null,
      contact: { fullName: null, firstName: null, lastName: null, email: null, phone: null },
      message: '',
      attributes: {},
      extraction: { ruleId: '', confidence: 0, warnings: [] },
    };
    // Act
    const decoded = decodeLead(encodeLead(lead));
    // Assess
    expect({ ...decoded, contact: { ...decoded.contact }, extraction: { ...decoded.extraction } }).toEqual(
      lead,
    );
  });

  it('rejects an invalid date instead of writing garbage', () => {
    expect(() => encodeLead({ ...sampleLead(), receivedAt: new Date(Number.NaN) })).toThrow(/valid Date/);
  });

  it('rejects dates avsc cannot encode exactly', () => {
    expect(() => encodeLead({ ...sampleLead(), receivedAt: new Date(-(2 ** 52) - 1) })).toThrow(RangeError);
    const earliest = new Date(-(2 ** 52));
    expect(decodeLead(encodeLead({ ...sampleLead(), receivedAt: earliest })).receivedAt).toEqual(earliest);
  });

  it('rejects a lead that does not match the schema', () => {
    const bad = { ...sampleLead(), source: 'carrier_pigeon' } as unknown as Lead;
    expect(() => encodeLead(bad)).toThrow();
    expect(leadType.isValid(sampleLead())).toBe(true);
    expect(leadType.isValid(bad)).toBe(false);
  });

  it('rejects truncated and trailing bytes', () => {
    const buf = encodeLead(sampleLead());
    expect(() => decodeLead(buf.subarray(0, buf.length - 3))).toThrow(/truncated/);
    expect(() => decodeLead(Buffer.concat([buf, Buffer.from([0])]))).toThrow(/trailing/);
  });

  it('exposes the fingerprint as 16 hex digits', () => {
    expect(LEAD_SCHEMA_FINGERPRINT).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('toLeadJson', () => {
  it('gives plain JSON with unions unwrapped and receivedAt as ISO-8601', () => {
    // Act
    const json = toLeadJson(sampleLead());
    // Assess
    expect(json.receivedAt).toBe('2026-11-27T10:15:30.123Z');
    expect(json.adId).toBeNull();
    expect(json.contact.email).toBe('zoe@example.dk');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test.prop([leadArbitrary()])('keeps every field of the schema', (lead) => {
    const json = toLeadJson(lead);
    const fieldNames = (leadType.schema() as { fields: { name: string }[] }).fields.map((f) => f.name);
    expect(Object.keys(json).sort()).toEqual([...fieldNames].sort());
    expect(new Date(json.receivedAt).getTime()).toBe(lead.receivedAt.getTime());
  });
});

describe('encodeAnalytics', () => {
  const record: AnalyticsRecord = {
    lead_id: 'lead-1',
    business_id: 'acme',
    source: 'web_form',
    campaign: null,
    ad_id: null,
    email_hash: 'ab'.repeat(32),
    email_domain: 'example.com',
    phone_hash: null,
    phone_country_code: null,
    message_length: 12,
    message_redacted: 'Call [phone]',
    language: 'en',
    received_at: Date.UTC(2026, 10, 27, 10, 0, 0, 5),
    rule_id: 'web_form',
    confidence: 0.75,
    form_id: null,
    campaign_id: null,
  };

  it('writes one JSON object per line, columns in order, received_at as epoch millis', () => {
    // Act
    const line = encodeAnalytics(record).toString('utf8');
    // Assess
    expect(line.endsWith('\n')).toBe(true);
    expect(line.indexOf('\n')).toBe(line.length - 1);
    const parsed = JSON.parse(line);
    expect(Object.keys(parsed)).toEqual(ANALYTICS_COLUMNS.map((c) => c.name));
    expect(parsed.received_at).toBe(record.received_at);
    expect(parsed).toEqual(record);
  });

  it('drops properties that are not analytics columns', () => {
    const leaky = { ...record, email: 'someone@example.com' } as AnalyticsRecord;
    expect(encodeAnalytics(leaky).toString('utf8')).not.toContain('someone@example.com');
  });
});
