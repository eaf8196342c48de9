/**
 * Values printed above their caption (Microsoft Advertising's lead alerts, dashboards, cards):
 *
 *   <div>Jane Doe</div><div class="caption">Name</div>
 *   <div>jane@example.com</div><div class="caption">Email</div>
 *
 * The HTML renderer (html.ts) writes each block as its own line closed by VALUE_END, so the line
 * reader would take each caption as the label of the value *below* it: every field shifted by one.
 * This pass finds runs of one-line blocks alternating value, caption, value, caption… and rewrites
 * them as `Caption: value` lines. A label-above form looks the same once a heading stands before it,
 * so the order is decided by the values whose shape is certain: an address or a phone number must
 * stand above its "Email"/"Phone" caption, and none may stand below one.
 */
import { VALUE_END } from './label-value.js';

/** A caption is a short label; the value above it is one line. */
const MAX_CAPTION_CHARS = 60;
/** Fewer pairs than this are a card's heading and subtitle, not a field layout. */
const MIN_PAIRS = 3;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i;
const PHONE = /^\+?[\d\s()./-]{7,24}$/;

/** What a caption's label types as ('email', 'phone', …), null when it is no field label. */
export type LabelTarget = (text: string) => string | null;

/** One-line block: a text line directly followed by VALUE_END. */
interface Block {
  at: number;
  text: string;
}

/** The rendered lines with every caption-below run rewritten as `Caption: value` lines. */
export function rewriteCaptionsBelow(input: readonly string[], labelTarget: LabelTarget): string[] {
  if (input.length < MIN_PAIRS * 2) return [...input];
  // The first run is only read caption-below on an address or number standing right above an
  // "Email"/"Phone" caption of its own shape (orderShown): without one nothing is rewritten, so most
  // documents skip the caption lookups of every line.
  if (!hasShapedPair(input, labelTarget)) return [...input];
  const lines = splitStackedPairs(input, labelTarget);
  const out: string[] = [];
  let found = false;
  // Once one run has shown the order, the template's later runs (the ad details under the contact)
  // follow it without an address or number of their own.
  let shown = false;
  let i = 0;
  while (i < lines.length) {
    const run = blockRun(lines, i);
    const pairs = run.length >= (shown ? 4 : MIN_PAIRS * 2) ? captionPairs(run, labelTarget, shown) : null;
    if (pairs) {
      shown = true;
      found = true;
      // Lines before the first pair (a heading) and after the last stay as they are.
      const first = pairs[0]?.[0].at ?? i;
      out.push(...lines.slice(i, first));
      for (const [value, caption] of pairs) out.push(`${caption.text}: ${value.text}`, VALUE_END);
      const last = pairs[pairs.length - 1]?.[1].at ?? i;
      i = last + 2;
      continue;
    }
    const next = run.length > 0 ? (run[run.length - 1] as Block).at + 2 : i + 1;
    out.push(...lines.slice(i, next));
    i = next;
  }
  // Without a caption-below run, the blocks split by splitStackedPairs stay as rendered.
  return found ? out : [...input];
}

/**
 * A value and its caption in one block ("<td>Jane Doe<br><small>Name</small></td>", a cell of
 * two <div>s, or a row of such cells): each value/caption line pair becomes a block of its own,
 * so both shapes are read as one.
 */
function splitStackedPairs(lines: readonly string[], labelTarget: LabelTarget): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = (end: boolean) => {
    const pairs = block.length >= 2 && block.length % 2 === 0;
    if (pairs && block.every((l, k) => (k % 2 === 1) === isCaption(l, labelTarget)))
      for (const l of block) out.push(l, VALUE_END);
    else {
      out.push(...block);
      if (end) out.push(VALUE_END);
    }
    block = [];
  };
  for (const line of lines) {
    if (line === VALUE_END) flush(true);
    else block.push(line);
  }
  flush(false);
  return out;
}

/** The consecutive one-line blocks starting at line `i` (empty when line `i` starts none). */
function blockRun(lines: readonly string[], i: number): Block[] {
  const run: Block[] = [];
  for (let j = i; j + 1 < lines.length; j += 2) {
    const text = lines[j] as string;
    if (text === VALUE_END || lines[j + 1] !== VALUE_END) break;
    run.push({ at: j, text });
  }
  return run;
}

