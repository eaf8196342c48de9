/**
 * Triage signals: what mail systems and the message itself say about whether an email is a lead.
 * Pure and bounded: headers are read as parsed, text is scanned up to MAX_SCAN_CHARS, and every
 * pattern is a fixed, built-in expression without nested quantifiers (linear on this input).
 *
 * Header signals are the verdicts real receiving systems stamp: Amazon SES (X-SES-Spam-Verdict,
 * X-SES-Virus-Verdict), SpamAssassin-style X-Spam-Flag/X-Spam-Status, Authentication-Results
 * (RFC 8601) and the List-* headers (RFC 2369/2919). Content signals are counts the model weighs.
 */

import { countMatches as count, createWordListReader, type WordListMatches } from './any-of-words.js';
import { BOOKING_NOTICE, hasCalendarObject, MAX_BOOKING_SCAN_CHARS } from './booking.js';
import {
  createLabelDictionary,
  endsAsQuestion,
  type LabelDictionary,
  MAX_LABEL_CHARS,
} from './extractors/labels.js';
import { ruledHeadingTitle } from './extractors/ruled-sections.js';
import { withoutMailFooter } from './mail-footer.js';
import type { ParsedEmail } from './parse.js';
import { ADDRESS_IN_ATTRIBUTION, ATTRIBUTION, splitReply, unwrapForwarded } from './segment.js';
import { existingClientRequest, ORDER_REFERENCE } from './triage-existing-client.js';
import { businessAsks, familiarNote } from './triage-letter.js';

/** Characters of subject + body scanned for wording and URLs. */
export const MAX_SCAN_CHARS = 32 * 1024;

export interface TriageSignals {
  /**
   * The subject and body the text signals were read from (the body's text part, or its HTML's text
   * when it has none; at most MAX_SCAN_CHARS): a later rule reading the same text reuses them.
   */
  text: string;
  /** The receiving system's spam verdict, as a short detail ("X-Spam-Flag: YES"), else null. */
  spamVerdict: string | null;
  virusVerdict: boolean;
  /** SPF, DKIM and DMARC results of "fail" in Authentication-Results (0–3). */
  authFailures: number;
  /** List-Id, List-Unsubscribe, List-Post… (mailing lists and newsletters). */
  listHeaders: boolean;
  /** A text/calendar part or an .ics file: a calendar object (iTIP, RFC 5546), whatever the text says. */
  calendarPart: string | null;
  /** Meeting request or response wording in the subject. */
  calendarSubject: boolean;
  /**
   * A scheduling tool telling the business that someone booked a slot ("New event scheduled",
   * "Neuer Termin gebucht", "Nouveau rendez-vous réservé", "Nueva cita reservada"): its calendar
   * object is the booking, not an invitation between people.
   */
  bookingNotice: boolean;
  /** Password reset, verification code, sign-in alert, quota warning, the renewal of the reader's plan. */
  accountNotice: boolean;
  /** An order, booking, ticket or case number ("Order #12345", "Bestellnr. 4711", "ticket 889"). */
  orderReference: boolean;
  /** Wording of an existing customer: my order, refund, delivery, cancel my booking. */
  serviceWording: boolean;
  /** Subject starts with a reply prefix (Re:, AW:, RE :, RV:, SV:), not a forward. */
  replySubject: boolean;
  /** In-Reply-To or References present. */
  threaded: boolean;
  /**
   * The email answers the business's own mail: In-Reply-To/References name a Message-ID from one of
   * its domains, or the attribution above the quote ("On …, Acme <hello@acme> wrote:") names one of
   * its addresses and the sender is not at its domains (a newsletter's Message-ID is often the
   * mailing service's).
   */
  threadFromOwnDomain: boolean;
  /**
   * An existing client writing about their booking, appointment, order, job or bill: moving or
   * cancelling it, confirming it, asking how it stands (./triage-existing-client.ts).
   */
  existingClient: boolean;
  /** Reply-To's domain differs from From's (a common spam and phishing trait). */
  replyToMismatch: boolean;
  words: number;
  urls: number;
  shortenedUrls: number;
  money: number;
  urgency: number;
  /** Enquiry wording (quote, price, appointment, interested, Angebot, devis, presupuesto…). */
  enquiry: number;
  /**
   * Sentences asking the reader, in the second person, for their trade's work, price, visit or
   * time ("Do you tune upright pianos?", "Können Sie so etwas reparieren?"): ./triage-letter.ts.
   */
  businessAsks: number;
  /** Familiar address ("Kannst du…", "Tu pourrais…", signed "Love,"): a note between acquaintances. */
  familiar: boolean;
  /** Classic spam phrases (unsubscribe here, click here, viagra, winner, 100% free). */
  spamPhrases: number;
  /** At least 8 letters in the subject and most of them capitals. */
  subjectShouting: boolean;
  exclamations: number;
  htmlOnly: boolean;
  /**
   * Kinds of customer field (name, email, phone, message) that appear as form labels: a label at
   * the start of a line or table cell, ending in a colon, a question mark or the line (body, HTML
   * cells, text attachments such as a CSV header). A form notification shows several; a sender's
   * signature shows at most phone and email.
   */
  formLabelKinds: number;
  /** A forward: Fwd:/WG:/TR:/RV: subject, a forwarded-message marker, or an attached message. */
  forwarded: boolean;
  /**
   * The sender selling: "we offer", "our services", "your business", "free consultation", "I came
   * across", a job-title signature line… Cold sales mail speaks about its sender; an enquiry about
   * the customer's own need.
   */
  pitch: number;
  /** An opt-out line: unsubscribe, "reply STOP", "if you no longer wish to receive…". */
  optOut: boolean;
  /**
   * Kinds of job-application or recruiting evidence (0–8): an application for a position, a CV,
   * a cover letter, a job advert, a CV-named attachment, a recruiter's wording. Someone applying
   * for a job, or an agency offering candidates, is not a customer.
   */
  jobApplication: number;
}

const SPAM_STATUS_YES = /^\s*yes\b/i;
const VERDICT_FAIL = /^\s*fail/i;
const AUTH_FAIL = /\b(spf|dkim|dmarc)\s*=\s*(?:fail|softfail|permerror)\b/gi;
const LIST_HEADERS = [
  'list-id',
  'list-unsubscribe',
  'list-post',
  'list-help',
  'list-subscribe',
  'list-owner',
];

/**
 * Meeting requests and responses as Google Calendar, Outlook and Apple Calendar title them, in
 * en/de/fr/es. A prefix and a colon: "New appointment request" (a booking form) does not match.
 */
const CALENDAR_SUBJECT =
  /^\s*(?:(?:updated |new |neue |nouvelle |nueva )?(?:invitation|einladung|invitación|invitacion)(?: (?:mise à jour|actualizada|aktualisiert))?|updated event|accepted|declined|tentative(?:ly accepted)?|tentatively accepted|canceled event|cancelled event|event canceled|angenommen|abgelehnt|mit vorbehalt angenommen|abgesagt|absage|accepté|acceptée|refusé|refusée|provisoire|annulé|événement annulé|aceptado|aceptada|rechazado|rechazada|provisional|cancelado|evento cancelado)\s*:/i;
