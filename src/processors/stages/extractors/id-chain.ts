/**
 * Platform ids chained on one line: an automation tool relaying an ad platform's lead often prints
 * them as a footer ("Lead 8812… · Form 4471… · Campaign “Spring roofs” (2197…) · Ad group 5531… ·
 * Creative 6620…", "Formulaire … | Campagne « … » (…) | Annonce …"). Each segment is a label and
 * an id, the label naming the platform object without the word "id"; the object's quoted name may
 * stand before its bracketed id. A label is read as its "… id" or "id …" form ("Creative" →
 * "creative id", the ad; "Publicité" → "id publicité"), so the dictionaries that type "Ad ID" or
 * "ID du formulaire" also type the chain, and an ad group's, ad set's or account's id stays an
 * unnamed number.
 */
import type { LabelDictionary, LabeledPair, LabelTarget } from './labels.js';

/** Chains are footer lines; a longer line is prose. */
const MAX_CHAIN_LINE_CHARS = 600;
/** Where a footer may sit in a relayed notification. */
const MAX_SCAN_CHARS = 32 * 1024;
/** Fewer than two platform ids on a line is a breadcrumb or a reference, not a chain. */
const MIN_CHAIN_IDS = 2;

/** A middle dot, bullet, bar or slash between spaces. */
const SEPARATOR = /\s[·•|/]\s/;
/**
 * "Campaign “Spring roofs” (219…)", "Lead 8812…", "Form ID: 4471…": a label of words, an optional
 * quoted name, then an id (digits, or letters and digits such as a UUID) alone or in brackets.
 */
const SEGMENT =
  /^([\p{L}][\p{L}\p{M}'’ -]{0,38}?)[ \t]*[:：]?[ \t]*(?:[“"«„‘‹]\s?([^“”"«»„‘’‹›]{1,80}?)\s?[”"»“’›][ \t]*)?\(?#?([A-Za-z0-9][A-Za-z0-9_:.-]{3,79})\)?$/u;
const HAS_DIGIT = /\d/;

/** What the chain's ids and names may fill: the platform's own identifiers. */
const ID_TARGETS: ReadonlySet<LabelTarget> = new Set(['adId', 'formId', 'campaignId', 'platformLeadId']);
const NAME_TARGETS: ReadonlySet<LabelTarget> = new Set(['campaign', 'formName']);

/** The ids (and quoted names) of the first line that chains at least two platform ids. */
export function idChainPairs(text: string, dict: LabelDictionary): LabeledPair[] {
  for (const line of text.slice(0, MAX_SCAN_CHARS).split('\n')) {
    if (line.length > MAX_CHAIN_LINE_CHARS || !SEPARATOR.test(line)) continue;
    const pairs = line.split(SEPARATOR).flatMap((segment) => segmentPairs(segment.trim(), dict));
    if (pairs.filter((p) => p.hit && ID_TARGETS.has(p.hit.target)).length >= MIN_CHAIN_IDS) return pairs;
  }
  return [];
}

function segmentPairs(segment: string, dict: LabelDictionary): LabeledPair[] {
  const m = SEGMENT.exec(segment);
  const [, rawLabel = '', name, id = ''] = m ?? [];
  const label = rawLabel.trim();
  if (!m || !label || !HAS_DIGIT.test(id)) return [];
  // "Publicité 7777…" reads as "ID publicité", as French and Spanish labels put the id first.
  const idHit = [dict.lookup(label), dict.lookup(`${label} id`), dict.lookup(`id ${label}`)].find(
    (h) => h && ID_TARGETS.has(h.target),
  );
  if (!idHit) return [];
  const out: LabeledPair[] = [{ label, value: id, hit: idHit }];
  const nameHit = name ? dict.lookup(label) : null;
  if (name && nameHit && NAME_TARGETS.has(nameHit.target))
    out.push({ label, value: name.trim(), hit: nameHit });
  return out;
}
