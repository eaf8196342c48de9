/**
 * Marketplace relays: a platform passes a buyer's message on to the business under the buyer's
 * first name ("Megan via Tradelo", "Jonas W. über Kiezly", "Claire par Voisinio", "Lucía de
 * Barriox") with a masked reply address, then the contact details the buyer chose to share, safety
 * tips and the platform's legal footer. The display name gives only the given name; the buyer signs
 * their own text with the full name. Their text runs over paragraphs, which the unlabelled-prose
 * fallback cut to one.
 */
import { FOOTER_LINE, SALUTATION_LINE } from './extractors/boilerplate.js';
import { VALUE_END, VALUE_LINE } from './extractors/label-value.js';
import { inCustomerVoice, opensInPlatformVoice } from './extractors/voice.js';
import { withoutGreeting } from './message.js';
import { isPlausibleName } from './normalise-names.js';
import type { Address } from './parse.js';
import { isKnownGivenName } from './redact-given-names.js';
import { displayName, domainOf, isPlatformReplyTo } from './resolve-parties.js';
import { isProse } from './type-fields.js';

/**
 * "<person> via <platform>" in the four languages. Greedy on the person so that the last connector
 * is the platform's ("Ana de la Cruz de Barriox"); both parts are bounded, so this stays linear.
 */
const RELAYED_NAME =
  /^(\S.{0,59})\s+(?:via|vía|über|par|de|von|through|por|a través de|à travers)\s+(\S.{0,39})$/iu;
const MAX_PERSON_WORDS = 4;
/** How much of the body is scanned: a relay's buyer text and card come well before this. */
const MAX_RELAY_CHARS = 8_000;
const MAX_HEADING_CHARS = 40;
/**
 * A contact line ("Phone: 07700 …", "Correo: ana@…"): the details the buyer shared, after their
 * text. Other colon lines are the buyer's own ("Budget: about 500 €", "PS: …").
 */
const CONTACT_LINE = /^[^:\n]{1,40}:[ \t]*(?:\+?[\d(][\d \t()./-]{5,}|[^\s@]+@[^\s@]+)[ \t]*$/;
/** A phone number written in digits with spaces, dots, dashes or brackets. */
const PHONE_RUN = /\+?\d[\d \t()./-]{5,22}\d/;

/** Letters only, lower case, accents dropped: "Le Bon Coin" and "leboncoin.fr" compare alike. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export interface RelayedBuyer {
  /** The buyer's own text between the platform's intro and its safety tips, greeting and sign-off dropped. */
  message: string | null;
  /** The full name the buyer signs or is shown with, else the display name's given name. */
  name: string;
  /** A number on the line that gives the full name: the card the buyer shared ("Megan Holt · 07700 …"). */
  phone: string | null;
}

/**
 * The person a relay's display name names, when its platform part is the sending domain's name
 * ("Megan via Tradelo" <notifications@tradelo.example>) and replies go to a masked address the
 * platform forwards (a token, or its own domain: "m-4k9q2xw7pz@reply.tradelo.example"). A person's own "Ana de la Cruz" is no
 * relay, nor is a form tool's "Jane Doe via Formspree" whose Reply-To is Jane's own address.
 */
export function relayedPerson(from: Address | null, replyTo: readonly Address[]): string | null {
  if (!from?.name) return null;
  const m = RELAYED_NAME.exec(from.name.trim());
  if (!m) return null;
  const platform = fold(m[2] ?? '');
  const domain = fold(domainOf(from.address));
  if (platform.length < 3 || !domain.includes(platform)) return null;
  const masked = (r: Address) => isPlatformReplyTo(r, from) || fold(domainOf(r.address)).includes(platform);
  if (!replyTo.some(masked)) return null;
  const person = displayName((m[1] ?? '').trim());
  if (!person || person.split(/\s+/).length > MAX_PERSON_WORDS) return null;
  return person;
}

