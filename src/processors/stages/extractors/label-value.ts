/**
 * `Label: value` text, the shape most notifications (and our HTML renderer) produce:
 *
 *   Name: Jane Doe            Telefon : 030 1234567        **E-mail:** jane@example.com
 *   Message:                  Nachricht
 *   Hello, I would like…      Hallo, ich hätte gern…
 *
 *   …more paragraphs…
 *
 * A message-like value runs on over lines and blank lines until the next known label, a separator,
 * a signature delimiter or a footer line. Other values are one line (or the next line when the
 * label stands alone). Unknown labels become attribute candidates.
 */
import { BUSINESS_CARD_LINE, FOOTER_LINE, SEPARATOR_LINE, SIGNATURE_DELIMITER } from './boilerplate.js';
import { type LabelDictionary, type LabelHit, MAX_LABEL_CHARS } from './labels.js';

export type { LabelDictionary };
export interface LabeledPair {
  label: string;
  value: string;
  hit: LabelHit | null;
}

export interface LabelValueResult {
  pairs: LabeledPair[];
  /** The text before the first footer line, for fallback address scans. */
  body: string;
}

/** Only this much text is scanned: a notification's fields come first; the rest is quoting or noise. */
export const MAX_SCAN_CHARS = 64 * 1024;
const MAX_PAIRS = 200;

// "Label: value", "Label : value", "**Label:** value", "• Label: value", "Label:\tvalue".
// The label must start with a letter and stay short, so "Note: see https://x" style prose is rare.
const LABEL_LINE = new RegExp(
  `^(?:[>*•·\\-]+\\s*)?(?:\\*\\*|__)?([¿\\p{L}][\\p{L}\\p{M}\\p{N} ._'’()/&+#?*-]{0,${MAX_LABEL_CHARS - 1}}?)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*(.*)$`,
  'u',
);
/** A "Label: value" inside a message whose value is at most this long is a form field, not prose. */
const SHORT_FIELD_CHARS = 30;
/** Questions used as labels ("Quelle est votre adresse e-mail ?") may be this long. */
const MAX_QUESTION_CHARS = 90;
/**
 * Emitted by html.ts after a table row or definition: the value is complete, so a message does
 * not run on into the next block. U+241E (SYMBOL FOR RECORD SEPARATOR) never occurs in mail text.
 */
export const VALUE_END = '\u241e';
/** "--- Label ---", "== Label ==", "### Label": a label by its decoration, known or not. */
const DECORATED_LABEL = /^(?:-{2,}|={2,}|#{1,3})\s*([^-=#].{0,80}?)\s*(?:-{2,}|={2,})?$/u;
const TAB_LINE = /^([\p{L}][^\t]{0,47}?)\t+(.+)$/u;
const URL_START = /^(?:https?|mailto|tel|ftp)$/i;

export function extractLabelValues(input: string, dict: LabelDictionary): LabelValueResult {
  const text = input.length > MAX_SCAN_CHARS ? input.slice(0, MAX_SCAN_CHARS) : input;
  const lines = text.split('\n');
  const pairs: LabeledPair[] = [];
  let cur: LabeledPair | null = null;
  let pendingBlank = 0;
  let bodyEnd = text.length;
  let offset = 0;

  const close = () => {
    if (cur) {
      cur.value = cur.value.trim();
      if (cur.value) pairs.push(cur);
    }
    cur = null;
    pendingBlank = 0;
  };

  for (const rawLine of lines) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/^\s*>+\s?/, '').trim();
    if (pairs.length >= MAX_PAIRS) break;
    if (!line) {
      if (cur && cur.value) pendingBlank++;
      if (cur && !runsOn(cur) && cur.value) close();
      continue;
    }
    if (line === VALUE_END) {
      // A label alone in its block keeps waiting for the value in the next block.
      if (cur?.value) close();
      continue;
    }
    if (FOOTER_LINE.test(line) || SIGNATURE_DELIMITER.test(rawLine.trim()) || BUSINESS_CARD_LINE.test(line)) {
      // Before any field, such lines are intros ("Submitted via your website:"), not footers.
      if (pairs.length === 0 && !cur) continue;
      close();
      bodyEnd = lineStart;
      break;
    }
    if (SEPARATOR_LINE.test(line)) {
      close();
      continue;
    }
    const m = LABEL_LINE.exec(line) ?? TAB_LINE.exec(line);
    if (m && !URL_START.test(m[1] ?? '')) {
      const label = (m[1] ?? '').trim();
      const value = m[2] ?? '';
      const hit = dict.lookup(label);
      // Inside a message a known label, an empty "Label:" or a short "Label: value" field ends it;
      // "PS: if nobody answers, please leave a voicemail" stays in the message.
      const v = value.trim();
      const endsCurrent =
        !cur ||
        !runsOn(cur) ||
        !cur.value ||
        hit !== null ||
        v.length <= SHORT_FIELD_CHARS ||
        /^(?:https?:|www\.)/i.test(v);
      if (endsCurrent) {
        close();
        cur = { label: label.replace(/\*+$/, '').trim(), value, hit };
        if (cur.value && !runsOn(cur)) close();
        continue;
      }
    }
    const decorated = DECORATED_LABEL.exec(line);
    const bare = (decorated?.[1] ?? line).replace(/[*_]+/g, '').trim();
    if ((!cur || !cur.value || runsOn(cur)) && (decorated !== null || isBareLabel(bare, dict))) {
      // A label alone on its line ("Full name" / "Jane Doe"; "What is your name?" / "Ann"),
      // as Facebook, Typeform and stacked HTML layouts do. It also ends a running message.
      close();
      cur = { label: bare, value: '', hit: dict.lookup(bare) };
      continue;
    }
    if (!cur) continue;
    if (!cur.value) {
      cur.value = line;
      if (!runsOn(cur)) close();
      continue;
    }
    if (!isMessage(cur) && pendingBlank > 0) {
      // Unknown fields run on over lines, not over paragraphs.
      close();
      continue;
    }
    cur.value += `${'\n'.repeat(pendingBlank + 1)}${line}`;
    pendingBlank = 0;
  }
  close();
  return { pairs, body: bodyEnd < text.length ? text.slice(0, bodyEnd) : text };
}

/** An exact dictionary label alone on its line, or a short question whose keywords name a field. */
function isBareLabel(line: string, dict: LabelDictionary): boolean {
  if (line.length <= MAX_LABEL_CHARS && dict.isKnownLabel(line)) return true;
  if (!/[?？:：]$/.test(line) || line.length > MAX_QUESTION_CHARS) return false;
  return dict.lookup(line.replace(/^[¿]/, '').replace(/[?？:：]+$/, '').trim().slice(0, MAX_LABEL_CHARS)) !== null;
}

/** Message values run on over lines and paragraphs; unknown fields over lines (prose answers). */
function runsOn(pair: LabeledPair): boolean {
  return pair.hit === null || pair.hit.target === 'message';
}

function isMessage(pair: LabeledPair): boolean {
  return pair.hit?.target === 'message';
}
