/**
 * Booking stage: a scheduling tool's notice that someone booked the business's time ("New event
 * scheduled", "Neuer Termin gebucht", "Nouveau rendez-vous réservé", "Nueva cita reservada"),
 * often with the booking as a calendar object. The person who booked is a customer (triage lets
 * such a notice with a calendar object through when its labels name them, see classify.ts); what
 * they wrote is their answer to
 * the tool's booking questions ("Please share anything that will help prepare for our meeting"),
 * not the question, the heading above it or the tool's links below.
 */
import { VALUE_END } from './extractors/label-value.js';
import type { ParsedEmail } from './parse.js';

/**
 * A booking tool's notice wording in en/de/fr/es: a new event/appointment/booking that was
 * scheduled, booked or reserved, or someone having booked one. A person inviting a colleague
 * writes "invitation" or "I have scheduled", which these do not match.
 */
export const BOOKING_NOTICE =
  /\b(?:new (?:event|appointment|booking|meeting|call|session)(?: has been| was)? (?:scheduled|booked|confirmed)|new (?:booking|reservation|appointment)\b|(?:has|have) (?:booked|scheduled) (?:a|an|the) (?:\w+ ){0,2}(?:appointment|meeting|call|session|consultation|slot|event)|(?:booked|scheduled) (?:a|an) (?:\w+ ){0,3}(?:appointment|meeting|call|session|consultation|event) with you|neue[rs]? (?:termin|buchung|terminbuchung)(?: wurde)? (?:gebucht|reserviert|vereinbart)|neue (?:buchung|terminbuchung)\b|neuer termin\b|neue[rs]? (?:termin|ereignis|veranstaltung)(?: wurde)? (?:geplant|eingeplant)|(?:hat|haben) (?:einen|den) termin (?:\w+ ){0,2}(?:gebucht|reserviert)|nouveau rendez-vous (?:a été )?(?:réservé|planifié|programmé|pris)|nouvelle réservation\b|nouveau rendez-vous\b|nouvel (?:événement|évènement) (?:a été )?(?:planifié|programmé|réservé)|un nouveau rendez-vous a été (?:réservé|planifié|pris)|a (?:réservé|pris) un (?:rendez-vous|créneau)|nueva (?:cita|reserva)(?: ha sido| fue)? (?:reservada|programada|agendada|confirmada)|se ha (?:reservado|programado|agendado) una (?:nueva )?cita|nueva (?:cita|reserva)\b|nuevo evento (?:programado|reservado|agendado)|se ha (?:programado|agendado) un nuevo evento|ha (?:reservado|programado|agendado) una cita)/i;

/**
 * A booking tool's notice that an existing booking was moved or cancelled ("Appointment
 * rescheduled", "Laura has cancelled her appointment", "Termin abgesagt", "a annulé son
 * rendez-vous", "Cita modificada"): the person named is already a client, not a new lead. Letter
 * lookarounds, not `\b`, which is ASCII-only ("annulé", "cancelación").
 */
export const BOOKING_CHANGED =
  /(?<![\p{L}\p{N}])(?:(?:appointment|booking|reservation|event|session) (?:was |has been )?(?:rescheduled|cancell?ed|moved|changed)|(?:has|have) (?:rescheduled|cancell?ed|moved|changed) (?:his|her|their|an?|the) (?:\p{L}+ )?(?:appointment|booking|reservation|session)|(?:termin|buchung|reservierung) (?:wurde )?(?:verschoben|abgesagt|storniert|geändert)|(?:hat|haben) (?:seinen|ihren|den) termin (?:verschoben|abgesagt|storniert|geändert)|(?:rendez-vous|réservation) (?:a été )?(?:reporté|annulée?|déplacé|modifiée?)|a (?:annulé|reporté|déplacé|modifié) (?:son|sa|le|la) (?:rendez-vous|réservation)|(?:cita|reserva) (?:ha sido )?(?:reprogramada|cancelada|anulada|modificada|cambiada)|ha (?:cancelado|anulado|reprogramado|cambiado|modificado) (?:su|la) (?:cita|reserva))(?![\p{L}\p{N}])/iu;

