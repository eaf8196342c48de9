/**
 * The start every seeded training generator shares: message i of a stream depends only on
 * (seed, stream, i). A business, mostly in its own language, and a person writing to it.
 */
import {
  BUSINESSES,
  type Business,
  type Language,
  makePerson,
  type Person,
} from '../../src/corpus/people.js';
import { Rng } from '../../src/corpus/prng.js';

export interface Seeded {
  rng: Rng;
  business: Business;
  lang: Language;
  person: Person;
}

/** `stream` keeps the generators apart: the same seed and index give each its own message. */
export function seededMessage(seed: number, stream: number, i: number): Seeded {
  const rng = new Rng((seed * stream + i) >>> 0);
  const business = rng.pick(BUSINESSES);
  const lang: Language = rng.chance(0.8) ? business.language : rng.pick(['en', 'de', 'fr', 'es'] as const);
  const person = makePerson(rng, lang, business);
  return { rng, business, lang, person };
}
