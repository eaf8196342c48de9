/**
 * The business owner forwards a notification to the inbound address. The outer From, the note and
 * the signature are the business's; the customer is only in the inner notification.
 */
import { escapeHtml } from '../mime.js';
import type { Language } from '../people.js';
import type { Rng } from '../prng.js';
import { businessSignature, FORWARD_NOTES, MONTHS, SIGNATURE_GREETING } from '../texts.js';
import type { Address, Content, LeadData } from './common.js';

export type ForwardStyle = 'gmail' | 'outlook' | 'apple' | 'thunderbird';

interface HeaderWords {
  intro: string;
  from: string;
  date: string;
  subject: string;
  to: string;
  order: ('from' | 'date' | 'subject' | 'to')[];
}

const WORDS: Record<ForwardStyle, Record<Language, HeaderWords>> = {
  gmail: {
    en: {
      intro: '---------- Forwarded message ---------',
      from: 'From:',
      date: 'Date:',
      subject: 'Subject:',
      to: 'To:',
      order: ['from', 'date', 'subject', 'to'],
    },
    de: {
      intro: '---------- Weitergeleitete Nachricht ---------',
      from: 'Von:',
      date: 'Date:',
      subject: 'Subject:',
      to: 'To:',
      order: ['from', 'date', 'subject', 'to'],
    },
    fr: {
      intro: '---------- Forwarded message ---------',
      from: 'De :',
      date: 'Date:',
      subject: 'Subject:',
      to: 'To:',
      order: ['from', 'date', 'subject', 'to'],
    },
    es: {
      intro: '---------- Forwarded message ---------',
      from: 'De:',
      date: 'Date:',
      subject: 'Subject:',
      to: 'To:',
      order: ['from', 'date', 'subject', 'to'],
    },
  },
  outlook: {
    en: {
      intro: '-----Original Message-----',
      from: 'From:',
      date: 'Sent:',
      subject: 'Subject:',
      to: 'To:',
      order: ['from', 'date', 'to', 'subject'],
    },
    de: {
      intro: '-----Ursprüngliche Nachricht-----',
      from: 'Von:',
      date: 'Gesendet:',
      subject: 'Betreff:',
      to: 'An:',
      order: ['from', 'date', 'to', 'subject'],
    },
    fr: {
      intro: "-----Message d'origine-----",
      from: 'De :',
      date: 'Envoyé :',
      subject: 'Objet :',
      to: 'À :',
      order: ['from', 'date', 'to', 'subject'],
    },
    es: {
      intro: '-----Mensaje original-----',
      from: 'De:',
      date: 'Enviado el:',
      subject: 'Asunto:',
      to: 'Para:',
      order: ['from', 'date', 'to', 'subject'],
    },
  },
  apple: {
    en: {
      intro: 'Begin forwarded message:',
      from: 'From:',
      date: 'Date:',
      subject: 'Subject:',
      to: 'To:',
      order: ['from', 'subject', 'date', 'to'],
    },
    de: {
      intro: 'Anfang der weitergeleiteten Nachricht:',
      from: 'Von:',
      date: 'Datum:',
      subject: 'Betreff:',
      to: 'An:',
      order: ['from', 'subject', 'date', 'to'],
    },
    fr: {
      intro: 'Début du message réexpédié :',
      from: 'De:',
      date: 'Date:',
      subject: 'Objet:',
      to: 'À:',
      order: ['from', 'subject', 'date', 'to'],
    },
    es: {
      intro: 'Inicio del mensaje reenviado:',
      from: 'De:',
      date: 'Fecha:',
      subject: 'Asunto:',
      to: 'Para:',
      order: ['from', 'subject', 'date', 'to'],
    },
  },
  thunderbird: {
    en: {
      intro: '-------- Forwarded Message --------',
      from: 'From:',
      date: 'Date:',
      subject: 'Subject:',
      to: 'To:',
      order: ['subject', 'date', 'from', 'to'],
    },
    de: {
      intro: '-------- Weitergeleitete Nachricht --------',
      from: 'Von:',
      date: 'Datum:',
      subject: 'Betreff:',
      to: 'An:',
      order: ['subject', 'date', 'from', 'to'],
    },
    fr: {
      intro: '-------- Message transféré --------',
      from: 'De :',
      date: 'Date :',
      subject: 'Sujet :',
      to: 'Pour :',
      order: ['subject', 'date', 'from', 'to'],
    },
    es: {
      intro: '-------- Mensaje reenviado --------',
      from: 'De:',
      date: 'Fecha:',
      subject: 'Asunto:',
      to: 'Para:',
      order: ['subject', 'date', 'from', 'to'],
    },
  },
};

