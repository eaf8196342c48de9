/**
 * Redaction of person names by their context, without knowing the lead's name: the extracted
 * name can be wrong (a salesperson's, a signature's), and the customer's real name must not reach
 * analytics then either. Removed, in en/de/fr/es:
 * - the value after a name label ("Name: …", "Vorname: …", "Nom : …", "Apellidos: …");
 * - self-introductions ("my name is …", "ich heiße …", "je m'appelle …", "me llamo …");
 * - the name after a greeting ("Hi Anna,", "Liebe Frau Schmidt", "Bonjour Marie", "Hola Juan");
 * - the name after a sign-off, on its line or the next ("Thanks, Anna", "Best regards\nJohn
 *   Smith", "Mit freundlichen Grüßen", "Cordialement", "Saludos");
 * - honorifics before a name anywhere ("ask for Mr. Smith", "Frau Schmidt"), "Anna here";
 * - quoted email headers and attributions ("From: Anna Schmidt <…>", "On …, Anna wrote:");
 * - a signature line ("-- ", "— Anna") and a bare name among the message's closing lines.
 * Over-redaction (a word after "Hi" that was not a name) is the accepted cost: a missed name is
 * a leak. Linear time: the text is handled line by line, and every pattern is anchored at a
 * trigger and reads a bounded number of characters after it.
 */

import { isKnownGivenName } from './redact-given-names.js';

const TOKEN = '[name]';
/** Words read after a trigger; names are short. */
const MAX_NAME_WORDS = 4;
const MAX_SIGNATURE_WORDS = 6;
const MAX_LABEL_VALUE_CHARS = 80;
/** How many closing lines of text are checked for a bare name. */
const SIGNATURE_TAIL_LINES = 3;

/**
 * The people of a form filled in for someone else: the person it is about (a patient, a child, a
 * pupil, a pet) and the one filling it in (a parent, a guardian, an owner), alone ("Patient:",
 * "Élève :") or joined ("Parent/guardian:", "Padre/madre o tutor:", "Erziehungsberechtigte/r:").
 * The subject's name is never the lead's, so only its label says it is a name. Not the bare
 * German "Kind", which is also English ("Kind: Residential").
 */
const PERSON_ROLE =
  "patient(?:in|en)?|paciente|child|pupil|student|learner|attendee|participant(?:e|in)?|teilnehmer(?:in|s)?|sch(?:ü|ue)ler(?:in|s)?|kindes|enfant|(?:é|e)l(?:è|e)ve|alumn[oa]|ni(?:ñ|n)[oa]|estudiante|pet|tier(?:es)?|animal|mascota|parent|guardian|carer|erziehungsberechtigte[nr]?|eltern(?:teils?)?|vormund(?:s)?|tuteur|tutrice|responsable l(?:é|e)gal|repr(?:é|e)sentant(?:e)? l(?:é|e)gal(?:e)?|padre|madre|tutor(?:a)?|representante legal|halter(?:s|in)?|besitzer(?:s|in)?|propri(?:é|e)taire|due(?:ñ|n)[oa]|propietari[oa]|owner['’]s";
/**
 * A role, alone or after the name word it qualifies ("Name des Kindes", "Nom de l'élève", "Nombre
 * del alumno", "Name of attendee"), then up to three others it is joined with ("/guardian", " o
 * tutor", "/r"): any words, the first says it all. One copy of the role words: each costs compile
 * time at the first email.
 */
const PERSON_ROLE_LABEL = `(?:(?:(?:vor|nach|familien|full |first |last )?name|nom(?: complet| de famille)?|pr(?:é|e)nom|nombre(?: completo)?|apellidos?)[ \\t](?:des|der|de l['’]|de la|du|del|de|of(?: the| your)?)[ \\t]?)?(?:${PERSON_ROLE})(?:[ \\t]{0,2}(?:/|or|o|oder|ou|y|und|and|et)[ \\t]{0,2}\\p{L}{1,25}){0,3}`;

