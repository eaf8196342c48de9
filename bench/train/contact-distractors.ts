/**
 * Seeded lead notifications in which the customer's details share the email with the business's
 * own (training data for the contact candidate scorer, bench/train/candidate-scorer.ts). The
 * synthetic corpus almost never puts a second address or number under a field label, so without
 * these the scorer would only learn "the first labelled value". The business's lines come before
 * the customer's as often as after them, so position alone decides nothing. Layouts:
 *  - `business-block`: the business's block, under the same labels as the customer's, above or below;
 *  - `handled-by`: the employee handling the lead with a direct line, above or below;
 *  - `references`: booking and customer numbers, phone-shaped, around the customer's fields;
 *  - `json`: a webhook body with platform ids, a timestamp and the business's own contact object;
 *  - `cover-note`: a colleague's note with their signature fields above a CSV export of the lead.
 * A third of the customers leave no phone: then no number is theirs, however phone-shaped.
 * Written for this repository; message i depends only on (seed, i). Each comes with its truth.
 */
import type { Business, Language, Person } from '../../src/corpus/people.js';
import type { Rng } from '../../src/corpus/prng.js';
import { LABELS, makeMessage } from '../../src/corpus/texts.js';
import { seededMessage } from './seeded.js';

const LAYOUTS = ['business-block', 'handled-by', 'references', 'json', 'cover-note'] as const;

const WORDS: Record<
  Language,
  {
    customer: string;
    handledBy: string;
    directLine: string;
    booking: string;
    customerNo: string;
    attached: string;
  }
> = {
  en: {
    customer: 'Customer details',
    handledBy: 'Handled by',
    directLine: 'Direct line',
    booking: 'Booking no.',
    customerNo: 'Customer no.',
    attached: 'New enquiry attached, please call back today.',
  },
  de: {
    customer: 'Kundendaten',
    handledBy: 'Bearbeitet von',
    directLine: 'Durchwahl',
    booking: 'Buchungsnr.',
    customerNo: 'Kundennr.',
    attached: 'Neue Anfrage im Anhang, bitte heute zurückrufen.',
  },
  fr: {
    customer: 'Coordonnées du client',
    handledBy: 'Traité par',
    directLine: 'Ligne directe',
    booking: 'N° de réservation',
    customerNo: 'N° client',
    attached: 'Nouvelle demande en pièce jointe, merci de rappeler aujourd’hui.',
  },
  es: {
    customer: 'Datos del cliente',
    handledBy: 'Atendido por',
    directLine: 'Línea directa',
    booking: 'N.º de reserva',
    customerNo: 'N.º de cliente',
    attached: 'Nueva solicitud adjunta, por favor llamar hoy.',
  },
};

export interface DistractorLead {
  raw: Buffer;
  email: string;
  /** E.164 of the customer's number, or null when they gave none. */
  phone: string | null;
}

type Body = { type: 'text/plain'; text: string } | { type: 'csv'; note: string; csv: string };

