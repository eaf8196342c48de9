/**
 * Whose list it is (issue 8, step 8): a numbered or bulleted list under a lead-in line is either
 * the customer's, typed into their message ("Drei Punkte:" / "1) Wie lange dauert das?" / "2)
 * Termin: ab 15. Juni" / "3) 12 000 EUR, reicht das?"), or the form's own structure (its numbered
 * questions, a list of choices, the business's opening hours). One decision for the readers that
 * meet such a list: the numbered-question reader (`read-fields.ts`), which must not take an item
 * for a question or a field, and the line reader (`label-value.ts`), which must not end the
 * message at the lead-in.
 *
 * What tells them apart is the list's structure, not its wording:
 *  - a form's numbered questions are answered, so an answer stands between any two of them; the
 *    customer's items stand on consecutive lines;
 *  - the customer's items vary in shape (a question, a phrase, an amount, an item with its own
 *    "word:" part), where a form's list holds items of one shape: bare choices ("- Painting", "2)
 *    Bathroom"), its own `Label: value` fields ("1. Name: Jane"), opening hours ("- Sat 9–12");
 *  - the customer's lead-in sits inside their text: it ends a line of prose ("…in Leeds. Points to
 *    clarify:"), has their text (or the message's label) on the line right above it, or their
 *    thanks closes the list ("Merci d'avance."); a form's heading opens a block of its own ("" /
 *    "Our opening hours:") and its list runs on into the form's next line, never a thanks;
 *  - a lead-in above two or more items written as sentences or questions leads into the
 *    customer's own list wherever it stands (a form's choices and hours hold no sentences), and so
 *    does a lead-in written as a sentence of six words or more above items that are not all fields.
 * A lead-in that addresses the customer ("Your details:") or asks them something is the form's.
 *
 * Pure and bounded: one anchored pattern per line, the run read once.
 */
import { FOOTER_LINE, isThanksSentence } from './boilerplate.js';
import { addressesTheCustomer, endsAsSentence } from './open-value.js';

/** A list item: a dash or bullet, or a number or letter closed by "." or ")" ("- …", "• …", "2) …", "b) …"). */
const LIST_ITEM = /^[ \t]*(?:([-–•*])|(\d{1,2}|[a-z])[.)])[ \t]+(\S.*)$/;
/** Letters count after numbers, so "a)" never continues "96)". */
const LETTER_ORDINALS = 1000;

/** A list is at least two items. */
const MIN_LIST_ITEMS = 2;
/** An item written as a field: "Name: Jane", "Termin: ab 15. Juni". */
const FIELD_ITEM = /^[^:：]{1,40}[:：][ \t]*\S/;
/**
 * "…in Leeds. Points to clarify:": the lead-in closes a line of prose; "Message: My questions:": it
 * opens the value of a label on its line.
 */
const BEFORE_LEAD_IN = /[.!?…:：][ \t]+(?=\S)/g;

/** An item's place in its list: its number, or its letter's ("b" → 1002); null for a bullet. */
function ordinalOf(index: string | undefined): number | null {
  if (index === undefined) return null;
  return /\d/.test(index) ? Number(index) : LETTER_ORDINALS + index.charCodeAt(0) - 96;
}

/** The items right under line `index` (one blank line after the lead-in allowed): one kind of marker, numbers or letters counting up by one. */
function listItemsBelow(lines: readonly string[], index: number): string[] {
  let i = index + 1;
  if (!(lines[i] ?? '').trim()) i++;
  const items: string[] = [];
  let marker: string | null = null;
  let number: number | null = null;
  for (; i < lines.length; i++) {
    const m = LIST_ITEM.exec(lines[i] as string);
    if (!m) break;
    const n = ordinalOf(m[2]);
    if (items.length === 0) marker = m[1] ?? null;
    else if (n === null ? m[1] !== marker : number === null || n !== number + 1) break;
    number = n;
    items.push((m[3] as string).trim());
  }
  return items;
}

/** The lead-in's own words: the part of its line after the last sentence or label ("Points to clarify"). */
function leadInWords(line: string): string {
  let start = 0;
  for (const m of line.matchAll(BEFORE_LEAD_IN)) start = (m.index ?? 0) + m[0].length;
  return line
    .slice(start)
    .replace(/[:：]\s*$/, '')
    .trim();
}

/**
 * Whether the line above the lead-in is text of the same paragraph: it holds a letter or a digit,
 * where a blank line, a rendered block's end mark or a rule holds none.
 */
function textAbove(lines: readonly string[], index: number): boolean {
  return /[\p{L}\p{N}]/u.test(lines[index - 1] ?? '');
}

/**
 * An item's shape: a question, a field ("Termin: …"), a figure ("12 000 EUR", "Mon–Fri 8–17") or
 * none of these (a phrase, a bare choice).
 */
