/**
 * An unlabelled contact block, as listing portals and CRMs print the customer, and as shops print
 * a billing address card:
 *
 *   Sarah Nguyen                 Anna Whitfield
 *   sarah.nguyen@example.com     14 Marlowe Road
 *   (503) 555-0134               Bristol BS6 5QT
 *                                United Kingdom
 *                                07700 900123
 *
 * Anchored either on the customer's email, found by scanning the body (no label named it): the
 * other lines of the paragraph holding that email are the customer's name, phone and country; or,
 * for a customer who left no email, on a heading that names the customer or their billing address
 * ("Customer", "Kunde", "Billing address", "Adresse de facturation") with the card on the lines
 * below it. Only that one paragraph is read, so the business's footer or signature is never taken
 * for the customer. The name is the name line nearest above the email that opens with a known given
 * name, else the nearest (under a heading: the first above the phone); a line naming a country is the card's country (which tells how to read a
 * national number), never its name.
 */
import { cleanName } from '../normalise-names.js';
import { regionOfCountry } from '../normalise-phone.js';
import { isKnownGivenName } from '../redact-given-names.js';

/** A card is a few lines: a paragraph longer than this is prose or a list, not one person's card. */
const MAX_CARD_LINES = 8;
/** A phone line holds only phone characters, and 7..15 digits (ITU-T E.164 allows at most 15). */
const PHONE_LINE = /^\+?[\d\s().\-/]{7,24}$/u;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
/** 2..4 capitalised words of letters (with hyphens, apostrophes, dots): "Sarah Nguyen", "J. O'Neil-Smith". */
const NAME_LINE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;
const MAX_NAME_CHARS = 60;

export interface ContactBlock {
  fullName: string | null;
  phone: string | null;
  /** The card's country line as written ("United Kingdom", "Deutschland"), or null. */
  country: string | null;
}

const NOTHING: ContactBlock = { fullName: null, phone: null, country: null };

export function contactBlockAround(body: string, email: string): ContactBlock {
  const lines = body.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.toLowerCase() === email);
  if (at === -1) return NOTHING;
  // The paragraph's lines nearest the email first: a number beside the address is the customer's,
  // one further up may be the notice's reference; the name stands above the email (one below it
  // is another card's, or a signature's).
  const above: string[] = [];
  const below: string[] = [];
  for (let d = 1; d <= MAX_CARD_LINES && lines[at - d]; d++) above.push(lines[at - d] as string);
  for (let d = 1; d <= MAX_CARD_LINES && lines[at + d]; d++) below.push(lines[at + d] as string);
  const nearestFirst: string[] = [];
  for (let d = 0; d < Math.max(above.length, below.length); d++) {
    if (above[d]) nearestFirst.push(above[d] as string);
    if (below[d]) nearestFirst.push(below[d] as string);
  }
  const phone = nearestFirst.find(isPhoneLine) ?? null;
  // A card's town ("Buenos Aires", "Bad Homburg") reads like a name: one opening with a known given
  // name is preferred to the nearest.
  const names = above.flatMap((l) => {
    const name = nameOfLine(l);
    return name && !regionOfCountry(name) ? [name] : [];
  });
  const fullName = names.find((l) => isKnownGivenName(l.split(' ')[0] as string)) ?? names[0] ?? null;
  const country = nearestFirst.find((l) => !isPhoneLine(l) && regionOfCountry(l)) ?? null;
  return { fullName, phone, country };
}

/** What separates a participant's name from their address on one line: spaces, a dash, a colon, a bar. */
const BEFORE_ADDRESS = /[\s\-–—:|,·•<(]+$/u;

/**
 * The name on the customer's address line, before the address: a booking's participant list or a
 * role table prints one person a line ("Anna Roth Kundin   anna.roth@…", "Luc Martin (Titulaire) -
 * luc.martin@…"), their role badge glued to the name. Only a name opening with a known given
 * name: a line's other words before an address ("Reply to", "Email Jane at") are no person.
 */
export function nameBesideEmail(body: string, email: string): string | null {
  for (const line of body.split('\n')) {
    const at = line.toLowerCase().indexOf(email);
    if (at <= 0) continue;
    const name = nameOfLine(line.slice(0, at).replace(BEFORE_ADDRESS, '').trim());
    return name && isKnownGivenName(name.split(' ')[0] as string) ? name : null;
  }
  return null;
}

/**
 * A heading over the customer's details, alone on its line. "Contact" and "Kontakt" alone are not
 * among them: footers put the business's own details under those. A billing address is the
 * customer's own; a delivery address may be someone they send a gift to, so it is not among them.
 */
const CUSTOMER_HEADING =
  /^(?:(?:the |your )?(?:customer|client|enquirer|requester)(?:'s)?(?: (?:details|information|info|contact(?: details)?))?|contact details of the customer|(?:billing|invoice|invoicing) (?:address|details)|bill to|kunde|kundin|kundendaten|kontaktdaten (?:des kunden|der kundin)|auftraggeber(?:in)?|anfragende[rn]?|rechnungs(?:adresse|anschrift|empfänger(?:in)?)|coordonnées(?: du client| de la cliente)?|adresse de facturation|facturer à|client|cliente|datos (?:del cliente|de la cliente|de contacto del cliente)|direcci[oó]n de facturaci[oó]n|datos de facturaci[oó]n|solicitante)[ \t]*:?$/iu;

/** The card under a customer heading (see the file's comment); nothing when it holds no number. */
export function contactBlockUnderHeading(body: string): ContactBlock {
  const lines = body.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.length <= 40 && CUSTOMER_HEADING.test(l));
  if (at === -1) return NOTHING;
  const card: string[] = [];
  for (let i = at + 1; lines[i] && card.length < MAX_CARD_LINES; i++) card.push(lines[i] as string);
  const block = readCard(card);
  return block.phone ? block : NOTHING;
}

/** A card read top-down: its first name line above the phone, the phone and the country line. */
function readCard(lines: readonly string[]): ContactBlock {
  const phoneAt = lines.findIndex(isPhoneLine);
  const phone = phoneAt >= 0 ? (lines[phoneAt] as string) : null;
  const aboveThePhone = phoneAt >= 0 ? lines.slice(0, phoneAt) : lines;
  const fullName =
    aboveThePhone.map(nameOfLine).find((name) => name !== null && !regionOfCountry(name)) ?? null;
  const country = lines.find((l) => !isPhoneLine(l) && regionOfCountry(l)) ?? null;
  return { fullName, phone, country };
}

function isPhoneLine(line: string): boolean {
  if (!PHONE_LINE.test(line)) return false;
  const digits = line.replace(/\D/g, '').length;
  return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
}

/**
 * The name a line holds, without the role badge a participant list prints after it ("Jane Doe -
 * Client", "Luc Martin (Titulaire)"); null when the line is no name.
 */
function nameOfLine(line: string): string | null {
  if (line.length > MAX_NAME_CHARS) return null;
  const name = cleanName(line);
  return name && NAME_LINE.test(name) ? name : null;
}