const NAME_LABELS = [
  'full ?name',
  'first ?name',
  'last ?name',
  'given ?name',
  'family ?name',
  'surname',
  'forename',
  'name',
  'contact(?: ?person| ?name)?',
  'customer',
  'kontakt(?:person)?',
  'contacto',
  'persona de contacto',
  'vorname',
  'nachname',
  'familienname',
  'ansprechpartner(?:in)?',
  'kunde',
  'nom(?: complet| de famille)?',
  'pr[ée]nom',
  'nombre(?: completo)?',
  'apellidos?',
  'fn',
  // Role words forms use for the customer ("Enquirer:", "Gast:", "Huésped:").
  'enquirer',
  'inquirer',
  'guest',
  'buyer',
  'applicant',
  'tenant',
  'lead',
  'prospect',
  'gast',
  'interessent(?:in)?',
  'mieter(?:in)?',
  'k(?:ä|ae)ufer(?:in)?',
  'client(?:e)?',
  'invit(?:é|e)e?',
  'acheteur',
  'locataire',
  'hu(?:é|e)sped',
  'comprador(?:a)?',
  'solicitante',
  'interesad[oa]',
  'inquilino',
  // Staff: no analytics record holds any person's name, the business's people included.
  'agent(?:e)?',
  'sales ?(?:person|rep(?:resentative)?|agent|contact)',
  'salesperson',
  'advis[eo]r',
  'consultant',
  'assigned to',
  'owner',
  'berater(?:in)?',
  'verk(?:ä|ae)ufer(?:in)?',
  'makler(?:in)?',
  'sachbearbeiter(?:in)?',
  'zust(?:ä|ae)ndig',
  'conseill(?:er|ère)',
  'vendeur|vendeuse',
  'commercial',
  'n(?:é|e)gociateur|n(?:é|e)gociatrice',
  'asesor(?:a)?',
  'vendedor(?:a)?',
  'comercial',
  'gestor(?:a)?',
  'negotiator',
  '(?:branch |property |lettings? |sales |account )?manager',
  'landlord',
  'host',
  'betreuer(?:in)?',
  'anbieter(?:in)?',
  'vermieter(?:in)?',
  'gastgeber(?:in)?',
  'responsable',
  'interlocut(?:eur|rice)',
  'annonceur',
  'propri(?:é|e)taire',
  'anunciante',
  'propietari[oa]',
  'anfitri(?:ó|o)n(?:a)?',
  'encargad[oa]',
  PERSON_ROLE_LABEL,
].join('|');
/** Questions that ask for a name ("Who should we ask for?", "¿Por quién preguntamos?"). */
const NAME_QUESTION_RE =
  /(?:\bname\b|ask for|who |whom|\bwer\b|nach wem|\bnom\b|qui |\bnombre\b|qui(?:é|e)n)[^\n?]{0,60}\?[ \t]{0,4}/iu;
