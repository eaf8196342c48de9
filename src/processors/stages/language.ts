import { franc } from 'franc-min';

/**
 * The one language detector: franc's trigram model (franc-min, through its public `franc` API) over a
 * short candidate list and a bounded sample. A short candidate list and sample keep it cheap (franc
 * over seven languages and 200 characters is about 0.1 ms); texts with too few letters give the model
 * too little to go on ("Call me" would come back as anything), so they get no answer.
 */
export interface LanguageDetectorOptions {
  /** Fewer letters than this in the sample: no answer. */
  minLetters: number;
  /** Only the first this many characters are looked at. */
  maxChars: number;
}

const LETTER = /\p{L}/gu;

/** `languages` maps the ISO 639-3 codes franc answers with to what the caller wants back. */
export function createLanguageDetector<T extends string>(
  languages: Readonly<Record<string, T>>,
  options: LanguageDetectorOptions,
): (text: string) => T | null {
  const only = Object.keys(languages);
  return (text) => {
    const sample = text.length > options.maxChars ? text.slice(0, options.maxChars) : text;
    if (!hasLetters(sample, options.minLetters)) return null;
    return languages[franc(sample, { only, minLength: options.minLetters })] ?? null;
  };
}

/** At least `min` letters in `text`: counted up to `min` only, without collecting every letter. */
function hasLetters(text: string, min: number): boolean {
  LETTER.lastIndex = 0;
  let n = 0;
  while (n < min && LETTER.test(text)) n++;
  return n >= min;
}
