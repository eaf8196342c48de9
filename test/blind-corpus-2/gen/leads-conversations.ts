/** Lead layouts where the customer talks: chats, voicemail, calls, SMS, WhatsApp, messages and emails. */
import {
  ALL_CHARSETS,
  ALL_TRANSFERS,
  baseHeaders,
  customerPhone,
  esc,
  givesAll,
  htmlParagraphs,
  type LeadLayout,
  personPii,
  pickBusiness,
  staffName,
  when,
} from './layout.js';
import type { Lang } from './model.js';
import { internationalOf, makePhone, nationalOf, writePhone } from './phones.js';
import type { Rng } from './rng.js';
import { type Business, fullName, MESSAGES, makeCustomer, type Person } from './world.js';

type Dict<K extends string> = Record<Lang, Record<K, string>>;

/** A short opening line: the first sentence of a message. */
function firstSentence(text: string): string {
  const para = text.split('\n\n')[0] ?? text;
  const m = /^.*?[.?!](?=\s|$)/.exec(para);
  return (m ? m[0] : para).trim();
}

const CHAT: Dict<
  | 'title'
  | 'visitor'
  | 'hello'
  | 'ask'
  | 'thanks'
  | 'bye'
  | 'page'
  | 'ip'
  | 'browser'
  | 'duration'
  | 'operator'
  | 'footer'
  | 'emailIs'
  | 'numberIs'
> = {
  en: {
    title: 'Chat transcript',
    visitor: 'Visitor',
    hello: "Hi there! I'm {agent}. How can I help you today?",
    ask: 'Happy to help with that. Could I take your name and the best way to reach you?',
    thanks: 'Thanks {first}! A colleague will get back to you today. You can also call us on {biz}.',
    bye: 'Great, thank you!',
    page: 'Page',
    ip: 'Visitor IP',
    browser: 'Browser',
    duration: 'Duration',
    operator: 'Operator',
    footer: 'Transcript sent by ChatHarbor. Questions? Call',
    emailIs: 'my email is',
    numberIs: 'best number is',
  },
  de: {
    title: 'Chatverlauf',
    visitor: 'Besucher',
    hello: 'Hallo! Ich bin {agent}. Wie kann ich helfen?',
    ask: 'Gerne. Darf ich nach Ihrem Namen fragen und wie wir Sie erreichen?',
    thanks: 'Danke, {first}! Eine Kollegin meldet sich heute noch. Sie erreichen uns auch unter {biz}.',
    bye: 'Super, danke!',
    page: 'Seite',
    ip: 'IP des Besuchers',
    browser: 'Browser',
    duration: 'Dauer',
    operator: 'Mitarbeiter/in',
    footer: 'Verlauf gesendet von ChatHarbor. Fragen? Telefon',
    emailIs: 'meine Mail ist',
    numberIs: 'am besten unter',
  },
  fr: {
    title: 'Transcription du chat',
    visitor: 'Visiteur',
    hello: 'Bonjour ! Je suis {agent}. Comment puis-je vous aider ?',
    ask: 'Avec plaisir. Puis-je avoir votre nom et le meilleur moyen de vous joindre ?',
    thanks:
      'Merci {first} ! Un collègue vous recontacte aujourd’hui. Vous pouvez aussi nous appeler au {biz}.',
    bye: 'Parfait, merci !',
    page: 'Page',
    ip: 'IP du visiteur',
    browser: 'Navigateur',
    duration: 'Durée',
    operator: 'Conseiller',
    footer: 'Transcription envoyée par ChatHarbor. Une question ? Appelez le',
    emailIs: 'mon mail c’est',
    numberIs: 'mon numéro',
  },
  es: {
    title: 'Transcripción del chat',
    visitor: 'Visitante',
    hello: '¡Hola! Soy {agent}. ¿En qué puedo ayudarle?',
    ask: 'Con gusto. ¿Me indica su nombre y cómo podemos contactarle?',
    thanks: '¡Gracias, {first}! Un compañero le contactará hoy. También puede llamarnos al {biz}.',
    bye: '¡Perfecto, gracias!',
    page: 'Página',
    ip: 'IP del visitante',
    browser: 'Navegador',
    duration: 'Duración',
    operator: 'Agente',
    footer: 'Transcripción enviada por ChatHarbor. ¿Dudas? Llame al',
    emailIs: 'mi correo es',
    numberIs: 'mi número es',
  },
};

const CHATHARBOR_SUPPORT = { e164: '+12015550188', region: 'US' as const };

