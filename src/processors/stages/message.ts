/**
 * Message stage: the customer's own words. A labelled message is cut by the field reader at the
 * next field label, a listing heading, a staff block or platform boilerplate; here are the
 * fallbacks: the longest unlabelled prose answer, and the body of a personal email before any
 * quoted reply and signature.
 */
import { withoutClosingContact } from './closing-contact.js';
import {
  CONSENT_SENTENCE,
  closingLinesEnd,
  FOOTER_LINE,
  FORM_INSTRUCTION,
  FORM_LEGAL_TEXT,
  isThanksSentence,
  SALUTATION_LINE,
  signOffCut,
  writesOnAfterClosing,
} from './extractors/boilerplate.js';
import { VALUE_END } from './extractors/label-value.js';
import { inCustomerVoice, isHandoverNote, opensInPlatformVoice, speaksAsWriter } from './extractors/voice.js';
import { withoutMailFooter } from './mail-footer.js';
import { isKnownGivenName } from './redact-given-names.js';
import { ATTRIBUTION } from './segment.js';
import { isProse, withoutQuotes } from './type-fields.js';

/**
 * The longest unlabelled paragraph written in sentences: the answer to an unlabelled question.
 * One in the customer's voice (first person, a greeting, a question, quotation marks) beats a
 * listing's or platform's description ("Piso en calle Mayor 5, Madrid - 950 €/mes").
 */
function longestProse(blocks: readonly string[]): string | null {
  let best: string | null = null;
  let bestVoiced = false;
  for (const block of blocks) {
    const b = withoutMessageHead(withoutPrompt(block));
    if (!b || !isProse('', b)) continue;
    const voiced = inCustomerVoice(b);
    if (!best || (voiced && !bestVoiced) || (voiced === bestVoiced && b.length > best.length)) {
      best = b;
      bestVoiced = voiced;
    }
  }
  return best;
}

/**
 * The unlabelled message: the longest prose between fields, or the enquirer's words printed above
 * the fields, as portals do ("Carmen has sent you a message about …" / "Hola, me gustaría
 * saber…" / "Contact details") — of those only a paragraph in the customer's voice, never the
 * platform's own intro ("You have a new enquiry").
 */
export function unlabelledMessage(between: readonly string[], leading: readonly string[]): string | null {
  const prose = longestProse([
    ...between,
    ...leading.filter((b) => inCustomerVoice(b) && !opensInPlatformVoice(b)),
  ]);
  return prose && withoutQuotes(prose);
}

/**
 * The customer's prose after the last field, under a heading nobody knows ("What the couple wrote"),
 * when the only message field held a choice: the first paragraph in their voice, before the
 * platform's footer and help line.
 */
export function trailingMessage(blocks: readonly string[]): string | null {
  for (const block of blocks) {
    const b = withoutPrompt(block);
    if (FOOTER_LINE.test(b) || opensInPlatformVoice(b)) return null;
    if (isProse('', b) && inCustomerVoice(b)) return withoutQuotes(b);
  }
  return null;
}

/**
 * Whether the text below a form's fields is signed by someone who sent the email and is not the
 * lead: an agency's account manager or a colleague passing the lead on ("Best regards, / Jess
 * Moore / Account Manager") writes their own closing lines under it ("We are still optimising the
 * campaign. Let us know if you need anything else."). Then none of it is the customer's message.
 * A sign-off line is the sender's whole display name or its first word, alone on its line.
 */
export function signedBySender(blocks: readonly string[], senderNames: readonly string[]): boolean {
  const names = new Set(
    senderNames.flatMap((n) => {
      const name = n.trim().toLowerCase();
      const first = name.split(/\s+/, 1)[0] ?? '';
      return first.length >= MIN_SIGN_OFF_NAME_CHARS ? [name, first] : [name];
    }),
  );
  if (names.size === 0) return false;
  return blocks.some((b) =>
    b.split('\n').some((line) => names.has(line.replace(SIGN_OFF_MARKS, '').trim().toLowerCase())),
  );
}
/** A first name shorter than this ("Al") might be any word on a line of its own. */
const MIN_SIGN_OFF_NAME_CHARS = 3;
/** A sign-off's dash or trailing comma ("– Jess", "Jess,"). */
const SIGN_OFF_MARKS = /^[-–—\s]+|[,.\s]+$/g;

