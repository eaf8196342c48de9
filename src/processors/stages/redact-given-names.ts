import gazetteer from './given-names.json' with { type: 'json' };

/**
 * Given-name redaction: the second line of defence behind the context rules of ./redact-names.ts.
 * Those know phrases ("Name:", "Hi …", "Regards …"); a name in a phrase they do not know ("Taken by
 * Lucía Romero", "my ex-husband Mark Jennings", "mi hijo Pablo") used to reach analytics. This pass
 * needs no phrase: a capitalised word that is a known given name (./given-names.json, built by
 * bench/build-given-names.ts from faker's locale data, see docs/given-name-redaction.md), with the
 * capitalised surname-shaped words after it ("van der Berg", "O'Brien", "Smith-Jones", "J."), becomes
 * [name].
 *
 * False positives cost too (analysts read the text), so the gazetteer has three kinds of name:
 * - names that are no word ("Anna", "Thomas"): redacted wherever they are capitalised;
 * - names that are also words ("Will", "Mark", "Rosa", "Claire"): a capital at the start of a
 *   sentence or in a title-case or ALL CAPS line says nothing, so they need evidence: a capital in the
 *   middle of a sentence, a surname after them, or a person cue before them (an honorific, a
 *   relation such as "husband"/"hijo", a verb such as "call"/"ask", a preposition such as "for"/"par");
 * - names that are also places or months ("May", "Paris", "Victoria", "Jordan"), capitalised in the
 *   middle of a sentence anyway: only a surname after them or a strong cue (honorific, relation, verb).
 * Lowercase words are not taken ("I will call in May", "la rosa roja", "ernst gemeint"), except a name
 * that is no word right after a strong cue ("call sarah back", "mi hijo pablo").
 *
 * Linear time: one tokenizer pass (a regex whose every repetition consumes a separator, so it never
 * backtracks), Set look-ups, and a surname chain of at most MAX_SURNAME_WORDS words per name.
 */

const TOKEN = '[name]';
const NAMES: ReadonlySet<string> = new Set(gazetteer.names.split(' '));
const WORD_NAMES: ReadonlySet<string> = new Set(gazetteer.wordNames.split(' '));
const PLACE_NAMES: ReadonlySet<string> = new Set(gazetteer.placeNames.split(' '));

/** Words after a given name that can be its name too, particles not counted ("José de la Fuente García"). */
const MAX_SURNAME_WORDS = 4;
/** Particles of surnames, written in lowercase between a given name and the surname. */
const MAX_PARTICLES = 2;
/** A line with this share of capitalised words (of at least TITLE_MIN_WORDS) is a title, not prose. */
const TITLE_SHARE = 0.6;
const TITLE_MIN_WORDS = 3;

/** An ALL CAPS word this short is an acronym ("ATA", "FR", "IV") unless the context is ALL CAPS too. */
const SHORT_ACRONYM_CHARS = 3;

const words = (list: string) => new Set(list.split(' '));

/**
 * Articles, pronouns, prepositions, conjunctions and auxiliaries of en/de/fr/es: never a name and
 * never a surname ("Will You …", "El Corte", "Rosa Die …"). Folded (lowercase, no accents).
 */
const FUNCTION_WORDS = words(
  'a an the and or but if of in on at to for from by with as i you he she it we they me him her us them my your his its our their this that these those there here not no yes ' +
    'der die das den dem des ein eine einen einem einer dies diese dieser dieses jeder jede alle und oder aber in im an am auf aus bei mit nach von vom zu zum zur fur uber unter ich du er sie es wir ihr mein meine dein sein ihre nicht ja nein wie was wer wo wann dass ' +
    'le la les l un une des du de d et ou mais en au aux a avec pour par sur sous dans je tu il elle on nous vous ils elles mon ma mes ton ta tes son sa ses notre votre leur pas oui non qui que quoi ce cet cette ces ' +
    'el lo los las uno una unos unas y o pero en con por para sin sobre yo tu el ella nosotros vosotros ellos ellas usted ustedes mi mis su sus no si que quien como cuando donde del al',
);