const chatTranscript: LeadLayout = {
  name: 'chat-transcript',
  description:
    "website chat transcript with timestamped visitor and operator lines: the visitor opens with the question (the expected message) and gives name, email and phone mid-conversation; the operator names the business's number; chat metadata (IP, page, chat id)",
  count: 12,
  bodies: ['plain', 'alt'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CHAT[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const agent = rng.pick(biz.staff);
    const phone = customerPhone(rng, c, biz);
    const opening = firstSentence(rng.pick(MESSAGES[lang][biz.trade]));
    const d = when(rng, lang);
    const giveEmail = rng.chance(0.8);
    const t = (k: number) =>
      `${d.time.slice(0, 3)}${String((Number(d.time.slice(3)) + k) % 60).padStart(2, '0')}`;
    const lines: [string, string, string][] = [
      [t(0), staffName(agent), L.hello.replace('{agent}', agent.first)],
      [t(1), L.visitor, opening],
      [t(1), staffName(agent), L.ask],
      [t(2), L.visitor, fullName(c)],
    ];
    if (giveEmail) lines.push([t(3), L.visitor, rng.chance(0.5) ? c.email : `${L.emailIs} ${c.email}`]);
    lines.push([t(3), L.visitor, rng.chance(0.5) ? phone : `${L.numberIs} ${phone}`]);
    lines.push([
      t(4),
      staffName(agent),
      L.thanks.replace('{first}', c.first).replace('{biz}', nationalOf(biz.phone)),
    ]);
    lines.push([t(5), L.visitor, L.bye]);
    const meta: [string, string][] = [
      ['Chat ID', rng.digits(8)],
      [L.page, `https://${biz.web}/${rng.pick(['pricing', 'services', 'about'])}`],
      [L.ip, `198.51.100.${rng.int(2, 250)}`],
      [L.browser, rng.pick(['Firefox 132 / Windows 11', 'Safari 18 / iOS', 'Chrome 131 / Android 15'])],
      [L.duration, `${rng.int(4, 15)} min`],
      [L.operator, staffName(agent)],
    ];
    const text = [
      `${L.title} — ${biz.name} — ${d.short}`,
      '',
      ...meta.map(([k, v]) => `${k}: ${v}`),
      '',
      ...lines.map(([time, who, said]) => `[${time}] ${who}: ${said}`),
      '',
      `${L.footer} ${internationalOf(CHATHARBOR_SUPPORT)}`,
    ].join('\n');
    const html = [
      '<html><body>',
      `<h3>${esc(L.title)}</h3>`,
      `<p style="color:#777">${meta.map(([k, v]) => `${esc(k)}: ${esc(v)}`).join('<br>\n')}</p>`,
      '<table cellpadding="3">',
      ...lines.map(
        ([time, who, said]) =>
          `<tr><td style="color:#999">${time}</td><td><b>${esc(who)}</b></td><td>${esc(said)}</td></tr>`,
      ),
      '</table>',
      `<p style="font-size:10px">${esc(L.footer)} ${internationalOf(CHATHARBOR_SUPPORT)}</p>`,
      '</body></html>',
    ].join('\n');
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: 'ChatHarbor <transcripts@chatharbor.example>',
          to: biz.recipient,
          subject: `${L.title}: ${L.visitor} ${rng.digits(4)}`,
          date: d,
          domain: 'chatharbor.example',
        }),
        text,
        html,
      },
      email: giveEmail ? c.email : null,
      phone: c.phone.e164,
      name: { first: c.first, last: c.last },
      message: opening,
      pii: personPii(c, phone, giveEmail),
      otherPii: [staffName(agent)],
    };
  },
};

const VOICE: Dict<
  | 'subject'
  | 'intro'
  | 'from'
  | 'to'
  | 'mainLine'
  | 'mailbox'
  | 'received'
  | 'length'
  | 'transcription'
  | 'warn'
  | 'listen'
  | 'support'
  | 'unknown'
  | 'hi'
  | 'callback'
  | 'bye'
> = {
  en: {
    subject: 'New voicemail from',
    intro: 'You have a new voicemail.',
    from: 'From',
    to: 'To',
    mainLine: 'main line',
    mailbox: 'Mailbox',
    received: 'Received',
    length: 'Length',
    transcription: 'Transcription',
    warn: 'Transcriptions are generated automatically and may contain errors.',
    listen: 'Listen to the message',
    support: 'VoiceDesk support',
    unknown: 'Unknown caller',
    hi: 'Hi, this is {name}.',
    callback: 'You can call me back on {phone}.',
    bye: 'Thanks, bye.',
  },
  de: {
    subject: 'Neue Sprachnachricht von',
    intro: 'Sie haben eine neue Sprachnachricht.',
    from: 'Von',
    to: 'An',
    mainLine: 'Zentrale',
    mailbox: 'Mailbox',
    received: 'Empfangen',
    length: 'Länge',
    transcription: 'Transkription',
    warn: 'Transkriptionen werden automatisch erstellt und können Fehler enthalten.',
    listen: 'Nachricht anhören',
    support: 'VoiceDesk-Support',
    unknown: 'Unbekannter Anrufer',
    hi: 'Hallo, hier ist {name}.',
    callback: 'Sie erreichen mich unter {phone}.',
    bye: 'Danke, tschüss.',
  },
  fr: {
    subject: 'Nouveau message vocal de',
    intro: 'Vous avez un nouveau message vocal.',
    from: 'De',
    to: 'À',
    mainLine: 'standard',
    mailbox: 'Boîte vocale',
    received: 'Reçu le',
    length: 'Durée',
    transcription: 'Transcription',
    warn: 'Les transcriptions sont automatiques et peuvent contenir des erreurs.',
    listen: 'Écouter le message',
    support: 'Assistance VoiceDesk',
    unknown: 'Appelant inconnu',
    hi: 'Bonjour, c’est {name}.',
    callback: 'Vous pouvez me rappeler au {phone}.',
    bye: 'Merci, au revoir.',
  },
  es: {
    subject: 'Nuevo mensaje de voz de',
    intro: 'Tiene un nuevo mensaje de voz.',
    from: 'De',
    to: 'Para',
    mainLine: 'centralita',
    mailbox: 'Buzón',
    received: 'Recibido',
    length: 'Duración',
    transcription: 'Transcripción',
    warn: 'Las transcripciones son automáticas y pueden contener errores.',
    listen: 'Escuchar el mensaje',
    support: 'Soporte VoiceDesk',
    unknown: 'Llamante desconocido',
    hi: 'Hola, soy {name}.',
    callback: 'Pueden llamarme al {phone}.',
    bye: 'Gracias, adiós.',
  },
};

