/**
 * Fields written on one line, each `label: value`, between pipes: a relay tool's or a CRM's
 * one-line summary ("full_name: Chloe Martin | email: chloe@… | phone_number: +44 …", or keys and
 * values taking turns: "full_name | Chloe Martin | email | chloe@…"), often
 * behind a lead-in ("Lead: …", "IDs: ad_id: … | form_id: …"). Read as written, none of them is the
 * message: the line reader would take the whole line as the value of its first label.
 */
import type { LabelDictionary } from './labels.js';
import { isMachineKey } from './machine-key.js';

/** One `label: value` segment; the label is a word or a machine key ("phone_number", "contact.mobile"). */
const PIPED_FIELD = /^([\p{L}_][\p{L}\p{M}\p{N} _.'’/()#-]{0,40}?)[ \t]*[:：=][ \t]*(\S.*)$/u;
const PIPE = /[ \t]*[|¦][ \t]*/;
/** Fewer fields than this on the line are a value holding a pipe, not a summary. */
const MIN_FIELDS = 2;

/**
 * The fields of a line of piped `label: value` segments, or null. Every segment must be a field
 * whose label the lexicon types or is a machine key, none of them but the last the message's: a
 * customer's sentence with a pipe and a colon stays text. A lead-in before the first field
 * ("Lead:") is dropped.
 */
export function pipedFieldsAt(line: string, dict: LabelDictionary): Array<[string, string]> | null {
  const segments = line.trim().split(PIPE);
  if (segments.length < MIN_FIELDS) return null;
  return labelledSegments(segments, dict) ?? alternatingSegments(segments, dict);
}

function labelledSegments(
  segments: readonly string[],
  dict: LabelDictionary,
): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  for (const [k, segment] of segments.entries()) {
    if (!segment && k === segments.length - 1) break;
    let field = PIPED_FIELD.exec(segment);
    // "Lead: full_name: Chloe Martin": the first segment carries the line's lead-in.
    const inner = k === 0 && field ? PIPED_FIELD.exec(field[2] as string) : null;
    if (inner && isKnown(inner[1] as string, dict)) field = inner;
    if (!field) return null;
    const label = (field[1] as string).trim();
    if (SENTENCE_MARK.test(label) || !isKnown(label, dict)) return null;
    // "Message: two options | open plan": the customer's text holds the pipes, not a summary.
    if (dict.lookup(label)?.target === 'message' && k < segments.length - 1) return null;
    out.push([label, (field[2] as string).trim()]);
  }
  return out.length >= MIN_FIELDS ? out : null;
}
/** A label holds no sentence's end ("plan en L. Budget : 12 000 €" is prose). */
const SENTENCE_MARK = /[.!?…]\s/;

/**
 * "full_name | Rocío Sánchez | email | rocio@… | phone_number | +34 …": keys and values taking
 * turns on one line. Every key must be a label the lexicon types or a machine key, and no value
 * one, so a table's header or value row (or a sentence with pipes) is never read this way.
 */
function alternatingSegments(
  segments: readonly string[],
  dict: LabelDictionary,
): Array<[string, string]> | null {
  if (segments.length < 2 * MIN_FIELDS || segments.length % 2 !== 0) return null;
  const out: Array<[string, string]> = [];
  for (let k = 0; k < segments.length; k += 2) {
    const label = segments[k] as string;
    const value = segments[k + 1] as string;
    if (!value || label.length > MAX_KEY_CHARS || !isKnown(label, dict)) return null;
    // A header row ("full_name|email|phone_number|zip_code") has keys where values would be.
    if (isMachineKey(value) || dict.isKnownLabel(value)) return null;
    out.push([label, value]);
  }
  return out;
}
/** A key is a short word or identifier. */
const MAX_KEY_CHARS = 40;

function isKnown(label: string, dict: LabelDictionary): boolean {
  return dict.lookup(label) !== null || isMachineKey(label);
}