/**
 * The customer's text printed after a form's fields with no label above it (a relay's or an
 * agency's fields, then what the customer wrote): the paragraph `trailingMessage` reads, when the
 * writer is its subject ("Bonjour, je souhaite…", "Necesito reformar…"). A footer's address or a
 * platform line after the fields is prose too, but nobody speaks in it; the form's consent clause
 * speaks in the first person but is the form's.
 */
export function writtenBelowFields(blocks: readonly string[]): string | null {
  const text = trailingMessage(blocks);
  return text && speaksAsWriter(text) && !isFormsOwnClause(text) ? text : null;
}

/** The form's consent or legal clause, in the first person too ("Ich willige ein, dass …"). */
const isFormsOwnClause = (text: string) => CONSENT_SENTENCE.test(text) || FORM_LEGAL_TEXT.test(text);

/**
 * The answer printed under the tool's prompt after the last field ("Please share anything that will
 * help prepare for our meeting." / the invitee's words): the prompt says whose text follows.
 */
export function promptedAnswer(blocks: readonly string[]): string | null {
  for (const [i, block] of blocks.entries()) {
    const nl = block.indexOf('\n');
    if (nl > 0 && isPromptLine(block.slice(0, nl)) && block.slice(nl + 1).trim())
      return block.slice(nl + 1).trim();
    // The prompt in a paragraph of its own (an HTML block): the answer is the next paragraph.
    const next = blocks[i + 1];
    if (nl < 0 && isPromptLine(block) && next && !FOOTER_LINE.test(next)) return next.trim();
  }
  return null;
}

/**
 * A notification without fields that relays what someone wrote (a network's "sent you a message"
 * alert, the address in their text): their paragraphs, from the first in their voice up to the
 * platform's next line ("Reply", "View profile") — not its heading or the sender's job title.
 */
export function relayedMessage(body: string): string | null {
  const blocks = body
    .split(/\n[ \t]*\n/)
    .map((b) => withoutMessageHead(b.trim()))
    .filter((b): b is string => !!b);
  const theirs = (b: string) => inCustomerVoice(b) && !opensInPlatformVoice(b) && !FOOTER_LINE.test(b);
  const start = blocks.findIndex((b) => isProse('', b) && theirs(b));
  if (start < 0) return null;
  let end = start + 1;
  while (end < blocks.length && theirs(blocks[end] as string)) end++;
  return blocks.slice(start, end).join('\n\n');
}

/**
 * The customer's text without the note it was handed on with: a colleague's or agency's lines
 * above it ("Hi team," / "another lead from Pinterest below, please call within 24h" / "Thanks,
 * Laura"), kept with the text when the note and the lead share a paragraph. Only the head is
 * read: a greeting there stays unless a handover line follows it, so "Hello," to the business
 * stays the customer's. The form's own instruction to the visitor ("Escribe aquí tu consulta")
 * heads no text of theirs either. A message that is the note or the instruction alone is none.
 */
export function withoutMessageHead(message: string): string | null {
  const lines = message.split('\n');
  const next = (from: number) => {
    let i = from;
    while (i < lines.length && !lines[i]?.trim()) i++;
    return i;
  };
  const notTheirs = (line: string) => isHandoverNote(line) || FORM_INSTRUCTION.test(line.trim());
  let at = next(0);
  const afterGreeting = next(at + 1);
  if (isGreetingLine(lines[at] ?? '') && isHandoverNote(lines[afterGreeting] ?? '')) at = afterGreeting;
  if (!notTheirs(lines[at] ?? '')) return message;
  at = next(at + 1);
  while (at < lines.length && notTheirs(lines[at] as string)) at = next(at + 1);
  // The note's own sign-off under it ("Thanks," / "Laura").
  if (SALUTATION_LINE.test((lines[at] ?? '').trim())) {
    at = next(at + 1);
    if (NAME_ONLY_LINE.test((lines[at] ?? '').trim())) at = next(at + 1);
  }
  const rest = lines.slice(at).join('\n').trim();
  return rest || null;
}