function wav(rng: Rng): Buffer {
  const samples = Buffer.alloc(800);
  for (let i = 0; i < samples.length; i++) samples[i] = 128 + rng.int(-3, 3);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

const VOICEDESK_SUPPORT = { e164: '+442079460433', region: 'GB' as const };

const voicemailTranscript: LeadLayout = {
  name: 'voicemail-transcript',
  description:
    "voicemail-to-email: caller number (and caller name when the network gives one) in a header block, the business's own line that was called, mailbox and length, an automatic transcription in which the caller names themself and repeats the number; .wav attached",
  count: 12,
  bodies: ['plain'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = VOICE[lang];
    const biz = pickBusiness(rng, world, lang);
    const singleName = rng.chance(0.3);
    const c = makeCustomer(rng, lang, biz, { singleName });
    const callerId = internationalOf(c.phone);
    const spoken = customerPhone(rng, c, biz);
    const showName = !singleName && rng.chance(0.5);
    const need = firstSentence(rng.pick(MESSAGES[lang][biz.trade]));
    const transcript = `${L.hi.replace('{name}', fullName(c))} ${need} ${L.callback.replace('{phone}', spoken)} ${L.bye}`;
    const d = when(rng, lang);
    const text = [
      L.intro,
      '',
      `${L.from}:      ${showName ? `${fullName(c).toLocaleUpperCase('und')} ` : `${L.unknown} `}${callerId}`,
      `${L.to}:        ${biz.name}, ${L.mainLine} ${nationalOf(biz.phone)}`,
      `${L.mailbox}:   ${rng.int(100, 299)}`,
      `${L.received}:  ${d.short} ${d.time}`,
      `${L.length}:    0:${String(rng.int(15, 59)).padStart(2, '0')}`,
      '',
      `${L.transcription}:`,
      `"${transcript}"`,
      '',
      L.warn,
      `${L.listen}: https://voicedesk.example/m/${rng.hex(16)}`,
      `${L.support}: ${internationalOf(VOICEDESK_SUPPORT)}`,
    ].join('\n');
    const pii = [callerId, spoken, fullName(c), c.first];
    if (c.last) pii.push(c.last);
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: 'VoiceDesk <voicemail@voicedesk.example>',
          to: biz.recipient,
          subject: `${L.subject} ${callerId}`,
          date: d,
          domain: 'voicedesk.example',
        }),
        text,
        attachments: [
          { filename: `voicemail-${rng.digits(6)}.wav`, contentType: 'audio/wav', content: wav(rng) },
        ],
      },
      email: null,
      phone: c.phone.e164,
      name: { first: c.first, last: c.last },
      message: transcript,
      pii,
      otherPii: [],
    };
  },
};

const CALL: Dict<
  | 'missed'
  | 'answered'
  | 'subject'
  | 'summary'
  | 'cnam'
  | 'number'
  | 'location'
  | 'tracking'
  | 'forwarded'
  | 'status'
  | 'channel'
  | 'landing'
  | 'first'
  | 'yes'
  | 'callId'
  | 'recording'
  | 'manage'
  | 'wireless'
  | 'organic'