const FWD_PREFIX: Record<Language, readonly string[]> = {
  en: ['Fwd:', 'FW:', 'Fw:'],
  de: ['WG:', 'Fwd:'],
  fr: ['TR :', 'Fwd:', 'TR:'],
  es: ['RV:', 'Fwd:', 'RE: Fwd:'],
};

function localDate(lang: Language, rng: Rng): string {
  const d = rng.int(1, 27);
  const m = rng.pick(MONTHS[lang]);
  const h = `${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  return {
    en: `Thu, ${m} ${d}, 2026 at ${h}`,
    de: `Do., ${d}. ${m} 2026 um ${h}`,
    fr: `jeu. ${d} ${m} 2026 à ${h}`,
    es: `jue, ${d} ${m} 2026 a las ${h}`,
  }[lang];
}

function addr(a: Address, html: boolean): string {
  const s = a.name ? `${a.name} <${a.address}>` : a.address;
  return html ? escapeHtml(s) : s;
}

function headerBlock(
  style: ForwardStyle,
  lang: Language,
  inner: Content,
  innerTo: string,
  rng: Rng,
): string[] {
  const w = WORDS[style][lang];
  const sep = style === 'thunderbird' ? '\t' : ' ';
  const values = {
    from: addr(inner.from, false),
    date: localDate(lang, rng),
    subject: inner.subject,
    to: innerTo,
  };
  return w.order.map((k) => `${w[k]}${sep}${values[k]}`);
}

/** Renders the forward around an inner notification (inline, not as an attachment). */
export function forwardInline(d: LeadData, inner: Content, style: ForwardStyle, rng: Rng): Content {
  const lang = d.business.language;
  const b = d.business;
  const note = rng.pick(FORWARD_NOTES[lang]);
  const sig = `${rng.pick(SIGNATURE_GREETING[lang])}\n${businessSignature(b, lang)}`;
  const w = WORDS[style][lang];
  const head = headerBlock(style, lang, inner, b.email, rng);
  const quote = style === 'apple' && rng.chance(0.25);
  let text: string | undefined;
  if (inner.text !== undefined) {
    const body = quote
      ? inner.text
          .split('\n')
          .map((l) => (l ? `> ${l}` : '>'))
          .join('\n')
      : inner.text;
    const headLines = quote ? head.map((h) => `> ${h}`) : head;
    text = `${note}\n\n${sig}\n\n${w.intro}\n${headLines.join('\n')}\n${quote ? '>\n' : '\n'}${body}\n`;
  }
  let html: string | undefined;
  if (inner.html !== undefined || text === undefined || rng.chance(0.5)) {
    const innerHtml =
      inner.html !== undefined
        ? (/<body[^>]*>([\s\S]*)<\/body>/i.exec(inner.html)?.[1] ?? inner.html)
        : `<div style="white-space:pre-wrap">${escapeHtml(inner.text ?? '')}</div>`;
    const headHtml = head.map((h) => escapeHtml(h)).join('<br>\n');
    const sigHtml = escapeHtml(sig).replace(/\n/g, '<br>\n');
    html =
      style === 'outlook'
        ? `<html><body><div class="WordSection1"><p class="MsoNormal">${escapeHtml(note)}</p><p class="MsoNormal">${sigHtml}</p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">${head
            .map((h) => {
              const i = h.indexOf(':');
              return `<b>${escapeHtml(h.slice(0, i + 1))}</b>${escapeHtml(h.slice(i + 1))}`;
            })
            .join('<br>\n')}</p></div>\n${innerHtml}</div></body></html>`
        : `<html><body><div dir="ltr">${escapeHtml(note)}<br><br>${sigHtml}<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${escapeHtml(w.intro)}<br>\n${headHtml}<br></div><br><br>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">${innerHtml}</blockquote></div></div></body></html>`;
  }
  return {
    subject: `${rng.pick(FWD_PREFIX[lang])} ${inner.subject}`,
    from: { name: b.owner, address: b.email },
    text,
    html,
    layout: `forward-${style}${quote ? '-quoted' : ''}/${inner.layout}`,
  };
}

/** The note around a forward-as-attachment (message/rfc822). */
export function forwardAttachedNote(d: LeadData, inner: Content, rng: Rng): Content {
  const lang = d.business.language;
  const note = rng.pick(FORWARD_NOTES[lang]);
  return {
    subject: `${rng.pick(FWD_PREFIX[lang])} ${inner.subject}`,
    from: { name: d.business.owner, address: d.business.email },
    text: `${note}\n\n${rng.pick(SIGNATURE_GREETING[lang])}\n${businessSignature(d.business, lang)}\n`,
    layout: `forward-rfc822/${inner.layout}`,
  };
}