/** The buyer's text and name in a relay from `from`, or null when it is no relay. */
export function relayedBuyer(
  from: Address | null,
  replyTo: readonly Address[],
  body: string,
  subject: string,
): RelayedBuyer | null {
  const person = relayedPerson(from, replyTo);
  if (!person) return null;
  const given = person.split(/\s+/)[0] as string;
  let blocks = blocksOf(body.slice(0, MAX_RELAY_CHARS));
  let span = buyerSpan(blocks, given);
  // No paragraph of the buyer's alone: the template printed intro, text and card as lines of one
  // block (table rows without spacing), so its lines are read as the paragraphs.
  if (!span) {
    blocks = blocks.flatMap((b) => b.split('\n'));
    span = buyerSpan(blocks, given);
  }
  const text = span ? blocks.slice(span.start, span.end).join('\n\n') : null;
  // The greeting goes; the sign-off is cut with the buyer's name once it is known
  // (`stripTrailingSignature`); a letter's sign-off rule (any salutation above a few short lines) is
  // broader than a relayed text needs.
  const message = text ? withoutGreeting(text) : null;
  const texts = [...blocks, subject];
  // A name on a line of its own (the sign-off) is surer than one a line goes on after.
  const signed = fullNameIn(texts, person, true) ?? fullNameIn(texts, person, false);
  const phone = signed ? (PHONE_RUN.exec(signed.line)?.[0] ?? null) : null;
  return { message, name: signed?.name ?? person, phone };
}

/** "Jane D.", "Lukas M": a given name and the surname's initial, as platform cards show a sender. */
const INITIAL_ONLY = /^\p{Lu}[\p{L}\p{M}'’-]+ \p{Lu}\.?$/u;

/**
 * A name the fields gave short, completed from the full name the same notification gives
 * elsewhere: a platform card's "Jane D." (the surname found must start with the initial), or a
 * given name alone under "First name" / "Prénom" / "Vorname" while the customer's sign-off, a card
 * heading or the display name of their own address gives "Sophie Lambert". A lone word is
 * completed only when it is a known given name (a surname or a nickname is left as it is), and
 * only from a line that is the full name alone, before a line the name goes on from. `notTheirs`
 * says whose full names never complete it (the business's staff). Without one the name stays.
 */
export function completeName(
  name: string,
  texts: readonly string[],
  notTheirs: (fullName: string) => boolean,
): string {
  if (!INITIAL_ONLY.test(name) && !(!/\s/.test(name) && isKnownGivenName(name))) return name;
  const found = (fullNameIn(texts, name, true) ?? fullNameIn(texts, name, false))?.name;
  return found && !notTheirs(found) ? found : name;
}

/** Paragraphs: blank lines in text, block ends in rendered HTML. */
function blocksOf(body: string): string[] {
  return body
    .replaceAll(VALUE_LINE, '\n')
    .split('\n')
    .map((l) => (l.trim() === VALUE_END ? '' : l.replaceAll(VALUE_END, '')))
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/**
 * Where the buyer speaks: from their greeting or first paragraph in their voice, after the
 * platform's intro ("Megan sent you a message about your listing…:"), to the paragraph the
 * platform speaks again — its heading ("Stay safe on Tradelo"), a line about the buyer in the third
 * person ("Contact details Megan chose to share:"), a reply line or the footer. The buyer's sign-off
 * is included: it is cut with their name afterwards.
 */
function buyerSpan(blocks: readonly string[], given: string): { start: number; end: number } | null {
  const start = blocks.findIndex(
    (b) => !isPlatforms(b, given) && (greets(b) || (isProse('', b) && inCustomerVoice(b))),
  );
  if (start < 0) return null;
  let end = start + 1;
  while (end < blocks.length) {
    const b = blocks[end] as string;
    if (SALUTATION_LINE.test(firstLine(b))) {
      // The closing with the name under it (the next line when lines are read as paragraphs), so
      // that the sign-off is cut with the name; a closing with nothing under it stays.
      end += !b.includes('\n') && (blocks[end + 1]?.length ?? Infinity) <= MAX_HEADING_CHARS ? 2 : 1;
      break;
    }
    if (isPlatforms(b, given)) break;
    end++;
  }
  return { start, end };
}

const firstLine = (block: string) => (block.split('\n', 1)[0] ?? '').trim();

const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|sehr geehrte\p{L}*|liebe\p{L}?|moin|bonjour|bonsoir|salut|madame|monsieur|hola|buen[oa]s (?:d[ií]as|tardes|noches)|estimad[oa]s?)(?![\p{L}])/iu;
const greets = (block: string) => GREETING.test(firstLine(block));

/**
 * A paragraph the platform writes: its intro or a line about the buyer naming them ("Megan sent
 * you…", "Kontaktdaten, die Jonas…", "Coordonnées partagées par Claire :"), a heading, a footer
 * line, the notification's voice, or a contact line ("Phone: …").
 */
function isPlatforms(block: string, given: string): boolean {
  const line = firstLine(block);
  // "…whether you have a slot on the 28th?" is the buyer asking, not the platform speaking.
  if (FOOTER_LINE.test(line) || (opensInPlatformVoice(block) && !inCustomerVoice(line))) return true;
  // The platform names the buyer in the third person; the buyer naming themselves speaks as "I".
  if (findWord(line, given, 0) >= 0 && !greets(block) && !inCustomerVoice(line)) return true;
  if (CONTACT_LINE.test(line)) return true;
  return (
    line.length <= MAX_HEADING_CHARS &&
    !/[.,;!?:)]$/.test(line) &&
    !inCustomerVoice(line) &&
    !block.includes('\n')
  );
}

