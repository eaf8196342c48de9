import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { type SmtpIngress, startSmtpIngress } from '../../../src/ingress/smtp.js';
import { createBusinessRouter } from '../../../src/processors/routing.js';
import type { KinesisSender, OutgoingRecord, SendStats } from '../../../src/sender/kinesis-sender.js';
import { createPartitionKeyFn } from '../../../src/sender/partition-key.js';

const businesses = { recipients: { 'leads@acme.test': 'acme-motors' } };

/** A sender that records what it was given and answers like Kinesis would (or fails every record). */
function fakeSender(fail = false): KinesisSender & { records: OutgoingRecord[] } {
  const records: OutgoingRecord[] = [];
  return {
    records,
    async sendAll(input) {
      const list = [...(input as Iterable<OutgoingRecord>)];
      if (!fail) records.push(...list);
      const n = list.length;
      return {
        sent: fail ? 0 : n,
        failed: fail ? n : 0,
        retried: 0,
        claimChecked: 0,
        bytes: 0,
      } satisfies SendStats;
    },
  };
}

const RAW = [
  'From: Form <noreply@site.example>',
  'To: Someone Else <office@elsewhere.example>',
  'Subject: New enquiry',
  'Message-ID: <m1@site.example>',
  '',
  'Name: Jane Doe',
  'Email: jane@example.com',
  '',
].join('\r\n');

describe('SMTP ingress', () => {
  let ingress: SmtpIngress | undefined;
  afterEach(async () => {
    await ingress?.close();
    ingress = undefined;
  });

  async function start(sender: KinesisSender, extra: { maxRecipients?: number } = {}) {
    ingress = await startSmtpIngress({
      domains: ['acme.test', 'localhost'],
      sender,
      partitionKey: createPartitionKeyFn(businesses),
      route: createBusinessRouter(businesses),
      ...extra,
    });
    return nodemailer.createTransport({
      host: '127.0.0.1',
      port: ingress.port,
      secure: false,
      ignoreTLS: true,
    });
  }

  it('keeps the message byte for byte under the envelope and Received lines, one record per business', async () => {
    // Prepare
    const sender = fakeSender();
    const transport = await start(sender);
    // Act
    await transport.sendMail({
      envelope: { from: 'bounce@site.example', to: ['leads@acme.test', 'leads+bravo@localhost'] },
      raw: RAW,
    });
    // Assess
    expect(sender.records.map((r) => r.partitionKey).sort()).toEqual(['acme-motors', 'bravo']);
    for (const r of sender.records) {
      const text = Buffer.from(r.data).toString('latin1');
      expect(text.endsWith(RAW)).toBe(true);
      const prefix = text.slice(0, text.length - RAW.length);
      expect(prefix).toMatch(/^X-Leadstream-Envelope-From: <bounce@site\.example>\r\n/);
      expect(prefix).toMatch(
        /\r\nReceived: from .+\r\n\tby .+ \(leadstream\) with ESMTP id [0-9a-f]+ for <[^>]+>;\r\n\t\w{3}, \d{2} \w{3} \d{4} /,
      );
    }
    const acme = sender.records.find((r) => r.partitionKey === 'acme-motors') as OutgoingRecord;
    expect(Buffer.from(acme.data).toString('latin1')).toContain(
      'X-Leadstream-Envelope-To: <leads@acme.test>\r\n',
    );
  });

  it('answers 550 to a relay attempt and 452 past the recipient limit', async () => {
    const sender = fakeSender();
    const transport = await start(sender, { maxRecipients: 2 });
    await expect(
      transport.sendMail({ envelope: { from: 'a@b.example', to: ['x@gmail.example'] }, raw: RAW }),
    ).rejects.toMatchObject({
      responseCode: 550,
    });
    const info = await transport.sendMail({
      envelope: { from: 'a@b.example', to: ['a@localhost', 'b@localhost', 'c@localhost'] },
      raw: RAW,
    });
    expect(info.rejected).toEqual(['c@localhost']);
    expect(info.rejectedErrors?.[0]).toMatchObject({ responseCode: 452 });
    expect(ingress?.stats.relayDenied).toBe(1);
  });

  it('answers 451 when Kinesis does not acknowledge', async () => {
    const transport = await start(fakeSender(true));
    await expect(
      transport.sendMail({ envelope: { from: 'a@b.example', to: ['leads@acme.test'] }, raw: RAW }),
    ).rejects.toMatchObject({
      responseCode: 451,
    });
    expect(ingress?.stats).toMatchObject({ accepted: 0, deferred: 1 });
  });
});