function itemShape(item: string): string {
  return `${/[?？]["”»)]?$/u.test(item)}:${FIELD_ITEM.test(item)}:${/\d/.test(item)}`;
}

/** The first line holding text after line `index`. */
function nextTextLine(lines: readonly string[], index: number): string {
  for (let i = index + 1; i < lines.length; i++)
    if (/[\p{L}\p{N}]/u.test(lines[i] as string)) return lines[i] as string;
  return '';
}

/**
 * Whether the items differ in shape, as a customer's do ("…– roughly?", "timing: …", "6,500 GBP");
 * a form writes its list's items alike: bare choices, `Label: value` fields, hours.
 */
function variedItems(items: readonly string[]): boolean {
  return new Set(items.map(itemShape)).size > 1;
}

/** Words of a lead-in written as a sentence ("Nous organisons le repas … et cherchons un traiteur :"). */
const MIN_SENTENCE_LEAD_IN_WORDS = 6;

/** An address or a phone number (seven digits or more): a contact block's item, never the customer's list's. */
const CONTACT_ITEM = /@|\d(?:[ ()./-]?\d){6}/;

/**
 * A lead-in written as a sentence of the customer's, not a form's heading ("Vehicle details:",
 * "Our opening hours:"), above items that are not all `Label: value` fields and hold no address or
 * phone number: it leads into their list even where it opens their text, with nothing above it.
 */
function leadsInAsSentence(words: string, items: readonly string[]): boolean {
  return (
    words.split(/\s+/).length >= MIN_SENTENCE_LEAD_IN_WORDS &&
    !items.every((item) => FIELD_ITEM.test(item)) &&
    !items.some((item) => CONTACT_ITEM.test(item))
  );
}

/**
 * The number of lines the customer's own list under the lead-in at `lines[index]` spans, from the
 * line after the lead-in (a blank line after it included); 0 when the line leads into no list of
 * theirs.
 */
export function ownListBelow(lines: readonly string[], index: number): number {
  const line = (lines[index] ?? '').trim();
  if (!/[:：]$/.test(line)) return 0;
  const words = leadInWords(line);
  if (!words || /[?？]$/.test(words) || addressesTheCustomer(words)) return 0;
  const items = listItemsBelow(lines, index);
  if (items.length < MIN_LIST_ITEMS) return 0;
  const span = items.length + ((lines[index + 1] ?? '').trim() ? 0 : 1);
  if (items.filter(endsAsSentence).length >= MIN_LIST_ITEMS) return span;
  const inText =
    words !== line.replace(/[:：]\s*$/, '').trim() ||
    textAbove(lines, index) ||
    isThanksSentence(nextTextLine(lines, index + span)) ||
    leadsInAsSentence(words, items);
  return inText && variedItems(items) ? span : 0;
}

/**
 * Whether a value ends in a list of two or more items under text of its own (a lead-in, a paragraph
 * of the customer's): "Some details:" / "- About 90 guests." / "- a budget of £4,000", or "Hello, …" /
 * "1. …?" / "2. …?". A rendered block after it may close that list as the customer's text does.
 * Rendered blocks part the items by blank lines, so the list is read on the lines holding text.
 */
export function endsInList(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  let first = lines.length;
  while (first > 0 && LIST_ITEM.test(lines[first - 1] as string)) first--;
  const items = lines.length - first;
  return first > 0 && items >= MIN_LIST_ITEMS && listItemsBelow(lines, first - 1).length === items;
}

/** A closing paragraph is a few lines of the customer's; a longer block under a list is the form's text. */
const MAX_CLOSING_LINES = 4;
/** A relay's next field after a blank line: "Source — Instagram Lead Ads", "Tracking: fb-1209". */
const FIELD_LINE = /^[^:：]{1,40}[:：][ \t]*\S|^[^–—]{1,40}[ \t][–—][ \t]/;

/**
 * The number of lines (the blank line before it included) of the customer's closing paragraph after
 * their list, which ends at line `end`: "1. …?" / "2. …?" / "" / "Our garden is about 14 m long.".
 * It is a few lines written as sentences, up to a blank line or the next bullet of the relay's list;
 * a field ("Source — Meta Lead Ads", "Tracking: …"), the platform's footer or a longer block is no
 * part of it. 0 when none.
 */
export function closingParagraphBelow(lines: readonly string[], end: number): number {
  if ((lines[end] ?? '').trim()) return 0;
  let i = end + 1;
  // The paragraph ends at a blank line or at the next item of the list the field stands in.
  for (; i < lines.length && (lines[i] as string).trim() && !LIST_ITEM.test(lines[i] as string); i++) {
    const line = (lines[i] as string).trim();
    if (i - end > MAX_CLOSING_LINES || FIELD_LINE.test(line) || FOOTER_LINE.test(line)) return 0;
  }
  return i > end + 1 && endsAsSentence(lines[i - 1] as string) ? i - end : 0;
}
