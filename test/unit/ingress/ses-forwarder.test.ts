import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { createSesForwarder, sesEnvelopeRecipient } from '../../../src/ingress/ses-forwarder.js';
import { createLeadCore } from '../../../src/processors/core.js';
import type { OutgoingRecord } from '../../../src/sender/kinesis-sender.js';
import { createPartitionKeyFn } from '../../../src/sender/partition-key.js';

/** Shaped like an email SES stored with its S3 action: its trace and verdict fields on top. */
const STORED = Buffer.from(
  [
    'Return-Path: <noreply@site.example>',
    'Received: from mail.site.example (mail.site.example [198.51.100.7])',
    ' by inbound-smtp.eu-west-1.amazonaws.com with SMTP id 0abc',
    ' for leads+acme-motors@leads.example.com;',
    ' Fri, 04 Dec 2026 10:00:00 +0000 (UTC)',
    'X-SES-Spam-Verdict: PASS',
    'X-SES-Virus-Verdict: PASS',
    'Received-SPF: pass',
    'Authentication-Results: amazonses.com; spf=pass; dkim=pass; dmarc=pass',
    'From: Form <noreply@site.example>',
    'To: Office <office@elsewhere.example>',
    'Subject: New enquiry',
    'Message-ID: <ses-1@site.example>',
    '',
    'Name: Jane Doe',
    'Email: jane.doe@example.com',
    'Phone: +1 202 555 0143',
    'Message: A quote please.',
    '',
  ].join('\r\n'),
);

const event = (bucket: string, key: string) =>
  ({ Records: [{ s3: { bucket: { name: bucket }, object: { key } } }] }) as unknown as S3Event;

describe('SES forwarder', () => {
  it('reads the envelope recipient from the topmost (SES) Received line', () => {
    expect(sesEnvelopeRecipient(STORED)).toBe('leads+acme-motors@leads.example.com');
    expect(
      sesEnvelopeRecipient(Buffer.from('Received: from x by y with SMTP id z; Fri, 4 Dec 2026\r\n\r\n')),
    ).toBeNull();
  });

  it('puts the stored bytes on Kinesis under the envelope line, keyed by business, and the core routes by it', async () => {
    // Prepare
    const sent: OutgoingRecord[] = [];
    const forward = createSesForwarder({
      mailBucket: 'mail',
      getObject: async (bucket, key) => {
        expect([bucket, key]).toEqual(['mail', 'inbound/abc def']);
        return STORED;
      },
      partitionKey: createPartitionKeyFn(),
      sender: {
        async sendAll(records) {
          sent.push(...(records as OutgoingRecord[]));
          return { sent: sent.length, failed: 0, retried: 0, claimChecked: 0, bytes: 0 };
        },
      },
    });
    // Act
    const out = await forward(event('mail', 'inbound/abc+def'));
    const record = sent[0] as OutgoingRecord;
    const core = createLeadCore(await loadConfig(), { hmacKey: new Uint8Array(32) });
    const result = await core.process(record.data, { receivedAt: new Date(0) });
    // Assess
    expect(out).toEqual({ forwarded: 1 });
    expect(record.partitionKey).toBe('acme-motors');
    expect(Buffer.from(record.data).subarray(-STORED.length).equals(STORED)).toBe(true);
    expect(result).toMatchObject({ status: 'lead', lead: { businessId: 'acme-motors' } });
  });

  it('refuses events for another bucket and throws when Kinesis does not acknowledge', async () => {
    const forward = createSesForwarder({
      mailBucket: 'mail',
      getObject: async () => STORED,
      partitionKey: createPartitionKeyFn(),
      sender: { sendAll: async () => ({ sent: 0, failed: 1, retried: 0, claimChecked: 0, bytes: 0 }) },
    });
    await expect(forward(event('other', 'inbound/x'))).rejects.toThrow(/bucket/);
    await expect(forward(event('mail', 'inbound/x'))).rejects.toThrow(/not acknowledged/);
  });
});