> = {
  en: {
    missed: 'Missed',
    answered: 'Answered',
    subject: 'call from',
    summary: 'Call summary',
    cnam: 'Caller ID',
    number: 'Caller number',
    location: 'Caller location',
    tracking: 'Tracking number',
    forwarded: 'Forwarded to',
    status: 'Status',
    channel: 'Channel',
    landing: 'Landing page',
    first: 'First-time caller',
    yes: 'Yes',
    callId: 'Call ID',
    recording: 'Recording',
    manage: 'Manage alerts',
    wireless: 'WIRELESS CALLER',
    organic: 'Organic search',
  },
  de: {
    missed: 'Verpasster',
    answered: 'Angenommener',
    subject: 'Anruf von',
    summary: 'Anrufübersicht',
    cnam: 'Anrufer-Kennung',
    number: 'Rufnummer Anrufer',
    location: 'Standort',
    tracking: 'Tracking-Nummer',
    forwarded: 'Weitergeleitet an',
    status: 'Status',
    channel: 'Kanal',
    landing: 'Einstiegsseite',
    first: 'Erstanrufer',
    yes: 'Ja',
    callId: 'Anruf-ID',
    recording: 'Aufzeichnung',
    manage: 'Benachrichtigungen verwalten',
    wireless: 'MOBILFUNK',
    organic: 'Organische Suche',
  },
  fr: {
    missed: 'Appel manqué',
    answered: 'Appel reçu',
    subject: 'de',
    summary: 'Résumé de l’appel',
    cnam: 'Identifiant',
    number: 'Numéro appelant',
    location: 'Localisation',
    tracking: 'Numéro de suivi',
    forwarded: 'Transféré vers',
    status: 'Statut',
    channel: 'Canal',
    landing: 'Page d’arrivée',
    first: 'Premier appel',
    yes: 'Oui',
    callId: 'ID d’appel',
    recording: 'Enregistrement',
    manage: 'Gérer les alertes',
    wireless: 'APPEL MOBILE',
    organic: 'Recherche naturelle',
  },
  es: {
    missed: 'Llamada perdida',
    answered: 'Llamada atendida',
    subject: 'de',
    summary: 'Resumen de la llamada',
    cnam: 'Identificador',
    number: 'Número llamante',
    location: 'Ubicación',
    tracking: 'Número de seguimiento',
    forwarded: 'Desviada a',
    status: 'Estado',
    channel: 'Canal',
    landing: 'Página de entrada',
    first: 'Primera llamada',
    yes: 'Sí',
    callId: 'ID de llamada',
    recording: 'Grabación',
    manage: 'Gestionar alertas',
    wireless: 'LLAMADA MOVIL',
    organic: 'Búsqueda orgánica',
  },
};

const callTracking: LeadLayout = {
  name: 'call-tracking',
  description:
    "call-tracking alert (missed or answered call): caller ID name in capitals or a network placeholder, caller number, the business's tracking number and the line it forwards to, call id and recording link; no email, no message",
  count: 10,
  bodies: ['html', 'plain'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = CALL[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const named = rng.chance(0.6);
    const number = customerPhone(rng, c, biz);
    const tracking = makePhone(rng, biz.region);
    const missed = rng.chance(0.5);
    const d = when(rng, lang);
    const rows: [string, string][] = [
      [L.cnam, named ? fullName(c).toLocaleUpperCase('und') : L.wireless],
      [L.number, number],
      [L.location, biz.city],
      [L.tracking, `${nationalOf(tracking)} (${biz.web})`],
      [L.forwarded, nationalOf(biz.phone)],
      [L.status, missed ? L.missed : `${L.answered} (${rng.int(1, 9)}m ${rng.int(10, 59)}s)`],
      [L.channel, L.organic],
      [L.landing, `https://${biz.web}/`],
      [L.first, L.yes],
      [L.callId, `CA${rng.hex(32)}`],
      [L.recording, `https://callmetrics.example/r/${rng.hex(12)}`],
    ];
    const text = [
      L.summary,
      '',
      ...rows.map(([k, v]) => `${`${k}:`.padEnd(22)}${v}`),
      '',
      `${L.manage}: https://callmetrics.example/settings`,
    ].join('\n');
    const html = `<html><body><h3>${esc(L.summary)}</h3><table>\n${rows
      .map(([k, v]) => `<tr><td style="color:#666">${esc(k)}</td><td>${esc(v)}</td></tr>`)
      .join(
        '\n',
      )}\n</table><p><a href="https://callmetrics.example/settings">${esc(L.manage)}</a></p></body></html>`;
    const pii = [number];
    if (named) pii.push(fullName(c).toLocaleUpperCase('und'), c.first, ...(c.last ? [c.last] : []));
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: 'CallMetrics <alerts@callmetrics.example>',
          to: biz.recipient,
          subject: `${missed ? L.missed : L.answered} ${L.subject} ${number}`,
          date: d,
          domain: 'callmetrics.example',
        }),
        text,
        html,
      },
      email: null,
      phone: c.phone.e164,
      name: named ? { first: c.first, last: c.last } : { first: null, last: null },
      message: null,
      pii,
      otherPii: [],
    };
  },
};

