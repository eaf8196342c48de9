/**
 * What is not the customer: footers, signatures and separators that notification templates and
 * forwarders add around the form data. Patterns are compiled once at module load.
 */

/**
 * A line that starts the footer: everything after it belongs to the sender, not the customer.
 * Also a form's completion time ("Completed in 3 min 41 s", "Ausgefüllt in 2 Min.", "Terminé en 4
 * min", "Completado en 3 min"), which closes a one-question-per-screen form's answers. A tool's
 * credit ("Sent via Formbridge", "(Envoyé via : Site)") is a footer, "Submitted by: Anna Weber" a label;
 * so is a mail app's ("Sent from my iPhone", "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
 * "Enviado desde mi móvil", "Get Outlook for Android"). "Questions?",
 * "¿Dudas sobre el portal?", "View/reply in your dashboard", "Antworten verwalten Sie im
 * Dashboard", "Diese Buchung verwalten Sie im Portal" and "Gestiona tus formularios desde el panel"
 * lines are the platform's help and link lines, and so is a booking tool's "Please confirm or
 * decline" ("Bitte bestätigen oder ablehnen", "Merci de confirmer ou refuser", "Confirma o
 * rechaza"); "your leads" is the platform's voice, "your lead time" the customer's. A tips box's
 * heading alone on its line ("Pro tips", "Profi-Tipps", "Nos conseils", "Consejos") opens the
 * platform's advice to the business, which a side column puts right under the customer's text.
 * The platform thanking for its use ("Thanks for using…", "Gracias por usar…") is its voice too:
 * a customer thanks in advance or for a reply.
 */
