import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../../src/config/load.js';
import type { LeadstreamConfig } from '../../../src/config/schema.js';
import { createLeadCore, type LeadCore } from '../../../src/processors/core.js';
import { leadIdFor } from '../../../src/processors/routing.js';
import { MAX_SUBJECT_CHARS } from '../../../src/processors/stages/parse.js';
import { REJECT_REASONS } from '../../../src/schemas/result.js';

const KEY = new Uint8Array(32).fill(3);
const ctx = { receivedAt: new Date('2026-03-01T00:00:00Z') };
let config: LeadstreamConfig;
let core: LeadCore;

beforeAll(async () => {
  config = await loadConfig(undefined, {});
  core = createLeadCore(config, { hmacKey: KEY });
});

function mail(headers: string[], body: string): Buffer {
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`);
}

const FORM = [
  'From: Website <noreply@shop.example>',
  'To: leads+shop@inbound.example',
  'Subject: New contact form submission',
  'Message-ID: <m-1@shop.example>',
];

describe('createLeadCore: hostile input never throws', () => {
  const deep = (() => {
    let body = 'Content-Type: text/plain\r\n\r\nEmail: a@b.co\r\n';
    for (let i = 200; i > 0; i--)
      body = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${body}\r\n--n${i}--\r\n`;
    return Buffer.from(`From: x@y.co\r\n${body}`);
  })();
  const hugeHeader = Buffer.from(
    `Subject: ${'A'.repeat(2 * 1024 * 1024)}\r\nFrom: x@y.co\r\n\r\nEmail: a@b.co\r\n`,
  );
  const badCharset = mail(
    [
      ...FORM,
      'Content-Type: text/plain; charset=x-no-such-charset-\u00ff',
      'Content-Transfer-Encoding: base64',
    ],
    '!!!not base64@@@\r\n',
  );
  const unterminated = mail(
    [...FORM, 'Content-Type: multipart/alternative; boundary="open"'],
    '--open\r\nContent-Type: text/plain\r\n\r\nName: Zoe\r\nEmail: zoe@example.com\r\n--open\r\nContent-Type: text/html\r\n\r\n<table><tr><td>Email',
  );
  const endless = mail(
    ['From: x@y.co', 'Content-Type: multipart/mixed; boundary=e'],
    Array.from({ length: 5000 }, () => '--e\r\n\r\nx\r\n').join(''),
  );

  it.each([
    ['200 nested multiparts', deep, 'malformed'],
    ['a 2 MB header', hugeHeader, 'malformed'],
    ['endless boundaries', endless, 'malformed'],
    ['empty input', Buffer.alloc(0), null],
    ['binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)), null],
  ])('%s → rejected', async (_name, raw, reason) => {
    const r = await core.process(raw, ctx);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(REJECT_REASONS).toContain(r.rejection.reason);
    if (reason) expect(r.rejection.reason).toBe(reason);
    expect(r.leadId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an oversize email is too_large before any parsing', async () => {
    const small = createLeadCore(parseConfig({ version: 1, limits: { maxEmailBytes: 100 } }), {
      hmacKey: KEY,
    });
    const r = await small.process(Buffer.alloc(101, 0x41), ctx);
    expect(r).toMatchObject({ status: 'rejected', businessId: null, rejection: { reason: 'too_large' } });
  });

  it('a bad charset still yields a result', async () => {
    const r = await core.process(badCharset, ctx);
    expect(['lead', 'rejected']).toContain(r.status);
  });

  it('an unterminated boundary keeps what was readable', async () => {
    const r = await core.process(unterminated, ctx);
    expect(r.status).toBe('lead');
    if (r.status === 'lead') expect(r.lead.contact.email).toBe('zoe@example.com');
  });
});

describe('createLeadCore: one time budget per email', () => {
  const form = mail(FORM, 'Name: Zoe Day\nEmail: zoe@example.com\n');

  it('rejects an email whose processing runs past the budget as timeout, naming the stage', async () => {
    // The clock jumps 600 ms at every reading: past the 1,000 ms budget by the end of extraction.
    let t = 0;
    const slow = createLeadCore(config, { hmacKey: KEY, now: () => (t += 600) });
    const r = await slow.process(form, ctx);
    expect(r).toMatchObject({
      status: 'rejected',
      rejection: { reason: 'timeout', detail: 'over the 1000 ms budget after extract' },
    });
  });

  it('makes the same email a lead when the clock stays within the budget', async () => {
    let t = 0;
    const steady = createLeadCore(config, { hmacKey: KEY, now: () => (t += 1) });
    expect((await steady.process(form, ctx)).status).toBe('lead');
  });

  it('cuts a 112 KB subject to MAX_SUBJECT_CHARS and still finds the lead', async () => {
    const long = 'new contact form submission '.repeat(4_000);
    const r = await core.process(
      mail(
        [...FORM.slice(0, 2), `Subject: ${long}`, `X-Long: ${'x'.repeat(50_000)}`],
        'Email: zoe@example.com\n',
      ),
      ctx,
    );
    expect(r.status).toBe('lead');
    if (r.status === 'lead') expect(r.lead.subject?.length).toBe(MAX_SUBJECT_CHARS);
  });
});

