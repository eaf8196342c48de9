import { createHmac } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { anonymise, detectLanguage } from '../../../src/processors/stages/anonymise.js';
import { encodeAnalytics } from '../../../src/processors/stages/encode.js';
import type { AnalyticsRecord } from '../../../src/schemas/analytics.js';
import type { Lead } from '../../../src/schemas/lead.js';
import { leadArbitrary, sampleLead, unicodeText } from '../schemas/arbitraries.js';

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);

/**
 * Phone numbers as E.164 plus the ways people write them. Generated per country from the number's
 * parts so every format is a real rendering of the same number.
 */
const phoneArbitrary = fc
  .record({
    country: fc.constantFrom(
      { cc: '1', nsn: () => fc.stringMatching(/^[2-9]\d{2}[2-9]\d{6}$/) },
      { cc: '49', nsn: () => fc.stringMatching(/^[1-9]\d{8,10}$/) },
      { cc: '44', nsn: () => fc.stringMatching(/^7\d{9}$/) },
      { cc: '33', nsn: () => fc.stringMatching(/^[1-9]\d{8}$/) },
      { cc: '34', nsn: () => fc.stringMatching(/^[6-9]\d{8}$/) },
    ),
  })
  .chain(({ country }) => country.nsn().map((nsn) => ({ cc: country.cc, nsn })));

type Phone = { cc: string; nsn: string };

function renderings({ cc, nsn }: Phone): string[] {
  const groups = nsn.match(/.{1,3}/g) ?? [nsn];
  return [
    `+${cc}${nsn}`, // E.164
    `${cc}${nsn}`, // digits only
    `00${cc}${nsn}`,
    `+${cc} ${groups.join(' ')}`,
    `+${cc}-${groups.join('-')}`,
    `(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}`,
    `0${nsn}`,
    groups.join('.'),
  ];
}

/** Mixed-case variants of an email, as customers type them. */
const casedEmail = (email: string): fc.Arbitrary<string> =>
  fc.constantFrom(email, email.toUpperCase(), email.charAt(0).toUpperCase() + email.slice(1));

const separator = fc.constantFrom(' ', '\n', ': ', ', ', ' (', ') ', '<', '>', '"', ' / ', '');

/** A lead whose message embeds its own email and phone in arbitrary surrounding text. */
const leadWithPiiInMessage = fc
  .record({
    lead: leadArbitrary(),
    email: fc.emailAddress(),
    phone: phoneArbitrary,
    renderingIndex: fc.nat(),
    before: unicodeText(60),
    between: unicodeText(60),
    after: unicodeText(60),
    sep: fc.array(separator, { minLength: 4, maxLength: 4 }),
  })
  .chain((r) =>
    casedEmail(r.email).map((writtenEmail) => {
      const forms = renderings(r.phone);
      const writtenPhone = forms[r.renderingIndex % forms.length] as string;
      const [s0, s1, s2, s3] = r.sep as [string, string, string, string];
      const message = `${r.before}${s0}${writtenEmail}${s1}${r.between}${s2}${writtenPhone}${s3}${r.after}`;
      const lead: Lead = {
        ...r.lead,
        contact: { ...r.lead.contact, email: r.email.toLowerCase(), phone: `+${r.phone.cc}${r.phone.nsn}` },
        message,
      };
      return { lead, email: r.email, phone: r.phone };
    }),
  );

function stringValues(record: AnalyticsRecord): string[] {
  return Object.values(record).filter((v): v is string => typeof v === 'string');
}

describe('anonymise: no direct identifiers', () => {
  test.prop([leadWithPiiInMessage], { numRuns: 500 })(
    'never emits the email or phone, in any case or format, whatever surrounds them',
    ({ lead, email, phone }) => {
      // Act
      const record = anonymise(lead, { hmacKey: KEY, messagePolicy: 'redact' });
      // Assess: the serialised record, exactly as Firehose receives it.
      const line = encodeAnalytics(record).toString('utf8').toLowerCase();
      expect(line).not.toContain(JSON.stringify(email.toLowerCase()).slice(1, -1));
      expect(line).not.toContain(email.toLowerCase());
      const strings = stringValues(record).join('\n');
      for (const form of [`+${phone.cc}${phone.nsn}`, `${phone.cc}${phone.nsn}`, phone.nsn]) {
        expect(strings).not.toContain(form);
      }
    },
  );

  test.prop([leadArbitrary()])('never carries names, and names are redacted from the message', (lead) => {
    // Prepare: the message mentions the customer by name.
    const named: Lead = {
      ...lead,
      contact: {
        ...lead.contact,
        firstName: 'Philippa',
        lastName: 'Quatermaine',
        fullName: 'Philippa Quatermaine',
      },
      message: `${lead.message ?? ''} — regards, Philippa Quatermaine`,
    };
    // Act
    const record = anonymise(named, { hmacKey: KEY, messagePolicy: 'redact' });
    // Assess
    expect(stringValues(record).join('\n')).not.toMatch(/philippa|quatermaine/i);
  });

  it('drops the message entirely under the drop policy, keeping its length', () => {
    const record = anonymise(sampleLead(), { hmacKey: KEY, messagePolicy: 'drop' });
    expect(record.message_redacted).toBeNull();
    expect(record.message_length).toBe([...(sampleLead().message as string)].length);
  });
});