export const FOOTER_LINE =
  /^(?:(?:many )?thanks for using\b|thank you for (?:using|choosing)\b|(?:vielen )?dank,? dass sie [^\n]{1,40} (?:nutzen|verwenden)\b|merci d['’](?:utiliser|avoir (?:utilisé|choisi))\b|gracias por (?:usar|utilizar|elegir|confiar en)\b|(?:completed|finished|filled (?:in|out)|answered|ausgefüllt|abgeschlossen|beantwortet|terminé|complété|rempli|répondu|completado|completada|terminado|respondido|rellenado|contestado) (?:in|en) \d|you (?:are )?receiv(?:ed|ing) this|this (?:e-?mail|message|notification|lead) (?:was|has been|is) (?:sent|generated|delivered)|to (?:stop receiving|unsubscribe)|unsubscribe|manage (?:your )?(?:e-?mail |notification )?(?:preferences|settings|notifications)|update your (?:e-?mail )?preferences|©|\(c\) ?\d{4}|copyright\b|sent from my\b|(?:get|obtener|obtenir|t[ée]l[ée]charger|descargar) outlook (?:for|para|pour)\b|outlook für [^\n]{1,20} herunterladen|von mail für windows gesendet|envoyé à partir de (?:courrier|outlook|mail)\b|von meinem [^\n]{1,40} gesendet|gesendet (?:von|mit) meinem\b|envoyé de mon\b|powered by\b|sie erhalten diese|diese (?:e-?mail|nachricht) wurde|abmelden\b|abbestellen\b|vom newsletter abmelden|vous recevez ce|vous avez reçu ce|cet e-?mail a été|ce message a été (?:envoyé|généré)|se désabonner|désinscri|pour ne plus recevoir|recibes este|has recibido este|recibió este|este (?:correo|mensaje|e-?mail|formulario|aviso) (?:fue|ha sido|se ha) (?:enviado|generado)|this form was (?:sent|submitted)|dieses formular wurde|ce formulaire a été|darse de baja|cancelar (?:la )?suscripción|para dejar de recibir|privacy policy|datenschutzerklärung|politique de confidentialité|política de privacidad|view (?:this|it) in (?:your|a) browser|(?:simply |just )?reply (?:directly )?to this (?:e-?mail|message)|antworten sie (?:(?:einfach|direkt|bitte) )*auf diese|répondez (?:directement |simplement )?à ce(?:t)? (?:e-?mail|message|courriel)|(?:respond[ae]|contest[ae]) (?:directamente |simplemente )?a este (?:correo|mensaje|e-?mail)|(?:view|see|open) (?:the |this |your )?(?:listing|property|ad|advert|vehicle|event|booking|appointment|meeting|reservation)\b|zum (?:inserat|angebot|objekt)\b|(?:termin|buchung)(?: in der app| im kalender)? ansehen\b|voir l.annonce|voir (?:l.événement|le rendez-vous|la réservation)\b|ver (?:el )?anuncio|ver (?:el evento|la cita|la reserva)\b|manage (?:your |all |this |the )?(?:leads?|listings?|bookings?|reservations?|enquir(?:y|ies)|inquir(?:y|ies)|contacts?|requests?|account)\b|view (?:the|this|all) (?:lead|leads|enquiry|inquiry|request)s? in|(?:(?:any |got |more )?(?:questions|problems|issues|trouble)|need help|fragen|noch fragen|probleme|hilfe|(?:des |une )?(?:questions?|problèmes?|soucis)|besoin d.aide|¿?(?:dudas|preguntas|problemas|alguna duda|necesitas ayuda|necesita ayuda))(?: (?:about|on|regarding|with|zu[mr]?|über|mit|sur|concernant|avec|sobre|acerca de|con) [^\n?]{1,40})?\s?\?\s|(?:view|see|open|read|reply|respond|answer|voir|répondre|repondre|consulter|ver|responder|consultar|contestar)\b[^\n]{0,50}\b(?:dashboard|inbox|app|account|portal|panel|tableau de bord|espace(?: (?:pro|client|partenaire|professionnel))?|bandeja de entrada)\b|gérer vos|gérez vos|(?:verwalten|bearbeiten) sie (?:ihre|diese|alle)|(?:(?:diese|ihre|alle) )?(?:anfragen|antworten|leads|einträge|buchung(?:en)?|reservierung(?:en)?|termine?) (?:verwalten|bearbeiten) sie\b[^\n]{0,40}\b(?:dashboard|portal|konto|kundenbereich)\b|(?:manage|gestiona|gestione|gestionar)\b[^\n]{0,50}\b(?:dashboard|panel|portal)\b|alle anfragen (?:verwalten|ansehen)|(?:please )?(?:confirm|accept) or (?:decline|reject)\b|(?:bitte )?(?:bestätigen|annehmen) oder ablehnen\b|(?:merci de |veuillez )?(?:confirmer|accepter) ou (?:refuser|décliner)\b|(?:por favor,? )?(?:confirma|confirme|acepta|acepte)r? o (?:rechaza|rechace)r?\b|gestion[ae]r? (?:tus|sus) (?:leads|contactos|anuncios|solicitudes|reservas)|(?:log|sign) ?in(?: to)? (?:your|the)\b[^\n]{0,40}\b(?:account|dashboard|inbox)|(?:melden|loggen) sie sich\b[^\n]{0,40}\b(?:an|ein)\b|connectez-vous\b|inicia(?:r)? sesión\b|impressum\b|(?:(?:a|an|the|their|his|her|die|eine|seine|ihre|la|le|les|sa|son|ses|leurs|une|el|los|sus|su|una) )?(?:(?:business |contact |visiting )?card|v-?card|contact (?:details|info(?:rmation)?)|(?:kontakt)?daten|visitenkarte|kontaktkarte|carte de (?:visite|contact)|fiche contact|coordonnées|tarjeta(?: de contacto| de visita)?|datos de contacto)\b[^\n]{0,60}(?:attached|enclosed|anhang|angehängt|beigefügt|joint|pièce jointe|adjunt)|(?:se adjuntan?|adjuntamos|ci-jointe?s?|anbei|attached|enclosed)\b[^\n:]{0,40}\b(?:(?:business |contact |visiting )?card|v-?card|contact (?:details|info(?:rmation)?)|(?:kontakt)?daten|visitenkarte|kontaktkarte|carte de (?:visite|contact)|fiche contact|coordonnées|tarjeta(?: de contacto| de visita)?|datos de contacto)[^\n:]{0,30}$|(?:see|siehe|voir|ver) (?:the |den |la |el )?(?:attached|anhang|angehängte|pièce jointe|fichier joint|archivo adjunto|adjunto)|mentions légales|aviso legal|\(?(?:(?:form|formulaire|formular|formulario) )?(?:sent|submitted|delivered|enviado|envoyée?|gesendet|übermittelt|transmis) (?:via|through|from|using|by|with|a través|desde|mediante|por|con|par|depuis|avec|via|über|von|mit|durch)\b(?!\s*:(?![^\n]*\)\s*$))|this (?:enquiry|inquiry|submission|request) (?:was|has been)|(?:diese|ihre) anfrage wurde|cette demande (?:vous )?a été|esta (?:solicitud|consulta) (?:fue|ha sido)|(?:pro )?tipp?\s?:|astuce\s?:|conseil\s?:|consejo\s?:|(?:(?:pro|top|quick|expert|profi|experten|nos|quelques|nuestros)[- ]?)?(?:tipp?s?|conseils|astuces|consejos|trucos)(?: (?:pro|de pro|útiles))?\s*$|[^\n]{0,80}\b(?:your|ihre|vos|tus|sus) (?:leads?|prospects|clientes potenciales)\b(?![ -]times?\b)|[^\n]{0,120}\b(?:(?:captured|saved|recorded|stored) automatically|automatically (?:captured|saved|recorded)|automatisch (?:gespeichert|erfasst|aufgezeichnet)|enregistrées? automatiquement|(?:se )?(?:guardan?|guardó|guardad[ao]s?|registr(?:a|an|ó|ad[ao]s?)) automáticamente)\b)/i;

/** A business card line: name · address · phone · email, two or more middle-dot or bar separators. */
export const BUSINESS_CARD_LINE = /\S\s+[·|•]\s+\S.*\s[·|•]\s+\S/;
/**
 * An automation run's step heading ("✔ Step 2 · Facebook Lead Ads · New Lead", "2026-11-03T10:12:44Z
 * INFO Modul 1 · Google Sheets · Zeile hinzufügen", "Nœud 3 · Gmail · Envoyer"): its separators
 * part the app from the event, it is no business's card, and the run's output follows it.
 */
export const RUN_STEP_LINE =
  /^[\s✔✓✅❌✗→↳▶•*-]*(?:\d{4}-\d{2}-\d{2}[T ]?[\d:.]{0,15}Z?\s+)?(?:(?:INFO|DEBUG|WARN|WARNING|ERROR)\s+)?(?:trigger|action|step|module|node|modul|schritt|auslöser|aktion|knoten|étape|etape|nœud|noeud|déclencheur|paso|módulo|modulo|nodo|disparador|activador|acción|accion)(?!\p{L})/iu;

/** RFC 3676 §4.3 signature delimiter "-- " (also the common "--" with the space lost). */
export const SIGNATURE_DELIMITER = /^--\s?$/;

/**
 * A Markdown code fence (```, ~~~, perhaps with a language word): what a tool prints inside it is
 * machine data (ids as `key: value`), never the answer above it, which it ends.
 */
export const CODE_FENCE = /^\s*(?:`{3,}|~{3,})[\w-]{0,20}\s*$/;

/** Horizontal rules made of -, _, = or *: they end a multi-line value. */
export const SEPARATOR_LINE = /^\s*(?:[-_=*~]\s?){3,}\s*$/;

/**
 * Closing salutations that open a signature block, also after thanks ("Danke und viele Grüße",
 * "Thanks and best wishes"); ended by a non-letter, not `\b` (ASCII-only): "Mit freundlichem Gruß".
 * German greetings also alone ("Gruß", "Grüße") and in Swiss spelling ("Freundliche Grüsse").
 */
export const SALUTATION_LINE =
  /^(?:(?:many thanks|thanks|thank you|vielen dank|danke(?: schön)?|merci(?: beaucoup)?|muchas gracias|gracias) (?:and|und|et|y) )?(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks(?: and regards| again| in advance)?|thank you(?: in advance)?|cheers|sincerely|yours (?:sincerely|truly|faithfully)|mit (?:freundlichen|besten|herzlichen|lieben) grü(?:ß|ss)en|mit freundlichem gru(?:ß|ss)|(?:(?:freundliche|viele|beste|liebe|herzliche|schöne|sonnige) )?grü(?:ß|ss)e|(?:(?:freundlicher|lieber|herzlicher|schöner) )?gru(?:ß|ss)|lg|vg|mfg|vielen dank|danke(?: schön)?|hochachtungsvoll|herzlichst|(?:vielen |besten )?dank im voraus|(?:mit )?bestem dank|besten dank|cordialement|bien cordialement|bien à vous|salutations(?: (?:distinguées|cordiales|respectueuses))?|(?:sincères|meilleures|cordiales|bien sincères) salutations|merci(?: d['’]avance| par avance| beaucoup| encore)?|(?:bonne|belle|excellente) (?:journée|soirée|fin de journée)|(?:très |bien )?cordialement|(?:bien )?amicalement|(?:bien )?sincèrement|respectueusement|en vous remerciant(?: (?:par avance|d['’]avance|de votre (?:réponse|retour)))?|(?:avec|tous) (?:mes|nos) remerciements|je vous remercie(?: (?:par avance|d['’]avance))?|dans l['’]attente de (?:votre|vous) (?:réponse|retour|lire)|au plaisir(?: de vous lire)?|bonne continuation|all the best|kindest regards|warmest regards|with (?:best |kind |many )?(?:thanks|wishes|regards)|thanks (?:so|very) much|many thanks in advance|respectfully|take care|saludos(?: (?:muy )?cordiales)?|(?:cordiales|atentos|afectuosos|muchos) saludos|(?:recib(?:a|an) )?un (?:cordial |atento |afectuoso |fuerte )?saludo(?: (?:cordial|afectuoso|atento))?|(?:le|les) saluda(?:n)? atentamente|sin otro particular|quedo (?:a la espera(?: de (?:su|tu) respuesta)?|a (?:su|tu|vuestra) disposición|atent[oa] a (?:su|tu) respuesta)|en espera de (?:su|tu) respuesta|(?:(?:muchas|mil) )?gracias (?:de antemano|por adelantado|anticipadas)|un abrazo|atentamente|afectuosamente|cordialmente|muchas gracias|gracias)(?![\p{L}\p{N}])[\s,.!]*$/iu;

/**
 * Where a letter's sign-off line starts ("Kind regards,", "Mit freundlichen Grüßen"), as an offset
 * into `text`: the first one with written text above it. -1 when the text has none.
 */
export function signOffAt(text: string): number {
  let offset = 0;
  let written = false;
  for (const line of text.split('\n')) {
    if (written && SALUTATION_LINE.test(line.trim())) return offset;
    written ||= line.trim() !== '';
    offset += line.length + 1;
  }
  return -1;
}

/** A customer's own signature under their sign-off: their name, a phone line, a few short lines. */
const MAX_OWN_SIGNATURE_LINES = 3;
const MAX_OWN_SIGNATURE_LINE_CHARS = 40;

/**
 * Thanks said as a sentence ("Thanks in advance.", "Merci d'avance pour votre retour.", "Vielen
 * Dank im Voraus!", "Gracias de antemano."): the customer's last sentence, kept where a sign-off
 * cuts the text; a sign-off formula ("Kind regards,", "Thanks,") opens the signature and goes with
 * it. A platform thanks the business for something it did ("Thanks for using…"), never in advance
 * or for a reply.
 */
const THANKS_SENTENCE =
  /^(?:many thanks|thanks(?: (?:so|very) much| a lot)?|thank you(?: (?:so|very) much)?|vielen dank|besten dank|danke(?: schön| sehr)?|merci(?: beaucoup)?|(?:muchas|mil) gracias|gracias)(?: (?:in advance|again|im voraus|vorab|schon mal|d['’]avance|par avance|de antemano|por adelantado))?(?: (?:for|für|pour|de|por) (?:your|the|ihre|votre|vos|su|tu|la) (?:help|time|reply|response|answer|understanding|hilfe|mühe|rückmeldung|antwort|zeit|retour|réponse|aide|compréhension|temps|ayuda|atención|respuesta|tiempo|información))?[ \t]*[.!]+$/iu;

export function isThanksSentence(line: string): boolean {
  return THANKS_SENTENCE.test(line.trim());
}

/** Words of a sentence, as opposed to a signature's name or company line ("Harbour Homes Ltd."). */
const MIN_SENTENCE_WORDS = 4;

/**
 * The customer writing on under a closing line ("Thank you!" / "Is a Saturday return possible
 * too?", "Merci !" / "PS : le compteur est dans la cave."): a question, or a sentence of a few
 * words. A signature opens with a name, a company or a phone line, never with either, so the
 * closing line above is inside the text, not its sign-off.
 */
export function writesOnAfterClosing(line: string): boolean {
  const text = line.trim();
  return /[?？]$/.test(text) || (/[.!…]$/.test(text) && text.split(/\s+/).length >= MIN_SENTENCE_WORDS);
}

/** A courtesy line is short: a closing wish, not a sentence of the request. */
const MAX_COURTESY_WORDS = 6;

/**
 * A closing courtesy written as a sentence ("Have a nice day.", "Bonne journée à vous.", "Schönen
 * Tag noch.", "Un saludo cordial.", "Kind regards."): a few words ended by a full stop or "!", no
 * digit, address, colon or question, and a word in lower case — a name or a company's line ("Tom
 * Price", "Harbour Homes Ltd.") has none. Read only under a thanks sentence, where the customer
 * closes their text.
 */
function isCourtesySentence(line: string): boolean {
  const text = line.trim();
  return (
    /[.!]$/.test(text) &&
    !/[\d@:：?？/]/.test(text) &&
    text.split(/\s+/).length <= MAX_COURTESY_WORDS &&
    /(?:^|\s)\p{Ll}/u.test(text)
  );
}

/**
 * Where the customer's closing lines from a sign-off at `lines[at]` end: below a thanks sentence
 * and the courtesy sentences right under it ("Thanks in advance." / "Have a nice day."), which are
 * the customer's text as they typed it; at the line itself for a formula ("Kind regards,"), which
 * opens the signature. A name under the closing lines is the signature either way.
 */
export function closingLinesEnd(lines: readonly string[], at: number): number {
  if (!isThanksSentence(lines[at] ?? '')) return at;
  let end = at + 1;
  while (end < lines.length && isCourtesySentence(lines[end] as string)) end++;
  return end;
}

/** Where a sign-off at `lines[at]` cuts the text: below the customer's closing lines (closingLinesEnd). */
export function signOffCut(lines: readonly string[], at: number): string {
  return lines.slice(0, closingLinesEnd(lines, at)).join('\n').trimEnd();
}

/**
 * Cuts a signature block off a customer's message. A salutation followed by anything but the
 * customer's name (a business or team name, an address) is the sender's and goes; one followed by
 * the customer's name and a short signature (their phone) is the customer's sign-off, which ends
 * the message as it ends a letter. A sign-off with nothing below it stays, and so does a thanks
 * sentence above the signature and a closing line the customer goes on writing under.
 */
export function stripTrailingSignature(message: string, names: readonly string[]): string {
  const lines = message.split('\n');
  const needles = names.flatMap((n) => n.toLowerCase().split(/\s+/)).filter((n) => n.length >= 2);
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (SIGNATURE_DELIMITER.test(line)) return lines.slice(0, i).join('\n').trimEnd();
    if (!SALUTATION_LINE.test(line)) continue;
    const rest = lines
      .slice(Math.max(i + 1, closingLinesEnd(lines, i)))
      .map((l) => l.trim())
      .filter(Boolean);
    if (rest.length === 0 || writesOnAfterClosing(rest[0] as string)) continue;
    const next = (rest[0] ?? '').toLowerCase();
    const ownSignature =
      rest.length <= MAX_OWN_SIGNATURE_LINES && rest.every((l) => l.length <= MAX_OWN_SIGNATURE_LINE_CHARS);
    if (needles.some((n) => next.includes(n)) && !ownSignature) continue;
    return signOffCut(lines, i);
  }
  return message;
}

/** A sign-off line that is only a phone number, perhaps after a short phone word ("Tel. 0171 …", "M: +44 …"). */
const SIGN_OFF_PHONE_LINE =
  /^(?:(?:tel|t[eé]l[eé]?f?o?n?o?|phone|mob(?:ile?)?|mobil|handy|portable|port|m[oó]vil|cel(?:ular)?|gsm|t|m|p)\.?\s*[:：]?\s*)?(\+?\d[\d\s()./-]{5,20}\d)$/iu;

/**
 * The number under the customer's own name at the end of their text ("Thanks, / Oliver Bennett /
 * 07700 900555"), cut off the message as a signature: a line of only their name words, then at most
 * a few short lines, one of them only a number. A business's card never opens with the customer's
 * name alone.
 */
export function signedPhone(block: string, names: readonly string[]): string | null {
  const needles = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)).filter((n) => n.length >= 2));
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const opener = lines[0] ?? '';
  const [signer, ...rest] =
    SALUTATION_LINE.test(opener) || SIGNATURE_DELIMITER.test(opener) ? lines.slice(1) : lines;
  const words = (signer ?? '')
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter(Boolean);
  if (words.length === 0 || rest.length > MAX_OWN_SIGNATURE_LINES || !words.every((w) => needles.has(w)))
    return null;
  for (const line of rest) {
    const m = SIGN_OFF_PHONE_LINE.exec(line);
    if (m) return m[1] ?? null;
  }
  return null;
}

/**
 * A form's consent box printed under the fields ("[x] I agree that my details are stored…",
 * "☑ Ich habe die Datenschutzhinweise gelesen…", "J'accepte que mes données…", "[X] He leído y
 * acepto…"): a checkbox, or a line that opens with agreeing and names data, terms or contact.
 * Never the customer's prose, so it ends a message running above it.
 */
export const CHECKBOX_LINE = /^(?:\[[ xX✓✔]?\]|[☐☑☒✓✔✅])/u;
/** Letter lookarounds, not `\b` (ASCII-only): "… charte de confidentialité". */
export const CONSENT_SENTENCE =
  /^(?:i (?:agree|accept|consent|have read|confirm)|yes,? i (?:agree|accept|consent|would like)|ich (?:stimme|akzeptiere|willige|habe die|bin (?:damit )?einverstanden)|j.(?:accepte|ai lu|autorise)|je (?:consens|confirme avoir lu)|(?:acepto|he leído|autorizo|doy mi consentimiento))(?![\p{L}\p{N}])[^\n]{0,200}?(?<![\p{L}\p{N}])(?:privacy|data|details|terms|conditions|policy|newsletter|marketing|contact(?:ed)?|stored|datenschutz\p{L}*|daten|agb|bedingungen|kontakt\p{L}*|gespeichert|données|confidentialité|conditions|politique|contacté\p{L}*|datos|privacidad|condiciones|política|tratamiento|contact\p{L}*)(?![\p{L}\p{N}])/iu;

/**
 * A directory's or marketplace's nudge to answer the lead fast, with what the business gains by it:
 * "Respond within 24 hours to improve your ranking", "Reply quickly: couples who hear back within
 * an hour are three times more likely to book", "Antworten Sie innerhalb von 24 Stunden, um in der
 * Trefferliste weiter oben zu erscheinen", "Répondez rapidement pour augmenter vos chances",
 * "Responde antes de 24 horas para que el cliente no elija a otra empresa". A customer also asks
 * for a quick answer ("Please respond within a week if you can"), but never for the business's
 * ranking, visibility, response rate or odds of winning the job, nor of themselves as "the
 * customer": the verb opens the line, the stake is named within it.
 */
export const RESPONSE_NUDGE =
  /^(?:(?:please|bitte|merci de|veuillez|por favor),?\s+)?(?:respond|reply|answer|get back|be quick|act fast|antworten sie|antworte|reagieren sie|reagiere|melden sie sich|répondez|réponds|répondre|réagissez|soyez réactif|responde|responda|contesta|conteste)(?![\p{L}])[^\n]{0,120}?(?<![\p{L}])(?:rank(?:ing)?|rating|score|visibility|response (?:rate|time)|chances?|(?:more|less) likely|badge|placement|search results|(?:win|get|secure) (?:the|this|more) (?:job|work|booking|client|customer)s?|platzierung|ranking|sichtbarkeit|antwortquote|antwortrate|reaktionszeit|chancen|trefferliste|auftrag zu (?:gewinnen|erhalten|bekommen)|classement|visibilité|référencement|taux de réponse|décrocher|posici[oó]n|posicionamiento|visibilidad|tasa de respuesta|probabilidad(?:es)?|(?:the|den|die|le|la|el) (?:customer|client|kunden?|kundin|cliente|clienta))(?![\p{L}])/iu;

/**
 * A head office's or platform's instruction to the business about the lead, printed under the
 * customer's block: "Please contact the customer within 24 hours…", "Bitte kontaktieren Sie die
 * Kundin…", "Merci de contacter la cliente…", "Contacta con el cliente…", and what happens to a
 * lead left unanswered ("Leads not accepted by the deadline are reassigned…"). A customer never
 * calls themselves "the customer", so such a line ends a running message; it is no footer, because
 * a routing block may print it above the customer's fields.
 */
export const BUSINESS_INSTRUCTION =
  /^(?:(?:please|kindly)\s+)?(?:contact|call|phone|ring|reach|follow up with|get (?:back )?in touch with|respond to|reply to)\s+(?:the\s+|this\s+|your\s+)?(?:customer|client|lead|prospect|enquirer|homeowner)s?(?![\p{L}\p{N}])|^(?:unanswered |unaccepted )?(?:leads?|enquir(?:y|ies)|requests?) (?:not (?:accepted|contacted|answered|claimed)|left unanswered)|^(?:bitte\s+)?(?:kontaktieren|rufen|melden)\s+sie\s+(?:sich\s+)?(?:bei\s+)?(?:den\s+|die\s+|dem\s+|der\s+)?(?:kund(?:e|in|en)|interessent(?:in|en)?|anfragende\p{L}*|lead)(?![\p{L}\p{N}])|^(?:nicht|un)(?:angenommene|bearbeitete|beantwortete)\s+(?:leads|anfragen)|^(?:merci de|veuillez|prière de)\s+(?:contacter|rappeler|joindre|recontacter)\s+(?:le\s+|la\s+|les\s+|ce\s+|cette\s+)?(?:client|cliente|clients|prospect|contact|demandeur|demandeuse)(?![\p{L}\p{N}])|^sans (?:réponse|retour|prise en charge)(?![\p{L}\p{N}])|^(?:por favor,?\s+)?(?:contacta|contacte|contactad|llama|llame|llamad)(?:\s+con)?\s+(?:al\s+|el\s+|la\s+|a la\s+|este\s+|esta\s+)?(?:cliente|clienta|lead|interesad[oa]|contacto)(?![\p{L}\p{N}])|^si no se (?:acepta|contacta|atiende|responde)(?![\p{L}\p{N}])|^(?:please\s+)?(?:accept|decline|confirm)\s+(?:or\s+(?:decline|reject|accept)\s+)?(?:this|the)\s+(?:request|booking|job|enquiry|inquiry|reservation|lead)(?![\p{L}\p{N}])|^(?:bitte\s+)?(?:nehmen|bestätigen|lehnen)\s+sie\s+(?:die|diese)\s+(?:anfrage|buchung|reservierung)(?![\p{L}\p{N}])|^(?:acceptez|refusez|confirmez)\s+(?:ou\s+(?:refusez|acceptez)\s+)?(?:la|cette)\s+(?:demande|réservation)(?![\p{L}\p{N}])|^(?:acepta|rechaza|confirma)\s+(?:o\s+(?:rechaza|acepta)\s+)?(?:la|esta)\s+(?:solicitud|reserva|petición)(?![\p{L}\p{N}])/iu;

/**
 * A form's own instruction to the visitor, printed by the notification above the fields or where
 * an answer would be: "Please fill in all required fields", "Fields marked * are required", "Type
 * your message here", "Bitte füllen Sie alle Pflichtfelder aus", "Schreiben Sie hier Ihre
 * Nachricht", "Veuillez remplir tous les champs obligatoires", "Écrivez votre message ici",
 * "Rellena todos los campos obligatorios", "Escribe aquí tu consulta (máx. 500 caracteres)". It
 * speaks about the form's fields to whoever fills it in; a customer never writes so.
 */
export const FORM_INSTRUCTION = new RegExp(
  [
    String.raw`^(?:please\s+)?(?:fill (?:in|out)|complete) (?:all (?:the )?|the )?(?:required|mandatory) (?:fields|questions)`,
    String.raw`^(?:please\s+)?fill (?:in|out) all (?:the )?fields`,
    String.raw`^(?:fields|questions) marked (?:with )?(?:an? )?(?:\*|asterisk)`,
    String.raw`^(?:please\s+)?(?:type|write|enter) (?:here|your (?:message|question|enquiry|inquiry|request|comments?))(?![\p{L}])`,
    String.raw`^(?:bitte\s+)?(?:füllen sie|fülle|füll) (?:\p{L}+ ){0,3}(?:pflichtfelder|felder|formular)(?![\p{L}])`,
    String.raw`^(?:mit (?:einem )?(?:\*|sternchen) (?:markierte|gekennzeichnete)|pflichtfelder sind)`,
    String.raw`^(?:bitte\s+)?(?:schreiben|geben) sie (?:hier )?ihre (?:nachricht|anfrage|frage)`,
    String.raw`^(?:merci de|veuillez) (?:remplir|compléter|renseigner) (?:tous )?les champs`,
    String.raw`^les champs (?:marqués|suivis|signalés) (?:d.un |d.une |par un )?(?:astérisque|\*|étoile)`,
    String.raw`^(?:écrivez|saisissez|tapez|rédigez) (?:ici )?votre (?:message|demande|question)`,
    String.raw`^(?:por favor,?\s+)?(?:rellena|rellene|completa|complete|cumplimenta|cumplimente) (?:todos )?los campos`,
    String.raw`^los campos (?:marcados|señalados) (?:con )?(?:un )?(?:asterisco|\*)`,
    String.raw`^(?:escribe|escriba|introduce|introduzca) (?:aquí )?(?:tu|su) (?:mensaje|consulta|pregunta)`,
  ].join('|'),
  'iu',
);

/**
 * The platform signing its notice ("The Tradefinder team", "L'équipe Annuaire Artisans", "Ihr
 * Portal-Team", "El equipo de Portal Reformas"): a customer signs with their own name, so the line
 * ends a running message. The platform's name is capitalised; case is checked, so "the whole team"
 * in a sentence is no sign-off.
 */
const PLATFORM_NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’ -]{0,30}`;
export const PLATFORM_TEAM_SIGN_OFF = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Yy]our)\s+${PLATFORM_NAME}\s+[Tt]eam|[Ll]['’]équipe\s+(?:de\s+|d['’])?${PLATFORM_NAME}|(?:[Ii]hr|[Dd]as|[Ee]uer)\s+${PLATFORM_NAME}[- ]?[Tt]eam|[Ee]l equipo de\s+${PLATFORM_NAME})[.!]?$`,
  'u',
);

/**
 * A confidentiality notice ("CONFIDENTIAL: this lead is shared with…", "This email and any
 * attachments are confidential…", "Diese E-Mail ist vertraulich…", "Ce message est
 * confidentiel…", "Este mensaje es confidencial…"): the sender's, so it ends a running message.
 */
export const CONFIDENTIALITY_NOTICE =
  /^(?:(?:strictly )?confidential(?:ity notice)?\s*[:–—-]|vertraulich(?:keitshinweis)?\s*[:–—-]|confidentiel\s*[:–—-]|avis de confidentialité|confidencial\s*[:–—-]|aviso de confidencialidad|(?:this|the) (?:e-?mail|message|lead)[^\n]{0,60}(?<![\p{L}])(?:is|are) (?:strictly )?confidential|(?:diese|die) (?:e-?mail|nachricht)[^\n]{0,60}(?<![\p{L}])(?:ist|sind) (?:streng )?vertraulich|ce (?:message|courriel|e-?mail)[^\n]{0,60}(?<![\p{L}])(?:est|sont) (?:strictement )?confidentiel|este (?:mensaje|correo|e-?mail)[^\n]{0,60}(?<![\p{L}])(?:es|son) (?:estrictamente )?confidencial)/iu;

/**
 * A reference number alone on its line ("Internal lead no. 0117 2209 4418", "Lead-Nummer 2026 0448
 * 1915", "N° de dossier : 2026-3391", "Número de lead 2026 7720"): the platform's, printed after
 * the customer's text, which it ends.
 */
export const REFERENCE_LINE =
  /^(?![^\n]*(?<![\p{L}])(?:phone|tel|telefon\p{L}*|téléphone|teléfono|mobile?|handy|portable|móvil|fax|whatsapp|rufnummer)(?![\p{L}]))[\p{L} .°º#'’-]{0,30}?(?<![\p{L}])(?:lead|ref|reference|référence|referenz|referencia|ticket|case|vorgang|dossier|expediente|nummer|numéro|número|number|no|nr|n°|nº)(?![\p{L}])[\p{L} .°º#:'’-]{0,24}\d[\d \t/-]{3,}\d$/iu;

/**
 * A notice of an attached file alone on its line: "[Attachment: thomas-reid.vcf]", "📎 Archivo
 * adjunto: contactos-export.csv (2 KB)", "Anhang: kontakt.vcf (1 KB)", "lead.csv". The form tool
 * prints it under the customer's text, which it ends; the customer writes about a file in a sentence.
 */
export const ATTACHMENT_NOTICE =
  /^[[(]?\s?(?:📎\s?)?(?:(?:\d{1,2}\s)?(?:attachments?|attached(?: file)?|file|anhang|anhänge|datei|angehängt|pièces? jointes?|fichiers? joints?|(?:archivos? )?adjuntos?)\s?[:：-]?\s?)?[\w.-]{1,80}\.(?:vcf|csv|txt|pdf|jpe?g|png|heic|gif|xlsx?|docx?|ics|zip)(?:\s?\(\d{1,6}(?:[.,]\d{1,3})?\s?[kmg]?i?b\))?\s?[\])]?$/iu;

/** Consent and marketing checkboxes: their text is never the customer's message. */
export const CONSENT_LABEL =
  /privacy|datenschutz|consent|einwillig|gdpr|dsgvo|rgpd|confidentialit|privacidad|protección de datos|newsletter|terms|agb|conditions|condiciones|marketing|opt.?in|j.accepte|acepto|ich (?:stimme|akzeptiere)|i (?:agree|accept)/i;

/**
 * A heading that opens the business's own block in a portal or dealer notification ("Your agent",
 * "Salesperson details", "Ihr Ansprechpartner", "Votre conseiller", "Su agente", a valuation
 * tool's "Assigned valuer" / "Zuständiger Gutachter" / "Tasador asignado"), also where it says
 * whose person it is ("Ihr Ansprechpartner beim Portal", "Your contact at the agency", "Votre
 * interlocuteur chez nous"), or a bare role ("AGENT", "Listing agent", "Makler", "Agent
 * immobilier", "Asesor"): the fields after it are the business's staff, never the customer. As a
 * heading, alone on its line: a customer writing "your agent Mark" in a sentence names no block.
 */
export const STAFF_HEADING =
  /^(?:(?:your|ihre?|votre|su) (?:agent|contact|advisor|adviser|consultant|ansprechpartner(?:in)?|berater(?:in)?|kontakt|conseill(?:er|ère)|interlocut(?:eur|rice)|agente|asesor(?:a)?|contacto) (?:at|with|from|on|beim|bei|vom|von|im|auf|chez|à|de|du|sur|en|del)(?: (?:the|der|dem|la|le|l'|el))? (?:portal|plattform|platform|plateforme|plataforma|agentur|agency|agence|agencia|team|équipe|equipo|service|us|uns|nous|nosotros)|your (?:agent|contact|advisor|adviser|salesperson|sales rep|dealer|consultant)|(?:agent|salesperson|dealer|advisor|branch|office) (?:details|contact|information|info)|assigned (?:to|agent)|zugewiesen an|zugeteilt an|(?:assigné|attribué)e? à|asignad[oa] a|ihr(?:e)? (?:ansprechpartner(?:in)?|berater(?:in)?|makler(?:in)?|händler)|ansprechpartner|votre (?:conseill(?:er|ère)|agent|agence|contact|concessionnaire)|su (?:agente|asesor(?:a)?|concesionario|contacto)|datos del (?:agente|asesor|anunciante)|(?:the |your |ihr |votre |su )?(?:dealer(?:ship)?|händler|autohaus|concession(?:naire)?|concesionario)(?: (?:details|information|info|contact|kontakt|contacto))?|(?:advertiser|account) (?:details|information|info)|(?:annonceur|anunciante|inserent)|(?:datos del |información del )?(?:concesionario|anunciante|vendedor)|(?:assigned|responsible|zuständige[rn]?) (?:sales ?person|sales rep|consultant|verkäufer(?:in)?|berater(?:in)?)|(?:vendeur|conseiller|commercial) (?:assignée?|responsable)|(?:vendedor|asesor)(?:a)? (?:asignad[oa]|responsable)|(?:(?:listing|letting|lettings|estate|property|sales|selling|real estate) )?(?:agent|negotiator|broker)|agent immobilier|(?:immobilien)?makler(?:in)?|agente(?: inmobiliari[oa])?|asesor(?:a)?(?: inmobiliari[oa]| comercial)?|conseill(?:er|ère)(?: immobilier| commercial)?|(?:your |assigned |ihr(?:e)? |zugewiesene[rn]? |zuständige[rn]? |votre |su )?(?:valuer|appraiser|surveyor|gutachter(?:in)?|sachverständige[rn]?|bewerter(?:in)?|expert(?:e)? immobilier|évaluat(?:eur|rice)|estimat(?:eur|rice)|tasador(?:a)?|perito)(?: (?:assigné(?:e)?|attribué(?:e)?|asignad[oa]|details|contact))?)\s*:?\s*$/i;

/** A section heading: a short line without a colon or sentence end. */
export const SECTION_HEADING = /^[\p{L}][^:：.!?]{1,48}$/u;

/**
 * A section the business fills in itself on a text form cut into sections by rules ("Office use
 * only", "Internal", "Nur für den internen Gebrauch", "Réservé à l'agence", "Uso interno"): the
 * names in it are staff (the person it is assigned to), never the customer. It runs to the next
 * section heading.
 */
export const INTERNAL_SECTION =
  /^(?:(?:for )?(?:office|internal|staff|admin) use(?: only)?|internal(?: notes| section)?|office only|back office|(?:nur )?für (?:den )?(?:internen gebrauch|interne zwecke|das büro)|interne? (?:vermerke|bearbeitung|angaben)|intern|bürovermerk|réservé (?:à l.(?:agence|administration|entreprise|usage interne)|au (?:cabinet|bureau|service))|usage interne|cadre réservé(?: à l.\p{L}+)?|(?:solo )?(?:para )?uso interno|uso exclusivo (?:de la|del) (?:oficina|empresa|agencia)|(?:a )?rellenar por (?:la|el) (?:oficina|empresa))\s*:?\s*$/iu;

/**
 * A section about a third party the customer names, in a form cut into sections: their previous or
 * referring vet, doctor or practice ("Previous vet", "Bisheriger Tierarzt", "Vorbehandelnde
 * Praxis", "Vétérinaire précédent", "Médecin traitant", "Veterinario anterior"), or the person who
 * referred them ("Referred by", "Empfohlen von", "Recommandé par", "Recomendado por", a card of its
 * own in a lead grid). Its name and phone are that party's, never the customer's; like an
 * office-use section, it runs to the next heading.
 */
export const THIRD_PARTY_SECTION =
  /^(?:(?:previous|former|current|usual|regular|referring|registered)\s+(?:vet(?:erinarian)?|veterinary (?:practice|surgeon)|practice|clinic|doctor|gp|dentist|physician)|(?:family )?(?:doctor|gp)|(?:bisherige[rn]?|frühere[rn]?|vorbehandelnde[rn]?|überweisende[rn]?|behandelnde[rn]?)\s+(?:tierarzt|tierärztin|tierarztpraxis|praxis|arzt|ärztin|zahnarzt|zahnärztin|klinik)|hausarzt|hausärztin|haustierarzt|(?:vétérinaire|médecin|clinique|cabinet|dentiste)\s+(?:précédent(?:e)?|habituel(?:le)?|traitant(?:e)?|actuel(?:le)?)|ancien(?:ne)?\s+(?:vétérinaire|médecin|clinique|cabinet)|(?:veterinari[oa]|médic[oa]|clínica|dentista)\s+(?:anterior|habitual|actual|de cabecera)|clínica veterinaria anterior|referred by|recommended by|referrer|empfohlen (?:von|durch)|geworben von|(?:recommandé|parrainé)e? par|recomendad[oa] por|referid[oa] por)\s*:?\s*$/iu;

/**
 * A heading that opens the listing's own details ("Listing details", "Vehicle", "Objektdaten",
 * "Détails de l'annonce", "Datos del inmueble"): it ends the customer's message.
 */
export const LISTING_HEADING =
  /^(?:(?:listing|property|vehicle|car|ad|advert|offer|unit|home|object|booking|reservation) (?:details|information|info|summary)|about (?:the|this) (?:listing|property|vehicle|home)|the (?:listing|property|vehicle)|objektdaten|angaben zum (?:objekt|fahrzeug|inserat)|fahrzeugdaten|inserat|détails de l.annonce|détails du bien|le bien|l.annonce|datos del (?:inmueble|anuncio|vehículo)|detalles del (?:anuncio|inmueble))\s*:?\s*$/i;

/**
 * A field naming the business's own person ("Salesperson: Bob Smith …", "Ihr Berater: …"), or the
 * host of a booked meeting ("Host", "Gastgeber", "Organisateur", "Anfitrión").
 */
export const STAFF_LABEL =
  /^(?:(?:your |assigned |treating |preferred |behandelnde[rn]? )?(?:practitioner|physician|doctor|docteur|\p{L}*therapist|dentist|hygienist|clinician|provider|specialist|physio|osteopath|optician|dietitian|vet|veterinarian|stylist|coach|trainer|instructor|behandler(?:in)?|\p{L}*ärztin|\p{L}*arzt|heilpraktiker(?:in)?|\p{L}*therapeut(?:in)?|praticien(?:ne)?|médecin|\p{L}*thérapeute|dentiste|kiné(?:sithérapeute)?|ostéopathe|spécialiste|intervenant(?:e)?|odontólog[oa]|médic[oa]|doctora?|especialista|\p{L}*terapeuta|dentista|fisio)|booked with|appointment with|seen by|termin bei|rendez-vous avec|cita con|taken by|answered by|message for|call for|notiert von|angenommen von|anruf für|pris par|tomad[oa] por|atendid[oa] por|(?:(?:event |meeting )?(?:host|organi[sz]er)(?:'s)?|gastgeber(?:in)?|organisator(?:in)?|veranstalter(?:in)?|organisat(?:eur|rice)|hôte|anfitri[oó]n(?:a)?|organizador(?:a)?)(?: (?:name|e-?mail(?: address)?|phone(?: number)?|telefon|téléphone|teléfono|correo(?: electrónico)?))?|(?:name|e-?mail|telefon|téléphone|teléfono|correo(?: electrónico)?) (?:des |der |du |de l'|del |de la )?(?:gastgeber(?:s|in)?|organisator(?:s|in)?|organisat(?:eur|rice)|hôte|anfitri[oó]n(?:a)?|organizador(?:a)?)|(?:your |listing |assigned |lead |letting |lettings |estate |sales |property |branch |account |viewing |booking )?(?:sales ?person|salesman|sales rep(?:resentative)?|agent|dealer contact|advisor|adviser|consultant|owner|negotiator|manager|representative|broker)|assigned to|(?:listed|marketed|managed|handled) by|your contact|(?:ihr )?kontakt(?:person)? (?:beim|bei der) (?:makler|anbieter|händler)|(?:angeboten|betreut|vermittelt) von|(?:votre )?interlocut(?:eur|rice)|votre contact|(?:propos|publi|g[ée]r)[ée]e? par|su contacto|(?:publicado|gestionado|ofrecido) por|negociador(?:a)?|verkäufer(?:in)?|(?:ihr(?:e)? )?(?:ansprechpartner(?:in)?|berater(?:in)?|makler(?:in)?)|sachbearbeiter(?:in)?|(?:votre )?(?:conseill(?:er|ère)|vendeur|vendeuse|négociat(?:eur|rice))(?: commercial(?:e)?| des ventes)?|(?:su )?(?:agente|asesor(?:a)?|vendedor(?:a)?|comercial)(?: comercial| asignad[oa])?)$/iu;

/**
 * A partner's or the platform's own note about the lead on referral and comparison sites ("Our
 * notes", "Internal note", "Notes from the team", "Unsere Anmerkung", "Nos remarques", "Notas
 * internas") and a head office's routing note ("Routing note", "Hinweis der Zentrale", "Note du
 * siège", "Nota de la central"): its text is theirs, never the customer's message.
 */
export const PARTNER_NOTE_LABEL =
  /^(?:(?:routing|hq|head office|dispatch|assignment) notes?|notes? (?:from|by) (?:the )?(?:head office|hq)|hinweis(?:e)? der zentrale|zuweisungshinweis(?:e)?|(?:note|remarque)s? du siège|note d.affectation|nota(?:s)? de (?:la )?(?:central|asignación)|(?:our|internal|staff|partner|platform|admin|unsere?|interne?|nos|notre|nuestras?)\s+(?:\p{L}+\s+)?(?:notes?|notiz(?:en)?|anmerkung(?:en)?|hinweis(?:e)?|remarques?|notas?|comments?)|(?:notes?|notas?|remarques?|notiz(?:en)?) (?:internes?|internas?|interne|from (?:the )?(?:team|platform|partner)|de l.équipe|del equipo|vom team))$/iu;

/**
 * The form's record of the submission printed under the answers: when it was sent ("Submitted on
 * 06/12/2026 at 08:41", "Gesendet am 06.12.2026", "Envoyé le 6 décembre 2026", "Enviado el
 * 06/12/2026"), from which IP address, page or browser ("Page URL https://…", "User agent
 * Mozilla/5.0 …", also without a colon). A customer dates their own plans, not their sending, and
 * never types such a line, so it ends a running message.
 */
export const SUBMISSION_RECORD =
  /^(?:submitted|sent|received|posted|gesendet|abgeschickt|abgesendet|eingegangen|übermittelt|eingereicht|envoyée?|soumise?|reçue?|transmise?|enviad[oa]|recibid[oa]|remitid[oa])(?:\s+(?:on|at|am|um|le|à|el|a las|the))?\s+(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,12}\.?\s+(?:de\s+)?\d{4}|\d{4}-\d{2}-\d{2})|(?<![\p{L}])(?:ip|ip[- ]?(?:address|adresse)|adresse ip|dirección ip|direccion ip)\s*[:：]?\s*\d{1,3}(?:\.\d{1,3}){3}(?!\d)|^(?:(?:source |landing |referring )?page(?: url)?|url|referr?er|seite|quellseite|page d.origine|página(?: de origen)?)\s+https?:\/\/|^user[- ]?agent\s/iu;

/**
 * The form's own acknowledgement printed into the notification ("Thank you for contacting us!",
 * "Vielen Dank für Ihre Nachricht!", "Merci pour votre demande.", "Gracias por contactar con
 * nosotros."): the business thanking the customer for the message itself. A customer thanks the
 * business for an answer or its time ("Vielen Dank im Voraus für Ihre Rückmeldung"), never for
 * their own message, so the line ends a running message.
 */
export const FORM_ACKNOWLEDGEMENT =
  /^(?:thank(?:s| you) (?:so much |very much )?for (?:contacting|getting in touch with|reaching out to|choosing|your (?:message|enquiry|inquiry|request|submission|interest))|(?:vielen |herzlichen )?dank(?:e)? für (?:ihre|deine) (?:nachricht|anfrage|kontaktaufnahme|interesse)|(?:vielen |herzlichen )?dank(?:e)?,? dass sie (?:sich|uns)|merci (?:beaucoup )?(?:pour votre (?:message|demande|intérêt|prise de contact)|de nous avoir (?:contacté|écrit)|d.avoir contacté)|(?:muchas )?gracias por (?:su |tu )?(?:mensaje|consulta|solicitud|interés|contactar|ponerse en contacto|ponerte en contacto|escribirnos|contactarnos))(?![\p{L}])/iu;

/**
 * The form's legal text printed under the answers: a clause on what submitting the form means ("By
 * submitting this form you…", "Mit dem Absenden erklären Sie…", "En envoyant ce formulaire…", "Al
 * enviar este formulario…") and the business's own policies ("Cancellation policy:",
 * "Stornobedingungen:", "Conditions d'annulation :", "Política de cancelación:"). A customer
 * writes about what they want, not about the act of sending the form or the terms it binds them
 * to, so such a line ends a running message, whatever wording follows. Only the form, the
 * request or the data is what such a clause sends: "Al enviar el presupuesto, …" is the customer's.
 */
export const FORM_LEGAL_TEXT =
  /^(?:by (?:submitting|clicking|ticking|checking|sending (?:this|the|your) (?:form|enquiry|inquiry|request|message|details|information|data))(?![\p{L}])|(?:mit (?:dem|der)|durch (?:das|die)|beim) (?:absenden|abschicken|übermitteln|übermittlung|klick auf)(?![\p{L}])|en (?:envoyant|soumettant|validant|cliquant|cochant|remplissant) (?:(?:ce|le) formulaire|(?:cette|votre|la) demande|(?:vos|les) (?:données|informations)|sur)(?![\p{L}])|al (?:enviar|pulsar|hacer clic|marcar|rellenar|completar|remitir) (?:(?:este|el) (?:formulario|mensaje|botón)|(?:esta|la) (?:solicitud|consulta|casilla)|(?:tus|sus|los) datos|en)(?![\p{L}])|(?:cancellation|cancelation|refund|booking|rescheduling|no-show) (?:policy|terms|conditions)(?![\p{L}])|(?:storno|stornierungs|rücktritts|buchungs|absage)(?:bedingungen|regelung|richtlinie)(?![\p{L}])|(?:conditions|politique) d.(?:annulation|remboursement)(?![\p{L}])|(?:política|condiciones) de (?:cancelación|anulación|reembolso|devolución)(?![\p{L}]))/iu;