describe('createLeadCore: ids, business and fallbacks', () => {
  it('derives a deterministic leadId from Message-ID + businessId, else the raw bytes', async () => {
    const raw = mail(FORM, 'Email: a@example.com\r\n');
    const a = await core.process(raw, ctx);
    const b = await core.process(Buffer.concat([Buffer.from('Received: from relay\r\n'), raw]), ctx);
    expect(a.status === 'lead' && b.status === 'lead' && a.lead.leadId === b.lead.leadId).toBe(true);
    expect(leadIdFor(raw, '<m-1@shop.example>', 'shop')).toBe(a.status === 'lead' ? a.lead.leadId : '');
    expect(leadIdFor(raw, '<m-1@shop.example>', 'other')).not.toBe(
      leadIdFor(raw, '<m-1@shop.example>', 'shop'),
    );
    expect(leadIdFor(Buffer.from('x'), null, null)).toBe(leadIdFor(Buffer.from('x'), null, null));
  });

  it('maps the business from the +tag, the recipients map or the default, checking Delivered-To and X-Original-To', async () => {
    const mapped = createLeadCore(
      parseConfig({
        ...rawConfig(),
        businesses: { recipients: { 'sales@inbound.example': 'mapped-biz' }, defaultBusinessId: 'nobody' },
      }),
      { hmacKey: KEY },
    );
    const body = 'Email: a@example.com\r\n';
    const byTag = await mapped.process(
      mail(
        [
          'From: noreply@x.example',
          'To: other@x.example',
          'X-Original-To: in+tagged@inbound.example',
          'Subject: New enquiry',
        ],
        body,
      ),
      ctx,
    );
    const byMap = await mapped.process(
      mail(
        [
          'From: noreply@x.example',
          'Delivered-To: sales@inbound.example',
          'To: in+tag@inbound.example',
          'Subject: New enquiry',
        ],
        body,
      ),
      ctx,
    );
    const byDefault = await mapped.process(
      mail(['From: noreply@x.example', 'To: plain@inbound.example', 'Subject: New enquiry'], body),
      ctx,
    );
    expect(
      [byTag, byMap, byDefault].map((r) => (r.status === 'lead' ? r.lead.businessId : r.rejection.reason)),
    ).toEqual(['tagged', 'mapped-biz', 'nobody']);
  });

  it('falls back to Reply-To, never to the form system From or the inbound address', async () => {
    const viaReplyTo = await core.process(
      mail([...FORM, 'Reply-To: "Kim Lee" <kim.lee@example.com>'], 'A visitor asked for a call back.\r\n'),
      ctx,
    );
    expect(viaReplyTo.status === 'lead' && viaReplyTo.lead.contact).toMatchObject({
      email: 'kim.lee@example.com',
      fullName: 'Kim Lee',
    });
    const systemOnly = await core.process(
      mail(FORM, 'Write to leads+shop@inbound.example or noreply@shop.example\r\n'),
      ctx,
    );
    expect(systemOnly.status === 'rejected' && systemOnly.rejection.reason).toBe('no_contact');
    const inboundLabel = await core.process(
      mail(FORM, 'Email: leads+shop@inbound.example\r\nPhone: 202-555-0100\r\n'),
      ctx,
    );
    expect(inboundLabel.status === 'lead' && inboundLabel.lead.contact.email).toBeNull();
  });

  it('uses a user profile from config without code changes', async () => {
    const custom = createLeadCore(
      parseConfig({
        ...rawConfig(),
        profiles: [
          {
            id: 'portal',
            source: 'other',
            match: { from: '@portal\\.example$' },
            extract: { labels: { phone: ['Rückrufnummer'] }, campaign: 'Aktion: (\\S+)' },
          },
          { id: 'other', source: 'other' },
        ],
      }),
      { hmacKey: KEY },
    );
    const r = await custom.process(
      mail(
        ['From: Portal <bot@portal.example>', 'To: leads+x@inbound.example', 'Subject: Aktion: WINTER'],
        'Rückrufnummer: +49 30 1234567\r\n',
      ),
      ctx,
    );
    expect(r.status === 'lead' && r.lead).toMatchObject({
      source: 'other',
      campaign: 'WINTER',
      contact: { phone: '+49301234567' },
      extraction: { ruleId: 'portal' },
    });
  });

  it('reports stage timings through onStage', async () => {
    const seen: string[] = [];
    const timed = createLeadCore(config, {
      hmacKey: KEY,
      onStage: (s, us) => (us >= 0 ? seen.push(s) : undefined),
    });
    await timed.process(mail(FORM, 'Email: a@example.com\r\n'), ctx);
    expect(seen).toEqual(['parse', 'extract', 'anonymise']);
  });

  it('returns the analytics record with the lead and never throws on an anonymiser failure', async () => {
    const r = await core.process(
      mail(FORM, 'Name: Al\r\nEmail: al@example.com\r\nPhone: 202 555 0188\r\n'),
      ctx,
    );
    expect(r.status).toBe('lead');
    if (r.status !== 'lead') return;
    expect(r.analytics.lead_id).toBe(r.lead.leadId);
    expect(JSON.stringify(r.analytics)).not.toContain('al@example.com');
    const broken = createLeadCore(config, { hmacKey: new Uint8Array(0) });
    const b = await broken.process(mail(FORM, 'Email: al@example.com\r\n'), ctx);
    expect(['lead', 'rejected']).toContain(b.status);
  });
});

