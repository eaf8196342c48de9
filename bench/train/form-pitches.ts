/**
 * Seeded pitches and spam typed INTO a business's own contact form, for training the triage model:
 * the notification is genuine (a known form system, proper field labels, the spammer's own name,
 * email and phone in the fields), so only the message says it is not a customer. Half are
 * rendered by the synthetic corpus's form systems (Contact Form 7, Elementor, Wix, HubSpot,
 * Typeform…), half as a plain "Name/Email/Website/Message" table whose website is the sender's.
 * The messages use cold-pitches.ts's sales wording plus the spam kinds below, written for this
 * repository and kept apart from the pitch-text model's own texts (pitch-texts.ts). Labelled spam.
 * Message i depends only on (seed, i).
 */
import { buildMessage } from '../../src/corpus/generate.js';
import type { Language } from '../../src/corpus/people.js';
import type { Rng } from '../../src/corpus/prng.js';
import type { LeadData } from '../../src/corpus/templates/common.js';
import { FORM_TEMPLATES } from '../../src/corpus/templates/forms.js';
import { WORDS } from './cold-pitches.js';
import { seededMessage } from './seeded.js';

/** Spam kinds a contact form delivers besides sales pitches. `{site}` is the spammer's link. */
const FORM_SPAM: Record<Language, readonly string[]> = {
  en: [
    'Hello, I see your site could use more traffic. We place sponsored articles with dofollow links on news sites, $30 per link. Details: {site}',
    'Congratulations, your company qualifies for a government-backed funding program up to $500k. Apply in 2 minutes at {site}',
    'NOTICE: images on your website infringe our client’s copyright. Review the claim at {site} within 3 days to avoid a lawsuit.',
    'Need more 5-star Google reviews? Real accounts, safe, from $5 each. Order: {site}',
    'Earn passive income with automated crypto trading, 35% monthly returns. Register free: {site}',
    'We develop custom mobile apps for startups at offshore rates, hourly from $18. Portfolio: {site}',
    'Website traffic that converts! 10,000 targeted visitors for only $49. {site}',
  ],
  de: [
    'Hallo, wir platzieren Gastartikel mit Dofollow-Links auf Nachrichtenportalen, 30 € pro Link. Infos: {site}',
    'Ihr Betrieb erfüllt die Voraussetzungen für eine Förderung bis 500.000 €. Jetzt in 2 Minuten beantragen: {site}',
    'ABMAHNUNG: Bilder auf Ihrer Website verletzen Urheberrechte unseres Mandanten. Details unter {site} innerhalb von 3 Tagen.',
    'Mehr 5-Sterne-Bewertungen bei Google? Echte Konten, ab 5 € pro Stück: {site}',
    'Passives Einkommen mit automatisiertem Krypto-Handel, 35 % Rendite im Monat: {site}',
  ],
  fr: [
    'Bonjour, nous publions des articles sponsorisés avec liens dofollow sur des sites d’actualité, 30 € le lien. Infos : {site}',
    'Votre entreprise est éligible à une aide au financement jusqu’à 500 000 €. Demande en 2 minutes : {site}',
    'AVIS : des images de votre site violent les droits d’auteur de notre client. Consultez la réclamation sur {site} sous 3 jours.',
    'Plus d’avis 5 étoiles sur Google ? Comptes réels, dès 5 € l’avis : {site}',
    'Revenus passifs grâce au trading crypto automatisé, 35 % par mois : {site}',
  ],
  es: [
    'Hola, publicamos artículos patrocinados con enlaces dofollow en periódicos digitales, 30 € por enlace. Info: {site}',
    'Su empresa cumple los requisitos para una ayuda de financiación de hasta 500.000 €. Solicítela en 2 minutos: {site}',
    'AVISO: imágenes de su web infringen los derechos de autor de nuestro cliente. Consulte la reclamación en {site} en 3 días.',
    '¿Más reseñas de 5 estrellas en Google? Cuentas reales, desde 5 € cada una: {site}',
    'Ingresos pasivos con trading automático de criptomonedas, 35 % al mes: {site}',
  ],
};