/** Google Calendar's subject tail: "… @ Thu Nov 12, 2026 10am - 11am (GMT)". */
const CALENDAR_WHEN =
  /@ (?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mié|jue|vie|sáb|dom|mo|di|mi|do|fr|sa|so|jeu|ven|sam)\.?,? /i;

/*
 * Patterns holding accented words are bounded by letter lookarounds with the `u` flag, not `\b`:
 * `\b` is ASCII-only and never sits next to "é", "ú" or "à" ("votre société", "última
 * oportunidad", "postuler à", "quota dépassé"). Stems end in `\p{L}*`, not `\w*`, for the same reason.
 */
const ACCOUNT_NOTICE =
  /(?<![\p{L}\p{N}])(?:reset (?:your |the )?password|password reset|verify your (?:e-?mail|account|identity)|verification code|security code|one[- ]time (?:pass(?:code|word)|code)|your (?:login |sign-?in )?code is|confirm your (?:e-?mail address|account|sign-?in)|new (?:sign-?in|login)(?![\p{L}\p{N}])|sign-?in (?:attempt|alert)|unusual (?:sign-?in|login|activity)|security alert|two-factor|2-step verification|storage (?:is )?(?:almost |nearly )?full|(?:mailbox|inbox) (?:is )?(?:almost |nearly )?full|quota (?:warning|exceeded|limit|reached)|exceeded (?:your |the )?(?:storage|quota)|(?:reached|used up) (?:your |the )?(?:monthly |task |operations? |usage )?(?:quota|limit)|quota (?:atteint|de tâches)|(?:ha|has) (?:alcanzado|agotado) (?:su |tu |el |la )?(?:límite|cuota)|passwort zurücksetzen|ihr passwort|bestätigungscode|verifizierungscode|sicherheitscode|bestätigen sie ihre e-?mail|neue anmeldung|anmeldeversuch|sicherheitswarnung|speicherplatz (?:ist )?(?:fast )?voll|postfach (?:ist )?(?:fast )?voll|speicherkontingent|réinitialis\p{L}* (?:de )?(?:votre )?mot de passe|code de (?:vérification|sécurité|confirmation)|vérifiez votre (?:adresse|compte)|nouvelle connexion|tentative de connexion|alerte de sécurité|espace de stockage (?:est )?(?:presque )?(?:plein|saturé)|quota (?:de stockage|dépassé)|restablec\p{L}* (?:tu |su )?contraseña|código de (?:verificación|seguridad|confirmación)|verifica tu (?:correo|cuenta)|nuevo inicio de sesión|intento de inicio de sesión|alerta de seguridad|almacenamiento (?:está )?(?:casi )?lleno|cuota de almacenamiento|your (?:[\p{L}\p{N}-]{1,20} ){0,3}?(?:plan|subscription|contract|licen[cs]e|membership|domain|account|package)s? (?:will |is (?:set|due) to )?(?:auto-?|automatically )?renew(?:s|ed|al)?|(?:ihr|ihre|ihren|dein|deine|deinen) (?:[^\s.]{1,20} ){0,3}?(?:tarif|vertrag|abonnement|abo|paket|lizenz|mitgliedschaft|domain)[^.\n]{0,40}?verlänger\p{L}*|(?:votre|ton) (?:abonnement|forfait|contrat|licence|offre|adhésion|nom de domaine)[^.\n]{0,40}?(?:renouvel\p{L}*|reconduit\p{L}*)|(?:tu|su) (?:plan|suscripción|contrato|licencia|membresía|dominio|tarifa)[^.\n]{0,40}?renova\p{L}*)(?![\p{L}\p{N}])/iu;

/**
 * ACCOUNT_NOTICE's used-up German quota ("Aufgabenkontingent erreicht"), found from its fixed
 * "kontingent" and the letters before it checked behind: the same matches as the branch
 * `\p{L}*kontingent (?:…)` had inside ACCOUNT_NOTICE, which read every word to its end at every
 * word start and was a third of the account/service/opt-out screen's time.
 */
const QUOTA_USED_UP =
  /kontingent(?<=(?<![\p{L}\p{N}])\p{L}*kontingent) (?:erreicht|aufgebraucht|überschritten)(?![\p{L}\p{N}])/iu;

