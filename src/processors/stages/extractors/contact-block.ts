/**
 * An unlabelled contact block, as listing portals and CRMs print the customer:
 *
 *   Sarah Nguyen
 *   sarah.nguyen@example.com
 *   (503) 555-0134
 *
 * Anchored either on the customer's email, found by scanning the body (no label named it): the
 * lines of the same paragraph next to that email are the customer's name and phone; or, for a
 * customer who left no email, on a heading that names the customer ("Customer", "Kunde",
 * "Coordonnées du client", "Datos del cliente") with the name and number on the lines below it.
 * Lines further away are not read, so the business's footer or signature is never taken for the
 * customer.
 */

/** How many lines before and after the email's line belong to the block. */
const BLOCK_RADIUS_LINES = 2;
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
}

export function contactBlockAround(body: string, email: string): ContactBlock {
  const lines = body.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.toLowerCase() === email);
  if (at === -1) return { fullName: null, phone: null };
  let fullName: string | null = null;
  let phone: string | null = null;
  for (const step of [-1, 1]) {
    for (let d = 1; d <= BLOCK_RADIUS_LINES; d++) {
      const line = lines[at + step * d];
      if (!line) break; // a blank line (or the text's edge) ends the paragraph
      if (!phone && PHONE_LINE.test(line)) {
        const digits = line.replace(/\D/g, '').length;
        if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) phone = line;
      } else if (!fullName && step === -1 && line.length <= MAX_NAME_CHARS && NAME_LINE.test(line)) {
        fullName = line;
      }
    }
  }
  return { fullName, phone };
}

/**
 * A heading over the customer's details, alone on its line. "Contact" and "Kontakt" alone are not
 * among them: footers put the business's own details under those.
 */
const CUSTOMER_HEADING =
  /^(?:(?:the |your )?(?:customer|client|enquirer|requester)(?:'s)?(?: (?:details|information|info|contact(?: details)?))?|contact details of the customer|kunde|kundin|kundendaten|kontaktdaten (?:des kunden|der kundin)|auftraggeber(?:in)?|anfragende[rn]?|coordonnées(?: du client| de la cliente)?|client|cliente|datos (?:del cliente|de la cliente|de contacto del cliente)|solicitante)[ \t]*:?$/iu;
/** Lines under the heading that belong to its block. */
const UNDER_HEADING_LINES = 4;

/** The name and number under a customer heading (see the file's comment); both null when none. */
export function contactBlockUnderHeading(body: string): ContactBlock {
  const lines = body.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.length <= 40 && CUSTOMER_HEADING.test(l));
  if (at === -1) return { fullName: null, phone: null };
  let fullName: string | null = null;
  let phone: string | null = null;
  for (let d = 1; d <= UNDER_HEADING_LINES; d++) {
    const line = lines[at + d];
    if (!line) break;
    if (!phone && PHONE_LINE.test(line)) {
      const digits = line.replace(/\D/g, '').length;
      if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) phone = line;
    } else if (!fullName && !phone && line.length <= MAX_NAME_CHARS && NAME_LINE.test(line)) {
      fullName = line;
    }
  }
  return phone ? { fullName, phone } : { fullName: null, phone: null };
}