/**
 * The customer's closing thanks in a paragraph of its own after their text ("…fuit depuis ce
 * matin." / "" / "Merci d'avance pour votre retour."): it is their last sentence, but it speaks in
 * no first person and asks nothing, so the readers that follow a message over paragraphs only
 * while the customer speaks (labelled values, relayed texts, text below the fields) stop before
 * it. Taken when it stands right after the message's last line in the body, alone in its
 * paragraph or above a sign-off.
 */
export function withClosingThanks(message: string, body: string): string {
  const last = message.trimEnd().split('\n').at(-1)?.trim() ?? '';
  if (!last || isThanksSentence(last)) return message;
  const at = body.indexOf(last);
  if (at < 0) return message;
  const [rest = '', ...after] = body.slice(at + last.length).split('\n');
  if (rest.trim()) return message;
  const isBreak = (l: string | undefined) => l === undefined || !l.trim() || l.trim() === VALUE_END;
  let i = 0;
  while (i < after.length && isBreak(after[i])) i++;
  const thanks = after[i];
  if (thanks === undefined || !isThanksSentence(thanks)) return message;
  const below = after[i + 1];
  if (!isBreak(below) && !SALUTATION_LINE.test((below ?? '').trim())) return message;
  return `${message.trimEnd()}${i > 0 ? '\n\n' : '\n'}${thanks.trim()}`;
}

/** A prompt addressed to the customer ("Please share anything that will help…") before the answer. */
const PROMPT_LINE =
  /^(?:please|kindly|bitte|merci de|veuillez|por favor)\b|\b(?:share|tell us|let us know|teilen sie|erzählen sie|partagez|dites-nous|comparte|cuéntanos|cuéntenos|indique)\b/i;

/** A heading over the text ("Persönliche Nachricht", "What the couple wrote"): short, unpunctuated, not theirs. */
const MAX_HEADING_CHARS = 40;

function isHeadingLine(line: string): boolean {
  return line.length <= MAX_HEADING_CHARS && !/[.,;:!?]\s*$/.test(line) && !inCustomerVoice(line);
}

const isPromptLine = (line: string) => PROMPT_LINE.test(line) && /[.:?]\s*$/.test(line);

function withoutPrompt(block: string): string {
  const nl = block.indexOf('\n');
  if (nl < 0) return block;
  const first = block.slice(0, nl);
  return isPromptLine(first) || isHeadingLine(first.trim()) ? block.slice(nl + 1) : block;
}

/** Share of a body's lines that must be quoted for the quotation to be the body itself. */
const QUOTED_BODY_SHARE = 0.8;

/**
 * A personal email's own text: before any quoted reply, quote markers and value marks dropped. A
 * body that is all quotation (a forward whose inner email Gmail or Apple Mail put in a
 * <blockquote>) is the email itself: its markers go, its lines stay.
 */
export function personalText(body: string): string | null {
  let text = body;
  const q = ATTRIBUTION.exec(text);
  if (q) {
    const above = text.slice(0, q.index);
    text = above.trim() ? above : belowQuote(text.slice(q.index + q[0].length));
  }
  const isQuote = (l: string) => /^\s*>/.test(l);
  const written = text.split('\n').filter((l) => l.trim() && l.trim() !== VALUE_END);
  const allQuoted =
    written.length > 0 && written.filter(isQuote).length >= written.length * QUOTED_BODY_SHARE;
  const lines = (
    allQuoted ? text.split('\n').map((l) => l.replace(/^\s*>+\s?/, '')) : text.split('\n')
  ).filter((l) => !isQuote(l) && l.trim() !== VALUE_END);
  const out = lines.join('\n').trim();
  // A lone salutation ("Thanks,") is not a message.
  return out && !SALUTATION_LINE.test(out) ? out : null;
}