/** Honorifics: the next capitalised word is a name, even "Mrs May" or "Sr. Victoria". */
const HONORIFICS = words(
  'mr mrs ms miss mx dr prof sir dame lady lord herr herrn frau fraulein m mme mlle monsieur madame mademoiselle sr sra srta senor senora senorita don dona',
);
/** Words for people ("my husband Mark", "mi hijo Pablo", "your negotiator Claire"): strong cues. */
const RELATIONS = words(
  'husband wife partner son daughter brother sister mother father mum mom dad parent child friend colleague boss fiance fiancee driver tenant landlord neighbour neighbor ' +
    'agent negotiator manager advisor adviser consultant owner ' +
    'mann ehemann ehefrau sohn tochter bruder schwester mutter vater eltern kind freund freundin kollege kollegin partnerin chef chefin nachbar nachbarin fahrer fahrerin makler maklerin berater beraterin ' +
    'mari femme epoux epouse fils fille frere soeur mere pere ami amie collegue conjoint conjointe compagnon compagne voisin voisine conducteur conductrice conseiller conseillere ' +
    'marido esposo esposa mujer hijo hija hermano hermana madre padre amigo amiga companero companera pareja novio novia vecino vecina conductor conductora asesor asesora',
);
/** Verbs whose object is a person ("call Sarah back", "ask for Will", "llamar a Rosa"). */
const PERSON_VERBS = words(
  'ask call ring tell contact thank thanks email text phone speak talk meet ' +
    'fragen frag anrufen rufen kontaktieren danke ' +
    'appeler rappeler demander contacter remercier merci ' +
    'llamar preguntar pregunte contactar gracias',
);
/** Prepositions before a person ("Taken for", "Pris par", "von", "de", "para"): weak cues. */
const PREPOSITIONS = words(
  'for to with from by via cc attn attention von an mit fur bei par pour a avec chez de para con por',
);
/**
 * Articles: a lone capitalised word after one is a noun ("die Rose", "the Grace"). Not "a" and "an":
 * they are also prepositions before a person ("llamar a Rosa", "Grüße an Frank").
 */
const ARTICLES = words(
  'the der die das den dem des ein eine einen einem einer le la les un une el los las uno una',
);
/** Possessives: before a lone capitalised word they name a thing ("ma Clio", "my Mercedes"). */
const POSSESSIVES = words(
  'my your our his her their mein meine dein deine unser unsere ma mon mes ta ton sa son notre votre mi tu su nuestro nuestra',
);
/**
 * Nouns of streets, stations and institutions: a capitalised run that reaches one is a place or an
 * organisation ("Victoria Station", "Virginia Avenue", "Alfred Wegener Institute"), not a person.
 * Only nouns that are no common surname ("Hall", "Park", "Lane" are).
 */
const PLACE_NOUNS = words(
  'street road avenue boulevard station airport hotel institute university college school hospital clinic centre center ' +
    'strasse str bahnhof flughafen universitat klinik schule ' +
    'rue gare aeroport universite ecole hopital ' +
    'calle avenida estacion aeropuerto universidad colegio',
);
/** Lowercase surname particles: "van der Berg", "von Bülow", "de la Fuente", "García y López". */
const PARTICLES = words('van von de del della dalla di da du des la le der den ten ter zu y dos das st');

type Kind = 'name' | 'word' | 'place';

/** Lowercase without accents, typographic apostrophe as "'": the gazetteer's key of a word. */
export function foldName(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (ASCII_RE.test(lower)) return lower;
  // Turkish dotless ı folds to i: its capital is the ASCII I, so "ATIMER" must find "Atımer".
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i');
}
const ASCII_RE = /^[\x20-\x7e]*$/;

export const isFunctionWord = (folded: string): boolean => FUNCTION_WORDS.has(folded);
/** Whether a folded word is a street, station or institution noun (see PLACE_NOUNS). */
export const isPlaceNoun = (folded: string): boolean => PLACE_NOUNS.has(folded);

function kindOfFolded(folded: string): Kind | null {
  if (NAMES.has(folded)) return 'name';
  if (WORD_NAMES.has(folded)) return 'word';
  if (PLACE_NAMES.has(folded)) return 'place';
  return null;
}

/** A given name of the gazetteer ("Ana", "Jean-Luc"), whether or not it is also a word. */
export function isKnownGivenName(word: string): boolean {
  const kind = kindOf(word);
  return kind === 'name' || kind === 'word';
}

/** The kind of a capitalised word; a compound ("Anne-Sophie", "Marie-Rose") by its strongest part. */
function kindOf(word: string): Kind | null {
  const folded = foldName(word);
  const whole = kindOfFolded(folded);
  if (whole || !HYPHEN_RE.test(folded)) return whole;
  let best: Kind | null = null;
  for (const part of folded.split(HYPHEN_RE)) {
    const kind = kindOfFolded(part);
    if (kind === 'name') return kind;
    if (kind === 'word' || (kind === 'place' && best === null)) best = kind;
  }
  return best;
}
const HYPHEN_RE = /[-‐]/u;

