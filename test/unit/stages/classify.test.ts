import { describe, expect, it } from 'vitest';
import {
  classifyAfterExtraction,
  classifyBeforeExtraction,
} from '../../../src/processors/stages/classify.js';
import type { ParsedEmail } from '../../../src/processors/stages/parse.js';

function email(over: Partial<ParsedEmail> & { h?: Record<string, string> } = {}): ParsedEmail {
  return {
    headers: new Map(Object.entries(over.h ?? {})),
    contentType: 'text/plain',
    from: { name: 'Site', address: 'noreply@site.example' },
    replyTo: [],
    recipients: ['leads@inbound.example'],
    envelopeRecipients: [],
    subject: 'New enquiry',
    messageId: '<x@y>',
    date: null,
    text: '',
    html: '',
    xml: null,
    embedded: null,
    ...over,
  };
}

const lead = { specificProfile: true, labelledContact: true, hasContact: true };
const weak = { specificProfile: false, labelledContact: false, hasContact: true };

describe('classifyBeforeExtraction', () => {
  it.each([
    ['multipart/report', email({ contentType: 'multipart/report' }), 'delivery_report'],
    ['mailer-daemon', email({ from: { name: '', address: 'mailer-daemon@mx.example' } }), 'delivery_report'],
    ['DSN subject (de)', email({ subject: 'Unzustellbar: Ihre Nachricht' }), 'delivery_report'],
    ['Auto-Submitted: auto-replied', email({ h: { 'auto-submitted': 'auto-replied' } }), 'auto_reply'],
    ['X-Autoreply', email({ h: { 'x-autoreply': 'yes' } }), 'auto_reply'],
    ['OOO en', email({ subject: 'Out of Office: New enquiry' }), 'auto_reply'],
    ['OOO de', email({ subject: 'Abwesenheitsnotiz: Anfrage' }), 'auto_reply'],
    ['OOO fr', email({ subject: 'Réponse automatique : demande' }), 'auto_reply'],
    ['OOO es', email({ subject: 'Respuesta automática: consulta' }), 'auto_reply'],
  ])('%s → %s', (_n, e, reason) => {
    expect(classifyBeforeExtraction(e)?.reason).toBe(reason);
  });

  it('lets Auto-Submitted: no and auto-generated through to phase two', () => {
    expect(classifyBeforeExtraction(email({ h: { 'auto-submitted': 'no' } }))).toBeNull();
    expect(classifyBeforeExtraction(email({ h: { 'auto-submitted': 'auto-generated' } }))).toBeNull();
  });
});

describe('classifyAfterExtraction', () => {
  it('rejects bulk, auto-generated and transactional mail without a recognised lead form', () => {
    expect(classifyAfterExtraction(email({ h: { 'list-unsubscribe': '<x>' } }), weak)?.reason).toBe('bulk');
    expect(classifyAfterExtraction(email({ h: { precedence: 'bulk' } }), weak)?.reason).toBe('bulk');
    expect(classifyAfterExtraction(email({ h: { 'auto-submitted': 'auto-generated' } }), weak)?.reason).toBe(
      'auto_reply',
    );
    for (const subject of [
      'Your invoice #12',
      'Ihre Rechnung März',
      'Votre facture',
      'Su factura',
      'Reset your password',
      'Order confirmation 991',
    ]) {
      expect(classifyAfterExtraction(email({ subject }), weak)?.reason).toBe('transactional');
    }
  });

  it('lets a specific profile with labelled contact win over List-Unsubscribe / Precedence', () => {
    expect(
      classifyAfterExtraction(email({ h: { 'list-unsubscribe': '<x>', precedence: 'bulk' } }), lead),
    ).toBeNull();
    expect(
      classifyAfterExtraction(email({ h: { 'list-unsubscribe': '<x>' } }), {
        ...lead,
        labelledContact: false,
      })?.reason,
    ).toBe('bulk');
  });

  it('rejects no_contact last', () => {
    expect(classifyAfterExtraction(email(), { ...lead, hasContact: false })?.reason).toBe('no_contact');
    expect(classifyAfterExtraction(email({ subject: 'Nouveau message reçu' }), weak)).toBeNull();
  });
});