/**
 * A bottom-posted reply's own text: the writer answered below the quoted mail (the business's
 * newsletter or quote), so their words start after the run of "> " lines and end at the next
 * quote. Nothing when the attribution heads no quote at all.
 */
function belowQuote(afterAttribution: string): string {
  const lines = afterAttribution.split('\n');
  const isQuote = (l: string) => /^\s*>/.test(l);
  // An HTML body's block ends count as blank lines (the attribution is a block of its own).
  const isBlank = (l: string) => !l.trim() || l.trim() === VALUE_END;
  let start = 0;
  while (start < lines.length && isBlank(lines[start] ?? '')) start++;
  if (!isQuote(lines[start] ?? '')) return '';
  while (start < lines.length && (isQuote(lines[start] ?? '') || isBlank(lines[start] ?? ''))) start++;
  let end = start;
  while (end < lines.length && !isQuote(lines[end] ?? '')) end++;
  return lines.slice(start, end).join('\n');
}

/**
 * The customer's own words in a personal email: its text as written (greeting included, a
 * business reads it as a letter) without the legal footer and the sign-off block.
 */
export function freeTextMessage(text: string): string {
  return withoutGreeting(
    withoutClosingContact(
      withoutContactLines(
        withoutSignatureName(withoutSignOff(withoutMailFooter(withoutFooterParagraph(text)))),
      ),
    ),
  );
}

/** One to three capitalised words, initials allowed: "Anna", "Anna W.", "Jean-Luc Picard". */
const NAME_ONLY_LINE = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * A letter signed with the writer's name alone, with no closing formula above it ("…Thank you in
 * advance!" / "" / "Anna"): the last paragraph, a name opening with a known given name, is the
 * signature, not the customer's text.
 */
function withoutSignatureName(text: string): string {
  const paragraphs = text.trimEnd().split(/\n[ \t]*\n/);
  const last = (paragraphs[paragraphs.length - 1] ?? '').trim();
  if (paragraphs.length < 2 || !NAME_ONLY_LINE.test(last)) return text;
  if (!isKnownGivenName(last.split(/[ \t]/)[0] as string)) return text;
  return paragraphs.slice(0, -1).join('\n\n').trimEnd();
}

/**
 * A last paragraph of footer lines only: the mail app's ("Enviado desde mi iPhone", "Von meinem
 * iPhone gesendet") under a letter with no sign-off to cut it with.
 */
function withoutFooterParagraph(text: string): string {
  const paragraphs = text.trimEnd().split(/\n[ \t]*\n/);
  const last = (paragraphs[paragraphs.length - 1] ?? '').split('\n').filter((l) => l.trim());
  if (paragraphs.length < 2 || !last.every((l) => FOOTER_LINE.test(l.trim()))) return text;
  return paragraphs.slice(0, -1).join('\n\n').trimEnd();
}