function rawConfig() {
  return { version: 1 as const, profiles: [{ id: 'other', source: 'other' }] };
}

describe('createLeadCore: a surname-first name field', () => {
  it.each([
    ['Last name, First name', 'GARCIA, MARIA', 'Maria', 'Garcia'],
    ['Nachname, Vorname', 'Müller, Hans', 'Hans', 'Müller'],
    ['Nom, Prénom', 'DUPONT, Jean', 'Jean', 'Dupont'],
    ['Apellidos, Nombre', 'Gómez Ruiz, Lucía', 'Lucía', 'Gómez Ruiz'],
  ])('reads "%s: %s" as one name written surname first', async (label, value, first, last) => {
    // Prepare
    const raw = mail(
      [...FORM, 'Content-Type: text/plain; charset=utf-8'],
      `${label}: ${value}\r\nEmail: someone@example.org\r\n`,
    );
    // Act
    const result = await core.process(raw, ctx);
    // Assess
    expect(result.status).toBe('lead');
    if (result.status !== 'lead') return;
    expect(result.lead.contact).toMatchObject({
      firstName: first,
      lastName: last,
      fullName: `${first} ${last}`,
    });
  });
});

describe('createLeadCore: the customer’s phone and name as the lead states them', () => {
  const lead = async (body: string) => {
    const r = await core.process(mail(FORM, body), ctx);
    expect(r.status).toBe('lead');
    return r.status === 'lead' ? r.lead : null;
  };

  it('reads a national number in the country its address names', async () => {
    const l = await lead(
      'Name: Liam Walsh\r\nEmail: liam.walsh@example.ie\r\nAddress: 14 Main Street, Cork, Ireland\r\nPhone: 087 765 4321\r\n',
    );
    expect(l?.contact.phone).toBe('+353877654321');
  });

  it('keeps a phone field with no number out of contact.phone and takes no other number for it', async () => {
    const l = await lead(
      'Name: Nina Brooks\r\nEmail: nina.brooks@example.com\r\nPhone: n/a\r\nCompany phone: +44 113 496 0999\r\n',
    );
    expect(l?.contact.phone).toBeNull();
  });

  it('names the first person of a couple, and no household', async () => {
    const couple = await lead('Name on booking: Chloe & Sam Turner\r\nEmail: chloe.turner@example.com\r\n');
    expect(couple?.contact).toMatchObject({
      fullName: 'Chloe Turner',
      firstName: 'Chloe',
      lastName: 'Turner',
    });
    const household = await lead(
      'Reserviert auf: Familie Wagner\r\nGebucht von: Thomas Wagner\r\nE-Mail: t.wagner@example.de\r\n',
    );
    expect(household?.contact.fullName).toBe('Thomas Wagner');
  });
});