const TABLE_LABELS: Record<Language, [string, string, string, string, string]> = {
  en: ['Name', 'Email', 'Phone', 'Website', 'Message'],
  de: ['Name', 'E-Mail', 'Telefon', 'Webseite', 'Nachricht'],
  fr: ['Nom', 'E-mail', 'Téléphone', 'Site web', 'Message'],
  es: ['Nombre', 'Correo electrónico', 'Teléfono', 'Sitio web', 'Mensaje'],
};
const TABLE_SUBJECT: Record<Language, string> = {
  en: 'New contact form submission',
  de: 'Neue Nachricht über das Kontaktformular',
  fr: 'Nouveau message via le formulaire de contact',
  es: 'Nuevo mensaje del formulario de contacto',
};

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A pitch or spam message in the sender's voice, as typed into a form. */
function formPitchMessage(rng: Rng, lang: Language, business: string, phone: string, site: string): string {
  if (rng.chance(0.35)) return rng.pick(FORM_SPAM[lang]).replace('{site}', site);
  const w = WORDS[lang];
  // As short as customers' messages often are: one or two sentences.
  const parts = rng.chance(0.3) ? [rng.pick(w.openers)] : [];
  parts.push(rng.pick(w.offers));
  if (rng.chance(0.2)) parts.push(rng.pick(w.asks));
  if (rng.chance(0.4)) parts.push(site);
  if (rng.chance(0.15)) parts.push(rng.pick(w.optOuts));
  return parts
    .join(rng.chance(0.5) ? ' ' : '\n')
    .replace('{business}', business)
    .replace('{sender}', '')
    .replace('{phone}', phone);
}

/** `count` raw form notifications carrying a pitch; message i depends only on (seed, i). */
export function* formPitches(count: number, seed: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) {
    const { rng, business, lang, person } = seededMessage(seed, 4_000_037, i);
    const company = rng.pick(WORDS[lang].companies);
    const domain = `${company.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
    const site = `https://www.${domain}/${rng.pick(['offer', 'audit', 'start', 'claim', ''])}`;
    const spammer = { ...person, email: `${person.email.slice(0, person.email.indexOf('@'))}@${domain}` };
    const message = formPitchMessage(rng, lang, business.name, person.phoneRaw, site);
    if (i % 2 === 0) {
      const template = rng.weighted(FORM_TEMPLATES);
      const d: LeadData = {
        business,
        lang,
        person: spammer,
        nameInBody: true,
        splitName: false,
        emailInBody: true,
        phoneInBody: rng.chance(0.5),
        replyToCustomer: !template.requires?.noReplyTo && rng.chance(0.3),
        replyToName: true,
        message,
      };
      yield buildMessage(template.render(d, rng), business, rng, { attachRandom: false }).raw;
      continue;
    }
    const [n, e, p, ws, m] = TABLE_LABELS[lang];
    const rows: [string, string][] = [
      [n, person.full],
      [e, spammer.email],
    ];
    if (rng.chance(0.5)) rows.push([p, person.phoneRaw]);
    if (rng.chance(0.7)) rows.push([ws, `https://www.${domain}`]);
    rows.push([m, message]);
    const html = `<html><body><table>${rows.map(([k, v]) => `<tr><td><b>${esc(k)}</b></td><td>${esc(v).replace(/\n/g, '<br>')}</td></tr>`).join('')}</table></body></html>`;
    const head = [
      `From: ${business.name} <wordpress@${business.domain}>`,
      `To: leads+${business.id}@inbound.example`,
      `Subject: ${TABLE_SUBJECT[lang]}`,
      `Message-ID: <formpitch-${seed}-${i}@${business.domain}>`,
      'Date: Thu, 12 Nov 2026 09:05:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
    ];
    yield Buffer.from(`${head.join('\r\n')}\r\n\r\n${html}\r\n`, 'utf8');
  }
}
