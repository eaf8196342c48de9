import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snsPublishInput } from '../../../src/notify/sns-publisher.js';
import type { LeadJson } from '../../../src/processors/stages/encode.js';

const lead = (over: Partial<LeadJson> = {}): LeadJson =>
  ({
    leadId: 'l-1',
    receivedAt: '2026-03-03T10:00:00.000Z',
    businessId: 'acme-motors',
    source: 'facebook_lead_ads',
    campaign: 'Spring',
    contact: {
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@example.com',
      phone: '+447700900123',
    },
    message: 'Please call after 5pm',
    ...over,
  }) as LeadJson;

type Attributes = Record<string, { StringValue?: string }>;

/** SNS's attribute filter for the exact-string policies the README shows: every key present, one value allowed. */
function matches(policy: Record<string, string[]>, attributes: Attributes): boolean {
  return Object.entries(policy).every(([k, allowed]) => {
    const v = attributes[k]?.StringValue;
    return v !== undefined && allowed.includes(v);
  });
}

describe('SNS channel', () => {
  it('carries businessId and source as String attributes, and a message per protocol', () => {
    const input = snsPublishInput('arn:aws:sns:eu-west-1:1:t', lead());
    expect(input.MessageAttributes).toEqual({
      businessId: { DataType: 'String', StringValue: 'acme-motors' },
      source: { DataType: 'String', StringValue: 'facebook_lead_ads' },
    });
    const message = JSON.parse(input.Message as string) as Record<string, string>;
    expect(JSON.parse(message.default as string)).toEqual(lead());
    expect(message.email).toContain('Please call after 5pm');
    expect(message.sms).toBe(
      'New lead (facebook_lead_ads) for acme-motors: Jane Doe, +447700900123, jane@example.com',
    );
    expect(input.Subject).toMatch(/^[\x20-\x7e]{1,99}$/);
  });

  it('keeps the SMS to one 140-character segment', () => {
    const long = lead({ contact: { ...lead().contact, fullName: 'N'.repeat(300) } });
    const sms = JSON.parse(snsPublishInput('arn', long).Message as string).sms as string;
    expect(sms).toHaveLength(140);
    expect(sms.endsWith('…')).toBe(true);
  });

  it("matches the README's filter-policy examples for the business's own leads only", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const policies = [...readme.matchAll(/"FilterPolicy":"(\{.*?\})"\}'/g)].map(
      (m) => JSON.parse((m[1] as string).replaceAll('\\"', '"')) as Record<string, string[]>,
    );
    expect(policies).toHaveLength(2);
    const attrs = (l: LeadJson) => snsPublishInput('arn', l).MessageAttributes as Attributes;
    for (const policy of policies) {
      expect(matches(policy, attrs(lead()))).toBe(true);
      expect(matches(policy, attrs(lead({ businessId: 'bravo-homes' })))).toBe(false);
    }
    // The second example also filters on source.
    expect(matches(policies[1] as Record<string, string[]>, attrs(lead({ source: 'web_form' })))).toBe(false);
  });
});
