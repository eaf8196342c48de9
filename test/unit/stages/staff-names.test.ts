/**
 * The business's people named in a notification (staff labels, a staff heading's block, an agent
 * card after the message) are collected by the field reader and redacted from analytics wherever
 * the customer's message repeats them, even when no label or greeting stands next to the name. So
 * are the other people the email names (each name under a name label, the senders' display names):
 * when extraction picks the wrong person, the right one must not reach analytics either.
 */

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { anonymise } from '../../../src/processors/stages/anonymise.js';
import { createExtractor } from '../../../src/processors/stages/extract.js';
import { extractLabelValues } from '../../../src/processors/stages/extractors/label-value.js';
import { createLabelDictionary } from '../../../src/processors/stages/extractors/labels.js';
import { createParser } from '../../../src/processors/stages/parse.js';
import type { Lead } from '../../../src/schemas/lead.js';
import { sampleLead } from '../schemas/arbitraries.js';

const dict = createLabelDictionary();
const KEY = Buffer.alloc(32, 7);

describe('staff names', () => {
  it.each([
    [
      'a staff label',
      'Message: Is the flat free?\nAgent: Rebecca Lawson, Northgate Estates',
      'Rebecca Lawson',
    ],
    ['a letting agent label', 'Name: Sam Patel\nLetting agent: Tom Hale', 'Tom Hale'],
    [
      'a staff heading',
      'Name: Felix Neumann\nNachricht: Ist die Wohnung frei?\n\nIhr Ansprechpartner\nJulia Hoffmann\nTel. 030 5556667',
      'Julia Hoffmann',
    ],
    [
      'an agent card after the message',
      'Message:\nHello, could we view it on Saturday?\n\nSophie Bernard\nImmo Lumière Lyon\n04 72 00 00 00',
      'Sophie Bernard',
    ],
    [
      'the notification greeting the business',
      'Hello James Carter,\nYou have a new enquiry.\nName: Emma Walsh\nMessage: Is it free?',
      'James Carter',
    ],
    [
      'a staff label below the footer',
      'Name: Emma Walsh\nMessage: Is it free?\nManage your leads in the hub.\nYour agent: Rebecca Lawson',
      'Rebecca Lawson',
    ],
  ])('are read from %s', (_case, text, name) => {
    const r = extractLabelValues(text, dict);
    expect(r.staffNames).toContain(name);
    expect(r.pairs.map((p) => p.value).join('\n')).not.toContain(name);
  });

  it('are redacted from the message wherever they appear', () => {
    // Prepare: the customer mentions the agent by first name only, with no trigger word.
    const lead: Lead = {
      ...sampleLead(),
      message: 'Rebecca showed us a similar flat last year, we loved it.',
    };
    // Act
    const record = anonymise(lead, { hmacKey: KEY, messagePolicy: 'redact', otherNames: ['Rebecca Lawson'] });
    // Assess
    expect(record.message_redacted).not.toMatch(/rebecca/i);
    expect(record.message_redacted).toContain('showed us a similar flat');
  });

  it('include every name the email prints: name-labelled values and senders who are people', async () => {
    // Prepare: the partner writes from her own address and names him on the form.
    const raw = [
      'From: Ingrid Solberg <ingrid.solberg@postbox.example>',
      'Reply-To: Website Team <web@postbox.example>',
      'To: info@harbour-kayaks.example',
      'Subject: Booking enquiry',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Name: Pedro Alves',
      'Phone: 07700 900123',
      'Message: Two single kayaks for Saturday morning, please.',
    ].join('\r\n');
    const config = await loadConfig(undefined, {});
    const parsed = await createParser(config.limits, simpleParser as never)(Buffer.from(raw));
    if (!parsed.ok) throw new Error(parsed.detail);
    // Act
    const x = createExtractor(config).extract(parsed.email, new Set(parsed.email.recipients));
    // Assess
    expect(x?.otherNames).toEqual(expect.arrayContaining(['Pedro Alves', 'Ingrid Solberg']));
    expect(x?.otherNames).not.toContain('Website Team');
  });
});
