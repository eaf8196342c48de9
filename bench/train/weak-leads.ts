/**
 * Seeded lead notifications in layouts where extraction's evidence is weak (no known form system,
 * often no labelled contact it could vouch for): forms that ask questions instead of labelling
 * fields, a submission sent as a CSV attachment, an HTML grid of divs and spans, and a colleague
 * forwarding a customer's own email. The synthetic lead corpus is mostly recognised form systems,
 * so without these the model learns that a lead always comes from one. Written for this
 * repository; message i depends only on (seed, i).
 */
import type { Business, Language, Person } from '../../src/corpus/people.js';
import type { Rng } from '../../src/corpus/prng.js';
import { FORWARD_NOTES, LABELS, makeMessage, SIGNATURE_GREETING } from '../../src/corpus/texts.js';
import { seededMessage } from './seeded.js';

const QUESTIONS: Record<Language, { name: string; email: string; phone: string; message: string }[]> = {
  en: [
    {
      name: 'What is your name?',
      email: 'What is the best email to reach you?',
      phone: 'What number can we call you on?',
      message: 'How can we help?',
    },
    {
      name: 'Who should we ask for?',
      email: 'Your email address?',
      phone: 'Phone number?',
      message: 'Anything else we should know?',
    },
  ],
  de: [
    {
      name: 'Wie heißen Sie?',
      email: 'Unter welcher E-Mail erreichen wir Sie?',
      phone: 'Unter welcher Nummer können wir Sie anrufen?',
      message: 'Wobei können wir helfen?',
    },
  ],
  fr: [
    {
      name: 'Quel est votre nom ?',
      email: 'Quelle adresse e-mail utiliser ?',
      phone: 'À quel numéro vous rappeler ?',
      message: 'Comment pouvons-nous vous aider ?',
    },
  ],
  es: [
    {
      name: '¿Cómo se llama?',
      email: '¿A qué correo le escribimos?',
      phone: '¿A qué número le llamamos?',
      message: '¿En qué podemos ayudarle?',
    },
  ],
};

/** Subjects in the words of form tools nobody configured a profile for: `{name}` is the customer. */
const SUBJECTS: Record<Language, readonly string[]> = {
  en: [
    '{name} via your site',
    'Lead: {name}',
    'Prospect details',
    'Someone wants a call back',
    '{business} – {name}',
  ],
  de: ['Interessent: {name}', 'Rückrufwunsch von {name}', 'Daten eines Interessenten', '{business} – {name}'],
  fr: [
    'Prospect : {name}',
    '{name} souhaite être rappelé',
    'Coordonnées d’un prospect',
    '{business} – {name}',
  ],
  es: [
    'Cliente potencial: {name}',
    '{name} quiere que le llamen',
    'Datos de un interesado',
    '{business} – {name}',
  ],
};
const ATTACHED: Record<Language, string> = {
  en: 'A new submission is attached.',
  de: 'Die neue Anfrage finden Sie im Anhang.',
  fr: 'La nouvelle demande est en pièce jointe.',
  es: 'Adjuntamos la nueva solicitud.',
};

type Layout = 'questions' | 'csv' | 'grid' | 'forward';
const LAYOUTS: readonly Layout[] = ['questions', 'csv', 'grid', 'forward'];

function fields(rng: Rng, lang: Language, p: Person, message: string): [string, string][] {
  const l = LABELS[lang];
  const rows: [string, string][] = [
    [rng.pick(l.name), p.full],
    [rng.pick(l.email), p.email],
  ];
  if (rng.chance(0.8)) rows.push([rng.pick(l.phone), p.phoneRaw]);
  rows.push([rng.pick(l.message), message]);
  return rows;
}

const csvCell = (v: string) => `"${v.replace(/"/g, '""').replace(/\n/g, ' ')}"`;
const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function body(
  layout: Layout,
  rng: Rng,
  lang: Language,
  b: Business,
  p: Person,
): { type: string; text: string } {
  const message = makeMessage(rng, lang, b.trade);
  switch (layout) {
    case 'questions': {
      const q = rng.pick(QUESTIONS[lang]);
      const rows = [
        [q.name, p.full],
        [q.email, p.email],
        [q.phone, p.phoneRaw],
        [q.message, message],
      ];
      return { type: 'text/plain', text: rows.map(([k, v]) => `${k}\n${v}`).join('\n\n') };
    }
    case 'csv': {
      const rows = fields(rng, lang, p, message);
      const csv = `${rows.map(([k]) => csvCell(k)).join(',')}\n${rows.map(([, v]) => csvCell(v)).join(',')}\n`;
      return { type: 'csv', text: csv };
    }
    case 'grid': {
      const rows = fields(rng, lang, p, message);
      const html = rows
        .map(
          ([k, v]) =>
            `<div class="row"><span class="label">${esc(k)}</span><span class="value">${esc(v)}</span></div>`,
        )
        .join('');
      return { type: 'text/html', text: `<html><body><div class="form">${html}</div></body></html>` };
    }
    case 'forward': {
      const note = rng.pick(FORWARD_NOTES[lang]);
      const inner = [
        '---------- Forwarded message ---------',
        `From: ${p.full} <${p.email}>`,
        'Date: Wed, 11 Nov 2026 18:40',
        `Subject: ${rng.pick(SUBJECTS[lang]).replace('{name}', p.first).replace('{business}', b.name)}`,
        `To: ${b.email}`,
        '',
        message,
        '',
        rng.chance(0.7) ? `${p.phoneRaw}\n${p.first}` : p.full,
      ];
      return {
        type: 'text/plain',
        text: `${note}\n\n${rng.pick(SIGNATURE_GREETING[lang])}\n${b.owner}\n\n${inner.join('\n')}`,
      };
    }
  }
}

/** `count` raw lead notifications in weak-evidence layouts; message i depends only on (seed, i). */
export function* weakLeads(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 3_000_017, i);
    const layout = LAYOUTS[i % LAYOUTS.length] as Layout;
    const part = body(layout, rng, lang, business, person);
    const forward = layout === 'forward';
    const head = [
      forward
        ? `From: ${business.owner} <${business.email}>`
        : `From: ${business.name} <no-reply@forms.${business.domain}>`,
      `To: leads+${business.id}@inbound.example`,
      `Subject: ${forward ? 'Fwd: ' : ''}${rng.pick(SUBJECTS[lang]).replace('{name}', person.full).replace('{business}', business.name)}`,
      `Message-ID: <weak-${seed}-${i}@mail.example>`,
      'Date: Thu, 12 Nov 2026 10:15:00 +0000',
      'MIME-Version: 1.0',
    ];
    let mime: string;
    if (part.type === 'csv') {
      const boundary = `b${seed}x${i}`;
      head.push(`Content-Type: multipart/mixed; boundary="${boundary}"`);
      mime = [
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        ATTACHED[lang],
        `--${boundary}`,
        'Content-Type: text/csv; charset=utf-8; name="submission.csv"',
        'Content-Disposition: attachment; filename="submission.csv"',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(part.text, 'utf8').toString('base64'),
        `--${boundary}--`,
        '',
      ].join('\n');
    } else {
      head.push(`Content-Type: ${part.type}; charset=utf-8`, 'Content-Transfer-Encoding: 8bit');
      mime = part.text;
    }
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${mime.replace(/\r?\n/g, '\r\n')}\r\n`, 'utf8');
  }
}
