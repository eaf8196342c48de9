/**
 * Platform ids stated in a sentence: a relay or an agency often summarises the platform's record
 * in prose instead of fields ("Pinterest lead 5412… came in from ad 6872… in campaign 'Spring
 * refresh' (form 33019)", "TikTok-Lead Nr. 7301… aus Anzeige 1789… der Kampagne „Frühjahrsputz“",
 * "lead n° 4410… issu de l'annonce 9918… de la campagne « Rentrée »", "Lead n.º 6620… del anuncio
 * 4412… de la campaña «Verano»"). Each id follows the word for the platform's object it identifies,
 * perhaps with a number marker ("Nr.", "n°", "n.º", "#", "ID") or the object's quoted name between
 * them; a quoted name alone after "campaign" is the campaign's name.
 *
 * Guards: only the four objects' words count (an order, invoice or ticket number is none of them);
 * an id needs a digit and four characters, is no year and no part of a spaced number (a phone, a
 * postcode); a line must state at least two ids, so a single "ad 12345" in a sentence is not read;
 * the customer's own words are never read (the caller passes them to skip).
 */

import type { LabelDictionary, LabeledPair } from './labels.js';

/** The labels the stated ids are typed under: the dictionary's own, so typing stays in one place. */
const OBJECT_LABEL = {
  lead: 'Lead ID',
  ad: 'Ad ID',
  campaign: 'Campaign ID',
  form: 'Form ID',
} as const;
type PlatformObject = keyof typeof OBJECT_LABEL;

/** The platform's objects as the four languages name them in prose (lower case, no accents). */
const OBJECT_WORDS: ReadonlyMap<string, PlatformObject> = new Map([
  ...['lead', 'prospect', 'prospecto', 'interessent', 'interessenten'].map((w) => [w, 'lead'] as const),
  ...['ad', 'advert', 'creative', 'anzeige', 'werbeanzeige', 'annonce', 'publicite', 'anuncio'].map(
    (w) => [w, 'ad'] as const,
  ),
  ...['campaign', 'kampagne', 'campagne', 'campana'].map((w) => [w, 'campaign'] as const),
  ...['form', 'leadform', 'formular', 'leadformular', 'formulaire', 'formulario'].map(
    (w) => [w, 'form'] as const,
  ),
]);

/** Parts of a compound word that are a marker, not the object: "Kampagnen-ID", "Lead-Nr.". */
const MARKER_PART = /^(?:id|nr|nummer|no|num)$/;
/** Lines longer than this are paragraphs of prose, not a summary; where a summary may sit. */
const MAX_LINE_CHARS = 600;
const MAX_SCAN_CHARS = 32 * 1024;
const MIN_STATED_IDS = 2;

/**
 * An object's word (a compound with "-ID" or a brand's "TikTok-" prefix included), a number marker,
 * a quoted name, an opening bracket, then the id: letters, digits, `_`, `:` or `-` with a digit,
 * four characters or more, not glued to a word and not followed by more digits after a space or a
 * decimal mark (a phone's or a price's part). One forward pass over the line; every part is
 * bounded or delimited, so a failed attempt ends at the next space.
 */
const STATED_ID =
  /(?<![\p{L}\p{N}])([\p{L}][\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)\.?[ \t]*(?:(?:#|[nN][°º]|[nN]\.[ºo°]|[nN]os?\.|[nN]r\.|[nN]ummer|[nN]umber|[nN]uméro|[nN]úmero|[iI][dD])[ \t]*)?[:：]?[ \t]*(?:[“"«„‘‹][^“”"«»„‘’‹›\n]{1,80}[”"»“’›][ \t]*)?[(#]?[ \t]*#?((?=[A-Za-z_:-]{0,79}\d)[A-Za-z0-9][A-Za-z0-9_:-]{3,79})(?![\p{L}\p{N}_:-]|[ \t]?\d|[.,]\d)/gu;
const HAS_DIGIT = /\d/;
/** A cheap screen before the pass: a line where no object's word starts ("ad", "Kampagne") states no id. */
const OBJECT_WORD_START =
  /\b(?:lead|prospect|interessent|ad|advert|creative|anzeige|werbeanzeige|annonce|publicit|anuncio|campaign|kampagne|campagne|campa|form|leadform)/i;
const YEAR = /^(?:19|20)\d\d$/;
/** "campaign 'Spring refresh'", "Kampagne „Frühjahrsputz“", "campagne « Rentrée »": a quoted name. */
const QUOTED_NAME =
  /(?<![\p{L}])([\p{L}][\p{L}\p{M}]*)[ \t]+['"“„«‘‹][ \t]?([^'"“”„«»‘’‹›\n]{1,80}?)[ \t]?['"”“»’›]/gu;

/**
 * The ids (and a campaign's quoted name) of the lines that state two or more platform ids, in
 * `text` outside the lines of `customerText`.
 */
export function statedIdPairs(
  text: string,
  dict: LabelDictionary,
  customerText: string | null,
): LabeledPair[] {
  const own = new Set((customerText ?? '').split('\n').map((l) => l.trim()));
  const pairs: LabeledPair[] = [];
  for (const raw of text.slice(0, MAX_SCAN_CHARS).split('\n')) {
    const line = raw.trim();
    if (line.length > MAX_LINE_CHARS || !HAS_DIGIT.test(line) || !OBJECT_WORD_START.test(line)) continue;
    if (own.has(line) || !mayStateIds(line)) continue;
    const ids = idsOn(line);
    if (ids.length < MIN_STATED_IDS) continue;
    for (const [object, id] of ids) pairs.push(pair(OBJECT_LABEL[object], id, dict));
    for (const m of line.matchAll(QUOTED_NAME))
      if (objectOf(m[1] as string) === 'campaign')
        pairs.push(pair('Campaign', (m[2] as string).trim(), dict));
  }
  return pairs;
}

/**
 * Whether `line` holds MIN_STATED_IDS runs shaped like an id (STATED_ID's id group, read greedily):
 * each stated id is such a run, ending where the run of id characters ends. The test is a plain scan,
 * where STATED_ID tries a word and what follows it at every word of the line.
 */
function mayStateIds(line: string): boolean {
  ID_RUN.lastIndex = 0;
  let n = 0;
  while (ID_RUN.test(line)) if (++n >= MIN_STATED_IDS) return true;
  return false;
}
const ID_RUN = /(?=[A-Za-z_:-]{0,79}\d)[A-Za-z0-9][A-Za-z0-9_:-]{3,79}/g;

function idsOn(line: string): [PlatformObject, string][] {
  const ids: [PlatformObject, string][] = [];
  for (const m of line.matchAll(STATED_ID)) {
    const object = objectOf(m[1] as string);
    const id = m[2] as string;
    if (object && !YEAR.test(id)) ids.push([object, id]);
  }
  return ids;
}

/** "Lead" → lead; "Kampagnen-ID" → campaign; "TikTok-Lead" → lead; "order" → null. */
function objectOf(word: string): PlatformObject | null {
  const parts = foldWord(word)
    .split('-')
    .filter((p) => p && !MARKER_PART.test(p));
  const last = parts.at(-1) ?? '';
  return OBJECT_WORDS.get(last) ?? OBJECT_WORDS.get(last.replace(/n$/, '')) ?? null;
}

/**
 * Lower case without accents ("Campaña" → "campana"): cheaper than a label's full key, as every
 * word before a number is looked up.
 */
const foldWord = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function pair(label: string, value: string, dict: LabelDictionary): LabeledPair {
  return { label, value, hit: dict.lookup(label) };
}
