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