const SERVICE_WORDING =
  /(?<![\p{L}\p{N}])(?:my order|my booking|my reservation|my ticket|my package|my parcel|my refund|refund|return (?:my|the) item|has(?:n't| not) (?:arrived|been delivered)|where is my|tracking number|cancel my (?:order|booking|reservation|subscription)|change my (?:order|booking|reservation)|meine bestellung|meine buchung|meine reservierung|rückerstattung|erstattung|sendungsnummer|noch nicht (?:angekommen|geliefert)|stornier\p{L}*|ma commande|ma réservation|mon colis|remboursement|numéro de suivi|pas (?:encore )?(?:reçu|arrivé)|annuler ma|mi pedido|mi reserva|mi paquete|reembolso|devolución|número de seguimiento|no (?:ha )?(?:llegado|recibido)|cancelar mi)(?![\p{L}\p{N}])/iu;

/**
 * A need stated rather than asked, as a customer's own letter often puts it with no question at
 * all: what they want done ("we would like them replaced", "he badly needs a full groom", "I will
 * need to file my return"), in the forms ENQUIRY's fixed phrases miss: the verb before its subject
 * ("bräuchten wir", "möchten wir"), the wish in the conditional ("… und hätten gern eine Torte"),
 * the impersonal need ("il faudrait", "hay que"), the conditional and the plural ("nous
 * aimerions", "querríamos", "queremos"), the times the customer is free for
 * a visit ("nous serions disponibles jeudi"), and the budget a customer names ("Budget: around
 * £400"). Counted with ENQUIRY: it is the same evidence in other grammar.
 */
const STATED_NEED =
  /(?<![\p{L}\p{N}])(?:(?:we|i) would like (?:it|them|this|that|the|our|my|some)|(?:we|i)(?:'d|’d) like|(?:we|i)(?:'ll|’ll|'d|’d| will| would| shall) need|needs (?:a|an|some|new|replacing|doing|servicing|to be)|budget|(?:brauchen|bräuchten|benötigen|möchten|hätten) (?:wir|ich)|bräuchte\p{L}*|hätten? gerne?|il (?:faudrait|faudra)|aimerions|souhaiterions|voudrions|(?:je serais|nous serions|je suis|nous sommes) disponibles?|hay que|querr\p{L}+|queremos|quiero|necesit\p{L}+|(?:estoy|estamos|estaría|estaríamos) disponibles?)(?![\p{L}\p{N}])/giu;
/**
 * German states work it wants done in the modal passive, its participle anywhere in between:
 * "die Hecke muss dringend geschnitten werden", "das Geländer soll lackiert werden". Bounded to a
 * clause of MODAL_PASSIVE's 80 characters after the modal, which is the only place it starts.
 * Both are read in the word lists' one pass (readWordLists).
 */
const MODAL_PASSIVE =
  /(?<![\p{L}\p{N}])(?:muss|müsste|müssen|müssten|soll|sollen|sollte|sollten)(?![\p{L}\p{N}])[^.?!;\n]{1,80}(?<![\p{L}\p{N}])\p{L}{2,30} werden(?![\p{L}\p{N}])/giu;

const WHITE_SPACE_RUN = /\s+/g;

const REPLY_SUBJECT = /^\s*(?:re|aw|sv|vs|antw|rif|r|rv|ref|réf)\s?:/i;
const FORWARD_SUBJECT = /^\s*(?:(?:re|aw|rv|sv)\s?:\s*)*(?:fwd?|wg|tr|rv|enc|fw)\s?:/i;

/** A reply's subject ("Re:", "AW:"), not a forward's ("Fwd:", "WG:", "TR:", Spanish "RV:"). */
export const isReplySubject = (subject: string) =>
  REPLY_SUBJECT.test(subject) && !FORWARD_SUBJECT.test(subject);

const URL = /\bhttps?:\/\/[^\s<>"')]{1,2048}|\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,}/gi;
const SHORTENER =
  /\b(?:https?:\/\/)?(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|tiny\.cc|rebrand\.ly|cutt\.ly|shorturl\.at|rb\.gy|t\.ly|bl\.ink|s\.id|v\.gd|x\.co|lnkd\.in|urlz\.fr|qrco\.de)\/[A-Za-z0-9]/gi;
/** An amount ("£500", "1.000 €", "10 000 EUR") or money talk. No word boundary after "€": it is no word character. */
const MONEY =
  /(?:[$€£¥]\s?\d|\d\s?(?:€|(?:usd|eur|dollars?)\b)|\b(?:cash|earn|income|profit|investment|loan|credit|debt|mortgage|cheap|discount|prices? slashed|save (?:up to|\d)|lowest price|bonus|million|wire transfer|bank account|paypal|bitcoin|crypto|lottery|prize|geld verdienen|gewinn|kredit|gratis|gagner de l.argent|crédit|prêt|ganar dinero|préstamo|premio|lotería)\b)/gi;
/**
 * A row of a priced table ("Patio jet washing   42  m²   £3.50   £147.00", "MwSt. 19 %   57,23 EUR"):
 * the line ends in an amount set apart as its own column. An estimate or a quote the business's
 * own calculator sent prices items this way; money talk in spam and pitches is prose, so only the
 * amounts outside such rows count.
 */
const PRICED_ROW =
  /^[^\n]{0,200}?(?: {2,}|\t|\|)[ \t]*(?:[$€£¥][ \t]?)?\d[\d.,' ]{0,15}(?:[ \t]?(?:€|eur|usd|gbp|chf|[$£¥]))?[ \t]*\|?[ \t]*$/gim;
/**
 * The budget a customer names for their job, and the amount with it: "Our budget is around
 * £9,000", "Budget: ca. 12.000 €", "je prévoyais un budget d'environ 6 000 €", "contamos con un
 * presupuesto de unos 5.000 €", "we have set aside about £400", "we've got £300 to spend". A
 * customer's letter names what they mean to spend; spam names what the reader will earn or save.
 * Money talk (MONEY) is counted with these clauses taken out (up to 60 characters after the
 * budget word, so "ca. 12.000 €" goes with it): counted as money talk, a customer's budget
 * weighed against their own letter.
 */
const CUSTOMER_BUDGET =
  /(?<![\p{L}\p{N}])(?:budget|presupuesto|kostenrahmen|preisrahmen|als rahmen|set aside|(?:nous avions|nous avons|j'avais|j’avais|on avait) prévu|(?:tenemos|teníamos|hemos) pensado)(?![\p{L}\p{N}])[^!?\n]{0,60}|[$€£]\s?\d[\d.,]{0,12}\s(?:to spend|à dépenser|para gastar)(?![\p{L}\p{N}])/giu;
const URGENCY =
  /(?<![\p{L}\p{N}])(?:act now|urgent|immediately|limited time|expires?|last chance|don.t miss|hurry|today only|final notice|within 24 hours|right now|dringend|sofort|nur heute|letzte chance|läuft ab|immédiatement|dernière chance|offre limitée|expire|inmediatamente|última oportunidad|solo hoy|caduca)(?![\p{L}\p{N}])/giu;
/**
 * Words of someone asking the business for something: a quote, a visit, a call back, and the
 * ordinary requests of a customer writing in their own words ("could you send someone", "bieten
 * Sie … an?", "pourriez-vous passer", "¿podrían venir?", "we need", "necesitamos"), also asking
 * whether the business takes such work or has time for it ("is that the kind of job you take on",
 * "ist der 29. Mai noch frei", "êtes-vous disponibles", "¿hacéis este tipo de obras?", in the
 * Spanish plural of familiar address too), and a need put conditionally ("nous aurions besoin",
 * "il nous faudrait").
 */
const ENQUIRY =
  /\b(?:quote|quotation|estimate|price|pricing|cost|how much|availability|available|appointment|viewing|book (?:a|an)|interested in|enquir\w*|inquir\w*|would like (?:to|a|an|more)|i.d like|looking for|please (?:call|contact|get in touch)|wir suchen|ich suche|(?:nous|je) (?:re)?cherch\w*|buscamos|busco|call me|callback|call back|angebot|kostenvoranschlag|preis|kosten|termin|besichtigung|interesse|anfrage|ich möchte|ich hätte gerne|bitte (?:rufen|kontaktieren|melden)|rückruf|devis|tarif|prix|combien|disponibilit\w*|rendez-vous|visite|intéress\w*|demande|je souhaite|je voudrais|rappel\w*|presupuesto|precio|cuánto|disponibilidad|cita|visita|interesad\w*|consulta|me gustaría|quisiera|llámenme|llamadme|could you|can you|(?:would|do|will) you charge|would you be able|are you able|do you (?:do|offer|provide|cover|install|fit|repair|service|undertake|carry out|take on)|(?:job|work)s? (?:that |which )?you (?:take on|do|handle|cover)|(?:are you|you're) (?:booked up|fully booked)|how (?:soon|far ahead|far in advance) (?:could|can|are|would)|(?:we|i) (?:need|require) (?:a|an|some|someone|somebody|it|this|the|help|to have)|(?:we are|we're|i am|i'm) (?:planning|thinking (?:of|about)|looking to|hoping to|considering)|let (?:me|us) know (?:when|if|how|what|whether)|get back to (?:me|us)|fit (?:us|me) in|have a look|könnten sie|können sie (?:mir|uns)|würden sie|wäre es möglich|bieten sie|übernehmen sie|machen sie auch|noch (?:frei|kapazität\w*|zeit für)|(?:wir|ich) (?:benötigen|benötige|brauchen|brauche|planen|plane|möchten|würden gerne|hätten gerne)|geben sie (?:mir|uns) bescheid|melden sie sich|vorbeikommen|pourriez-vous|pouvez-vous|vous pourriez|serait-il possible|est-il possible|vous faites|proposez-vous|(?:nous avons|nous aurions|j'ai|j’ai|j'aurais|j’aurais) besoin|il (?:nous|me) faudrait|vous (?:êtes|seriez) disponibles?|-vous disponibles?|nous aimerions|j'aimerais|j’aimerais|nous souhaiterions|je souhaiterais|nous envisageons|nous voudrions|(?:me|nous) (?:recontacter|rappeler)|passer (?:voir|chez)|podrían|podría usted|(?:me|nos) pueden|pueden (?:venir|pasar|enviar\w*|llamar\w*|decir\w*)|sería posible|hacen ustedes|hacéis|podéis|podríais|ofrecen ustedes|necesito|necesitamos|nos gustaría|quisiéramos|estamos pensando|estamos buscando|(?:pasar|venir) a ver)\b/gi;
const SPAM_PHRASES =
  /(?<![\p{L}\p{N}])(?:click here|click below|unsubscribe|opt[- ]?out|remove (?:me|you) from|this is not spam|not junk|viagra|cialis|pharmacy|casino|winner|you (?:have )?won|congratulations|100% (?:free|satisfaction|guaranteed)|risk[- ]free|free (?:gift|trial|offer|access)|no obligation|order now|buy now|special promotion|weight loss|lose weight|work from home|meet singles|dear friend|dear sir(?! or madam)|beneficiary|inheritance|nigeria|herbal|enlarge|teeth whitening|mlm|multi-level|marketing solution|email marketing|bulk email|adult|xxx|hot (?:girls|singles)|abmelden|gewonnen|cliquez ici|désabonner|haga clic aquí|darse de baja)(?![\p{L}\p{N}])/giu;

/** Customer field labels per kind, in en/de/fr/es, as forms, tables and question forms word them. */
const LABEL_KINDS: readonly RegExp[] = [
  /(?:(?:full|first|last|given|family|contact|customer|your) ){0,2}(?:name|surname)|vorname|nachname|familienname|(?:vor- und )?zuname|(?:ihr )?(?:vollständiger |voller )?name|vor- und nachname|kontaktperson|(?:votre )?nom(?: complet| de famille| et prénom| & prénom)?|(?:votre )?prénom(?: et nom)?|(?:su |tu )?nombre(?: completo| y apellidos)?|apellidos?/,
  /(?:your )?(?:e-?)?mail(?: address| adresse|-adresse)?|ihre e-?mail(?:-adresse)?|courriel|adresse (?:e-?mail|électronique|mail)|votre (?:e-?mail|courriel)|correo(?: electrónico|-e)?|dirección de correo|su correo|tu (?:correo|email)/,
  /(?:your |best |contact |mobile |cell )?(?:phone|telephone|mobile|cell)(?: number| phone)?|contact number|tel\.?|telefon(?:nummer)?|(?:rück)?rufnummer|handy(?:nummer)?|mobil(?:nummer)?|ihre telefonnummer|téléphone|tél\.?|portable|numéro(?: de téléphone)?|number|nummer|número|votre téléphone|(?:número de )?teléfono(?: móvil| de contacto)?|telefono|móvil|movil|celular|su teléfono|tu teléfono|whatsapp/,
  /(?:your |project )?(?:message|comments?|enquiry|inquiry|questions?|request|details)|your project|votre projet|ihr (?:projekt|vorhaben)|(?:su|tu) proyecto|nachricht|ihre nachricht|ihr anliegen|anmerkungen?|bemerkungen|kommentar|anliegen|mitteilung|(?:ihre )?anfrage|commentaires?|précisions|votre (?:message|demande)|(?:objet de votre )?demande|mensaje|comentarios?|observaciones|consulta|su (?:mensaje|consulta)|tu (?:mensaje|consulta)|cuéntanos tu proyecto/,
];
/**
 * Line or cell start (bullets, numbers, asterisks), an optional question lead-in, the label, its end
 * (a colon, a question mark, `=` as in a saved `key = value` file, or the line's end).
 */
const LABEL_LINE = new RegExp(
  String.raw`^[-*•·>#\d.)\s]{0,6}(?:¿\s?)?(?:(?:what(?:'s|’s| is) |wie lautet |wie ist |quel est |quelle est |cuál es |cual es )(?:your |ihre? |votre |su |tu )?)?(?:${LABEL_KINDS.map((r) => `(${r.source})`).join('|')})[ \t]?\*?[ \t]?(?:\([^()\n]{0,20}\))?[ \t]?\*?[ \t]*(?:[:?：=»›→⇒➜▸]|->|$)`,
  'i',
);
/** A kind's words anywhere in a short question or prompt line ("Unter welcher Nummer erreichen wir Sie?"). */
const LABEL_WORDS = LABEL_KINDS.map((r) => new RegExp(String.raw`(?<!\p{L})(?:${r.source})(?!\p{L})`, 'iu'));
const PROMPT_LINE = /^.{3,80}[?:？]$/u;
/**
 * The kind of customer field a form's question or label asks for, as extraction's lexicon reads it
 * ("What should we call you?", "Où vous envoyer notre réponse ?", "N° tél."): forms in the site's
 * own voice name no field word, and older scripts abbreviate their labels; without this their
 * notices read as personal mail. The lexicon is built once, on first use, and memoises the labels
 * it has seen.
 */
function labelKind(label: string): number | undefined {
  questionLexicon ??= createLabelDictionary();
  const target = questionLexicon.lookup(label)?.target;
  return target === undefined ? undefined : QUESTION_KINDS[target];
}
let questionLexicon: LabelDictionary | undefined;
/** Lexicon targets → the LABEL_KINDS index they count as. */
const QUESTION_KINDS: Partial<Record<string, number>> = {
  name: 0,
  fullName: 0,
  firstName: 0,
  lastName: 0,
  email: 1,
  phone: 2,
  message: 3,
};
/** Where a cell ends in text renderings of tables: pipes, box-drawn verticals, tabs, semicolons. */
const CELL_BREAK = /[|│┃║\t;]/;
/** A cell break of a drawn or tab-separated table (a semicolon is as often prose's). */
const TABLE_CELL_BREAK = /[|│┃║\t]/;

const FORWARD_MARKER =
  /^[ \t>]*(?:-{2,}[ \t]*(?:forwarded message|original message|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|mensaje original)|begin forwarded message:|anfang der weitergeleiteten nachricht:|début du message réexpédié :?|inicio del mensaje reenviado:)/im;

/**
 * The seller's voice. "Our team", "unser Unternehmen", "notre équipe", "nuestra empresa" are the
 * seller's own, except after "for" ("for our team", "für unser Team", "pour notre équipe", "para
 * nuestra empresa"): a customer buying for their company or team names it so.
 */
const PITCH =
  /(?<![\p{L}\p{N}])(?:we (?:offer|provide|specialize|specialise|help (?:businesses|companies|firms|brands|clients|owners)|are an? (?:leading|digital|marketing|full[- ]service|specialist|award)|can help|work with|have helped|build|design|deliver)|(?<!(?:for|für|pour|para) )our (?:services|team|company|agency|clients|customers|products?|solutions?|platform|offer|experts?|rates)|(?:grow|boost|increase|improve|scale) your|your (?:business|company|brand|online presence|rankings?|sales|revenue|marketing|visibility|competitors)|free (?:audit|analysis|demo|sample|trial)|(?:i|we) came across|i(?:'m| am) reaching out|reaching out (?:to|because)|i noticed (?:that )?your|(?:quick|short|15[- ]minute|brief) call|(?:schedule|book) a (?:call|demo|meeting)|would you be (?:open|interested)|are you interested|if you(?:'re| are) interested|special offer|exclusive offer|limited offer|\d+ ?% off|(?:i|we)(?:'d|’d| would) be (?:happy|glad|delighted) to (?:give|offer|provide|quote|show you|drop off|put together)|(?:we|i) can (?:offer|provide|supply) (?:you|your)|(?<!(?:what|how|when|where|which) )would you like (?:me|us) to|(?:please find|attached (?:is|are)|enclosed (?:is|are)) our|our (?:price ?list|catalogue|catalog|brochure|new range|trade prices)|dear (?:valued )?customers|(?:ceo|founder|co-founder|managing director|sales (?:manager|director|executive|representative)|account (?:manager|executive)|business development(?: manager)?|marketing (?:manager|director)|partnerships?(?: manager)?)\s*$|wir (?:bieten|sind (?:eine? (?:agentur|unternehmen|team|dienstleister)|spezialisiert)|helfen (?:ihnen|unternehmen|betrieben|firmen)|unterstützen (?:sie|unternehmen|betriebe)|entwickeln|liefern)|(?<!(?:for|für|pour|para) )unser(?:e|en|em)? (?:team|unternehmen|agentur|angebot|leistungen|dienstleistungen?|kunden|produkte?|lösungen?|experten)|ihr(?:e|en|em)? (?:unternehmen|firma|umsatz|sichtbarkeit|marke|geschäft|betrieb)|kostenlos(?:e|en|es)? (?:analyse|erstgespräch|testversion|muster)|anbei (?:erhalten|senden|finden) sie|(?:unsere|die) (?:aktuelle|neue)n? \p{L}{0,20}preisliste|(?:wir|ich) (?:liefern|bieten) ihnen|gerne? (?:erstellen|unterbreiten|schicken|senden) wir ihnen|(?:liebe|sehr geehrte) kundinnen und kunden|ich bin auf ihre|ich (?:melde|wende) mich (?:bei ihnen )?(?:heute )?(?:mit|wegen)|geschäftsführer(?:in)?\s*$|vertriebs?(?:leiter(?:in)?|mitarbeiter(?:in)?)\s*$|nous (?:proposons|offrons|sommes (?:une? (?:agence|entreprise|société|équipe|cabinet)|spécialisés)|accompagnons|aidons|aidons les|travaillons avec)|(?<!(?:for|für|pour|para) )notre (?:équipe|agence|société|entreprise|offre|solution|expertise)|nos (?:services|solutions|clients|offres|experts|produits|tarifs|prestations)|notre (?:catalogue|gamme|grille tarifaire)|nous vous proposons|nous pouvons intervenir|chers clients|votre (?:entreprise|société|activité|visibilité|chiffre d'affaires|marque)|(?:audit|diagnostic|essai) gratuit|je me permets de vous (?:contacter|écrire)|directeur commercial|directrice commerciale|chargée? d'affaires|ofrecemos|somos una? (?:agencia|empresa|consultora|equipo)|(?:le|te) ayudamos|ayudamos a|(?<!(?:for|für|pour|para) )nuestr[oa]s? (?:equipo|empresa|agencia|servicios?|soluciones|clientes|ofertas?|productos?|expertos)|(?:su|tu) (?:empresa|negocio|marca|visibilidad|facturación)|(?:auditoría|demostración|prueba) gratuita|(?:les|le|te) (?:enviamos|adjuntamos|remitimos) (?:nuestr\p{L}{1,2}|el catálogo|la (?:lista|tarifa)|las tarifas)|nuestr[oa]s (?:tarifas|catálogo|precios|gama)|estimad[oa]s clientes|me pongo en contacto|(?:le|te) escribo para|director comercial|directora comercial|ejecutiv[oa] de cuentas)(?![\p{L}\p{N}])/gimu;

const OPT_OUT =
  /(?<![\p{L}\p{N}])(?:unsubscribe|opt[- ]?out|reply (?:with )?["'“]?(?:stop|remove|unsubscribe)|(?:no longer|don't|do not) (?:wish|want) to (?:receive|hear)|remove you from (?:our|this|my) (?:list|mailing)|(?:won't|will not) hear from (?:me|us) again|ich melde mich nicht mehr|je ne vous (?:relancerai|écrirai) plus|no (?:volveré|volveremos) a escribirle|not interested\? (?:just )?(?:reply|let me know)|abmelden|austragen|keine weiteren (?:e-?mails|nachrichten)|nicht mehr (?:erhalten|kontaktiert)|désinscri\p{L}*|désabonn\p{L}*|ne (?:plus|pas) recevoir|ne souhaitez plus|darse de baja|darte de baja|no (?:desea|deseas|quiere|quieres) recibir|responda (?:con )?["'“]?baja)(?![\p{L}\p{N}])/iu;

/** Job-application and recruiting evidence in en/de/fr/es, one pattern per kind (counted once each). */
const JOB_EVIDENCE: readonly RegExp[] = [
  // Applying for a position.
  /(?<![\p{L}\p{N}])(?:(?:job )?application for (?:the |a |an )?(?:position|role|post|job|vacancy|apprenticeship)|applying for (?:the |a |an |your )?(?:[\w-]+ ){0,3}(?:position|role|post|job|vacancy|apprenticeship)|apply for (?:the |a |your )?(?:[\w-]+ ){0,3}(?:position|role|vacancy)|job application|bewerbung (?:als|um|für|auf)|initiativbewerbung|bewerbe mich|candidature (?:spontanée|pour le poste|au poste|pour un poste|à l'offre|en tant que)|postuler (?:au|à|pour)|je postule|solicitud de empleo|candidatura (?:para|al|espontánea)|(?:me )?postulo (?:al|para)|postularme)(?![\p{L}\p{N}])/iu,
  // A CV: its own words, or "my/attached CV" (a bare "110 CV" is horsepower).
  /(?<![\p{L}\p{N}])(?:curriculum vitae|lebenslauf|currículum(?: vitae)?|hoja de vida|(?:my|mon|mein(?:en)?|mi|the|le|attached|anbei|ci-joint|adjunto)\s+(?:cv|résumé|resume)|(?:cv|résumé|resume)\s+(?:attached|enclosed|ci-joint|anbei|adjunto))(?![\p{L}\p{N}])/iu,
  // A cover letter.
  /(?<![\p{L}\p{N}])(?:cover(?:ing)? letter|anschreiben|motivationsschreiben|lettre de motivation|carta de (?:presentación|motivación))(?![\p{L}\p{N}])/iu,
  // A job advert or opening.
  /(?<![\p{L}\p{N}])(?:vacancy|job (?:posting|advert|ad|opening|offer)|stellenanzeige|stellenangebot|ausbildungsplatz|ausgeschriebene stelle|offre d'emploi|offre de stage|poste (?:à pourvoir|de)|oferta de (?:empleo|trabajo)|puesto de trabajo|vacante)(?![\p{L}\p{N}])/iu,
  // A training place sought: an apprenticeship, a work-experience or internship placement. French
  // "apprentissage" alone is also learning ("l'apprentissage de l'anglais"), so only as a place.
  // "Stage" and "prácticas" alone are also a sports course and practice, so only as a placement.
  // "Un stage" alone is as often a course ("un stage de voile", "stage découverte", "stage pour
  // débutants"), so only "mon stage", or a stage of studies, in a company, of months or of four
  // weeks and more (courses run for days), is a placement.
  /(?<![\p{L}\p{N}])(?:apprentice(?:ship)?s?|work (?:experience )?placement|work experience|internships?|traineeships?|trainee (?:position|place)|ausbildungsplatz|ausbildung (?:zum|zur|als)|lehrstelle|\p{L}{0,20}praktik(?:ums?|ant|antin|umsplatz)|(?:un|en|d'|contrat d')\s?apprentissage|(?:en )?alternance|apprenti(?:e|s|es)?|stagiaire|(?:effectuer|faire|réaliser|trouver|cherche|chercher) mon stage|convention de stage|période de stage|stage (?:de fin d['’]études|d['’]observation|en entreprise|obligatoire|de (?:\d{1,2}|un|deux|trois|quatre|cinq|six) mois|de (?:[4-9]|1\d|quatre|cinq|six|sept|huit|dix|douze) semaines)|(?:hacer|realizar) (?:las |mis |unas )?prácticas|(?:unas|mis) prácticas|periodo de prácticas|convenio de prácticas|prácticas (?:en (?:su|vuestra|tu) empresa|profesionales|curriculares|no remuneradas)|alumn[oa]s? en prácticas|(?:busco|buscando|solicito) (?:unas )?prácticas(?! de (?:conducir|conducción|manejo))|aprendic(?:es)?|aprendiz(?:a)?|fp dual)(?![\p{L}\p{N}])/iu,
  // The writer seeking such a place for themselves: a verb of looking or asking for, then the place
  // within a few words ("I am looking for a work placement", "suche ich für März einen
  // Praktikumsplatz", "je recherche un stage de fin d'études", "busco prácticas"). A student names
  // their course in words no list holds ("second-year undergraduate", "Architekturstudium", "école
  // d'ingénieurs"), so the seeking is the second kind a request for a place shows beside the place.
  /(?<![\p{L}\p{N}])(?:(?:i|we) (?:am |are |'m )?(?:looking|searching|hoping|asking) (?:for|to (?:do|find|complete|gain))|seeking|(?:ich|wir) (?:suche|suchen|bewerbe|möchte|würde gerne)|suche ich|(?:je|nous) (?:re)?cherch\p{L}*|(?:busco|buscamos|estoy buscando|solicito|quisiera (?:hacer|realizar)))(?:[ \t]+[\p{L}\p{N}'’.-]{1,25}){0,7}?[ \t]+(?:(?:work |summer |industrial |year-long )?placements?|internships?|apprenticeships?|traineeships?|work experience|\p{L}{0,20}praktik(?:um|ums|umsplatz|umsstelle)|ausbildungsplatz|lehrstelle|stage (?:de fin d['’]études|d['’]observation|en entreprise|obligatoire|de (?:\d{1,2}|un|deux|trois|quatre|cinq|six) mois|de (?:[4-9]|1\d|quatre|cinq|six|sept|huit|dix|douze) semaines)|alternance|prácticas(?! de (?:conducir|conducción|manejo)))(?![\p{L}\p{N}])/iu,
  // Still at school or college: the writer's own education, as school leavers put it.
  /(?<![\p{L}\p{N}])(?:(?:finish(?:ing)?|leav(?:e|ing)) school|school leaver|gcses?|a-levels?|i(?:'m| am) (?:at|in) (?:college|university|uni|sixth form|year \d{1,2})|i(?:'m| am) (?:a )?student|my (?:college |university )?(?:course|studies|degree)|schulabschluss|realschulabschluss|abitur|mittlere reife|hauptschulabschluss|ich bin in der \d{1,2}\. klasse|ich studiere|mein studium|berufsschule|je suis en (?:terminale|première|seconde|troisième|3e|bts|bac pro|cap|licence|master|but|dut)|je suis étudiante?|mes études|(?:mon|le) bac (?:pro|professionnel)|brevet des collèges|bachillerato|ciclo (?:formativo|de formación profesional)|terminando (?:la eso|el ciclo|el bachillerato)|estoy estudiando|soy estudiante|mis estudios)(?![\p{L}\p{N}])/iu,
  // A recruiter describing their agency.
  /(?<![\p{L}\p{N}])(?:recruit(?:ment|ing) (?:agency|firm|consultancy)|staffing (?:agency|firm|solutions)|talent acquisition|headhunt\p{L}*|personalvermittlung|personaldienstleist\p{L}+|arbeitnehmerüberlassung|cabinet de recrutement|agence (?:de recrutement|d'intérim)|chasseur de têtes|agencia de (?:selección|contratación|reclutamiento)|empresa de trabajo temporal|selección de personal)(?![\p{L}\p{N}])/iu,
  // Candidates offered to the business.
  /(?<![\p{L}\p{N}])(?:(?:pre-?screened|qualified|suitable|vetted) candidates|placement fee|(?:geeignete|passende|qualifizierte|vorausgewählte) kandidat\p{L}*|candidats (?:qualifiés|présélectionnés)|candidatos (?:cualificados|preseleccionados|cualificadas))(?![\p{L}\p{N}])/iu,
];
/**
 * The word lists read over the subject and body, in one pass (./any-of-words.ts): each was a scan
 * of the whole text of its own, together about a third of triage's time, and most text matches
 * none of them.
 */
const readWordLists = createWordListReader(
  [
    SPAM_PHRASES,
    PITCH,
    URGENCY,
    ACCOUNT_NOTICE,
    SERVICE_WORDING,
    OPT_OUT,
    STATED_NEED,
    MODAL_PASSIVE,
    ...JOB_EVIDENCE,
  ],
  'imu',
);

/**
 * The signals of a text's own wording: how often it speaks as a seller ("we offer", "your business",
 * "free audit"), its distinct links and its words, counted as `triageSignals` counts a body's.
 */
export function wordingSignals(text: string): Pick<TriageSignals, 'pitch' | 'urls' | 'words'> {
  const scanned = text.slice(0, MAX_SCAN_CHARS);
  return {
    pitch: count(PITCH, scanned),
    urls: distinctUrls(scanned),
    words: count(WHITE_SPACE_RUN, scanned) + 1,
  };
}

/** A CV or application file attached ("CV_Anna_Berg.pdf", "Lebenslauf.pdf", "Bewerbung.pdf"). */
const CV_FILE =
  /(?:^|[^a-z])(?:cv|resume|résumé|lebenslauf|bewerbung|curriculum|candidature|anschreiben|cover.?letter)(?:[^a-z]|$)/i;

function jobApplication(email: ParsedEmail, wordLists: WordListMatches): number {
  let n = JOB_EVIDENCE.filter((re) => wordLists.test(re)).length;
  if (email.partTypes.some((p) => p.filename !== null && CV_FILE.test(p.filename))) n++;
  return n;
}

/**
 * Links, each address once: a multipart/alternative email carries the same link in its text and
 * its HTML part, and a writer's signature repeats their own site ("W www.…", the logo's link).
 */
function distinctUrls(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(URL)) seen.add(m[0].toLowerCase().replace(/^https?:\/\/|\/+$/g, ''));
  return seen.size;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** The registrable-looking tail (last two labels): mail.acme.example and acme.example agree. */
function baseDomain(domain: string): string {
  return domain.split('.').slice(-2).join('.');
}

/** Text of an HTML body for counting words: tags and entities out, linear. */
function htmlText(html: string): string {
  return html
    .slice(0, MAX_SCAN_CHARS * 4)
    .replace(/<(?:style|script)\b[^>]*>[^<]*<\/(?:style|script)>/gi, ' ')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&[a-z#0-9]{1,10};/gi, ' ');
}

/** Text of an HTML body with block and cell boundaries as line breaks, for finding form labels. */
function htmlLines(html: string): string {
  return html
    .slice(0, MAX_SCAN_CHARS * 4)
    .replace(/<(?:style|script)\b[^>]*>[^<]*<\/(?:style|script)>/gi, ' ')
    .replace(/<\/?(?:br|p|div|span|tr|td|th|li|dt|dd|h[1-6]|table|label|strong|b)\b[^>]{0,2000}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&[a-z#0-9]{1,10};/gi, ' ');
}

/** `"key": "value"` in a JSON text; bounded, no nested quantifiers. */
const JSON_MEMBER = /"([^"\n]{1,80})"\s*:\s*(?:"([^"\n]{0,160})")?/g;
/** Keys whose string value names a field: {"question": "Your email?", "answer": …}, {"name": "phone", "value": …}. */
const JSON_FIELD_NAME_KEY = /^(?:question|label|field|name|key|title|frage|pregunta|champ|campo)$/i;

/**
 * A JSON body's labels as lines the label patterns read: each key ("first_name:"), and the field
 * named by a question or label value of an {question, answer} or {name, value} item. A form relay
 * that mails the submission as JSON labels its fields there, not at line starts.
 */
function jsonLabelLines(text: string): string {
  if (!/^\s*[[{]/.test(text)) return '';
  const out: string[] = [];
  for (const m of text.slice(0, MAX_SCAN_CHARS).matchAll(JSON_MEMBER)) {
    const key = m[1] as string;
    out.push(`${key.replace(/_/g, ' ')}:`);
    const named = m[2];
    if (named && JSON_FIELD_NAME_KEY.test(key)) out.push(/[?:：]\s*$/.test(named) ? named : `${named}:`);
  }
  return out.join('\n');
}

/** Kinds of customer field (0–4) labelled somewhere in the email's text, HTML or text attachments. */
function formLabelKinds(email: ParsedEmail, bodyHtmlLines: () => string): number {
  // Each source is rendered only when reached: an email whose text part names all four kinds needs
  // no HTML rendering here.
  const sources: (() => string)[] = [
    () => email.text,
    () => jsonLabelLines(email.text),
    bodyHtmlLines,
    ...email.attachments.map(
      (a) => () =>
        // Keys of saved files ("given_name = Ann", "e_mail,phone") are labels with their words joined.
        a.kind === 'html'
          ? htmlLines(a.text)
          : a.text.replace(/"/g, '').replace(/,/g, '\n').replace(/_/g, ' '),
    ),
  ];
  const kinds = new Set<number>();
  for (const source of sources) {
    for (const row of source().slice(0, MAX_SCAN_CHARS).split('\n')) {
      // A table row's first cell and a ruled heading are labels as the form wrote them, perhaps
      // abbreviated ("| N° tél. |", "| Adr. mail |", "--- Commentaires ---"): the lexicon reads them.
      const head = ruledHeadingTitle(row) ?? (TABLE_CELL_BREAK.test(row) ? firstCell(row) : undefined);
      const headKind = head ? labelKind(head) : undefined;
      if (headKind !== undefined) kinds.add(headKind);
      for (const line of row.split(CELL_BREAK)) {
        const trimmed = line.trim().slice(0, 120);
        const m = LABEL_LINE.exec(trimmed);
        if (m) {
          for (let k = 0; k < LABEL_KINDS.length; k++) if (m[k + 1] !== undefined) kinds.add(k);
        } else if (PROMPT_LINE.test(trimmed)) {
          for (let k = 0; k < LABEL_WORDS.length; k++) if (LABEL_WORDS[k]?.test(trimmed)) kinds.add(k);
          const asked = endsAsQuestion(trimmed) ? labelKind(trimmed) : undefined;
          if (asked !== undefined) kinds.add(asked);
        }
      }
      if (kinds.size === LABEL_KINDS.length) return kinds.size;
    }
  }
  return kinds.size;
}

/** The first cell of a table row that holds text, if short enough to be a label. */
function firstCell(row: string): string | undefined {
  for (const cell of row.split(TABLE_CELL_BREAK)) {
    const label = cell.trim();
    if (label) return label.length <= MAX_LABEL_CHARS ? label : undefined;
  }
  return undefined;
}

function spamVerdict(h: ReadonlyMap<string, string>): string | null {
  if (VERDICT_FAIL.test(h.get('x-ses-spam-verdict') ?? '')) return 'X-SES-Spam-Verdict: FAIL';
  if (SPAM_STATUS_YES.test(h.get('x-spam-flag') ?? '')) return 'X-Spam-Flag: YES';
  if (SPAM_STATUS_YES.test(h.get('x-spam-status') ?? '')) return 'X-Spam-Status: Yes';
  return null;
}

function calendarPart(email: ParsedEmail): string | null {
  if (!hasCalendarObject(email)) return null;
  if (email.contentType === 'text/calendar') return 'text/calendar body';
  const part = email.partTypes.find(
    (p) => p.contentType === 'text/calendar' || p.contentType === 'application/ics',
  );
  return part ? `${part.contentType} part` : 'calendar file attached';
}

const isOwn = (domain: string, ownDomains: ReadonlySet<string>) =>
  ownDomains.has(domain) || ownDomains.has(baseDomain(domain));

/**
 * The text above a message of the business's own that the email quotes (under a forward-style
 * header block or an "On … wrote:" line), or the whole text. A customer replying to the business's
 * acknowledgement quotes its "a member of our team will call you": the business's words are no
 * seller's pitch to the business.
 */
function withoutOwnQuotedMessage(text: string, ownDomains: ReadonlySet<string>): string {
  // The quoted author's address is read from the text itself, so a text naming none of the
  // business's domains quotes none of its mail: most email is answered here without looking for a
  // forward marker or an attribution line.
  if (!mayNameOwnDomain(text, ownDomains)) return text;
  const own = (from: string | null) => {
    const d = /@([^\s<>()@]{1,253})/.exec(from ?? '')?.[1]?.toLowerCase();
    return !!d && isOwn(d, ownDomains);
  };
  const forward = unwrapForwarded(text);
  if (forward) return own(forward.headers.from) ? forward.preamble : text;
  const reply = splitReply(text);
  return reply && own(reply.quotedFrom) ? reply.authored : text;
}

/**
 * Whether one of `ownDomains` can be spelled in `text`: an address read from the text has a domain
 * that is a lower-cased stretch of it, and one of the business's ends in a domain of `ownDomains`.
 * Lower-casing a stretch alone equals lower-casing it in place except for the Greek final sigma,
 * so a domain with a sigma is always said to be possible.
 */
function mayNameOwnDomain(text: string, ownDomains: ReadonlySet<string>): boolean {
  if (ownDomains.size === 0) return false;
  const lower = text.toLowerCase();
  for (const d of ownDomains) if (lower.includes(d) || /[σς]/.test(d)) return true;
  return false;
}

/** Message-IDs in In-Reply-To/References whose domain is one of `ownDomains`. */
function threadFromOwn(h: ReadonlyMap<string, string>, ownDomains: ReadonlySet<string>): boolean {
  if (ownDomains.size === 0) return false;
  const ids = `${h.get('in-reply-to') ?? ''} ${h.get('references') ?? ''}`.slice(0, 8192);
  for (const m of ids.matchAll(/<[^<>@\s]{1,250}@([^<>\s]{1,253})>/g)) {
    if (isOwn((m[1] ?? '').toLowerCase(), ownDomains)) return true;
  }
  return false;
}

/** The first quote in the body is of mail from one of `ownDomains`, as its attribution line says. */
function quotesOwnMail(body: string, ownDomains: ReadonlySet<string>): boolean {
  const attribution = ATTRIBUTION.exec(body.slice(0, MAX_SCAN_CHARS));
  const address = attribution ? ADDRESS_IN_ATTRIBUTION.exec(attribution[0]) : null;
  return !!address && isOwn(domainOf(address[2] ?? ''), ownDomains);
}

/**
 * `ownDomains`: the business's own mail domains (configured, plus the domains it receives mail
 * at): a thread that started with one of its messages is correspondence, not a new enquiry.
 */
export function triageSignals(email: ParsedEmail, ownDomains: ReadonlySet<string>): TriageSignals {
  const h = email.headers;
  const body = email.text.trim() ? email.text : htmlText(email.html);
  const text = `${email.subject}\n${body}`.slice(0, MAX_SCAN_CHARS);
  // The writer's own words, without the confidentiality notice and company details their employer's
  // mail server adds to every email: its "notify the sender immediately" is no urgency, its share
  // capital ("au capital de 50 000 €") no money talk, its length not what the writer wrote.
  const written = withoutMailFooter(text);
  const rawForUrls = `${text}\n${email.html.slice(0, MAX_SCAN_CHARS)}`;
  const auth = (h.get('authentication-results') ?? '').slice(0, 8192);
  const authFailed = new Set<string>();
  for (const m of auth.matchAll(AUTH_FAIL)) authFailed.add((m[1] ?? '').toLowerCase());
  const letters = email.subject.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  const replyTo = email.replyTo[0];
  const fromDomain = email.from ? baseDomain(domainOf(email.from.address)) : null;
  const calendar = calendarPart(email);
  const wordLists = readWordLists(text);
  // What the writer wrote, without the business's own message a reply quotes (its questions to
  // the customer, its offer): the pitch and the letter's asks are the writer's. The letter is read
  // by its lines, an HTML-only one too: run together on one line, its closing confidentiality
  // notice would take the whole letter with it.
  const authored = withoutOwnQuotedMessage(text, ownDomains);
  // The HTML body's lines are read for the letter and for form labels: rendered once.
  let renderedLines: string | undefined;
  const bodyHtmlLines = () => {
    renderedLines ??= htmlLines(email.html);
    return renderedLines;
  };
  // The letter is read only for the asks and the familiar address, which are lazy below.
  let letter: string | undefined;
  const letterOf = () => {
    if (letter !== undefined) return letter;
    const letterText = email.text.trim()
      ? written
      : withoutMailFooter(`${email.subject}\n${bodyHtmlLines()}`.slice(0, MAX_SCAN_CHARS));
    // Most text has no company footer, so the letter is the text `authored` was cut from.
    letter = letterText === text ? authored : withoutOwnQuotedMessage(letterText, ownDomains);
    return letter;
  };
  const forwarded =
    FORWARD_SUBJECT.test(email.subject) || email.embedded !== null || FORWARD_MARKER.test(text);
  let existingClient: boolean | undefined;
  let enquiry: number | undefined;
  let asks: number | undefined;
  let familiar: boolean | undefined;
  let labelKinds: number | undefined;
  return {
    text,
    spamVerdict: spamVerdict(h),
    virusVerdict: VERDICT_FAIL.test(h.get('x-ses-virus-verdict') ?? ''),
    authFailures: authFailed.size,
    listHeaders: LIST_HEADERS.some((k) => h.has(k)),
    calendarPart: calendar,
    calendarSubject:
      CALENDAR_SUBJECT.test(email.subject) ||
      (CALENDAR_WHEN.test(email.subject) && /\binvit|einladung|invitación/i.test(email.subject)),
    // Only a calendar object's wording is read: the signal exempts nothing else.
    bookingNotice: calendar !== null && BOOKING_NOTICE.test(text.slice(0, MAX_BOOKING_SCAN_CHARS)),
    accountNotice: QUOTA_USED_UP.test(text) || wordLists.test(ACCOUNT_NOTICE),
    orderReference: ORDER_REFERENCE.test(text),
    serviceWording: wordLists.test(SERVICE_WORDING),
    replySubject: isReplySubject(email.subject),
    threaded: h.has('in-reply-to') || h.has('references'),
    threadFromOwnDomain:
      threadFromOwn(h, ownDomains) ||
      (!!email.from && !isOwn(domainOf(email.from.address), ownDomains) && quotesOwnMail(body, ownDomains)),
    // Only the rules for an email that is not a trusted form read it, and it is triage's costliest
    // pattern set (~60 µs a notice in the processor bench): worked out when first asked.
    get existingClient() {
      existingClient ??= existingClientRequest(text);
      return existingClient;
    },
    replyToMismatch:
      replyTo !== undefined && fromDomain !== null && baseDomain(domainOf(replyTo.address)) !== fromDomain,
    // The pieces split(/\s+/) would give, without making them: one more than the runs of spaces.
    words: count(WHITE_SPACE_RUN, written) + 1,
    urls: distinctUrls(rawForUrls),
    shortenedUrls: count(SHORTENER, rawForUrls),
    money: count(MONEY, written.replace(PRICED_ROW, '').replace(CUSTOMER_BUDGET, '')),
    urgency: wordLists.count(URGENCY, written),
    // The model reads these three and formLabelKinds only when its scores could decide otherwise
    // without them (triage-model.ts LAZY_FEATURES), the rules formLabelKinds only for some emails:
    // each is worked out when first asked.
    get enquiry() {
      enquiry ??=
        count(ENQUIRY, written) +
        wordLists.count(STATED_NEED, written) +
        wordLists.count(MODAL_PASSIVE, written);
      return enquiry;
    },
    get businessAsks() {
      asks ??= businessAsks(letterOf());
      return asks;
    },
    // A colleague forwarding a customer's letter may write to the owner in familiar address: that
    // note is between the two of them, and says nothing of the customer's letter below it.
    get familiar() {
      familiar ??= !forwarded && familiarNote(letterOf());
      return familiar;
    },
    spamPhrases: wordLists.count(SPAM_PHRASES, text),
    subjectShouting: letters.length >= 8 && capitals / letters.length > 0.6,
    exclamations: count(/!/g, text),
    htmlOnly: !email.text.trim() && email.html.length > 0,
    get formLabelKinds() {
      labelKinds ??= formLabelKinds(email, bodyHtmlLines);
      return labelKinds;
    },
    forwarded,
    pitch: wordLists.count(PITCH, authored),
    optOut: wordLists.test(OPT_OUT),
    jobApplication: jobApplication(email, wordLists),
  };
}