const SMS: Dict<'subject' | 'hi' | 'call' | 'received' | 'reply' | 'from'> = {
  en: {
    subject: 'SMS from',
    hi: 'Hi, this is {name}.',
    call: 'Can you call me back please?',
    received: 'Received on your TextBridge number {biz} at {time}.',
    reply: 'Reply to this email to answer by SMS (160 characters per message).',
    from: 'From',
  },
  de: {
    subject: 'SMS von',
    hi: 'Hallo, hier ist {name}.',
    call: 'Können Sie mich bitte zurückrufen?',
    received: 'Empfangen auf Ihrer TextBridge-Nummer {biz} um {time}.',
    reply: 'Antworten Sie auf diese E-Mail, um per SMS zu antworten (160 Zeichen pro Nachricht).',
    from: 'Absender',
  },
  fr: {
    subject: 'SMS de',
    hi: 'Bonjour, c’est {name}.',
    call: 'Pouvez-vous me rappeler svp ?',
    received: 'Reçu sur votre numéro TextBridge {biz} à {time}.',
    reply: 'Répondez à cet e-mail pour répondre par SMS (160 caractères par message).',
    from: 'Expéditeur',
  },
  es: {
    subject: 'SMS de',
    hi: 'Hola, soy {name}.',
    call: '¿Me pueden llamar, por favor?',
    received: 'Recibido en su número TextBridge {biz} a las {time}.',
    reply: 'Responda a este correo para contestar por SMS (160 caracteres por mensaje).',
    from: 'Remitente',
  },
};

const smsGateway: LeadLayout = {
  name: 'sms-gateway',
  description:
    "SMS-to-email gateway: the sender's number as the From display name, local part and subject, the SMS text as the body (name given in it, or not at all), then the gateway footer with the business's own SMS number",
  count: 10,
  bodies: ['plain'],
  transfers: ['7bit', '8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = SMS[lang];
    const biz = pickBusiness(rng, world, lang);
    const named = rng.chance(0.6);
    const c = makeCustomer(rng, lang, biz);
    const smsNumber = makePhone(rng, biz.region);
    const sender = c.phone.e164;
    const need = firstSentence(rng.pick(MESSAGES[lang][biz.trade]));
    const sms = `${named ? `${L.hi.replace('{name}', fullName(c))} ` : ''}${need} ${L.call}`;
    const d = when(rng, lang);
    const text = [
      sms,
      '',
      '--',
      `${L.from}: ${sender}`,
      L.received.replace('{biz}', internationalOf(smsNumber)).replace('{time}', d.time),
      L.reply,
      'TextBridge · help@textbridge.example',
    ].join('\n');
    const pii = [sender];
    if (named) pii.push(fullName(c), c.first, ...(c.last ? [c.last] : []));
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: `${sender} <${sender.slice(1)}@sms.textbridge.example>`,
          to: biz.recipient,
          subject: `${L.subject} ${sender}`,
          date: d,
          domain: 'sms.textbridge.example',
        }),
        text,
      },
      email: null,
      phone: c.phone.e164,
      name: named ? { first: c.first, last: c.last } : { first: null, last: null },
      message: sms,
      pii,
      otherPii: [],
    };
  },
};

const WA: Dict<'subject' | 'note' | 'number' | 'attached' | 'system' | 'reply' | 'emailIs' | 'regards'> = {
  en: {
    subject: 'Fwd: WhatsApp chat with',
    note: 'Hi team, new enquiry that came in on the WhatsApp Business phone, can someone add it to the CRM?',
    number: "Customer's number",
    attached: 'Chat export attached.',
    system:
      'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
    reply: "Thanks for your message! We'll get back to you shortly.",
    emailIs: 'My email is',
    regards: 'Cheers',
  },
  de: {
    subject: 'WG: WhatsApp-Chat mit',
    note: 'Hallo zusammen, neue Anfrage über das WhatsApp-Business-Handy, kann sie bitte jemand ins CRM übernehmen?',
    number: 'Nummer der Kundin/des Kunden',
    attached: 'Chat-Export im Anhang.',
    system:
      'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.',
    reply: 'Danke für Ihre Nachricht! Wir melden uns in Kürze.',
    emailIs: 'Meine E-Mail ist',
    regards: 'Viele Grüße',
  },
  fr: {
    subject: 'TR: Discussion WhatsApp avec',
    note: 'Bonjour à tous, nouvelle demande arrivée sur le téléphone WhatsApp Business, quelqu’un peut-il la saisir dans le CRM ?',
    number: 'Numéro du client',
    attached: 'Export de la discussion en pièce jointe.',
    system:
      'Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.',
    reply: 'Merci pour votre message ! Nous revenons vers vous rapidement.',
    emailIs: 'Mon adresse mail :',
    regards: 'Bonne journée',
  },
  es: {
    subject: 'RV: Chat de WhatsApp con',
    note: 'Hola equipo, nueva consulta que ha entrado por el móvil de WhatsApp Business, ¿alguien la puede pasar al CRM?',
    number: 'Número del cliente',
    attached: 'Adjunto la exportación del chat.',
    system:
      'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.',
    reply: '¡Gracias por su mensaje! Le respondemos enseguida.',
    emailIs: 'Mi correo es',
    regards: 'Un saludo',
  },
};

function signature(p: Person, biz: Business): string {
  return `${staffName(p)}\n${biz.name}\n${nationalOf(p.phone)} | ${p.email}`;
}