/** A booking notice says what it is in its subject or its first lines. */
export const MAX_BOOKING_SCAN_CHARS = 1024;

/** Whether the email carries a calendar object (a text/calendar part or an .ics/.vcs file). */
export function hasCalendarObject(email: Pick<ParsedEmail, 'contentType' | 'partTypes'>): boolean {
  return (
    email.contentType === 'text/calendar' ||
    email.partTypes.some(
      (p) => CALENDAR_TYPE.test(p.contentType) || (p.filename !== null && ICS_FILE.test(p.filename)),
    )
  );
}

const CALENDAR_TYPE = /^(?:text\/calendar|application\/ics)$/;
const ICS_FILE = /\.(?:ics|vcs)$/i;

/** Polite requests that open a booking question ("Please share …", "Bitte teilen Sie …"). */
const REQUEST =
  '(?:please|kindly|tell us|let us know|share|bitte|teilen sie|merci de|veuillez|dites-nous|por favor|cuéntanos|comparte|indícanos)';
/** Questions and requests that open a booking question, in en/de/fr/es. */
const OPENER = `(?:¿\\s?)?(?:${REQUEST}|is there|are there|anything|what|why|how|which|gibt es|was|wie|welche|warum|pouvez-vous|y a-t-il|que|qu'|quel(?:le)?s?|pourquoi|comment|hay algo|qué|cuál|cómo|por qué)(?!\\p{L})`;
/**
 * A booking question as tools word it, on a line of its own: an opener and at least a dozen more
 * characters, ending in "?", ":" or "." ("Was sollten wir vor dem Termin wissen?", "Merci de nous
 * indiquer … :"), or a polite request with no end mark ("Please share anything that will help
 * prepare for our meeting").
 */
const QUESTION = new RegExp(`^${OPENER}[^\\n]{12,240}[?:.：]$|^${REQUEST}(?!\\p{L})[^\\n]{12,240}$`, 'iu');
/** A question and its answer on one line: "Please share anything …: We're planning a loft conversion". */
const QUESTION_AND_ANSWER = new RegExp(`^${OPENER}[^\\n]{12,240}?[?:：]\\s+(\\S[^\\n]*)$`, 'iu');
/** Fewer words (with a letter) than this under a question are a field's value, not what the invitee wrote. */
const MIN_ANSWER_WORDS = 3;
/** Characters of the body searched for the booking questions. */
const MAX_ANSWER_SCAN_CHARS = 8 * 1024;

/** Whether a text opens with a booking question: a message read as the question, not its answer. */
export function opensWithBookingQuestion(text: string): boolean {
  return QUESTION.test(text.trimStart().split('\n', 1)[0]?.trim() ?? '');
}

/**
 * The invitee's answers to the booking questions, each the paragraph under its question (answers
 * to several questions joined by a blank line), or null when the body has no such question.
 */
export function bookingAnswers(body: string): string | null {
  const lines = body.slice(0, MAX_ANSWER_SCAN_CHARS).split('\n');
  const answers: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const sameLine = QUESTION_AND_ANSWER.exec(line);
    if (!sameLine && !QUESTION.test(line)) continue;
    let j = i + 1;
    if (!sameLine) while (j < lines.length && !(lines[j] ?? '').trim()) j++;
    const answer: string[] = sameLine ? [sameLine[1] as string] : [];
    for (; j < lines.length; j++) {
      const line = (lines[j] ?? '').trim();
      if (!line || line === VALUE_END || QUESTION.test(line)) break;
      answer.push(line);
    }
    // A question the tool asks for a field ("What is your phone number?") is answered by a value:
    // a few words at most, or a number ("655 12 34 56").
    if (
      answer
        .join(' ')
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length >= MIN_ANSWER_WORDS
    )
      answers.push(answer.join('\n'));
    i = j - 1;
  }
  return answers.length > 0 ? answers.join('\n\n') : null;
}
