/**
 * A `tel:` link and the text shown for it. The link's number is taken when the text shows no number
 * ("Call now") or the same number written nationally ("087 765 4321" for `tel:+353877654321`): the
 * link carries the country code the national form lacks. A different number shown is kept, the
 * link may be a template's default.
 */
export function telLinkNumber(shown: string, target: string): string {
  const shownDigits = shown.replace(/\D/g, '');
  if (shownDigits.length < MIN_SHOWN_DIGITS) return target;
  const national = shownDigits.replace(/^0+/, '');
  const international = /^\s*\+/.test(target) && target.replace(/\D/g, '').endsWith(national);
  return international && national.length >= MIN_SHOWN_DIGITS ? target : shown;
}
/** Fewer digits than this is a call to action or an extension, not a number. */
const MIN_SHOWN_DIGITS = 6;

/**
 * The number a `tel:` URI's body names, as written in a text part: percent-encoded separators
 * decoded ("+33%206%2012…" → "+33 6 12…"), an `;ext=` parameter kept as an extension and any
 * other parameter (`;phone-context=…`) dropped.
 */
export function telUriNumber(uri: string): string {
  let number = uri;
  if (number.includes('%')) {
    try {
      number = decodeURIComponent(number);
    } catch {
      // A stray "%" is not an escape: the digits are still there.
    }
  }
  const [main = '', ...params] = number.split(';');
  const ext = params.map((p) => /^ext=(\d{1,7})$/i.exec(p.trim())?.[1]).find(Boolean);
  return ext ? `${main.trim()} ext. ${ext}` : main.trim();
}