const whatsappExport: LeadLayout = {
  name: 'whatsapp-export-forward',
  description:
    "an employee forwards a WhatsApp Business chat: a short note naming the customer's number, the employee's signature with direct line, and the chat export as a .txt attachment (system line, customer messages, the business's auto-reply)",
  count: 10,
  bodies: ['plain'],
  transfers: ['8bit', 'quoted-printable', 'base64'],
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = WA[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const staff = rng.pick(biz.staff);
    const phone = customerPhone(rng, c, biz);
    const paragraphs = rng.pick(MESSAGES[lang][biz.trade]).split('\n\n');
    const giveEmail = rng.chance(0.5);
    const customerLines = giveEmail ? [...paragraphs, `${L.emailIs} ${c.email}`] : paragraphs;
    const d = when(rng, lang);
    const day = d.short;
    const stamp = (k: number) =>
      `${day}, ${d.time.slice(0, 3)}${String((Number(d.time.slice(3)) + k) % 60).padStart(2, '0')}`;
    const chat = [
      `${stamp(0)} - ${L.system}`,
      ...customerLines.map((line, i) => `${stamp(i)} - ${fullName(c)}: ${line}`),
      `${stamp(customerLines.length + 2)} - ${biz.name}: ${L.reply}`,
    ].join('\n');
    const text = [
      L.note,
      '',
      `${L.number}: ${phone}`,
      L.attached,
      '',
      `${L.regards},`,
      signature(staff, biz),
    ].join('\n');
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: `${staffName(staff)} <${staff.email}>`,
          to: biz.recipient,
          subject: `${L.subject} ${fullName(c)}`,
          date: d,
          domain: biz.web,
        }),
        text,
        attachments: [
          {
            filename: `WhatsApp Chat - ${fullName(c)
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')}.txt`,
            contentType: 'text/plain',
            content: chat,
            charset: 'utf-8',
          },
        ],
      },
      email: giveEmail ? c.email : null,
      phone: c.phone.e164,
      name: { first: c.first, last: c.last },
      message: customerLines.join('\n\n'),
      pii: personPii(c, phone, giveEmail),
      otherPii: [staffName(staff)],
    };
  },
};

const INMAIL: Dict<
  | 'subject'
  | 'newMessage'
  | 'hi'
  | 'reply'
  | 'profile'
  | 'intended'
  | 'why'
  | 'unsubscribe'
  | 'signoff'
  | 'phone'
  | 'headline'
> = {
  en: {
    subject: 'sent you a message',
    newMessage: 'you have a new message',
    hi: 'Hi',
    reply: 'Reply',
    profile: 'View profile',
    intended: 'This email was intended for',
    why: 'Learn why we included this.',
    unsubscribe: 'Unsubscribe',
    signoff: 'Kind regards',
    phone: 'Phone',
    headline: 'Facilities Manager at Northwind Logistics',
  },
  de: {
    subject: 'hat Ihnen eine Nachricht gesendet',
    newMessage: 'Sie haben eine neue Nachricht',
    hi: 'Hallo',
    reply: 'Antworten',
    profile: 'Profil anzeigen',
    intended: 'Diese E-Mail war bestimmt für',
    why: 'Erfahren Sie, warum wir sie gesendet haben.',
    unsubscribe: 'Abbestellen',
    signoff: 'Beste Grüße',
    phone: 'Tel.',
    headline: 'Einkauf, Nordlicht Logistik',
  },
  fr: {
    subject: 'vous a envoyé un message',
    newMessage: 'vous avez un nouveau message',
    hi: 'Bonjour',
    reply: 'Répondre',
    profile: 'Voir le profil',
    intended: 'Cet e-mail était destiné à',
    why: 'Découvrez pourquoi.',
    unsubscribe: 'Se désabonner',
    signoff: 'Bien cordialement',
    phone: 'Tél.',
    headline: 'Responsable des services généraux chez Loire Logistique',
  },
  es: {
    subject: 'te ha enviado un mensaje',
    newMessage: 'tienes un mensaje nuevo',
    hi: 'Hola',
    reply: 'Responder',
    profile: 'Ver perfil',
    intended: 'Este correo estaba dirigido a',
    why: 'Descubre por qué lo incluimos.',
    unsubscribe: 'Darse de baja',
    signoff: 'Saludos cordiales',
    phone: 'Tel.',
    headline: 'Responsable de compras en Logística Ibérica',
  },
};

