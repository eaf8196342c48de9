/**
 * The triage model: two logistic regressions over the same small feature vector, trained by
 * bench/train/train-triage.ts (seeded, reproducible) and committed as triage-model.json.
 *  - `lead`: how likely the email is a lead at all (lead notifications and direct enquiries vs
 *    spam, personal and list mail);
 *  - `spam`: how likely it is unsolicited bulk mail;
 *  - `formPitch`: how likely a lead-shaped email (a form notification, an enquiry) carries a
 *    seller's pitch or spam instead of a customer's request; trained on leads vs pitches typed
 *    into forms only, so it never has to explain mail that is not lead-shaped.
 * Features are signals and extraction evidence, not word lists learned from the training mail, so
 * the model cannot memorise one corpus's vocabulary. Inference is a dot product.
 */
import type { FormContentSignals } from './form-content.js';
import model from './triage-model.json' with { type: 'json' };
import type { TriageSignals } from './triage-signals.js';

/** What extraction found, reduced to the few facts triage weighs. */
export interface ExtractionEvidence {
  /** A profile other than the generic fallback matched. */
  specificProfile: boolean;
  /** The email or phone came from form fields, ADF or JSON (not from headers or a body scan). */
  labelledContact: boolean;
  /** The customer's email is the sender's (From or Reply-To): a person writing directly. */
  contactFromHeader: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
  hasName: boolean;
  /** Characters of the customer's message (0 when none was found). */
  messageChars: number;
  /**
   * The contact came from a conversation the extractor read (chat, SMS, WhatsApp, voicemail, call
   * tracking, platform message: extractors/conversation.ts). Not a model feature: see classify.ts.
   */
  conversationContact: boolean;
  /**
   * The contact came from an attached file, not the sender's own card: the body is the sender's
   * cover note. Not a model feature: it says which text the pitch words are counted in (classify.ts).
   */
  leadFromFile: boolean;
  /** The customer's message, for the content signals of ./form-content.ts (null when none). */
  message: string | null;
  /** The customer's email as extracted (null when none). */
  customerEmail: string | null;
  /** A website field's value (null when the form had none). */
  website: string | null;
}

type Feature = (s: TriageSignals, e: ExtractionEvidence, c: FormContentSignals) => number;

const log1 = (n: number) => Math.log1p(n);
/**
 * A letter asks once or twice; further questions add nothing. Counted as is, not on the log scale
 * of the other counts: there the one question most letters ask weighed 0.69 of a unit, and letters
 * that ask without a phone or an enquiry word stayed below the review threshold.
 */
const MAX_ASKS_COUNTED = 2;