function body(
  layout: (typeof LAYOUTS)[number],
  rng: Rng,
  lang: Language,
  b: Business,
  person: Person,
  phone: string | null,
): Body {
  const w = WORDS[lang];
  const label = (f: 'name' | 'email' | 'phone' | 'message') => rng.pick(LABELS[lang][f]);
  const message = makeMessage(rng, lang, b.trade).replace(/\n+/g, ' ');
  const customer = [
    `${label('name')}: ${person.full}`,
    `${label('email')}: ${person.email}`,
    ...(phone ? [`${label('phone')}: ${phone}`] : []),
    `${label('message')}: ${message}`,
  ];
  const staffAddress = `${b.owner.split(' ')[0]?.toLowerCase() ?? 'team'}@${b.domain}`;
  const above = rng.chance(0.5);
  const around = (block: string[]) =>
    above ? [...block, '', w.customer, ...customer] : [...customer, '', ...block];
  const ref = () => String(rng.int(1_000_000, 99_999_999));
  switch (layout) {
    case 'business-block':
      return {
        type: 'text/plain',
        text: around([
          b.name,
          `${label('phone')}: ${b.phone}`,
          `${label('email')}: ${rng.chance(0.5) ? b.email : staffAddress}`,
        ]).join('\n'),
      };
    case 'handled-by':
      return {
        type: 'text/plain',
        text: around([
          `${w.handledBy}: ${b.owner}`,
          `${w.directLine}: ${b.phone}`,
          `${label('email')}: ${staffAddress}`,
        ]).join('\n'),
      };
    case 'references': {
      const refs = [`${w.booking}: ${ref()}`, `${w.customerNo}: ${ref()}`];
      return {
        type: 'text/plain',
        text: (above ? [...refs, ...customer] : [...customer, ...refs]).join('\n'),
      };
    }
    case 'json': {
      const lead = {
        full_name: person.full,
        email: person.email,
        ...(phone ? { phone_number: phone } : {}),
        message,
      };
      const meta = { lead_id: ref() + ref(), form_id: ref(), created_time: '2026-11-12T10:14:03+0000' };
      const business = { account: { name: b.name, phone: b.phone, email: b.email } };
      const doc = above ? { ...meta, ...business, lead } : { ...meta, lead, ...business };
      return { type: 'text/plain', text: JSON.stringify(doc, null, 2) };
    }
    case 'cover-note': {
      const header = ['Name', 'Email', 'Phone', 'Message'];
      const row = [person.full, person.email, phone ?? '', message].map((v) => `"${v.replace(/"/g, '""')}"`);
      const note = [
        w.attached,
        '',
        b.owner,
        `${label('phone')}: ${b.phone}`,
        `${label('email')}: ${staffAddress}`,
      ].join('\n');
      return { type: 'csv', note, csv: `${header.join(',')}\n${row.join(',')}\n` };
    }
  }
}

/** `count` notifications with the business's contact beside the customer's; i depends only on (seed, i). */
export function* contactDistractors(count: number, seed: number): Generator<DistractorLead> {
  for (let i = 0; i < count; i++) {
    const { rng, business: b, lang, person } = seededMessage(seed, 5_000_011, i);
    const layout = LAYOUTS[i % LAYOUTS.length] as (typeof LAYOUTS)[number];
    const phone = rng.chance(2 / 3) ? person.phoneRaw : null;
    const part = body(layout, rng, lang, b, person, phone);
    const cover = part.type === 'csv';
    const from = cover
      ? `${b.owner} <${b.email}>`
      : `${b.name} <${rng.chance(0.5) ? `no-reply@${b.domain}` : 'notifications@form-relay.example'}>`;
    const head = [
      `From: ${from}`,
      `To: ${rng.chance(0.5) ? b.email : `leads+${b.id}@inbound.example`}`,
      `Subject: ${b.name}: ${WORDS[lang].customer}`,
      `Message-ID: <contact-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 10:15:00 +0000',
      'MIME-Version: 1.0',
    ];
    let mime: string;
    if (part.type === 'csv') {
      const boundary = `c${seed}x${i}`;
      head.push(`Content-Type: multipart/mixed; boundary="${boundary}"`);
      mime = [
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        part.note,
        `--${boundary}`,
        'Content-Type: text/csv; charset=utf-8; name="lead.csv"',
        'Content-Disposition: attachment; filename="lead.csv"',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(part.csv, 'utf8').toString('base64'),
        `--${boundary}--`,
        '',
      ].join('\n');
    } else {
      head.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
      mime = part.text;
    }
    const raw = Buffer.from(`${head.join('\r\n')}\r\n\r\n${mime.replace(/\r?\n/g, '\r\n')}\r\n`, 'utf8');
    yield { raw, email: person.email.toLowerCase(), phone: phone ? person.phoneE164 : null };
  }
}