const inmailMessage: LeadLayout = {
  name: 'inmail-message',
  description:
    'professional-network message notification ("X sent you a message"): the sender\'s headline, the message addressed to a named employee, the sender\'s own sign-off with phone and/or email, network buttons and legal footer; not a lead-gen form (source web_form/other)',
  count: 10,
  bodies: ['html', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = INMAIL[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const staff = rng.pick(biz.staff);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const which = rng.int(0, 2); // 0 both, 1 phone only, 2 email only
    const contact = [which !== 2 ? `${L.phone} ${phone}` : null, which !== 1 ? c.email : null].filter(
      (x): x is string => x !== null,
    );
    const body = `${L.hi} ${staff.first},\n\n${message}\n\n${L.signoff},\n${fullName(c)}\n${contact.join('\n')}`;
    const html = [
      '<html><body style="background:#f3f2ef"><table width="600" align="center" style="background:#fff"><tr><td>',
      `<p style="font-size:18px">${esc(staff.first)}, ${esc(L.newMessage)}</p>`,
      `<p><b>${esc(fullName(c))}</b><br><span style="color:#666">${esc(L.headline)}</span></p>`,
      `<div style="border-left:3px solid #0a66c2;padding-left:8px">${htmlParagraphs(body)}</div>`,
      `<p><a href="https://prolink.example/messaging/${rng.hex(10)}" style="background:#0a66c2;color:#fff">${esc(L.reply)}</a> <a href="https://prolink.example/in/${rng.hex(8)}">${esc(L.profile)}</a></p>`,
      `<p style="font-size:11px;color:#888">${esc(L.intended)} ${esc(staffName(staff))}. ${esc(L.why)} <a href="https://prolink.example/unsub">${esc(L.unsubscribe)}</a><br>© 2026 ProLink Corp., 1000 Example Way, Sunnyvale, CA 94089</p>`,
      '</td></tr></table></body></html>',
    ].join('\n');
    const text = [
      `${staff.first}, ${L.newMessage}`,
      '',
      fullName(c),
      L.headline,
      '',
      body,
      '',
      `${L.reply}: https://prolink.example/messaging`,
      '',
      `${L.intended} ${staffName(staff)}. ${L.unsubscribe}: https://prolink.example/unsub`,
      '© 2026 ProLink Corp., 1000 Example Way, Sunnyvale, CA 94089',
    ].join('\n');
    return {
      biz,
      customer: c,
      mail: {
        headers: baseHeaders(rng, {
          from: `${fullName(c)} via ProLink <messages-noreply@prolink.example>`,
          to: biz.recipient,
          subject: `${fullName(c)} ${L.subject}`,
          date: d,
          domain: 'prolink.example',
        }),
        html,
        text,
      },
      email: which !== 1 ? c.email : null,
      phone: which !== 2 ? c.phone.e164 : null,
      name: { first: c.first, last: c.last },
      message,
      pii: personPii(c, which !== 2 ? phone : null, which !== 1),
      otherPii: [staffName(staff)],
    };
  },
};

const DIRECT: Dict<'subject' | 'hello' | 'signoff' | 'mobile' | 'sent'> = {
  en: {
    subject: 'Enquiry',
    hello: 'Hello,',
    signoff: 'Best wishes',
    mobile: 'Mob:',
    sent: 'Sent from my iPhone',
  },
  de: {
    subject: 'Anfrage',
    hello: 'Sehr geehrte Damen und Herren,',
    signoff: 'Mit freundlichen Grüßen',
    mobile: 'Mobil:',
    sent: 'Von meinem iPhone gesendet',
  },
  fr: {
    subject: 'Demande de renseignements',
    hello: 'Bonjour,',
    signoff: 'Cordialement',
    mobile: 'Port. :',
    sent: 'Envoyé de mon iPhone',
  },
  es: {
    subject: 'Consulta',
    hello: 'Buenos días:',
    signoff: 'Un saludo',
    mobile: 'Móvil:',
    sent: 'Enviado desde mi iPhone',
  },
};

const directPersonalEmail: LeadLayout = {
  name: 'direct-personal-email',
  description:
    'the customer writes to the business directly from their own mailbox: From carries their name (or only the address), greeting, message, sign-off, name and mobile below it, sometimes a "sent from my phone" line',
  count: 12,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = DIRECT[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const d = when(rng, lang);
    const fromName = rng.chance(0.7) ? fullName(c) : null;
    const mobileLine = rng.chance(0.3);
    const text = `${L.hello}\n\n${message}\n\n${L.signoff}\n${fullName(c)}\n${L.mobile} ${phone}${mobileLine ? `\n\n${L.sent}` : ''}`;
    const html = `<div dir="ltr"><div>${esc(L.hello)}</div><div><br></div>${message
      .split('\n\n')
      .map((p) => `<div>${esc(p)}</div><div><br></div>`)
      .join(
        '',
      )}<div>${esc(L.signoff)}</div><div>${esc(fullName(c))}</div><div>${esc(L.mobile)} ${esc(phone)}</div></div>`;
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: fromName ? `${fromName} <${c.email}>` : c.email,
          to: biz.recipient,
          subject: `${L.subject}${rng.chance(0.5) ? ` – ${biz.name}` : ''}`,
          date: d,
          domain: c.email.split('@')[1] as string,
        }),
        text,
        html,
      },
      ...givesAll(c, phone, message),
    };
  },
};

const REFERRAL: Dict<
  | 'subject'
  | 'intro'
  | 'partnerNo'
  | 'by'
  | 'customer'
  | 'name'
  | 'phone'
  | 'email'
  | 'request'
  | 'commission'
  | 'portal'
