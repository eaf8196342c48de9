/**
 * Whose words a paragraph is: the customer writes in the first person, greets, asks or is quoted;
 * the notification speaks to the business about the lead. Used to tell an enquirer's message from
 * a listing's description, an agent's note or the platform's intro when no label says which.
 */

/**
 * First person, a greeting or a question in en/de/fr/es, or the whole paragraph in quotation marks.
 * Spanish drops the pronoun: "Quiero reformar…", "Necesitamos…" are the writer's own verbs.
 */
const CUSTOMER_VOICE =
  /(?<![\p{L}'’])(?:i|i'm|i'd|i've|we|we're|we'd|my|our|me|us|ich|wir|mich|mir|uns|mein\w*|unser\w*|je|j['’]\w+|nous|mon|ma|mes|notre|nos|yo|mi|mis|nuestr[oa]s?|quiero|quisiera|queremos|quisiéramos|necesito|necesitamos|busco|buscamos|hi|hello|hallo|guten tag|bonjour|hola|buenos d[ií]as|buenas tardes)(?![\p{L}'’])|[?¿]|^\s*["“„«]/iu;
/** The notification speaking to the business ("You have a new enquiry", "Sie haben eine neue Anfrage"). */
const PLATFORM_VOICE =
  /(?<![\p{L}])(?:you have|you've|you (?:received|got)|has (?:sent|contacted) you|sie haben|hat ihnen|vous avez|vous a (?:envoyé|contacté)|tienes|tiene un|te ha (?:enviado|contactado)|le ha (?:enviado|contactado))(?![\p{L}])/iu;

export function inCustomerVoice(text: string): boolean {
  return CUSTOMER_VOICE.test(text);
}

/**
 * The form tool describing the entry itself ("This entry was not submitted.", "Der Besucher hat das
 * Formular nicht abgeschickt.", "Cette saisie n'a pas été envoyée.", "Esta entrada no se envió."),
 * as a partial-entry capture prints it under what the visitor typed: the tool's words, never theirs.
 */
const ENTRY_STATE =
  /(?<![\p{L}])(?:(?:this|the) (?:entry|submission|response|form|lead|enquiry|inquiry|request) (?:was|is|has)(?: not| never)?(?: been)? (?:submitted|completed|finished|sent|abandoned|incomplete|partial|unfinished)|(?:visitor|user|respondent) (?:did not|didn't|has not|hasn't|never) (?:finish|complete|submit)|(?:dieser|der) (?:eintrag|formulareintrag|datensatz) (?:wurde|ist) (?:nicht|nie)|(?:besucher|nutzer|benutzer)(?:in)? hat das formular\b[^.]{0,40}(?:nicht (?:abgeschickt|abgesendet|beendet)|verlassen|abgebrochen)|(?:cette|l['’]) ?(?:entrée|saisie|soumission|réponse) (?:n['’]a (?:pas|jamais) été|est (?:incomplète|partielle))|(?:visiteur|visiteuse|internaute|utilisateur|utilisatrice) (?:n['’]a pas|a quitté|a abandonné)|(?:esta|la) (?:entrada|respuesta|solicitud) no (?:se )?(?:ha |fue )?(?:sido )?(?:envi|complet|termin)\p{L}*|(?:este|el) (?:registro|envío|formulario) no (?:se )?(?:ha |fue )?(?:sido )?(?:envi|complet|termin)\p{L}*|(?:visitante|usuari[oa]) (?:no (?:envió|completó|terminó)|abandonó))(?![\p{L}])/iu;

export function inPlatformVoice(text: string): boolean {
  return PLATFORM_VOICE.test(text) || ENTRY_STATE.test(text);
}

/**
 * A colleague's or agency's note handing a lead on to the business, above the lead it forwards:
 * "Hi team, another lead from Pinterest below, please call within 24h", "Anbei ein neuer Lead aus
 * der Facebook-Kampagne", "Ci-dessous un nouveau contact issu de Google Ads", "Os reenvío el lead
 * que entró ayer". It names the lead as a thing passed on (below, attached, forwarded, new from a
 * channel); a customer writes about their own need, never hands themselves over as a lead.
 */
const HANDOVER_NOTE =
  /(?<![\p{L}])(?:(?:new|another|fresh) (?:lead|enquiry|inquiry|contact|prospect)s? [^\n.!?]{0,40}?(?:below|attached|for you|came in|just came)|(?:new|another|fresh) leads? (?:from|via|through)|(?:lead|enquiry|inquiry|contact|prospect)s? (?:below|attached|forwarded (?:below|to you|for you))|forwarding (?:you )?(?:this|the|a|another|a new) (?:lead|enquiry|inquiry|contact|prospect)|(?:anbei|unten|nachfolgend|hier) (?:ist |kommt )?(?:ein(?:e|en)? )?(?:neue[rns]? |weitere[rns]? )?(?:lead|anfrage|kontakt|interessent)|(?:neue[rns]?|weitere[rns]?) (?:lead|anfrage|interessent)\p{L}* (?:aus|über|per|via) |leite (?:ich )?(?:dir|euch|ihnen) (?:\p{L}+ ){0,3}weiter|ci-(?:dessous|joint) (?:un |une |le |la )?(?:nouveau |nouvelle )?(?:contact|prospect|demande|lead)|(?:nouveau|nouvelle) (?:contact|prospect|lead) (?:issue?|venant|reçue?|arrivée?|via)|je (?:te|vous) (?:transf[eè]re|fais suivre|transmets) (?:le |la |un |une |ce |cette )?(?:nouveau |nouvelle )?(?:contact|prospect|demande|lead)|(?:os|te|le|les) (?:reenv[ií]o|paso|env[ií]o|adjunto|dejo) (?:el|la|un|una|este|esta|otro|otra) (?:nuevo |nueva )?(?:lead|contacto|consulta|solicitud|cliente)|(?:nuevo|nueva|otro|otra) (?:lead|contacto) (?:desde|v[ií]a|que (?:entró|ha entrado|llegó|nos ha llegado)))(?![\p{L}])/iu;

export function isHandoverNote(text: string): boolean {
  return HANDOVER_NOTE.test(text);
}

/** "I", "ich", "je", "yo": a platform or business speaks as "we", a customer also as "I". */
const FIRST_PERSON_SINGULAR =
  /(?<![\p{L}'’])(?:i|i'm|i'd|i've|i'll|my|me|ich|mich|mir|mein\p{L}*|je|j['’]\p{L}+|moi|mon|ma|mes|yo|mi|mis)(?![\p{L}'’])/iu;

export function inFirstPersonSingular(text: string): boolean {
  return FIRST_PERSON_SINGULAR.test(text);
}

/**
 * The writer as the subject ("je voudrais…", "We need…", "ich hätte gern…", "quisiera…"): a
 * customer's own sentence, which a form's label never is ("Your message", "Mon message").
 */
const WRITER_AS_SUBJECT =
  /(?<![\p{L}'’])(?:i|we|ich|wir|je|j['’]\p{L}+|nous|yo|nosotros|quiero|quisiera|queremos|necesito|necesitamos|(?:me|nos) gustaría)(?![\p{L}'’])/iu;

export function speaksAsWriter(text: string): boolean {
  return WRITER_AS_SUBJECT.test(text);
}

/**
 * The notification speaks in a paragraph's opening sentence ("Sarah has sent you an enquiry.");
 * later a customer may use the same words ("…if you have any Saturdays free?").
 */
export function opensInPlatformVoice(text: string): boolean {
  return PLATFORM_VOICE.test(text.split(/(?<=[.!?])\s/, 1)[0] ?? text);
}

/** "…you like…", "…you describe…": after "could you" or "when can you", the form asking the customer. */
const ASKED_OF_THE_CUSTOMER = String.raw`(?! (?:like|prefer|rather|mind|tell|describe|give us|provide|share|specify|confirm|let us know|send us|upload|attach|rate|recommend us)(?![\p{L}]))`;

/**
 * A question the customer asks the business, the business (or someone of it) the subject of a
 * request or of what it does: "Could you quote for spring?", "Can someone come this week?", "Is it
 * possible to…?", "Do you cover…?", "Könnten Sie…?", "Wäre es möglich…?", "Machen Sie auch…?",
 * "Pourriez-vous…?", "Est-ce que vous…?", "¿Podrían…?", "¿Es posible…?". A form's own question asks
 * the customer for their data instead ("What is your budget?", "When should we call you?",
 * "Would you like us to call you?"), or asks them to tell or describe something ("Could you
 * describe the job?"): those stay labels. A leading "and", "also" or "please" is allowed.
 */
const ASKS_THE_BUSINESS = new RegExp(
  String.raw`^[¿¡"“„«(]?\s?(?:(?:and|also|so|but|und|et|mais|y|pero)[ ,]+)?(?:(?:please|bitte|svp)[ ,]+)?` +
    `(?:${[
      String.raw`(?:could|can|would|will) (?:you|someone|somebody|anyone|anybody|one of (?:you|your \p{L}+))(?: (?:please|also|still|possibly|maybe|perhaps))?${ASKED_OF_THE_CUSTOMER}`,
      String.raw`(?:is|would) it (?:be )?possible`,
      String.raw`is there (?:any |a )?(?:chance|way|possibility|availability)`,
      String.raw`do you (?:(?:also|still|ever|usually|currently|happen to) )?(?:do|offer|provide|cover|work|install|fit|repair|service|sell|deliver|supply|charge|take on|accept|travel|come|have (?:any )?(?:availability|time|space|slots?|openings?|room|capacity))(?![\p{L}])`,
      String.raw`are you (?:able|also|still|taking|open|insured|available|free)(?![\p{L}])`,
      String.raw`(?:how soon|how quickly|when) (?:could|can) (?:you|someone)(?![\p{L}])${ASKED_OF_THE_CUSTOMER}`,
      String.raw`(?:könnten|können|würden) sie(?! (?:uns )?(?:kurz |bitte )?(?:beschreiben|schildern|nennen|angeben|mitteilen|erzählen|sagen|bewerten))`,
      String.raw`(?:könnte|kann) (?:jemand|einer)`,
      String.raw`(?:wäre|ist) es (?:\p{L}+ )?möglich`,
      String.raw`gibt es (?:eine |die )?möglichkeit`,
      String.raw`(?:machen|bieten|übernehmen) sie(?![\p{L}])`,
      String.raw`haben sie (?:\p{L}+ )?(?:zeit|termine?|kapazitäten|kapazität)(?![\p{L}])`,
      String.raw`(?:pourriez|pouvez|feriez|seriez|faites|proposez|intervenez|travaillez|acceptez)-vous(?! (?:nous )?(?:décrire|préciser|indiquer|dire|donner|partager|confirmer|noter))`,
      String.raw`(?:avez|auriez)-vous (?:\p{L}+ )?(?:disponibilit\p{L}*|du temps|des créneaux|de la place)`,
      String.raw`êtes-vous (?:disponibles?|libres?)(?![\p{L}])`,
      String.raw`(?:est-ce que|est ce que) (?:vous|quelqu['’]un|ce serait|c['’]est possible|ça serait)`,
      String.raw`(?:est-il|serait-il|vous serait-il|sera-t-il) possible`,
      String.raw`quelqu['’]un (?:pourrait|peut)`,
      String.raw`(?:podrían|podría|pueden|puede|podríais|podéis|podrías|puedes)(?: ustedes| usted)?(?! (?:indicar|describir|contar|decir|facilitar|proporcionar|confirmar|compartir|especificar)(?:nos|me)?(?![\p{L}]))`,
      String.raw`(?:sería|es|será) posible`,
      String.raw`(?:alguien|alguno de ustedes) (?:podría|puede)`,
      String.raw`(?:hacen|ofrecen|trabajan|realizan|cubren)(?![\p{L}])`,
      String.raw`(?:tienen|tiene usted) (?:\p{L}+ )?(?:disponibilidad|hueco|huecos|tiempo)(?![\p{L}])`,
    ].join('|')})`,
  'iu',
);

/** Whether a question line is the customer asking the business (see ASKS_THE_BUSINESS). */
export function asksTheBusiness(question: string): boolean {
  return /[?？]\s*$/.test(question) && ASKS_THE_BUSINESS.test(question.trim());
}