/** Feature name → value. The order is the weight order in triage-model.json. */
export const FEATURES: readonly [string, Feature][] = [
  ['specificProfile', (_s, e) => +e.specificProfile],
  ['labelledContact', (_s, e) => +e.labelledContact],
  ['contactFromHeader', (_s, e) => +e.contactFromHeader],
  ['hasEmail', (_s, e) => +e.hasEmail],
  ['hasPhone', (_s, e) => +e.hasPhone],
  ['hasName', (_s, e) => +e.hasName],
  ['logMessageChars', (_s, e) => log1(e.messageChars) / 5],
  ['spamVerdict', (s) => +(s.spamVerdict !== null)],
  ['authFailures', (s) => s.authFailures],
  ['listHeaders', (s) => +s.listHeaders],
  ['replySubject', (s) => +s.replySubject],
  ['threaded', (s) => +s.threaded],
  ['replyToMismatch', (s) => +s.replyToMismatch],
  ['logWords', (s) => log1(s.words) / 5],
  ['logUrls', (s) => log1(s.urls)],
  ['urlsPer100Words', (s) => Math.min(5, (100 * s.urls) / Math.max(20, s.words))],
  ['shortenedUrls', (s) => +(s.shortenedUrls > 0)],
  ['logMoney', (s) => log1(s.money)],
  ['logUrgency', (s) => log1(s.urgency)],
  ['logEnquiry', (s) => log1(s.enquiry)],
  ['logSpamPhrases', (s) => log1(s.spamPhrases)],
  ['subjectShouting', (s) => +s.subjectShouting],
  ['logExclamations', (s) => log1(s.exclamations)],
  ['htmlOnly', (s) => +s.htmlOnly],
  ['formLabelKinds', (s) => s.formLabelKinds / 4],
  ['forwarded', (s) => +s.forwarded],
  ['logPitch', (s) => log1(s.pitch)],
  ['optOut', (s) => +s.optOut],
  // What the customer's message says about who wrote it (./form-content.ts). Whether there is a
  // message at all is its own feature: pitches run longer than requests, and without it the model
  // would read an email with no message as a lead.
  ['hasMessage', (_s, e) => +(e.messageChars > 0)],
  ['pitchText', (_s, _e, c) => c.pitchText],
  ['pitchTextOnForm', (s, e, c) => c.pitchText * +(e.labelledContact || s.formLabelKinds >= 2)],
  ['logMessageUrls', (_s, _e, c) => log1(c.messageUrls)],
  ['websiteMismatch', (_s, _e, c) => +c.websiteMismatch],
  ['sellerPrice', (_s, _e, c) => +c.sellerPrice],
  ['messageOptOut', (_s, _e, c) => +c.messageOptOut],
  ['internalSender', (_s, _e, c) => +c.internalSender],
  // A personal letter asking the business for its trade's work (./triage-letter.ts), against a
  // note between acquaintances asking a favour in the same second person.
  ['businessAsks', (s) => Math.min(MAX_ASKS_COUNTED, s.businessAsks)],
  ['familiarNote', (s) => +s.familiar],
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map(([n]) => n);

export function featureVector(s: TriageSignals, e: ExtractionEvidence, c: FormContentSignals): number[] {
  return FEATURES.map(([, f]) => f(s, e, c));
}

export interface LogisticWeights {
  bias: number;
  weights: number[];
}

export interface TriageModelFile {
  features: string[];
  lead: LogisticWeights;
  spam: LogisticWeights;
  formPitch: LogisticWeights;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function probability(w: LogisticWeights, x: readonly number[]): number {
  let z = w.bias;
  for (let i = 0; i < x.length; i++) z += (w.weights[i] ?? 0) * (x[i] ?? 0);
  return sigmoid(z);
}

const MODEL = model as TriageModelFile;
if (MODEL.features.join(',') !== FEATURE_NAMES.join(',')) {
  // A model trained on other features would weigh the wrong numbers: refuse to start.
  throw new Error(
    'triage-model.json was trained on a different feature list; run bench/train/train-triage.ts',
  );
}

export interface TriageScores {
  /** 0..1: how likely this is a lead. */
  lead: number;
  /** 0..1: how likely this is spam. */
  spam: number;
  /** 0..1: how likely the message is a seller's pitch or spam typed into a contact form. */
  formPitch: number;
}

export function scoreTriage(s: TriageSignals, e: ExtractionEvidence, c: FormContentSignals): TriageScores {
  const x = featureVector(s, e, c);
  return {
    lead: probability(MODEL.lead, x),
    spam: probability(MODEL.spam, x),
    formPitch: probability(MODEL.formPitch, x),
  };
}

/**
 * Features triage works out only when the scores need them, with the values each can take. Each
 * is a scan of the letter or the text with long word lists (a dozen patterns a sentence for the
 * asks, the label patterns on every line and table cell for the form labels), yet for ~85 % of the
 * processor bench's emails the scores pass every threshold whatever their values (see
 * worstCaseScores).
 */
const LAZY_FEATURES: ReadonlyMap<string, readonly [low: number, high: number]> = new Map([
  ['logEnquiry', [0, Number.POSITIVE_INFINITY]],
  ['formLabelKinds', [0, 1]],
  ['businessAsks', [0, MAX_ASKS_COUNTED]],
  ['familiarNote', [0, 1]],
]);

/**
 * The scores with each of LAZY_FEATURES at its least lead-like value for that score: the lowest
 * lead score and the highest spam and pitch scores the email can have, without reading those
 * features. A weighted sum in floating point and the sigmoid are monotone in each term, so when
 * these pass a threshold, the exact scores pass it too.
 */
export function worstCaseScores(
  s: TriageSignals,
  e: ExtractionEvidence,
  c: FormContentSignals,
): TriageScores {
  const lazy = FEATURES.map(([name]) => LAZY_FEATURES.get(name));
  const x = FEATURES.map(([, f], i) => (lazy[i] ? 0 : f(s, e, c)));
  const bound = (w: LogisticWeights, highest: boolean) => {
    let z = w.bias;
    for (let i = 0; i < x.length; i++) {
      const weight = w.weights[i] ?? 0;
      const range = lazy[i];
      if (!range) z += weight * (x[i] ?? 0);
      else if (weight !== 0) z += weight * (weight > 0 === highest ? range[1] : range[0]);
    }
    return sigmoid(z);
  };
  return {
    lead: bound(MODEL.lead, false),
    spam: bound(MODEL.spam, true),
    formPitch: bound(MODEL.formPitch, true),
  };
}
