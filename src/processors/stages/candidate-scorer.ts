/**
 * Learned contact scorer (issue 8, steps 4 and 5): two logistic regressions, one for email and one
 * for phone candidates, over the features of candidate-features.ts. Trained by
 * bench/train/candidate-scorer.ts on the seeded generated corpus and the hand-written layout
 * fixtures, committed as candidate-model.json; inference is a dot product.
 *
 * The hand rules (type-fields.ts: the first value under a typed label wins, then addresses under
 * other labels, staff and machine addresses excluded later) stay the other way. Which one runs is
 * the temporary comparison switch LEADSTREAM_CANDIDATE_SCORER=learned|rules, read here only; see
 * docs/candidate-scoring.md for the comparison on the blind corpus.
 */
import {
  type Candidate,
  type CandidateField,
  candidatesOf,
  EMAIL_FEATURE_NAMES,
  emailFeatures,
  type PartyContext,
  PHONE_FEATURE_NAMES,
  phoneFeatures,
} from './candidate-features.js';
import model from './candidate-model.json' with { type: 'json' };
import { type LogisticWeights, probability } from './triage-model.js';
import { type Accumulator, labelRegion, withPhoneCode } from './type-fields.js';

export interface CandidateModelFile {
  email: { features: string[] } & LogisticWeights;
  phone: { features: string[] } & LogisticWeights;
}

const MODEL = model as CandidateModelFile;
if (
  MODEL.email.features.join(',') !== EMAIL_FEATURE_NAMES.join(',') ||
  MODEL.phone.features.join(',') !== PHONE_FEATURE_NAMES.join(',')
) {
  // A model trained on other features would weigh the wrong numbers: refuse to start.
  throw new Error(
    'candidate-model.json was trained on other features; run npm run bench -- train-candidates',
  );
}

/** The comparison switch: `rules` unless LEADSTREAM_CANDIDATE_SCORER=learned. */
export const CANDIDATE_SCORER: 'learned' | 'rules' =
  process.env.LEADSTREAM_CANDIDATE_SCORER === 'learned' ? 'learned' : 'rules';

/** A candidate below this probability is nobody's contact: the header and body-scan fallbacks decide. */
const MIN_PROBABILITY = 0.5;

export interface ScoredCandidate {
  candidate: Candidate;
  features: number[];
  probability: number;
}

/** Training sees every candidate with its features (bench/train/candidate-scorer.ts). */
let observer: ((scored: ScoredCandidate[]) => void) | null = null;
export function observeCandidates(fn: ((scored: ScoredCandidate[]) => void) | null): void {
  observer = fn;
}

export function scoreCandidates(candidates: readonly Candidate[], ctx: PartyContext): ScoredCandidate[] {
  return candidates.map((candidate) => {
    const features =
      candidate.field === 'email'
        ? emailFeatures(candidate, candidates, ctx)
        : phoneFeatures(candidate, candidates, ctx);
    return { candidate, features, probability: probability(MODEL[candidate.field], features) };
  });
}

/** Most probable first; equal scores keep reading order. */
function ranked(scored: readonly ScoredCandidate[], field: CandidateField): ScoredCandidate[] {
  return scored
    .filter((s) => s.candidate.field === field && s.probability >= MIN_PROBABILITY)
    .sort((a, b) => b.probability - a.probability);
}

/**
 * With the learned scorer, the customer's email and phone among the read candidates replace the
 * hand rules' choice. A declined phone field ("n/a") still means no phone.
 */
export function chooseContact(acc: Accumulator, ctx: PartyContext): void {
  if (CANDIDATE_SCORER === 'rules' && !observer) return;
  const scored = scoreCandidates(candidatesOf(acc.readings), ctx);
  observer?.(scored);
  if (CANDIDATE_SCORER === 'rules') return;
  const emails = ranked(scored, 'email');
  acc.email = emails[0]?.candidate.value ?? null;
  acc.emailCandidates = emails.slice(1).map((s) => s.candidate.value);
  if (acc.phoneDeclined) return;
  const phone = ranked(scored, 'phone')[0]?.candidate ?? null;
  const code = acc.attributes.phone_code;
  acc.phone = phone && code ? withPhoneCode(phone.value, code) : (phone?.value ?? null);
  acc.phoneLabelRegion = phone ? labelRegion(phone.label) : null;
}