/** A name label, then its separator, then the value up to the end of the line or field. */
const NAME_LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${NAME_LABELS})[ \\t]{0,4}(?:\\([^()\\n]{0,30}\\)[ \\t]{0,4})?\\*?[ \\t]{0,4}(?:[:=→⇒»|]|->|=>|[ \\t][-–—][ \\t]|\\t|\\.{2,40}|…{1,20}|[ \\t]{2,20})[ \\t]{0,4})([^\\n;|]{1,${MAX_LABEL_VALUE_CHARS}})`,
  'giu',
);
/** Header lines of a quoted or forwarded email inside the message ("From: Anna Schmidt <…>"). */
const HEADER_LINE_RE =
  /^([ \t>]{0,8}(?:from|von|de|an|to|para|à|cc|sent by|envoy[ée] par|gesendet von|enviado por)[ \t]{0,4}:[ \t]{0,4})(.{1,120})$/iu;
/** Attribution lines of a quoted reply ("On …, Anna Schmidt wrote:", "Am … schrieb Anna:"). */
const ATTRIBUTION_RE = /(?:wrote|schrieb|a [ée]crit|escribi[óo])[ \t]{0,4}:?[ \t]{0,4}$/iu;
/** Honorific before a name anywhere in the text ("ask for Mr. Smith", "Frau Schmidt", "Sra. López"). */
const HONORIFIC_TRIGGER_RE =
  /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Herr|Herrn|Frau|M|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora|Señorita)\.?[ \t]{1,3}(?=\p{Lu})/gu;
/**
 * "Don" and "Doña" are Spanish honorifics and also given names ("Don Walsh"): the word goes with
 * the name, so neither reading leaves a first name behind.
 */
const GIVEN_NAME_HONORIFIC_RE = /(?<![\p{L}])(?:Don|Doña|Dona)[ \t]{1,3}(?=\p{Lu})/gu;
/** "Anna here", "Anna Schmidt hier", "Anna ici", "Ana aquí" at the start of a line. */
const NAME_HERE_RE = /^[ \t]{0,8}((?:\p{Lu}[\p{L}'’-]{0,30}[ \t]){1,3})(?:here|hier|ici|aqu[ií])(?![\p{L}])/u;
/** A line that is only a name label: the value is on the next line. */
const BARE_LABEL_RE = new RegExp(`^[ \\t]{0,8}(?:${NAME_LABELS})[ \\t]{0,4}:?[ \\t]{0,4}$`, 'iu');

/** Self-introductions followed by the name, whatever its case. */
const INTRO_RE =
  /(?<![\p{L}])(?:my name is|my name's|mein name ist|ich hei(?:ß|ss)e|je m['’]appelle|mon nom est|me llamo|mi nombre es)[ \t]{1,4}/giu;
/**
 * Who a listing or enquiry is handled by ("Listed by Mark Evans", "betreut von Thomas Richter",
 * "proposé par Sophie Bernard", "gestionado por Luis Navarro", "Message to Mark Evans"): a
 * capitalised name after it.
 */
const HANDLED_BY_RE =
  /(?<![\p{L}])(?:(?:my|our|mein(?:e|em|en)?|unser(?:e|em|en)?|mon|ma|notre|mi|nuestr[oa]) (?:husband|wife|partner|son|daughter|mother|mum|mom|father|dad|brother|sister|friend|colleague|boss|mann|frau|partnerin|sohn|tochter|mutter|vater|bruder|schwester|freund(?:in)?|kollege|kollegin|chef(?:in)?|mari|femme|compagne?|fils|fille|m(?:è|e)re|p(?:è|e)re|fr(?:è|e)re|s(?:œ|oe)ur|ami(?:e)?|coll(?:è|e)gue|marido|mujer|esposa?|pareja|hijo|hija|madre|padre|herman[oa]|amig[oa]|compañer[oa]|jef[ea]),?|ask for|fragen sie nach|demandez|pregunte por|(?:your|ihr(?:e)?|votre|su|tu) (?:agent|contact|advis[eo]r|negotiator|consultant|ansprechpartner(?:in)?|berater(?:in)?|makler(?:in)?|kontakt|conseill(?:er|ère)|interlocut(?:eur|rice)|agente|asesor(?:a)?|contacto)|(?:listed|marketed|managed|handled|presented|offered|posted|advertised|sent|assigned|forwarded) (?:by|to)|(?:message|enquiry|inquiry|note) (?:to|for)|(?:angeboten|betreut|vermittelt|vermarktet|bearbeitet|inseriert|gesendet|weitergeleitet) (?:von|an)|(?:nachricht|anfrage) an|(?:propos(?:é|e)e?|suivie?|g(?:é|e)r(?:é|e)e?|publi(?:é|e)e?|pr(?:é|e)sent(?:é|e)e?|envoy(?:é|e)e?|transmise?) (?:par|à)|(?:message|demande) (?:pour|à)|(?:publicad[oa]|gestionad[oa]|ofrecid[oa]|atendid[oa]|enviad[oa]|asignad[oa]) (?:por|a)|(?:mensaje|consulta) (?:para|a))[ \t]{0,4}:?[ \t]{1,4}/giu;
/** A line of a contact card: a redacted phone or address, a link, a bar-separated card, a firm. */
const CARD_LINE_RE =
  /\[(?:phone|email|url)\]|[|·•]|\b(?:ltd|llc|inc|gmbh|ag|plc|sarl|s\.?l\.?|estates?|homes|properties|realty|immobilien|immo|inmobiliaria|agence|agency|motors|autohaus)\b/iu;
/** A closing line "Rebecca Lawson, Senior Negotiator" / "Mark Evans - Harbour Estates": the name before the role. */
const NAME_WITH_ROLE_RE =
  /^([ \t]{0,8}\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})([ \t]{0,2}(?:,|[-–—]|\()[ \t]{0,2}\p{Lu}[^\n.!?]{0,60})$/u;
/** A business card line that opens with a name: "Mark Evans | Harbour Estates | 0131 496 0000". */
const CARD_NAME_RE =
  /^([ \t]{0,8}(?:\p{Lu}[\p{L}'’-]{0,30}[ \t]){1,3}\p{Lu}[\p{L}'’-]{0,30})([ \t]{0,4}[|·•][ \t])/u;
/**
 * Self-introductions that are also ordinary phrases ("I am interested"): only a capitalised name,
 * or a known given name typed in lower case (see `typedNameMode`).
 */
const INTRO_CAPS_RE =
  /(?<![\p{L}])(?:i['’]m|i am|this is|ich bin|hier ist|je suis|c['’]est|soy|(?:enquiry|inquiry|message|request|lead|anfrage|nachricht|demande|solicitud|mensaje|consulta) (?:from|von|de|by|par))[ \t]{1,4}/giu;
/**
 * Introductions typed in a chat box that are too common to take a capitalised word after them
 * ("im Garten", "it's Monday"): only a known given name typed in lower case ("im rachel", "it's priya").
 */
const TYPED_INTRO_RE = /(?<![\p{L}])(?:im|it['’]s|it is|hier spricht|ici|le habla|te habla)[ \t]{1,4}/giu;
/**
 * A chat turn's speaker typed in lower case at the start of a line, after an optional time
 * ("julie: bonjour", "[10:42] rachel whitfield: hi"): redacted when it opens with a known given name.
 */
const TURN_PREFIX_RE =
  /^([ \t]{0,8}(?:[[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]{1,4}(?:[-–][ \t]{1,4})?)?)(\p{Ll}[\p{L}'’-]{0,30}(?:[ \t]\p{Ll}[\p{L}'’-]{0,30}){0,2})([ \t]{0,2}:)/u;
const GREETING_RE =
  /(?:^|[.!?])[ \t]{0,8}(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|moin|servus|bonjour|bonsoir|salut|ch[eè]re?s?|hola|buen[oa]s (?:d[ií]as|tardes|noches)|estimad[oa]s?|querid[oa]s?)(?![\p{L}])[ \t]{0,4},?[ \t]{0,4}/giu;
/** Thanks addressed to someone mid-line ("no that's all, thanks Sarah!", "danke Petra", "Merci Julie"): in chats, often the agent. */
const THANKS_RE =
  /(?<![\p{L}])(?:thanks|thank you|cheers|danke(?: sch(?:ö|oe)n)?|vielen dank|merci(?: beaucoup)?|gracias|muchas gracias)(?![\p{L}])[ \t]{0,4},?[ \t]{0,4}/giu;
const SIGN_OFF_RE =
  /^[ \t]{0,8}(?:yours|signed|best wishes|warm wishes|take care|talk soon|greetings|freundliche gr(?:ü|ue)(?:ß|ss)e|sch(?:ö|oe)ne gr(?:ü|ue)(?:ß|ss)e|herzlichst|bis bald|tsch(?:ü|ue)ss|(?:à|a) bient(?:ô|o)t|bonne (?:journ(?:é|e)e|soir(?:é|e)e)|hasta (?:pronto|luego)|besos|merci d['’]avance|gracias de antemano|danke im voraus|thanks|thank you|many thanks|thx|cheers|best|best regards|kind regards|warm regards|regards|sincerely|yours sincerely|yours faithfully|yours truly|all the best|br|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|mfg|viele gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|beste gr(?:ü|ue)(?:ß|ss)e|herzliche gr(?:ü|ue)(?:ß|ss)e|lg|vg|gru(?:ß|ss)|gr(?:ü|ue)(?:ß|ss)e|danke(?: sch(?:ö|oe)n)?|vielen dank|cordialement|bien cordialement|bien (?:à|a) vous|merci(?: beaucoup)?|salutations|sinc(?:è|e)res salutations|amiti(?:é|e)s|bonne journ(?:é|e)e|saludos(?: cordiales)?|un saludo|atentamente|gracias|muchas gracias|un abrazo)(?![\p{L}])/iu;
/** "-- " (the signature delimiter) or a dash before a name at the end ("— Anna"). */
const SIGNATURE_DASH_RE = /^[ \t]{0,8}(?:--|—|–|-)[ \t]{0,4}/u;

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,40}/uy;
const WORDS_RE = /\[[a-z]+\]|[\p{L}\p{M}][\p{L}\p{M}'’.-]{0,40}/gu;
const GAP_RE = /[ \t]{1,4}/y;
const TERMINATOR = /^[ \t]{0,4}(?:[,!.:;?)]|$)/u;
const SIGN_OFF_PUNCTUATION = new Set([...' \t,!.:-—–']);

/**
 * Words that are greetings, sign-offs, generic addresses or filler in en/de/fr/es, folded: never
 * taken for a name after a greeting or sign-off. Honorifics are not here: "Dear Mr. Smith" loses
 * "Mr." with the name, and a first name such as "Don" or "Mal" is not mistaken for filler.
 */
const FILLER = new Set(
  (
    'there team all everyone everybody sir madam madame monsieur mademoiselle folks guys friends friend ' +
    'zusammen allerseits leute equipo todos todas tous toutes tout monde a an the and or at in of to ' +
    'advance for your you help much very so again lot lots many sales support service customer nuevo ' +
    'vorab voraus morning afternoon evening day tag morgen abend jour dias tardes noches buenos ' +
    'buenas i im me my we us it is are was this that hi hello hey dear thanks thank regards best kind warm ' +
    'cheers sincerely yours und et y mit freundlichen grussen viele liebe gruss grusse beste herzliche ' +
    'cordialement vous merci beaucoup salutations saludos un saludo cordiales atentamente gracias muchas ' +
    'abrazo ich je yo sie usted ustedes bitte please por favor svp yes no ja nein oui interested ' +
    'interessiert interesse interesado interesada looking writing schreibe ecris escribo davance avance ' +
    'antemano de cordial wishes wunsche voraus on am'
  ).split(' '),
);

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|sr|sra|srta|señor|señora|señorita)$/iu;

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/['’.]/g, '');
}

/** Whether a word is a greeting, sign-off or filler word (never redacted as a name after one). */
export const isFiller = (word: string) => FILLER.has(fold(word));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Every word of a labelled name value becomes [name], whatever it is. */
function redactEveryWord(segment: string): string {
  return segment.replace(WORDS_RE, (w) => (w.startsWith('[') ? w : TOKEN));
}

function redactCapitalisedWords(segment: string): string {
  return segment.replace(WORDS_RE, (w) =>
    w.startsWith('[') || isFiller(w) || !isCapitalised(w) ? w : TOKEN,
  );
}

/** Every word of `segment` that is not filler or a redaction token becomes [name]. */
function redactAllWords(segment: string): string {
  return segment.replace(WORDS_RE, (w) => (w.startsWith('[') || isFiller(w) ? w : TOKEN));
}

/**
 * The name after a trigger ending at `from`: when the words up to a terminator ("," "!" line
 * end) are few, all of them (lowercase names included); otherwise the capitalised words that
 * follow directly. Returns the [start, end) spans of the name's words.
 */
type NameMode = 'explicit' | 'capitalised' | 'greeting';

function nameSpansAfter(line: string, from: number, mode: NameMode): Array<[number, number]> {
  const words: Array<[number, string]> = [];
  let at = from;
  while (words.length < MAX_NAME_WORDS) {
    WORD_RE.lastIndex = at;
    const m = WORD_RE.exec(line);
    if (!m) break;
    words.push([at, m[0].replace(/[.'’-]+$/u, '')]);
    at += m[0].length;
    // A full stop after a word (not an initial's or an honorific's: "J.", "Mr.") ends the sentence,
    // and the name with it.
    if (m[0].length > 2 && m[0].endsWith('.') && !HONORIFIC.test(m[0].slice(0, -1))) break;
    GAP_RE.lastIndex = at;
    if (!GAP_RE.test(line)) break;
    at = GAP_RE.lastIndex;
  }
  const last = words[words.length - 1];
  const after = last ? last[0] + last[1].length : from;
  const ended = last !== undefined && TERMINATOR.test(line.slice(after, after + 8));
  const spans: Array<[number, number]> = [];
  const everyWord = mode === 'greeting' && ended;
  for (const [index, word] of words) {
    // "Dear Mr. Smith": the honorific stays, the name after it goes.
    if (isFiller(word) || (HONORIFIC.test(word) && index !== last?.[0])) {
      if (everyWord) continue;
      if (spans.length > 0 || mode === 'explicit') break;
      continue;
    }
    if (mode !== 'explicit' && !everyWord && !isCapitalised(word)) break;
    spans.push([index, index + word.length]);
  }
  return spans;
}

function replaceSpans(line: string, spans: ReadonlyArray<readonly [number, number]>): string {
  if (spans.length === 0) return line;
  let out = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    out += line.slice(cursor, start) + TOKEN;
    cursor = end;
  }
  return out + line.slice(cursor);
}

/**
 * After a greeting and its comma ("Hola, me interesa el piso") a sentence starts: only a
 * capitalised name ("Hi, Anna") is taken, not every word up to the full stop.
 */
const greetingMode = (trigger: string): NameMode => (/,[ \t]*$/.test(trigger) ? 'capitalised' : 'greeting');

/**
 * Typed in a chat box, a name is often lower case ("je suis julie bernard, propriétaire"): after
 * an introduction, a known given name takes the words after it up to a filler word or a stop, as an
 * explicit introduction does; without one, `otherwise` decides.
 */
const typedNameMode =
  (otherwise: NameMode | null) =>
  (_trigger: string, after: string): NameMode | null => {
    const first = /^[\p{L}\p{M}'’-]{1,40}/u.exec(after)?.[0] ?? '';
    return /^\p{Ll}/u.test(first) && isKnownGivenName(first) ? 'explicit' : otherwise;
  };

/** Every match of a trigger redacts the name after it; the line is rebuilt once. */
function applyTrigger(
  line: string,
  re: RegExp,
  mode: NameMode | ((trigger: string, after: string) => NameMode | null),
  withTrigger = false,
): string {
  const spans: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const end = m.index + m[0].length;
    const picked =
      typeof mode === 'function' ? mode(m[0], line.slice(end, end + MAX_LABEL_VALUE_CHARS)) : mode;
    const found = picked ? nameSpansAfter(line, end, picked) : [];
    const start = m.index;
    spans.push(
      ...(withTrigger ? found.map(([a, b]): [number, number] => [a === end ? start : a, b]) : found),
    );
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  return replaceSpans(line, spans);
}

/** A line short enough to be a name or a signature line, not a sentence or a question. */
function isSignatureLine(line: string): boolean {
  const words = line.match(WORDS_RE)?.length ?? 0;
  return words > 0 && words <= MAX_SIGNATURE_WORDS && !/[?]\s*$/.test(line);
}

/** A last line that is only a name: capitalised words, not filler, no sentence punctuation. */
function isBareNameLine(line: string): boolean {
  const words = line.match(WORDS_RE) ?? [];
  const names = words.filter((w) => !w.startsWith('['));
  return (
    names.length > 0 &&
    names.length <= MAX_NAME_WORDS &&
    names.every(isCapitalised) &&
    !names.every(isFiller) &&
    /^[\p{L}\p{M}'’.\- \t[\]]+$/u.test(line.trim())
  );
}

export function redactNamesInContext(text: string): string {
  const lines = text.split('\n');
  let signatureLines = 0;
  const textLineIndexes: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (!line.trim()) continue;
    if (/[\p{L}]/u.test(line.replace(/\[[a-z]+\]/g, ''))) textLineIndexes.push(i);
    if (signatureLines > 0) {
      signatureLines--;
      if (isSignatureLine(line)) {
        lines[i] = redactAllWords(line);
        continue;
      }
      signatureLines = 0;
    }
    if (BARE_LABEL_RE.test(line)) {
      signatureLines = 1;
      continue;
    }
    // A question asking for a name: the answer follows it on the line, or is the next line. The
    // pattern ends in "?", which most lines lack: looking for it is far cheaper than the pattern.
    const question = line.includes('?') ? NAME_QUESTION_RE.exec(line) : null;
    if (question) {
      const end = question.index + question[0].length;
      if (end >= line.length) {
        signatureLines = 1;
        continue;
      }
      line =
        line.slice(0, end) +
        redactEveryWord(line.slice(end, end + MAX_LABEL_VALUE_CHARS)) +
        line.slice(end + MAX_LABEL_VALUE_CHARS);
    }
    line = line.replace(HEADER_LINE_RE, (_m, label: string, value: string) => label + redactEveryWord(value));
    if (ATTRIBUTION_RE.test(line)) line = redactCapitalisedWords(line);
    line = line.replace(NAME_HERE_RE, (m, name: string) => redactEveryWord(name) + m.slice(name.length));
    line = line.replace(
      CARD_NAME_RE,
      (_m, name: string, separator: string) => redactEveryWord(name) + separator,
    );
    line = line.replace(NAME_LABEL_RE, (_m, label: string, value: string) => label + redactEveryWord(value));
    line = applyTrigger(line, INTRO_RE, 'explicit');
    line = applyTrigger(line, INTRO_CAPS_RE, typedNameMode('capitalised'));
    line = applyTrigger(line, TYPED_INTRO_RE, typedNameMode(null));
    line = line.replace(TURN_PREFIX_RE, (m, time: string, speaker: string, colon: string) =>
      isKnownGivenName(speaker.split(/[ \t]/)[0] ?? '') && !BARE_LABEL_RE.test(speaker)
        ? time + redactEveryWord(speaker) + colon
        : m,
    );
    line = applyTrigger(line, HANDLED_BY_RE, 'capitalised');
    line = applyTrigger(line, GREETING_RE, greetingMode);
    line = applyTrigger(line, THANKS_RE, 'capitalised');
    line = applyTrigger(line, HONORIFIC_TRIGGER_RE, 'capitalised');
    line = applyTrigger(line, GIVEN_NAME_HONORIFIC_RE, 'capitalised', true);
    const signOff = SIGN_OFF_RE.exec(line);
    if (signOff) {
      const rest = line.slice(signOff[0].length);
      // Only sign-off words on the line ("Best regards,", "Thanks again!"): the name is below.
      if ((rest.match(WORDS_RE) ?? []).every(isFiller)) signatureLines = 2;
      else {
        // "Thanks for your help, Anna": the name is after the last comma or dash.
        const cut = Math.max(rest.lastIndexOf(','), rest.lastIndexOf(' - '), rest.lastIndexOf('—'));
        // Without one, only a capitalised name directly after it ("Danke Anna", not "Merci de me rappeler").
        let from = signOff[0].length + (cut >= 0 ? cut + 1 : 0);
        while (from < line.length && SIGN_OFF_PUNCTUATION.has(line[from] as string)) from++;
        line = replaceSpans(line, nameSpansAfter(line, from, cut >= 0 ? 'greeting' : 'capitalised'));
      }
    } else if (/^--[ \t]?$/.test(line)) {
      signatureLines = 2;
    }
    lines[i] = line;
  }
  // A bare name above a contact line anywhere: an agent's or a signature's card ("Rebecca Lawson"
  // / "Northgate Estates · [phone]").
  for (let k = 0; k + 1 < textLineIndexes.length; k++) {
    const i = textLineIndexes[k] as number;
    const line = lines[i] as string;
    if (isBareNameLine(line) && CARD_LINE_RE.test(lines[textLineIndexes[k + 1] as number] as string))
      lines[i] = redactAllWords(line);
  }
  // The closing lines of a message of several: a dash signature ("— Anna") or a bare name ("John
  // Smith"), possibly above a contact line ("Tel: [phone]").
  for (const i of textLineIndexes.length > 1 ? textLineIndexes.slice(1).slice(-SIGNATURE_TAIL_LINES) : []) {
    const line = lines[i] as string;
    const dash = SIGNATURE_DASH_RE.exec(line);
    const body = dash ? line.slice(dash[0].length) : line;
    if (isBareNameLine(body)) lines[i] = (dash?.[0] ?? '') + redactAllWords(body);
    else
      lines[i] = line.replace(
        NAME_WITH_ROLE_RE,
        (_m, name: string, rest: string) => redactAllWords(name) + rest,
      );
  }
  return lines.join('\n');
}