/**
 * The first stretch of (value, caption) pairs in a run that reads caption-below, or null: pairs
 * whose second block is a field label and whose first is not, with shape evidence for the order
 * and none against it. Both alignments are tried (a heading of one or more lines may stand
 * above); each maximal stretch is judged once, so the scan is linear in the run.
 */
function captionPairs(
  run: readonly Block[],
  labelTarget: LabelTarget,
  shown: boolean,
): Array<[Block, Block]> | null {
  const caption = run.map((b) => isCaption(b.text, labelTarget));
  // In a layout already read caption-below, a caption the lexicon does not know ("Account
  // number") is still one when it looks like a label.
  const captionAt = (k: number) => caption[k] || (shown && CAPTION_WORDS.test((run[k] as Block).text));
  const pairAt = (k: number) => k + 1 < run.length && captionAt(k + 1) && !caption[k];
  let best: Array<[Block, Block]> | null = null;
  for (const offset of [0, 1]) {
    let k = offset;
    while (k + 1 < run.length) {
      if (!pairAt(k)) {
        k += 2;
        continue;
      }
      const pairs: Array<[Block, Block]> = [];
      for (; pairAt(k); k += 2) pairs.push([run[k] as Block, run[k + 1] as Block]);
      const enough = pairs.length >= (shown ? 2 : MIN_PAIRS) && orderShown(pairs, run[k], labelTarget, shown);
      if (enough && (!best || startOf(pairs) < startOf(best))) best = pairs;
      if (enough) break;
    }
  }
  return best;
}

const startOf = (pairs: ReadonlyArray<[Block, Block]>) => (pairs[0] as [Block, Block])[0].at;

/**
 * An email address or a phone number alone: always a value, never a caption or a label, whatever
 * word the lexicon finds in it ("…@mail.example", "…@correo.example" would type as an email label).
 */
export function isAddressOrNumber(text: string): boolean {
  const value = text.trim();
  return EMAIL.test(value) || PHONE.test(value);
}

function isCaption(text: string, labelTarget: LabelTarget): boolean {
  return (
    text.length <= MAX_CAPTION_CHARS &&
    !/[:：]/.test(text) &&
    !isAddressOrNumber(text) &&
    labelTarget(text) !== null
  );
}
/** A label-like caption: one to five words of letters, no digits or sentence punctuation. */
const CAPTION_WORDS = /^\p{L}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,4}$/u;

/**
 * Whether the shapes say caption-below: some address or number stands right above its own caption
 * (or an earlier run showed the order), and none right below one (the label-above reading).
 */
function orderShown(
  pairs: ReadonlyArray<[Block, Block]>,
  after: Block | undefined,
  labelTarget: LabelTarget,
  shown: boolean,
) {
  let above = shown ? 1 : 0;
  for (let p = 0; p < pairs.length; p++) {
    const [value, caption] = pairs[p] as [Block, Block];
    const shape = SHAPES[labelTarget(caption.text) ?? ''];
    if (!shape) continue;
    const below = p + 1 < pairs.length ? (pairs[p + 1] as [Block, Block])[0] : after;
    // A number under a "Phone" caption may be the next field's (an account number): only a
    // shape that fits below and not above speaks for labels above their values.
    const fitsAbove = shape.test(value.text.trim());
    const fitsBelow = below !== undefined && shape.test(below.text.trim());
    if (fitsBelow && !fitsAbove) return false;
    if (fitsAbove && !fitsBelow) above++;
  }
  return above > 0;
}
const SHAPES: Record<string, RegExp> = { email: EMAIL, phone: PHONE };

/**
 * Whether some line is an address or a number whose next line (across at most one VALUE_END, as
 * blockRun pairs them once splitStackedPairs has split stacked blocks) is a caption of that shape's
 * kind: what orderShown needs before any run can be read caption-below.
 */
function hasShapedPair(lines: readonly string[], labelTarget: LabelTarget): boolean {
  for (let j = 0; j + 1 < lines.length; j++) {
    const text = (lines[j] as string).trim();
    if (!EMAIL.test(text) && !PHONE.test(text)) continue;
    const next = lines[j + 1] === VALUE_END ? lines[j + 2] : lines[j + 1];
    if (next === undefined || next === VALUE_END) continue;
    if (SHAPES[labelTarget(next) ?? '']?.test(text)) return true;
  }
  return false;
}