/** "Mon portable : 06 98 76 54 32", "Direct: +44 161 …", "E-Mail: …": a number or address given on its own line. */
const CONTACT_LINE = /^[^:\n]{1,30}:[ \t]*(?:\+?[\d(][\d \t()./-]{5,}|[^\s@]+@[^\s@]+)[ \t]*$/;

/** The contact lines a letter ends with are how to reach the writer, not what they ask. */
function withoutContactLines(text: string): string {
  const lines = text.trimEnd().split('\n');
  while (lines.length > 1 && CONTACT_LINE.test((lines[lines.length - 1] as string).trim())) lines.pop();
  return lines.join('\n').trimEnd();
}

/** A letter's greeting alone on its first line ("Hi Mark,", "Sehr geehrte Frau Lang,", "Hola:", "Madame, Monsieur,"). */
const GREETING_LINE =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)|sehr geehrte\p{L}*|liebe\p{L}?|moin|servus|bonjour|bonsoir|salut|ch[eè]re?s?|madame|monsieur|messieurs|mesdames|hola|buenas|buen[oa]s (?:d[ií]as|tardes|noches)|estimad[oa]s?|querid[oa]s?)(?:,?[ \t]+[\p{L}.'’-]+){0,5}[ \t]*[,!:]?$/iu;

/** A line that is only a letter's greeting ("Hi Mark,", "Hola Pilar:"). */
export function isGreetingLine(line: string): boolean {
  return GREETING_LINE.test(line.trim());
}

/**
 * The message of a personal email is the prose between greeting and sign-off: the greeting line is
 * how the letter opens, not what the customer asks.
 */
export function withoutGreeting(text: string): string {
  const nl = text.indexOf('\n');
  if (nl < 0 || !GREETING_LINE.test(text.slice(0, nl).trim())) return text;
  const rest = text.slice(nl + 1).trim();
  return rest || text;
}

/**
 * A letter printed below a header block of fields (a faxed cover sheet's To / From / Tel. lines, a
 * memo): greeting, prose, sign-off. The prose between greeting and sign-off is the message; a text
 * without both ends is no letter (a gateway's footer, a disclaimer).
 */
export function letterBelowFields(blocks: readonly string[]): string | null {
  const start = blocks.findIndex((b) => GREETING_LINE.test(firstLine(b)));
  if (start < 0) return null;
  const opening = withoutGreeting(blocks[start] as string);
  const prose = opening === blocks[start] ? [] : [opening];
  for (const block of blocks.slice(start + 1)) {
    if (SALUTATION_LINE.test(firstLine(block))) return prose.length > 0 ? prose.join('\n\n') : null;
    prose.push(block);
  }
  return null;
}

function firstLine(block: string): string {
  return block.trim().split('\n', 1)[0]?.trim() ?? '';
}

/**
 * Lines after a closing salutation that are still the sender's signature: a company signature
 * runs to name, job title, department, company, two address lines and its contact lines (direct,
 * mobile, switchboard, fax, email, website, social links).
 */
const MAX_SIGNATURE_LINES = 14;
const MAX_SIGNATURE_LINE_CHARS = 80;

/**
 * A personal email's closing ("Viele Grüße / Lukas Hoffmann / 0176 …") is its signature, not part
 * of the message: the name and phone are fields of their own. A thanks sentence above it stays
 * (`signOffCut`), and a closing line the writer goes on writing under is no sign-off.
 */
function withoutSignOff(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!SALUTATION_LINE.test(line)) continue;
    const rest = lines.slice(Math.max(i + 1, closingLinesEnd(lines, i))).filter((l) => l.trim());
    if (rest.length > 0 && writesOnAfterClosing(rest[0] as string)) continue;
    if (rest.length <= MAX_SIGNATURE_LINES && rest.every((l) => l.trim().length <= MAX_SIGNATURE_LINE_CHARS))
      return signOffCut(lines, i);
  }
  return withoutClosingAndName(text);
}

/** A closing of one to five words ended by a comma ("Avec toute ma gratitude,"), whatever its wording. */
const CLOSING_COMMA_LINE = /^\p{L}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,4},$/u;
/** Lines a signature may still hold under the writer's name: phone, address, email. */
const MAX_LINES_UNDER_NAME = 3;

/**
 * A last paragraph that opens with a comma-ended closing line and then the writer's name is the
 * sign-off, in any wording the formula list lacks: a letter's closing is a short phrase ended by a
 * comma above the name in every language served.
 */
function withoutClosingAndName(text: string): string {
  const paragraphs = text.trimEnd().split(/\n[ \t]*\n/);
  if (paragraphs.length < 2) return text;
  const last = (paragraphs[paragraphs.length - 1] as string).split('\n').map((l) => l.trim());
  const [closing = '', name = '', ...under] = last;
  if (!CLOSING_COMMA_LINE.test(closing) || !NAME_ONLY_LINE.test(name)) return text;
  // One word under a comma line may be the text's own ("…for the borders,\nRoses"); a name is two words or a known given name.
  if (!/[ \t]/.test(name) && !isKnownGivenName(name)) return text;
  if (under.length > MAX_LINES_UNDER_NAME || under.some((l) => l.length > MAX_SIGNATURE_LINE_CHARS))
    return text;
  return paragraphs.slice(0, -1).join('\n\n').trimEnd();
}