/**
 * "Megan Holt" where the line goes on: after a sign-off on the same line ("Thanks, Megan Holt"),
 * before a card's separator or number ("Megan Holt · 07700 …"), or as the subject of the
 * platform's sentence ("Megan Holt sent you a message"). Up to three capitalised words after the
 * given name, particles allowed ("Lucía de la Fuente"), then the line's end, punctuation, a
 * separator, a digit or a lower-case word.
 */
const SURNAME_AFTER =
  /^((?:[ \t]+(?:(?:von|van|der|den|de|del|la|le|du|des|da|di|y)[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]+){1,3})(?=[ \t]*(?:$|[,;.:!?·|•–—(/]|[-+\d]|\p{Ll}))/u;
/** Capitalised words that follow a given name in German prose and are no surname ("Jonas Ihnen"). */
const NOT_SURNAME = /^(?:sie|ihnen|ihr|ihre[mnrs]?|euch|uns|usted|vous|you)$/i;

/**
 * The buyer's full name: the given name followed by a surname in their sign-off, on the shared
 * card or in the subject, consistent with an initial the display name gives ("Jonas W." → "Jonas
 * Wagner"). Else the display name's person as it stands.
 */
function fullNameIn(
  texts: readonly string[],
  person: string,
  wholeLine: boolean,
): { name: string; line: string } | null {
  const words = person.split(/\s+/);
  const given = words[0] as string;
  const initial = words[1]?.replace(/\.$/, '');
  for (const text of texts)
    for (const line of text.split('\n')) {
      let from = 0;
      for (let at = findWord(line, given, from); at >= 0; at = findWord(line, given, from)) {
        from = at + given.length;
        const m = SURNAME_AFTER.exec(line.slice(from));
        if (!m) continue;
        const name = `${line.slice(at, from)}${m[1]}`.replace(/\s+/g, ' ').trim();
        if (wholeLine && line.trim().replace(/[,.]$/, '') !== name) continue;
        const surname = name.split(' ')[1] as string;
        if (name.split(' ').some((w) => NOT_SURNAME.test(w))) continue;
        if (initial && initial.length === 1 && !surname.startsWith(initial)) continue;
        if (isPlausibleName(name) && displayName(name)) return { name, line };
      }
    }
  return null;
}

/** Index of `word` as a whole word of `line` from `from` (letters around it end it; `\b` is ASCII-only). */
function findWord(line: string, word: string, from: number): number {
  const lower = line.toLowerCase();
  const w = word.toLowerCase();
  for (let at = lower.indexOf(w, from); at >= 0; at = lower.indexOf(w, at + 1)) {
    const before = line[at - 1] ?? ' ';
    const after = line[at + w.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}