> = {
  en: {
    subject: 'New referral',
    intro: 'You have received a new referral from partner',
    partnerNo: 'partner no.',
    by: 'Referred by',
    customer: 'CUSTOMER',
    name: 'Name',
    phone: 'Phone',
    email: 'Email',
    request: "Customer's request",
    commission: 'Referral fee as agreed: 5% of the first invoice.',
    portal: 'Partner portal support',
  },
  de: {
    subject: 'Neue Empfehlung',
    intro: 'Sie haben eine neue Empfehlung erhalten vom Partner',
    partnerNo: 'Partner-Nr.',
    by: 'Empfohlen von',
    customer: 'KUNDE/KUNDIN',
    name: 'Name',
    phone: 'Telefon',
    email: 'E-Mail',
    request: 'Anliegen des Kunden',
    commission: 'Provision wie vereinbart: 5 % der ersten Rechnung.',
    portal: 'Support Partnerportal',
  },
  fr: {
    subject: 'Nouvelle recommandation',
    intro: 'Vous avez reçu une nouvelle recommandation du partenaire',
    partnerNo: 'n° partenaire',
    by: 'Recommandé par',
    customer: 'CLIENT',
    name: 'Nom',
    phone: 'Téléphone',
    email: 'E-mail',
    request: 'Demande du client',
    commission: 'Commission convenue : 5 % de la première facture.',
    portal: 'Assistance portail partenaires',
  },
  es: {
    subject: 'Nueva recomendación',
    intro: 'Ha recibido una nueva recomendación del socio',
    partnerNo: 'n.º de socio',
    by: 'Recomendado por',
    customer: 'CLIENTE',
    name: 'Nombre',
    phone: 'Teléfono',
    email: 'Correo',
    request: 'Petición del cliente',
    commission: 'Comisión acordada: 5 % de la primera factura.',
    portal: 'Soporte del portal de socios',
  },
};

const PARTNERS = ['Keystone Property Services', 'Immobilien Vogt', 'Agence du Parc', 'Gestoría Almansa'];

const partnerReferral: LeadLayout = {
  name: 'partner-referral',
  description:
    "partner-portal referral: the referring partner (person, phone, email, partner number) comes first and is the From/Reply-To; the referred customer's block and request follow; commission line and portal support phone",
  count: 10,
  bodies: ['plain', 'alt'],
  transfers: ALL_TRANSFERS,
  charsets: ALL_CHARSETS,
  make(rng, lang, world) {
    const L = REFERRAL[lang];
    const biz = pickBusiness(rng, world, lang);
    const c = makeCustomer(rng, lang, biz);
    const referrer = makeCustomer(rng, lang, biz);
    const referrerEmail = `${referrer.first
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase()}@${rng.pick(['keystone-ps', 'vogt-immo', 'agenceduparc', 'almansa-gestoria'])}.example`;
    const phone = customerPhone(rng, c, biz);
    const message = rng.pick(MESSAGES[lang][biz.trade]);
    const partner = rng.pick(PARTNERS);
    const d = when(rng, lang);
    const support = makePhone(rng, biz.region);
    const rows: [string, string][] = [
      [L.name, fullName(c)],
      [L.phone, phone],
      [L.email, c.email],
    ];
    const text = [
      `${L.intro} ${partner} (${L.partnerNo} ${rng.digits(5)}).`,
      '',
      `${L.by}: ${fullName(referrer)}, ${writePhone(rng, referrer.phone, true, 'national')}, ${referrerEmail}`,
      '',
      L.customer,
      ...rows.map(([k, v]) => `${k}: ${v}`),
      `${L.request}:`,
      message,
      '',
      L.commission,
      `${L.portal}: ${nationalOf(support)}`,
    ].join('\n');
    const html = [
      '<html><body>',
      `<p>${esc(L.intro)} <b>${esc(partner)}</b>.</p>`,
      `<p>${esc(L.by)}: ${esc(fullName(referrer))}, ${esc(nationalOf(referrer.phone))}, <a href="mailto:${referrerEmail}">${referrerEmail}</a></p>`,
      `<h4>${esc(L.customer)}</h4>`,
      `<ul>${rows.map(([k, v]) => `<li>${esc(k)}: ${esc(v)}</li>`).join('\n')}</ul>`,
      `<p><b>${esc(L.request)}</b></p>`,
      htmlParagraphs(message),
      `<p style="color:#888">${esc(L.commission)}<br>${esc(L.portal)}: ${esc(nationalOf(support))}</p>`,
      '</body></html>',
    ].join('\n');
    return {
      biz,
      mail: {
        headers: baseHeaders(rng, {
          from: `${fullName(referrer)} via PartnerHub <referrals@partnerhub.example>`,
          to: biz.recipient,
          replyTo: `${fullName(referrer)} <${referrerEmail}>`,
          subject: `${L.subject}: ${fullName(c)}`,
          date: d,
          domain: 'partnerhub.example',
        }),
        text,
        html,
      },
      ...givesAll(c, phone, message, [fullName(referrer)]),
    };
  },
};

export const CONVERSATION_LEAD_LAYOUTS: LeadLayout[] = [
  chatTranscript,
  voicemailTranscript,
  callTracking,
  smsGateway,
  whatsappExport,
  inmailMessage,
  directPersonalEmail,
  partnerReferral,
];