describe('anonymise: pseudonyms', () => {
  it('hashes the lowercased email and the E.164 phone with HMAC-SHA256 (hex)', () => {
    // Prepare: the documented construction, so other systems can compute the same pseudonym.
    const lead: Lead = { ...sampleLead(), contact: { ...sampleLead().contact, email: 'Zoe@Example.DK' } };
    // Act
    const record = anonymise(lead, { hmacKey: KEY, messagePolicy: 'drop' });
    // Assess
    expect(record.email_hash).toBe(createHmac('sha256', KEY).update('zoe@example.dk').digest('hex'));
    expect(record.phone_hash).toBe(createHmac('sha256', KEY).update('+4520123456').digest('hex'));
  });

  test.prop([leadArbitrary()])('same key gives the same hash; another key another hash', (lead) => {
    fc.pre(lead.contact.email !== null);
    const a = anonymise(lead, { hmacKey: KEY, messagePolicy: 'drop' });
    const b = anonymise(lead, { hmacKey: KEY, messagePolicy: 'drop' });
    const c = anonymise(lead, { hmacKey: OTHER_KEY, messagePolicy: 'drop' });
    expect(a.email_hash).toBe(b.email_hash);
    expect(a.email_hash).not.toBe(c.email_hash);
    expect(a.email_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives one pseudonym to one phone however it is written', () => {
    const hash = (phone: string) =>
      anonymise(
        { ...sampleLead(), contact: { ...sampleLead().contact, phone } },
        { hmacKey: KEY, messagePolicy: 'drop' },
      ).phone_hash;
    expect(hash('+1 (415) 555-0123')).toBe(hash('+14155550123'));
  });

  it.each([
    ['+14155550123', '1'],
    ['+4930123456', '49'],
    ['+442079460958', '44'],
    ['+4520123456', '45'],
  ])('phone %s has calling code %s', (phone, code) => {
    const record = anonymise(
      { ...sampleLead(), contact: { ...sampleLead().contact, phone } },
      { hmacKey: KEY, messagePolicy: 'drop' },
    );
    expect(record.phone_country_code).toBe(code);
  });

  it('hashes an unparseable phone by its digits and gives no calling code', () => {
    const record = anonymise(
      { ...sampleLead(), contact: { ...sampleLead().contact, phone: '555-0123 ext. 4' } },
      { hmacKey: KEY, messagePolicy: 'drop' },
    );
    expect(record.phone_hash).toBe(createHmac('sha256', KEY).update('55501234').digest('hex'));
    expect(record.phone_country_code).toBeNull();
  });

  it('leaves hashes and derived fields null when there is no email or phone', () => {
    const lead: Lead = {
      ...sampleLead(),
      contact: { fullName: null, firstName: null, lastName: null, email: null, phone: null },
      message: null,
    };
    const record = anonymise(lead, { hmacKey: KEY, messagePolicy: 'redact' });
    expect(record).toMatchObject({
      email_hash: null,
      email_domain: null,
      phone_hash: null,
      phone_country_code: null,
      message_length: 0,
      message_redacted: null,
      language: null,
    });
  });
});

describe('anonymise: analytics fields', () => {
  it('keeps what analysts need', () => {
    // Prepare
    const lead = sampleLead();
    // Act
    const record = anonymise(lead, { hmacKey: KEY, messagePolicy: 'redact' });
    // Assess
    expect(record).toMatchObject({
      lead_id: lead.leadId,
      business_id: lead.businessId,
      source: lead.source,
      campaign: lead.campaign,
      ad_id: lead.adId,
      email_domain: 'example.dk',
      received_at: lead.receivedAt.getTime(),
      rule_id: lead.extraction.ruleId,
      confidence: lead.extraction.confidence,
    });
  });

  it("redacts a person's name in the campaign's name, and keeps a campaign without one", () => {
    const named = anonymise(
      { ...sampleLead(), campaign: 'Open day with Anna Keller' },
      { hmacKey: KEY, messagePolicy: 'drop' },
    );
    const plain = anonymise(
      { ...sampleLead(), campaign: 'Spring Sale 2026 – harbour' },
      { hmacKey: KEY, messagePolicy: 'drop' },
    );
    expect(named.campaign).toBe('Open day with [name]');
    expect(plain.campaign).toBe('Spring Sale 2026 – harbour');
  });

  it('counts message length in code points (an emoji is one)', () => {
    const record = anonymise(
      { ...sampleLead(), message: 'hi 👋🏽' },
      { hmacKey: KEY, messagePolicy: 'drop' },
    );
    expect(record.message_length).toBe(5);
  });

  it.each([
    ['en', 'Hello, I am interested in the red Corolla you advertised. Please call me tomorrow morning.'],
    ['de', 'Guten Tag, ich interessiere mich für das Angebot und bitte um einen Rückruf am Vormittag.'],
    ['fr', 'Bonjour, je voudrais recevoir un devis pour la rénovation de ma cuisine, merci beaucoup.'],
    ['es', 'Hola, quiero más información sobre el coche y el precio final con financiación, gracias.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(['Call me', 'ok', '+14155550123', '[email] [phone]'])('gives no language for %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});