// A word: letters, with compound parts joined by hyphens or apostrophes ("Jean-Luc", "O'Brien").
// Every repetition of the group consumes a separator, so the pattern cannot backtrack.
const WORD_RE = /[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*/gu;
const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LOWER_START_RE = /^\p{Ll}/u;
/** Sentence or line boundaries between two words; "Dr." is handled before this is asked. */
const BOUNDARY_RE = /[.!?\n\r:;"“”«»()[\]•*>|]/u;
const INITIAL_GAP_RE = /^\.[ \t\u00a0]{1,3}$/u;
const SPACE_GAP_RE = /^[ \t\u00a0]{1,3}$/u;
/** Elided articles before a name ("d'Anna", "l’Hélène"), and the possessive ("Sarah's"). */
const ELISION_RE = /^(?:[dlDL]|qu|Qu)['’]/u;
const POSSESSIVE_RE = /['’][sS]$/u;

interface Word {
  start: number;
  end: number;
  text: string;
  /** Index of its line's title flag in `titleLines`. */
  line: number;
}

function tokenize(text: string): { list: Word[]; titleLines: boolean[] } {
  const list: Word[] = [];
  const titleLines: boolean[] = [];
  let line = 0;
  let capitalised = 0;
  let total = 0;
  let previousEnd = 0;
  // The first line break at or after previousEnd: one forward scan in all, not a slice per word.
  let nextBreak = text.indexOf('\n');
  const closeLine = () => {
    titleLines[line] = total >= TITLE_MIN_WORDS && capitalised / total >= TITLE_SHARE;
  };
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index;
    if (nextBreak !== -1 && nextBreak < start) {
      closeLine();
      line++;
      capitalised = 0;
      total = 0;
    }
    total++;
    if (UPPER_RE.test(m[0])) capitalised++;
    list.push({ start, end: start + m[0].length, text: m[0], line });
    previousEnd = start + m[0].length;
    if (nextBreak !== -1 && nextBreak < previousEnd) nextBreak = text.indexOf('\n', previousEnd);
  }
  closeLine();
  return { list, titleLines };
}

const isAllCaps = (word: string) => word.length > 1 && !LOWER_RE.test(word);
const isToken = (text: string, w: Word) => text[w.start - 1] === '[' && text[w.end] === ']';

/**
 * A capitalised word that can be (part of) a surname: not a function or filler word, and not a short
 * ALL CAPS word after a name in ordinary case ("León FR", "Clio IV", "Washington DC" are no surnames).
 */
function isSurnameShaped(word: string, nameAllCaps: boolean): boolean {
  if (!UPPER_RE.test(word)) return false;
  if (!nameAllCaps && word.length <= SHORT_ACRONYM_CHARS && isAllCaps(word)) return false;
  const folded = foldName(word);
  // Greeting and sign-off words ("Favor", "Morgen", "Grace") are surnames too: after a known given
  // name, only function words and place nouns end the name.
  return !FUNCTION_WORDS.has(folded) && !PLACE_NOUNS.has(folded);
}

/**
 * End of the surname after the given name at `i` (or the name's own end): capitalised words, an
 * initial with its dot ("J."), and lowercase particles before a capitalised word, separated by
 * short runs of spaces only.
 */
function surnameEnd(
  text: string,
  list: readonly Word[],
  i: number,
  from: number = (list[i] as Word).end,
): { end: number; next: number; placeNoun: boolean } {
  const nameAllCaps = isAllCaps((list[i] as Word).text);
  let end = from;
  let j = i + 1;
  let taken = 0;
  let placeNoun = false;
  while (taken < MAX_SURNAME_WORDS && j < list.length) {
    const candidate = list[j] as Word;
    if (!SPACE_GAP_RE.test(text.slice(end, candidate.start)) || isToken(text, candidate)) break;
    if (candidate.text.length === 1 && UPPER_RE.test(candidate.text) && text[candidate.end] === '.') {
      // An initial: "Anna J. Keller". Its dot is taken, and a surname must follow it.
      const after = list[j + 1];
      if (!after || !INITIAL_GAP_RE.test(text.slice(candidate.end, after.start))) break;
      end = candidate.end + 1;
      j++;
      taken++;
      continue;
    }
    let k = j;
    let cursor = end;
    while (k - j < MAX_PARTICLES && k < list.length && PARTICLES.has((list[k] as Word).text.toLowerCase())) {
      if (!SPACE_GAP_RE.test(text.slice(cursor, (list[k] as Word).start))) break;
      cursor = (list[k] as Word).end;
      k++;
    }
    const surname = list[k];
    if (!surname || !SPACE_GAP_RE.test(text.slice(cursor, surname.start))) break;
    if (!isSurnameShaped(surname.text, nameAllCaps)) {
      placeNoun = PLACE_NOUNS.has(foldName(surname.text));
      break;
    }
    end = surname.end;
    taken++;
    j = k + 1;
  }
  return { end, next: j, placeNoun };
}

/** The cue word before word `i` in the same sentence (folded, last part of "ex-husband"), or null. */
function cueBefore(text: string, list: readonly Word[], i: number): string | null {
  const previous = list[i - 1];
  if (!previous) return null;
  const gap = text.slice(previous.end, (list[i] as Word).start);
  const folded = foldName(previous.text);
  const last = folded.slice(folded.search(/[^-]*$/u));
  if (HONORIFICS.has(last) && /^\.?[ \t\u00a0]{1,3}$/u.test(gap)) return last;
  return BOUNDARY_RE.test(gap) ? null : last;
}

const isStrongCue = (cue: string | null): boolean =>
  cue !== null && (HONORIFICS.has(cue) || RELATIONS.has(cue) || PERSON_VERBS.has(cue));

function isLowercaseNameAfterCue(text: string, list: readonly Word[], i: number, bare: string): boolean {
  return LOWER_START_RE.test(bare) && isNoWordName(bare) && isStrongCue(cueBefore(text, list, i));
}

/**
 * kindOf(word) === 'name', the cheapest look-up first: it is asked of every lowercase word, and
 * nearly all of them are in no list.
 */
function isNoWordName(word: string): boolean {
  const folded = foldName(word);
  if (NAMES.has(folded)) return true;
  if (!HYPHEN_RE.test(folded) || WORD_NAMES.has(folded) || PLACE_NAMES.has(folded)) return false;
  return folded.split(HYPHEN_RE).some((part) => NAMES.has(part));
}

function isSentenceStart(text: string, list: readonly Word[], i: number): boolean {
  const previous = list[i - 1];
  const gap = text.slice(previous ? previous.end : 0, (list[i] as Word).start);
  return !previous || BOUNDARY_RE.test(gap);
}

/**
 * The [start, end) spans of known given names in `text`, each with its surname; a surname left after a
 * [name] token of an earlier pass ("[name] Keller") is a span of its own. Sorted, not overlapping.
 */
export function findGivenNames(text: string): Array<[number, number]> {
  const { list, titleLines } = tokenize(text);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as Word;
    if (isToken(text, w)) {
      if (w.text !== 'name') continue;
      const { end, next } = surnameEnd(text, list, i, w.end + 1);
      if (next > i + 1) {
        spans.push([w.start - 1, end]);
        i = next - 1;
      }
      continue;
    }
    const elided = ELISION_RE.exec(w.text);
    const offset = elided ? elided[0].length : 0;
    const bare = w.text.slice(offset).replace(POSSESSIVE_RE, '');
    if (!UPPER_RE.test(bare)) {
      // Written in lowercase, only a name that is no word, right after a strong cue ("call sarah back").
      if (isLowercaseNameAfterCue(text, list, i, bare))
        spans.push([w.start + offset, w.start + offset + bare.length]);
      continue;
    }
    const found = kindOf(bare);
    if (!found) continue;
    // A short ALL CAPS word is an acronym first ("ATA", "SEP"): it needs evidence like a word.
    const kind = found === 'name' && bare.length <= SHORT_ACRONYM_CHARS && isAllCaps(bare) ? 'word' : found;
    const { end: chainEnd, next, placeNoun } = surnameEnd(text, list, i);
    if (placeNoun) continue;
    const hasSurname = next > i + 1;
    const cue = cueBefore(text, list, i);
    // After a possessive a lone word is a thing or a pet name ("ma Clio", "my Mercedes"), for every kind.
    if (!hasSurname && cue !== null && POSSESSIVES.has(cue)) continue;
    if (kind !== 'name') {
      // After an article a lone word is a noun ("the Grace", "die Rose"); not so for a plain name, as
      // German speech puts one before names ("der Thomas ruft an").
      if (!hasSurname && cue !== null && ARTICLES.has(cue)) continue;
      const strongCue = isStrongCue(cue);
      // "d'Anna", "de Rosa": an elided article counts like the preposition.
      const weakCue = elided !== null || (cue !== null && PREPOSITIONS.has(cue));
      // A capital inside lowercase prose ("we met Grace there"), not in a title-case run ("Cruel Justice").
      const capitalEvidence =
        !isAllCaps(bare) &&
        !titleLines[w.line] &&
        !isSentenceStart(text, list, i) &&
        LOWER_START_RE.test((list[i - 1] as Word).text);
      const evidence =
        kind === 'word' ? strongCue || weakCue || hasSurname || capitalEvidence : strongCue || hasSurname;
      if (!evidence) continue;
    }
    const start = w.start + offset;
    spans.push([start, hasSurname ? chainEnd : start + bare.length]);
    if (hasSurname) i = next - 1;
  }
  return spans;
}

/** Replaces known given names (and their surnames) in `text` with [name]. */
export function redactGivenNames(text: string): string {
  const spans = findGivenNames(text);
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    out += text.slice(cursor, start) + TOKEN;
    cursor = end;
  }
  return out + text.slice(cursor);
}
