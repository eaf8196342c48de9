import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import {
  createParser,
  MAX_HEADER_VALUE_CHARS,
  MAX_SUBJECT_CHARS,
  scanStructure,
} from '../../../src/processors/stages/parse.js';

const limits = {
  ...parseConfig({ version: 1 }).limits,
  maxEmailBytes: 64 * 1024,
  maxHeaderBytes: 4096,
  maxDepth: 5,
  maxParts: 20,
};
const parse = createParser(limits, simpleParser as never);

function nested(depth: number): Buffer {
  let body = 'Content-Type: text/plain\r\n\r\nName: x\r\n';
  for (let i = depth; i > 0; i--) {
    body = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${body}\r\n--b${i}--\r\n`;
  }
  return Buffer.from(`From: a@b.co\r\nSubject: s\r\n${body}`);
}

describe('parse stage', () => {
  it('rejects bytes with no well-formed header field as malformed (a poison record)', async () => {
    // Prepare: binary noise that mailparser would otherwise read as headers with garbage names.
    const noise = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 131 + 7) % 256));
    // Act
    const out = await parse(noise);
    // Assess
    expect(out).toEqual({ ok: false, reason: 'malformed', detail: 'no RFC 5322 header field' });
  });

  it('returns the fields extraction needs', async () => {
    const raw = Buffer.from(
      'From: "Site" <noreply@site.example>\r\nTo: leads+acme@in.example\r\nDelivered-To: leads+acme@in.example\r\nReply-To: Jo <jo@x.io>\r\nSubject: =?utf-8?q?Neue_Anfrage_=C3=BC?=\r\nMessage-ID: <m1@site>\r\nDate: Thu, 12 Nov 2026 10:15:00 +0000\r\nList-Unsubscribe: <https://u>\r\n\r\nName: Jo\r\n',
    );
    const out = await parse(raw);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.email).toMatchObject({
      from: { name: 'Site', address: 'noreply@site.example' },
      replyTo: [{ name: 'Jo', address: 'jo@x.io' }],
      recipients: ['leads+acme@in.example', 'leads+acme@in.example'],
      subject: 'Neue Anfrage ü',
      messageId: '<m1@site>',
      text: 'Name: Jo\n',
    });
    expect(out.email.headers.get('list-unsubscribe')).toBe('<https://u>');
    expect(out.email.date?.toISOString()).toBe('2026-11-12T10:15:00.000Z');
  });

  it.each([
    ['too_large', Buffer.alloc(64 * 1024 + 1, 0x61)],
    ['malformed', Buffer.from(`Subject: ${'x'.repeat(5000)}\r\n\r\nbody`)],
    ['malformed', nested(6)],
  ])('rejects %s input', async (reason, raw) => {
    const out = await parse(raw);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe(reason);
  });

  it('accepts nesting up to the limit', async () => {
    expect((await parse(nested(5))).ok).toBe(true);
  });

  it('cuts the subject and every header value before any pattern sees them', async () => {
    const big = createParser(parseConfig({ version: 1 }).limits, simpleParser as never);
    const raw = `From: a@b.co\r\nSubject: ${'s'.repeat(100_000)}\r\nX-Long: ${'x'.repeat(100_000)}\r\n\r\nhi`;
    const out = await big(Buffer.from(raw));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.email.subject).toHaveLength(MAX_SUBJECT_CHARS);
    expect(out.email.headers.get('x-long')).toHaveLength(MAX_HEADER_VALUE_CHARS);
    expect(out.email.headers.get('subject')).toHaveLength(MAX_HEADER_VALUE_CHARS);
  });

  it('times out a parse that exceeds the budget', async () => {
    const slow = createParser({ ...limits, timeBudgetMs: 5 }, () => new Promise(() => undefined));
    expect(await slow(Buffer.from('Subject: x\r\n\r\ny'))).toEqual({
      ok: false,
      reason: 'timeout',
      detail: 'parse exceeded the 5 ms budget',
    });
  });

  it('turns a parser failure into malformed', async () => {
    const failing = createParser(limits, () => Promise.reject(new Error('boom\nsecond line')));
    expect(await failing(Buffer.from('Subject: x\r\n\r\ny'))).toEqual({
      ok: false,
      reason: 'malformed',
      detail: 'MIME parser failed: boom',
    });
  });

  it('counts parts of an endless boundary list', () => {
    const parts = Array.from({ length: 30 }, () => '--b\r\nContent-Type: text/plain\r\n\r\nx\r\n').join('');
    const raw = Buffer.from(`Content-Type: multipart/mixed; boundary=b\r\n\r\n${parts}`);
    expect(scanStructure(raw, limits)).toBe('more than 20 MIME parts');
    expect(scanStructure(Buffer.from('Subject: plain\r\n\r\nno parts'), limits)).toBeNull();
  });

  it('reads an XML attachment and a JSON body', async () => {
    const raw = Buffer.from(
      'Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--z\r\nContent-Type: application/xml\r\nContent-Disposition: attachment; filename=lead.xml\r\n\r\n<adf><prospect/></adf>\r\n--z--\r\n',
    );
    const out = await parse(raw);
    expect(out.ok && out.email.xml?.trim()).toBe('<adf><prospect/></adf>');
    const json = await parse(Buffer.from('Content-Type: application/json\r\n\r\n{"email":"a@b.co"}'));
    expect(json.ok && json.email.text).toBe('{"email":"a@b.co"}');
  });

  it.each([
    ['text/markdown', 'entry.md', 'Name: Jo\r\n', 'text'],
    ['application/octet-stream', 'lead.yml', 'name: Jo\r\n', 'yaml'],
    ['application/octet-stream', 'entry.dat', '- **Name:** Jo\r\n', 'text'],
    ['application/octet-stream', 'scan.dat', '%PDF-1.7\r\n\x00\x01\x02binary', null],
    ['text/calendar', 'invite.ics', 'BEGIN:VCALENDAR\r\n', null],
  ])('reads a %s file named %s as text when its content is text', async (type, name, content, kind) => {
    // Prepare
    const raw = Buffer.from(
      `Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nNew submission attached.\r\n--z\r\nContent-Type: ${type}\r\nContent-Disposition: attachment; filename=${name}\r\n\r\n${content}\r\n--z--\r\n`,
      'latin1',
    );
    // Act
    const out = await parse(raw);
    // Assess
    expect(out.ok && out.email.attachments.map((a) => a.kind)).toEqual(kind ? [kind] : []);
  });

  it('decodes a Windows-1252 file with the characters at 0x80-0x9F', async () => {
    const raw = Buffer.concat([
      Buffer.from(
        'Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--z\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=note.txt\r\n\r\n',
      ),
      Buffer.from([0x93, 0x4a, 0xf6, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]),
      Buffer.from('\r\n--z--\r\n'),
    ]);
    const out = await parse(raw);
    expect(out.ok && out.email.attachments[0]?.text.trim()).toBe('“Jö” – €5');
  });
});
