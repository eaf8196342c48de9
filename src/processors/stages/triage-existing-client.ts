/**
 * An existing client writing about what they already have with the business (an appointment, a
 * booking, an order, a job, an invoice) is customer service, not a new lead. Two things say so
 * together, a few lines apart:
 *  - the thing is theirs and exists: "my appointment on …", "our booking ref GL-20931", "meinem
 *    Termin am Freitag", "notre rendez-vous du 15", "la reserva que hice", "the job you did", "we
 *    have a table booked", "tengo reservada la clase";
 *  - they ask what only a client asks: to move or cancel it, that they cannot come or are late
 *    (a firm ask), or to confirm it, change the number of people, what to bring, how the job
 *    stands, about the bill or to have it corrected (a soft ask).
 * A fault or warranty claim near what the business supplied or did ("the boiler you installed has
 * stopped working", "die Fenster, die Sie eingebaut haben, sind undicht") says it too.
 * A new customer asking to book ("I'd like to book", "ich möchte … reservieren", "je souhaite
 * réserver", "quisiera pedir cita") also writes "please confirm my booking" or "what should I
 * bring": when they ask to book, only a firm ask counts. Neither part alone is enough: "move",
 * "verschieben", "cambiar la fecha" about a job not yet booked, or a marketplace's "Request #12345",
 * belong to new enquiries. Contracts are left out: "cancel my contract" is as often about the
 * supplier a new customer is leaving.
 *
 * Pure and bounded: the patterns are fixed, without nested quantifiers over overlapping classes,
 * and run over at most the caller's scan window; matches are paired by position, not by a pattern
 * spanning both parts.
 */
import { anyOfWords } from './any-of-words.js';

/** A firm or soft ask this far (characters) from the client's booking is about that booking. */
const NEAR_CHARS = 200;

/** Small counts of people as words, for "two more people", "zwei Personen mehr". */
const COUNT_EN = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const COUNT_DE = String.raw`(?:\d{1,2}|eine[nr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)`;
const COUNT_FR = String.raw`(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)`;
const COUNT_ES = String.raw`(?:\d{1,2}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)`;

/**
 * Bounded by letters and digits, not `\b`: `\b` is ASCII-only and never sits next to "é" or "ü".
 * Lower-case patterns run on lower-cased text, without the `i` flag: case-folding every Unicode
 * letter class of these patterns made compiling them cost over 50 ms on the first email.
 */
