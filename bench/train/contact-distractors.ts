/**
 * Seeded lead notifications in which the customer's details share the email with the business's
 * own (training data for the contact candidate scorer, bench/train/candidate-scorer.ts). The
 * synthetic corpus almost never puts a second address or number under a field label, so without
 * these the scorer would only learn "the first labelled value". Layouts:
 *  - `business-first`: the business's block (same labels as the customer's) above the customer's;
 *  - `handled-by`: the customer's fields, then the employee handling the lead with a direct line;
 *  - `references`: booking and customer numbers, phone-shaped, around the customer's fields.
 * Written for this repository; message i depends only on (seed, i). Each comes with its truth.
 */
import type { Language } from '../../src/corpus/people.js';
import { LABELS, makeMessage } from '../../src/corpus/texts.js';
import { seededMessage } from './seeded.js';

const LAYOUTS = ['business-first', 'handled-by', 'references'] as const;

const WORDS: Record<
  Language,
  { customer: string; handledBy: string; directLine: string; booking: string; customerNo: string }
> = {
  en: {
    customer: 'Customer details',
    handledBy: 'Handled by',
    directLine: 'Direct line',
    booking: 'Booking no.',
    customerNo: 'Customer no.',
  },
  de: {
    customer: 'Kundendaten',
    handledBy: 'Bearbeitet von',
    directLine: 'Durchwahl',
    booking: 'Buchungsnr.',
    customerNo: 'Kundennr.',
  },
  fr: {
    customer: 'Coordonnées du client',
    handledBy: 'Traité par',
    directLine: 'Ligne directe',
    booking: 'N° de réservation',
    customerNo: 'N° client',
  },
  es: {
    customer: 'Datos del cliente',
    handledBy: 'Atendido por',
    directLine: 'Línea directa',
    booking: 'N.º de reserva',
    customerNo: 'N.º de cliente',
  },
};

export interface DistractorLead {
  raw: Buffer;
  email: string;
  /** E.164 of the customer's number. */
  phone: string;
}

/** `count` notifications with the business's contact beside the customer's; i depends only on (seed, i). */
export function* contactDistractors(count: number, seed: number): Generator<DistractorLead> {
  for (let i = 0; i < count; i++) {
    const { rng, business: b, lang, person } = seededMessage(seed, 5_000_011, i);
    const layout = LAYOUTS[i % LAYOUTS.length] as (typeof LAYOUTS)[number];
    const w = WORDS[lang];
    const label = (f: 'name' | 'email' | 'phone' | 'message') => rng.pick(LABELS[lang][f]);
    const customer = [
      `${label('name')}: ${person.full}`,
      `${label('email')}: ${person.email}`,
      `${label('phone')}: ${person.phoneRaw}`,
      `${label('message')}: ${makeMessage(rng, lang, b.trade).replace(/\n+/g, ' ')}`,
    ];
    const staffAddress = `${b.owner.split(' ')[0]?.toLowerCase() ?? 'team'}@${b.domain}`;
    let lines: string[];
    if (layout === 'business-first') {
      lines = [
        b.name,
        `${label('phone')}: ${b.phone}`,
        `${label('email')}: ${rng.chance(0.5) ? b.email : staffAddress}`,
        '',
        w.customer,
        ...customer,
      ];
    } else if (layout === 'handled-by') {
      lines = [
        ...customer,
        '',
        `${w.handledBy}: ${b.owner}`,
        `${w.directLine}: ${b.phone}`,
        `${label('email')}: ${staffAddress}`,
      ];
    } else {
      const ref = () => String(rng.int(1_000_000, 99_999_999));
      lines = [
        `${w.booking}: ${ref()}`,
        ...customer.slice(0, 3),
        `${w.customerNo}: ${ref()}`,
        customer[3] ?? '',
      ];
    }
    const toBusiness = rng.chance(0.5);
    const from = rng.chance(0.5) ? `no-reply@${b.domain}` : 'notifications@form-relay.example';
    const head = [
      `From: ${b.name} <${from}>`,
      `To: ${toBusiness ? b.email : `leads+${b.id}@inbound.example`}`,
      `Subject: ${b.name}: ${w.customer}`,
      `Message-ID: <contact-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 10:15:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    const raw = Buffer.from(`${head.join('\r\n')}\r\n\r\n${lines.join('\r\n')}\r\n`, 'utf8');
    yield { raw, email: person.email.toLowerCase(), phone: person.phoneE164 };
  }
}
