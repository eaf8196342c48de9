/**
 * The customer named in a notification's own sentence, when no field names them: its heading
 * ("New booking from Anna Schmidt", "Sie haben eine neue Anfrage von Jana Nováková erhalten") or
 * a summary opening with the person ("Priya Nair from Leeds submitted your form …", "Marie Leclerc
 * (Bordeaux) vient de remplir …", "Carlos Moreno, de Sevilla, ha rellenado …", "Lucía F. te ha
 * enviado una solicitud", "Anna Weber has registered for …"). The platform that sends the
 * notification is named in the same places ("Neue Anfrage von MeisterPortal Plus"): a name sharing a
 * word with the sender's domain is the platform's.
 */
import { isPlausibleName } from '../normalise-names.js';
import { displayName } from '../resolve-parties.js';

/** Two to four capitalised words, particles allowed ("Ana de la Cruz", "Jan van Dijk"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:van|von|der|den|de|del|la|le|du|da|di|dos)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+){1,3}`;
/** A platform card's "Lucía F.": the given name and the surname's initial (completed later, `completeName`). */
const NAME_OR_INITIAL = String.raw`(?:${NAME}|\p{Lu}[\p{L}\p{M}'’-]+[ \t]+\p{Lu}\.)`;

/** Words matched with either case of their first letter: a heading capitalises them ("Neue Anfrage von …"). */
const eitherCase = (words: readonly string[]) =>
  words.map((w) => `[${w[0]}${(w[0] as string).toUpperCase()}]${w.slice(1)}`).join('|');

/**
 * "<lead word> … from/by/von/de/par/por <Name>": a request named after its sender. German nouns are
 * capitalised ("Anfrage"), and compounds end in the word ("Kontaktanfrage").
 */
const HEADING_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${eitherCase([
    'booking',
    'reservation',
    'request',
    'enquiry',
    'inquiry',
    'message',
    'lead',
    'submission',
    'application',
    'buchung',
    'reservierung',
    'anfrage',
    'nachricht',
    'bewerbung',
    'réservation',
    'demande',
    'candidature',
    'reserva',
    'solicitud',
    'consulta',
    'mensaje',
    'petición',
  ])}|\p{L}+(?:buchung|reservierung|anfrage|nachricht))(?![\p{L}])[^\n.:!?]{0,30}?(?<![\p{L}])(?:from|by|von|de|par|por)[ \t]+(${NAME})`,
  'u',
);

/**
 * Where the person lives, between their name and the verb: " from Leeds", " aus Kassel",
 * " (Bordeaux)", ", de Sevilla,". Bounded on both sides, so the verb after it is found in linear time.
 */
const PLACE = String.raw`(?:[ \t]*\([^()\n]{1,40}\)|,[ \t]+(?:from|aus|de|desde)[ \t]+[^,\n]{1,40},|[ \t]+(?:from|aus)[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?`;

/**
 * What the person did: signed up for an event ("has registered", "hat sich … angemeldet", "s'est
 * inscrite", "se ha inscrito", "asistirá"), asked ("has requested", "möchte", "a demandé", "ha
 * solicitado") or filled in the business's form ("submitted your form", "hat … ausgefüllt", "vient
 * de remplir", "vous a envoyé", "ha rellenado", "te ha enviado"). Accented endings are closed by a
 * letter lookahead: `\b` is ASCII-only.
 */
const DID = [
  String.raw`has (?:registered|signed up|rsvp'?d|booked)`,
  String.raw`is attending\b`,
  String.raw`will attend\b`,
  String.raw`(?:has |just )?(?:submitted|filled (?:in|out)|completed|requested|asked for|sent(?: you)?)\b`,
  String.raw`would like\b`,
  String.raw`hat sich\b`,
  String.raw`nimmt\b[^\n.]{0,60}\bteil\b`,
  String.raw`möchte\b`,
  String.raw`hat\b[^\n.]{0,60}\b(?:angefragt|angefordert|gebucht|reserviert|gesendet|geschickt|ausgefüllt|übermittelt|gestellt|geschrieben)(?![\p{L}])`,
  String.raw`s'est (?:inscrite?|enregistrée?)`,
  String.raw`participera\b`,
  String.raw`assistera\b`,
  String.raw`(?:vous )?a (?:demandé|réservé|envoyé|rempli|soumis|complété|écrit)(?![\p{L}])`,
  String.raw`vient (?:de (?:remplir|soumettre|compléter|envoyer|réserver|demander|vous écrire)|d'envoyer)(?![\p{L}])`,
  String.raw`souhaite\b`,
  String.raw`se ha (?:inscrito|inscrita|registrado|registrada|apuntado|apuntada)`,
  String.raw`asistirá(?![\p{L}])`,
  String.raw`participará(?![\p{L}])`,
  String.raw`(?:te |le |os |les )?ha (?:solicitado|pedido|reservado|enviado|rellenado|completado|cumplimentado|escrito)(?![\p{L}])`,
  String.raw`acaba de (?:rellenar|completar|enviar|solicitar|reservar|escribir)`,
  String.raw`quiere\b`,
  String.raw`quisiera\b`,
].join('|');

/**
 * "<Name>[ place] <did>" opening a line or a sentence ("Bonne nouvelle ! Marie Leclerc …"): the
 * person opening it acts, whoever it is for; a guest named later in it is not taken.
 */
const SUMMARY_SENTENCE = new RegExp(
  String.raw`(?:^|[.!?][ \t]+)(${NAME_OR_INITIAL})${PLACE}[ \t]+(?:${DID})`,
  'mu',
);

/**
 * Words that make the subject someone unnamed: an article or a pronoun a sentence or a German
 * heading capitalises ("Ein Nutzer hat …", "Un usuario de PisoYa te ha escrito", "Anfrage von
 * Ihrem Kunden"), or the role the platform gives the person ("User", "Besucher", "Utilisateur").
 */
const NOBODY =
  /^(?:ein|eine[mnrs]?|un|une|uno|una|an?|the|der|die|das|el|los|las|les|ihr\p{L}*|unser\p{L}*|dein\p{L}*|eur\p{L}*|sie|jemand|someone|somebody|alguien|(?:be)?nutzer\p{L}*|users?|usuari[oa]s?|utilisat(?:eur|rice)s?|visit(?:or|eur|euse|ante)s?|besucher\p{L}*|interessent\p{L}*|kundin|clients?|members?|mitglied\p{L}*|membres?|miembros?)$/iu;

/** Letters only, lower case, accents dropped: "MeisterPortal" and "meisterportal" compare alike. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The person a heading or summary sentence of `text` names, or null. `senderDomain` is the
 * notifying platform's: a name with a word that is one of its labels is the platform's own.
 */
export function summaryName(text: string, senderDomain: string): string | null {
  const name = HEADING_NAME.exec(text)?.[1] ?? SUMMARY_SENTENCE.exec(text)?.[1];
  if (!name || !isPlausibleName(name) || !displayName(name)) return null;
  const labels = new Set(senderDomain.split(/[.-]/).map(fold));
  const words = name.split(/[ \t]+/);
  if (words.some((w) => NOBODY.test(w) || labels.has(fold(w)))) return null;
  return name;
}