const words = (alternatives: readonly string[], flags = 'gu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);

/**
 * An order, booking, ticket or case number ("Order #12345", "Ticket 4471", "Bestellnummer: 4711",
 * "commande n° 8812", "Buchungsbestätigung Nr. 2026-0142"). A marketplace's own "Request #12345" or
 * "Anfrage 12345" names the enquiry, not something the customer has, and is not one.
 */
export const ORDER_REFERENCE =
  /\b(?:(?:order|ticket|case|booking|reservation|invoice|rma|job|bestellung|bestellnr|bestellnummer|auftrag|auftragsnummer|buchung|buchungsnummer|reservierung|rechnung|vorgang|commande|réservation|dossier|facture|billet|pedido|reserva|factura|incidencia|caso)(?:[ \t]+confirmation)?|(?:auftrag|buchung|reservierung|bestell(?:ung)?|termin)s?bestätigung)\.?(?:[ \t]*(?:number|no\.?|nr\.?|nummer|n°|nº|n\.º|núm\.?|número|numéro|ref(?:erence)?\.?|référence|referencia|referenz|id))?[ \t]*[:#]?[ \t]*#?[A-Z]{0,4}-?\d{4,}\b/i;
const ORDER_REFERENCES = new RegExp(ORDER_REFERENCE.source, 'gi');

/**
 * The writer's own, existing booking, appointment, order or job. German windows may cross a full
 * stop: dates are written "am 14. März", "Samstag, 19. Dezember".
 */
const THEIRS = words([
  // en: "my 10:30 appointment", "our table booking", "the appointment on Tuesday", "the job you did".
  String.raw`(?:my|our)[ \t]+(?:[\p{L}\p{N}:.'’-]{1,20}[ \t]+){0,2}?(?:appointment|booking|reservation|order(?![ \t]+of)|visit|session|consultation|lesson|class|slot|table|room|stay|delivery|installation|job)s?`,
  String.raw`the[ \t]+(?:appointment|booking|reservation|visit|session|consultation|lesson|class)[ \t]+(?:on|for|at|this|next|tomorrow|today|we|i|you)`,
  // "we ordered the oak table from you": an order the writer placed with the business.
  String.raw`(?:i|we)[ \t]+(?:ordered|bought|purchased)[^.?!\n]{0,40}?from you`,
  String.raw`(?:the|your)[ \t]+(?:[\p{L}-]{1,20}[ \t]+)?(?:job|work|repair|installation|service|visit)[ \t]+(?:you|your (?:team|engineer|fitter|guys))[ \t]+(?:did|done|carried out|completed|started|fitted|installed|are doing)`,
  // "I have an appointment", "we booked a table", "we have a table booked", but not "can I have …".
  String.raw`(?<!(?:can|could|may|might|would|to)[ \t]+)(?:i|we)(?:['’]ve)?[ \t]+(?:have|had|booked|made|reserved)[ \t]+(?:an?|the|our|my)[ \t]+(?:[\p{L}\p{N}:-]{1,15}[ \t]+){0,2}?(?:appointment|booking|reservation|table|room|session|lesson|class|visit|consultation)`,
  // Booked in by the business: "you've got me down for Friday", "I'm booked in for the 14th".
  String.raw`(?:you['’]ve|you have)[ \t]+(?:got[ \t]+)?(?:me|us)[ \t]+(?:down|booked(?:[ \t]+in)?|in|pencil+ed[ \t]+in)[ \t]+for`,
  // Not "we're down for a holiday" nor "booked for a holiday": the booking must be with them.
  String.raw`(?:i['’]m|i[ \t]+am|we['’]re|we[ \t]+are)[ \t]+(?:(?:booked|pencil+ed)[ \t]+in[ \t]+(?:with[ \t]+you[ \t]+)?for|(?:booked|scheduled)[ \t]+(?:in[ \t]+)?with[ \t]+you)`,
  // de: "meinem Termin am Freitag", "unsere Reservierung", "den Termin am Donnerstag", "die Arbeiten, die Sie …".
  String.raw`(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)[ \t]+(?:[\p{L}\p{N}.:-]{1,20}[ \t]+){0,2}?(?:\p{L}{0,20}termin|buchung|reservierung|bestellung|auftrag|besuch|tisch|zimmer|kurs|lieferung|sitzung|behandlung)(?:e|en|es|s)?`,
  String.raw`(?:den|der|dem|die)[ \t]+(?:\p{L}{0,20}termin|buchung|reservierung|besuch)[ \t,]+(?:am|um|vom|für|morgen|heute|nächste\p{L}*|diese\p{L}*|bei)`,
  String.raw`(?:die|der|das)[ \t]+(?:arbeiten|arbeit|auftrag|reparatur|montage|installation|einbau)[ \t,]+(?:die|den|das)[ \t]+(?:sie|ihr)`,
  String.raw`(?:ich habe|wir haben|habe ich|haben wir)[^?!\n]{0,80}?(?:termin bei (?:ihnen|euch|dir)|gebucht|reserviert|bestellt|beauftragt|vereinbart)`,
  // "ich bin bei Ihnen für Donnerstag eingetragen", "für morgen sind Sie bei uns eingeplant".
  String.raw`(?:ich bin|wir sind|bin ich|sind wir)[^.?!\n]{0,60}?(?:eingetragen|angemeldet|eingeplant|vorgemerkt|eingebucht)`,
  String.raw`(?:sind sie|ist ihr (?:team|monteur|techniker))[ \t]+bei (?:uns|mir)[^.?!\n]{0,40}?(?:eingeplant|angemeldet|eingetragen|vorgesehen)`,
  // fr: "mon rendez-vous", "notre rendez-vous du 15", "au rendez-vous de jeudi", "les travaux que vous …".
  String.raw`(?:mon|ma|mes|notre|nos)[ \t]+(?:rendez-vous|rdv|réservation|commande|intervention|séance|cours|visite|chantier|table|chambre|livraison|consultation)s?`,
  String.raw`(?:le|au|du|la|l['’])[ \t]*(?:rendez-vous|rdv|réservation|séance|visite|intervention|cours)[ \t]+(?:de|du|d['’]|prévue?|fixée?|pour|à|le|que|n°)`,
  String.raw`(?:j['’]ai|nous avons)[ \t]+(?:(?:un |le )?rendez-vous|rdv|réservé|pris (?:un )?rendez-vous|commandé)`,
  String.raw`(?:les travaux|l['’]intervention|le chantier)[ \t]+(?:que vous|réalisée?s? par vous|de la semaine)`,
  // "je suis inscrite chez vous mardi", "vous m'avez noté pour jeudi".
  String.raw`(?:je suis|nous sommes)[ \t]+(?:inscrit|noté|programmé|prévu)e?s?[ \t]+(?:chez vous|avec vous|pour)`,
  String.raw`vous (?:m['’]|nous )avez[ \t]+(?:inscrit|noté|programmé)e?s?`,
  // es: "mi cita", "mi primera clase", "la cita del jueves", "la reserva que hice", "tengo reservada".
  String.raw`(?:mi|mis|nuestra|nuestras|nuestro|nuestros)[ \t]+(?:[\p{L}\p{N}:]{1,15}[ \t]+){0,2}?(?:cita|reserva|pedido|encargo|visita|sesión|clase|mesa|habitación|instalación)s?`,
  String.raw`(?:la|el)[ \t]+(?:cita|reserva|clase|sesión|visita)[ \t]+(?:del|de|para|que|n\.?º)`,
  String.raw`(?:tengo|tenemos|tenía|teníamos)[ \t]+(?:una[ \t]+)?(?:cita|reserva|reservad[oa]s?|hora)`,
  // "me toca la sesión con vosotros", "estoy apuntada para el martes".
  String.raw`me[ \t]+toca(?:ba)?[ \t]+(?:la|el)[ \t]+(?:sesión|clase|cita|revisión|visita|consulta)`,
  String.raw`(?:estoy|estamos|me tenéis|me tienen)[ \t]+(?:apuntad|citad|reservad)[oa]s?`,
  `(?:reservé|reservamos|hice una reserva|hicimos una reserva|pedí cita|pedimos cita)`,
  String.raw`el[ \t]+trabajo[ \t]+que[ \t]+(?:nos[ \t]+)?(?:hicieron|hicisteis|hizo|realizaron)`,
]);

/**
 * A bill the writer received. It pairs only with a soft ask ("charged twice", "ne correspond pas"):
 * "change" or "cancel" next to "my electricity bill" or "mi factura" is what a new customer of an
 * energy or phone business writes about their current supplier.
 */
const BILL = words([
  String.raw`(?:my|our|your|the)[ \t]+(?:invoice|bill)s?`,
  String.raw`(?:mein|meine|unsere|ihre|eure|die)[ \t]+rechnung(?:en)?`,
  String.raw`(?:ma|mes|notre|votre|vos|la)[ \t]+factures?`,
  String.raw`(?:mi|mis|nuestra|su|vuestra|la)[ \t]+facturas?`,
]);

/**
 * What the business supplied or did for the writer: "the boiler you installed", "die Fenster, die
 * Sie eingebaut haben", "la chaudière que vous avez installée", "la caldera que nos instalaron",
 * "we bought it from you". With a fault or a warranty claim near it, the writer is a client.
 */
const SUPPLIED = words([
  String.raw`(?:you|your (?:team|engineers?|fitters?|installers?|technicians?|company|guys))[ \t]+(?:installed|fitted|supplied|delivered|sold|built|laid|replaced|repaired|serviced|put in)`,
  String.raw`(?:bought|purchased|ordered)[^.?!\n]{0,40}?from you`,
  String.raw`(?:die|der|das|den)[ \t]+(?:sie|ihr (?:team|monteur|techniker))[^.?!\n]{0,60}?(?:eingebaut|installiert|montiert|geliefert|verlegt|repariert|ausgetauscht|verkauft)`,
  String.raw`(?:bei|von) (?:ihnen|euch)[ \t]+(?:gekauft|bestellt|erworben)`,
  String.raw`que vous (?:nous |m['’])?(?:avez|aviez)[ \t]+(?:installé|posé|livré|vendu|réparé|remplacé|monté)\p{L}{0,2}|(?:acheté|commandé)\p{L}{0,2} chez vous`,
  String.raw`que (?:nos |me )?(?:instalaron|colocaron|vendieron|entregaron|repararon|cambiaron|montaron|pusieron)|(?:compré|compramos|pedí|pedimos)[^.?!\n]{0,40}?(?:a ustedes|con ustedes)`,
]);

/** A fault in what was supplied, or a claim under its warranty: a client's complaint, never an enquiry. */
const FAULT = words([
  `stopped working|(?:isn['’]t|aren['’]t|is not|are not) working|(?:doesn['’]t|does not|don['’]t|do not) work|broke(?:n| down)?|leak(?:s|ing)?|faulty|defective|warranty|guarantee`,
  String.raw`funktionier\p{L}* nicht|geht nicht mehr|defekt|kaputt|undicht|tropft|ausgefallen|garantie\p{L}*|gewährleistung|reklamation|reklamier\p{L}*`,
  `ne (?:fonctionne|marche) (?:plus|pas)|en panne|fuit|cassée?s?|défectueu(?:x|se)s?|garantie|réclamation`,
  `no funciona|dejó de funcionar|ha dejado de funcionar|se ha roto|averiad[oa]s?|gotea|defectuos[oa]s?|garantía|reclamación`,
]);

/** Asks that change or call off an existing booking, or say the client cannot keep it. */
const FIRM_ASK = words([
  String.raw`reschedul\p{L}*|re-schedul\p{L}*|postpone\p{L}*|cancel\p{L}*|call (?:it )?off`,
  `push (?:it |this |that |the (?:date|time|appointment|booking) )?back|bring (?:it |this |that |the (?:date|time|appointment|booking) )?forward`,
  `(?:move|shift|change) (?:it|this|that|(?:the|my|our) (?:date|time|day|appointment|booking|reservation|visit|session|slot|table))`,
  `(?:won['’]t|will not|can['’]t|cannot|can not|couldn['’]t|not be able to|unable to) (?:make it|make|attend|come|be there)`,
  String.raw`(?:running|be) (?:a (?:bit|little|few minutes) |about \d{1,2} minutes |\d{1,2} (?:minutes|mins) )?late`,
  String.raw`verschieb\p{L}*|verleg\p{L}*|vorverleg\p{L}*|umbuch\p{L}*|absag\p{L}*|abzusagen|stornier\p{L}*|storno|ändern|änderung|verspät\p{L}*|später kommen`,
  String.raw`(?:kann|können) (?:leider )?nicht[^.?!\n]{0,60}?(?:kommen|teilnehmen|wahrnehmen|erscheinen|dabei sein)|(?:schaffe|schaffen) es (?:leider )?nicht`,
  String.raw`décal\p{L}*|report\p{L}*|déplac\p{L}*|avancer|modifi\p{L}*|annul\p{L}*|changer (?:la date|l['’]heure|le jour|de date|d['’]heure)`,
  `ne (?:pourrai|pourrons|pourra|peux|pouvons|serai|serons) (?:pas|plus)|(?:serai|serons) empêchée?s?|en retard`,
  String.raw`(?:cambiar|mover)(?:la|lo| (?:la|el|mi|nuestra) (?:cita|reserva|fecha|hora|día|clase|sesión|visita))|aplaz\p{L}*|pospon\p{L}*|retras\p{L}*|adelant\p{L}*|modific\p{L}*|anul\p{L}*`,
  `no (?:podré|podremos|puedo|podemos|voy a poder|vamos a poder) (?:ir|asistir|venir|acudir|llegar)|(?:llegaré|llegaremos) tarde`,
  // Something came up, and the booking moved to another day: "pasarla al jueves", "sie auf nächste Woche".
  String.raw`something (?:has )?come up|(?:etwas|was) dazwischengekommen|(?:un|une) (?:empêchement|imprévu)|(?:me|nos) ha surgido|un imprevisto|(?:pasar|mover)(?:la|lo)[ \t]+(?:al?|para)[ \t]`,
]);

/** Asks a client has about a booking they keep: a new customer asking to book may write them too. */
const SOFT_ASK = words([
  String.raw`confirm\p{L}*|(?:what|anything)[^.?!\n]{0,30}?(?:bring|wear)`,
  String.raw`${COUNT_EN} (?:more|extra|additional) (?:people|persons|guests|adults|children)|(?:to|for) ${COUNT_EN} (?:people|persons|guests) instead|from \d{1,2} to \d{1,2} (?:people|persons|guests)|make it ${COUNT_EN} (?:people|persons|guests)|number of (?:people|guests|persons)|party size|(?:do|make it|have it|come)[^.?!\n]{0,30}?instead`,
  String.raw`(?:any )?(?:update|news) on|status of|how (?:is|are)[^.?!\n]{0,30}?going|when (?:will|can|are) you[^.?!\n]{0,20}?(?:back|finish|come)|when (?:will|would|is|does)[^.?!\n]{0,30}?(?:arrive|be delivered|be fitted|be installed)|(?:heard|had) nothing`,
  `charged twice|double[- ]charged|overcharged|wrong amount|(?:doesn['’]t|does not|don['’]t) match|(?:question|query) (?:about|on|regarding)|(?:corrected|amended|revised) (?:invoice|bill)|credit note`,
  String.raw`bestätig\p{L}*|mitbringen|mitnehmen|${COUNT_DE} (?:personen|person|gäste|gast) mehr|personenzahl|anzahl der (?:personen|gäste)|stand der|wie weit|wann (?:kommen|können|werden) sie|doppelt|stimmt nicht|fragen? zur?|korrigierte\p{L}* rechnung|rechnungskorrektur|gutschrift`,
  `apporter|${COUNT_FR} (?:personnes?|invités?|couverts?) de plus|nombre de (?:personnes|couverts|convives|participants|invités)|où en (?:est|sont)|avancement|(?:facturée?s?|payée?s?) deux fois|ne correspond pas|erreur sur|questions? (?:sur|concernant|à propos)|facture (?:rectificative|corrigée)|un avoir`,
  `llevar|traer|${COUNT_ES} (?:personas?|invitados?|comensales?) más|número de (?:personas|comensales|invitados|asistentes)|cómo va|qué estado|cuándo (?:vienen|vendrán|terminan|van a)|cobrado dos veces|no coincide|(?:duda|pregunta) sobre|factura (?:rectificativa|corregida)`,
]);

/**
 * A copy of a bill or receipt the writer already has, or one they paid for and never got: only a
 * client has an invoice to copy ("a copy of the invoice", "eine Rechnungskopie", "un duplicata de
 * ma facture", "una copia de la factura", "never received a receipt"), or a receipt or proof of
 * payment sent ("could you send me a receipt", "eine Quittung zuschicken", "m'envoyer un
 * justificatif de paiement", "mandarme el comprobante de pago"). A new customer asks whether the
 * business invoices ("Do you provide an invoice?"), which none of these says.
 */
const BILL_COPY = words([
  String.raw`(?:copy|duplicate) of (?:the|my|our|that|this|an?) (?:[\p{L}-]{1,20} )?(?:invoice|bill|receipt)s?|(?:invoice|receipt) copy|(?:never|didn['’]t|did not|haven['’]t|have not) (?:received|got(?:ten)?) (?:a|the|my|any|an) (?:receipt|invoice)|(?:send|e-?mail|forward|resend|re-send|need)[^.?!\n]{0,30}?(?:receipt|proof of payment)`,
  String.raw`(?:kopie|duplikat|zweitschrift) (?:der|meiner|unserer|einer|ihrer) (?:rechnung|quittung)|rechnungs(?:kopie|duplikat)|quittungskopie|(?:keine|nie eine) (?:rechnung|quittung) (?:bekommen|erhalten)|(?:quittung|zahlungsbeleg|zahlungsbestätigung)[^.?!\n]{0,40}?(?:schicken|senden|zukommen|mailen)|(?:schicken|senden|benötige|brauche)[^.?!\n]{0,40}?(?:quittung|zahlungsbeleg|zahlungsbestätigung)`,
  String.raw`(?:copie|duplicata) (?:de|d['’]) ?(?:la|ma|notre|cette|une|mon|du)? ?(?:facture|reçu|note)|(?:copie|duplicata) du reçu|(?:pas|jamais) reçu (?:de |la |ma |mon |le )?(?:facture|reçu)|(?:envoyer|renvoyer|transmettre|besoin d['’]un)[^.?!\n]{0,40}?(?:reçu|justificatif de paiement|attestation de paiement|facture acquittée)`,
  String.raw`(?:copia|duplicado) (?:de|del) (?:la |mi |nuestra |esa |una )?(?:factura|boleta|recibo)|no (?:he|hemos) recibido (?:la |mi |ningún |ninguna |el )?(?:factura|recibo)|(?:enviar|mandar|reenviar|necesito)[^.?!\n]{0,40}?(?:recibo|comprobante de pago|justificante de pago)`,
]);

/** Any of the kinds of ask, in one pattern (./any-of-words.ts). */
const ANY_ASK = anyOfWords([FIRM_ASK, FAULT, SOFT_ASK, BILL_COPY], 'u');

/** A new customer asking to book, or whether there is room: the booking they mention is the one they ask for. */
const ASKS_TO_BOOK = words(
  [
    `(?:i['’]d|i would|we['’]d|we would|i want to|we want to|i wish to|(?:i['’]m|we['’]re) looking to) (?:like to |love to )?(?:book|make an?|schedule|arrange|reserve|get an?)`,
    `(?:can|could|may) (?:i|we) (?:book|make an?|schedule|arrange|reserve|get an?|have an?)|do you have (?:any )?(?:availability|space|a (?:slot|table|room))|(?:is there|have you got) (?:any )?availability`,
    String.raw`(?:ich|wir) (?:möchte|möchten|würde gern|würden gern|hätte gern|hätten gern)[^?!\n]{0,80}?(?:buchen|reservieren|vereinbaren|termin)|(?:kann|könnte|können) (?:ich|wir)[^.?!\n]{0,40}?(?:buchen|reservieren)|haben sie[^.?!\n]{0,30}?(?:zeit|frei|platz)`,
    String.raw`(?:je|nous) (?:souhaite|souhaitons|souhaiterais|souhaiterions|voudrais|voudrions|veux|aimerais|aimerions)[^.?!\n]{0,40}?(?:réserver|prendre (?:un )?rendez-vous|prendre rdv|un rendez-vous)|(?:puis-je|pourrais-je|pouvons-nous) (?:réserver|prendre|avoir)|avez-vous (?:de la |des )?disponibilit\p{L}*`,
    String.raw`(?:quisiera|quiero|querría|queremos|me gustaría|nos gustaría)[^.?!\n]{0,40}?(?:reservar|pedir (?:una )?cita|una cita)|(?:puedo|podría|podemos) (?:reservar|pedir)|(?:tienen|tenéis|tiene|hay) disponibilidad`,
  ],
  'u',
);

/** Start and end offsets of every match. */
function spans(re: RegExp, text: string): [number, number][] {
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const near = (a: readonly [number, number][], b: readonly [number, number][]) =>
  a.some(([as, ae]) => b.some(([bs, be]) => bs - ae <= NEAR_CHARS && as - be <= NEAR_CHARS));

/**
 * Whether `text` (an email's subject and body, or a form's message) is an existing client writing
 * about their booking. `asksToBook`: the email says elsewhere that a new booking was made or asked
 * for (a booking tool's notice), as an ASKS_TO_BOOK wording in the text does.
 */
export function existingClientRequest(text: string, asksToBook = false): boolean {
  // Lower-casing keeps offsets close enough for NEAR_CHARS (a few letters change length).
  const lower = text.toLowerCase();
  // Every answer needs an ask: the asks are looked for first, and most mail has none (a form's
  // notice, a new enquiry), so the longer patterns for the client's own booking never run on it.
  if (!ANY_ASK.test(lower)) return false;
  const firm = spans(FIRM_ASK, lower);
  const fault = spans(FAULT, lower);
  const soft = spans(SOFT_ASK, lower);
  const billCopy = spans(BILL_COPY, lower).length > 0;
  if (firm.length === 0 && fault.length === 0 && soft.length === 0 && !billCopy) return false;
  const theirs = [...spans(THEIRS, lower), ...spans(ORDER_REFERENCES, text)];
  if (theirs.length > 0 && near(theirs, firm)) return true;
  // A fault in what the business supplied or did is a complaint, whatever else the text asks.
  if (fault.length > 0 && near([...theirs, ...spans(SUPPLIED, lower)], fault)) return true;
  if ((soft.length === 0 && !billCopy) || asksToBook || ASKS_TO_BOOK.test(lower)) return false;
  return billCopy || near([...theirs, ...spans(BILL, lower)], soft);
}
