/**
 * Who a personal letter asks, and for what. A stranger writing to a business in prose asks the
 * business, in the second person, for its trade: a price or a quote, a visit, a repair, a booking,
 * whether it has time or does such work ("Do you tune upright pianos?", "Können Sie so etwas
 * reparieren?", "Pourriez-vous passer cette semaine ?", "¿Reparan ustedes esta marca?"). The
 * model's other features see such a letter as personal mail: no form labels, the contact from
 * From, often no phone. Three kinds of mail look like it and are not leads, and the model weighs
 * what tells them apart: a vendor asks the business too, but about its own offer ("Would you like
 * me to call in?"; its offering wording is the `pitch` count of ./triage-signals.ts); an
 * acquaintance asks a favour in familiar address ("Kannst du…", "Tu pourrais…", signed "Love,");
 * mailing-list mail asks about other things than a trade's work.
 *
 * Bounded: the text is cut to MAX_LETTER_CHARS and split into sentences of at most
 * MAX_SENTENCE_CHARS; every pattern is an alternation of fixed words (linear).
 */

/** A letter is short; its asks come before any quoted history. */
const MAX_LETTER_CHARS = 8 * 1024;
const MAX_SENTENCE_CHARS = 400;

/**
 * A sentence that asks: a question, a request opening, a question put indirectly, or a request put
 * as a thanks in advance ("I would be grateful if you could let me know", "je vous serais
 * reconnaissant de", "le agradecería que").
 */
const ASKING =
  /\?|(?<![\p{L}\p{N}])(?:please|could you|would you|can you|(?:if|whether) you could|i (?:wonder|was wondering|wondered) (?:whether|if)|(?:i|we)(?:'d|’d| would) like to know|(?:i|we)(?:'d|’d| would) be grateful|(?:i|we)(?:'d|’d| would) appreciate|bitte|könnten sie|würden sie|(?:ich )?(?:möchte|wollte|würde gern(?:e)?) (?:fragen|wissen)|(?:ich|wir) wären? (?:ihnen )?dankbar|pourriez-vous|merci de (?:me|nous)|(?:je|nous) (?:voudrais|voudrions|aimerais|aimerions|souhaiterais|souhaiterions) savoir|(?:je|nous) vous serions? reconnaissante?s?|por favor|(?:quería|querría|queríamos|me gustaría|nos gustaría|quisiera) saber|(?:le|les) agradecer(?:ía|íamos))(?![\p{L}\p{N}])/iu;

/**
 * The reader addressed: "you" in English; in German the capitalised polite forms only (so the
 * pattern is case-sensitive: "sie" is "they"); French "vous"; Spanish "usted(es)", the familiar
 * plural's verb endings ("¿Hacéis…?", "¿Tendríais…?"), and the polite plural's for the verbs a
 * customer asks with ("¿Reparan…?", "¿Podrían…?") and in the conditional ("¿Estarían libres…?").
 */
const ADDRESSED =
  /(?<![\p{L}\p{N}])(?:[Yy]ou(?:r|rs)?|Sie|Ihnen|Ihre?[mnrs]?|[Vv]ous|[Vv]otre|[Vv]os|[Uu]sted(?:es)?|[Vv]uestr[oa]s?|\p{L}{2,20}(?:áis|éis|íais|rían)|(?:[Pp]ueden|[Pp]odrían|[Tt]ienen|[Tt]endrían|[Hh]acen|[Hh]arían|[Rr]eparan|[Aa]rreglan|[Ii]nstalan|[Oo]frecen|[Tt]rabajan|[Vv]enden|[Cc]obran|[Ee]nvían|[Ll]levan|[Tt]ransportan|[Aa]tienden|[Aa]ceptan|[Rr]ealizan|[Mm]ontan|[Ll]impian|[Vv]ienen|[Pp]asan|[Dd]isponen|[Pp]reparan|[Ss]irven|[Ee]ntregan|[Cc]ubren))(?![\p{L}\p{N}])|-vous(?![\p{L}\p{N}])/u;

/**
 * What a customer asks a business for: its price, a visit, its time, its work. Broad on purpose,
 * since every trade has its own nouns; the sentence must also ask and address the reader.
 */
const TRADE =
  /(?<![\p{L}\p{N}])(?:price|prices|pricing|cost|costs|charge|quote|quotation|estimate|fee|fees|rates?|how much|available|availability|free|slot|room for|space for|have anything|appointment|book|booking|visit|come|call (?:in|out|round)|pop (?:in|round|over|by)|repair|fix|service|install|fit|deliver|make|take on|tune|clean|replace|look at|have a look|send (?:someone|somebody|an engineer|a technician)|sell|stock|accept|new (?:patients|clients|customers)|do (?:this|that|it|one|them|such)|when (?:could|can|might|would|will)|how (?:soon|long)|call (?:me|us) back|ring (?:me|us)|get back to (?:me|us)|preis\p{L}*|kosten|kostet|angebot|kostenvoranschlag|termin\p{L}*|zeit|frei|platz|verfügbar|vorbei\p{L}*|ansehen|anschauen|reparier\p{L}*|install\p{L}*|einbau\p{L}*|liefer\p{L}*|übernehm\p{L}*|erledig\p{L}*|patient\p{L}*|aufnehm\p{L}*|nehmen|bieten|wann|wie lange|anrufen|zurückruf\p{L}*|rückruf|wie viel|wieviel|kommen|besichtig\p{L}*|prix|tarifs?|coût\p{L}*|devis|combien|rendez-vous|disponib\p{L}*|place|passer|venir|intervenir|répar\p{L}*|livr(?:ez|er|aisons?|ent|ons)|faites|faire|préparer|quand|délais?|rappeler|recontacter|acceptez|prenez|cours|kurs\p{L}*|créneaux?|precios?|presupuesto|cuánto|cuesta|cobr\p{L}*|tarifas?|cita|hueco|pasar|repar\p{L}*|arregl\p{L}*|instal\p{L}*|llev\p{L}*|transport\p{L}*|envi\p{L}*|entreg\p{L}*|hac\p{L}*|cuándo|plazo|llam\p{L}*|aceptan|atienden|prueba|servicio)(?![\p{L}\p{N}])/iu;

/**
 * A question put to the business without naming it, as customers ask for a price, a free date or
 * whether something can be done: "Is Heron Cottage available from the 14th to the 21st?", "What
 * would a swap like that cost?", "Wäre eine Probefahrt am Samstag möglich?", "Was kostet das?",
 * "Le gîte serait-il disponible du 12 au 19 août ?", "Combien coûterait une révision ?", "¿Sería
 * posible ver el piso?", "¿Cuánto costaría la semana?", "Is April realistic?", "Ginge vorher eine
 * Einzelstunde?", "La livraison, c'est possible ?", "¿Habría posibilidad de …?". Only in a
 * question: the same words in a statement ("the room is available") ask nothing. English
 * "possible" only in the conditional: "is it possible to …?" is as often a mailing list's how-to
 * question as a customer's.
 */
const UNADDRESSED_ASK =
  /(?<![\p{L}\p{N}])(?:available|availability|free|in stock|room for|space for|how much|cost|costs|price|prices|rates?|fees?|would (?:it|that|this|\p{L}+) be possible|realistic|doable|feasible|möglich|machbar|realistisch|ginge|verfügbar|lieferbar|vorrätig|frei(?:e[nrs]?)?|kostet|kosten|preis\p{L}*|platz|kapazität\p{L}*|wie ?viel|disponibles?|disponibilités?|libres?|coût\p{L}*|prix|tarifs?|combien|serait-(?:il|ce) possible|c['’]est possible|envisageable|jouable|faisable|place|disponibilidad|posible|posibilidad|factible|viable|cuesta|costar\p{L}*|precios?|tarifas?|cuánto|sitio|hueco|plazas?)(?![\p{L}\p{N}])/iu;

/**
 * The writer asking whether they may do something for the business, or for a moment of its time
 * to present their offer ("Are you free for 15 minutes on Thursday?", "Wäre ein kurzer Termin
 * möglich?", "Serait-il possible de vous la présenter ?", "… de passer vous déposer des
 * échantillons ?"), or what the business pays today ("¿Cuánto les cuesta hoy …?"): a seller's
 * question.
 */
const OFFER_QUESTION =
  /(?<![\p{L}\p{N}])(?:would you like (?:me|us) to|shall (?:i|we)|do you want (?:me|us) to|soll(?:en)? (?:ich|wir)|darf ich ihnen|möchten sie (?:mehr|unser|unsere|ein kostenloses)|voulez-vous que|souhaitez-vous (?:que|recevoir|un)|seriez-vous (?:disponible|intéressée?s?) pour (?:un|une) (?:court|rapide|bref|échange|appel|rendez-vous)|(?:le|les|te|os) (?:envío|enviamos|mando|mandamos)|quiere(?:n)? que (?:le|les)|les interesa|le interesa|(?:free|time|available) for (?:a |an )?(?:\d+|quick|short|brief|few)[- ]?(?:minutes?|call|chat)|(?:quick|short|brief|\d+[- ]minute) (?:call|chat|meeting)|zeit für ein (?:kurzes )?(?:telefonat|gespräch|kennenlernen)|kurze[nrs]? (?:termin|telefonat|gespräch|austausch)|(?:how much|what) do you (?:pay|spend)|(?:was|wie viel) (?:zahlen|bezahlen) sie|combien (?:payez|dépensez)-vous|(?:les|le|vous|ihnen) (?:cuesta|coûte|kostet)|cuánto (?:pagan|paga|gastan)|(?:court|bref|rapide) (?:échange|appel|entretien)|(?:breve|corta) (?:llamada|reunión|conversación)|unos minutos|kein interesse|pas intéressée?s?|no le interesa|(?:show|present|introduce|demonstrate) (?:you|it to you)|ihnen (?:unser\p{L}{0,2} |das |die |den )?(?:\p{L}{1,30} )?(?:vorstellen|präsentieren|zeigen|vorbeibringen)|vous (?:la |le |les )?(?:présenter|montrer|déposer|apporter|faire découvrir)|(?:le|les) (?:presentar|mostrar|enseñar|dejar)|presentarles|mostrarles)(?![\p{L}\p{N}])/iu;

/**
 * A question put to a group rather than to a business: whether anybody is free or knows something
 * ("Is anybody free on Monday afternoon?", "Weiß jemand, was der Saal kostet?", "Quelqu'un
 * serait-il libre lundi ?", "¿Alguien está libre el sábado?"): a colleague's note to the team, a
 * club's mail to its members.
 */
const GROUP_QUESTION =
  /(?<![\p{L}\p{N}])(?:(?:is|are|does|do|would|could|can) (?:anybody|anyone|everybody|everyone)|(?:ist|wäre|hat|hätte|weiß|kann|könnte) (?:jemand|einer von euch|wer)|jemand (?:frei|zeit)|quelqu['’]un (?:serait|est|a|aurait|sait|pourrait|peut)|(?:serait|est|a|sait|pourrait)-(?:il|elle) quelqu['’]un|qui (?:serait|est|sera) (?:libre|disponible)|(?:alguien|alguno de vosotros|quién) (?:está|estaría|sabe|puede|podría|tiene)|(?:está|estaría) alguien)(?![\p{L}\p{N}])/iu;

/**
 * Familiar address, as between friends and family: German "du" (with its verb: French "du" is
 * "of the"), French "tu" (with its verb, or "te" after "je"/"on": Spanish "tu" is "your", and
 * Spanish "tú" is ordinary with shops and trades; English has none), an affectionate sign-off
 * alone on its line ("Love,", "Bises", "Besos", "xx"), or a familiar greeting ("Coucou", "Querida…";
 * not "Hiya", which British customers write to a party-hire firm as readily as to a friend).
 */
const FAMILIAR =
  /(?<![\p{L}\p{N}])(?:du (?:hast|bist|kannst|könntest|musst|warst|wolltest|weißt)|dir|dich|dein\p{L}{0,2}|euch|tu (?:pourrais|peux|as|es|veux|sais|viens|serais|aurais|voudrais|me|nous)|(?:je|on) te|toi|tes)(?![\p{L}\p{N}])|\p{L}-tu(?![\p{L}\p{N}])|^[ \t]*(?:(?:lots of |much |all my )?love|hugs|(?:big )?kisses|xx+|bises|bisous|grosses bises|je t['’]embrasse|bussi|(?:dicke )?umarmung|besos|(?:un )?beso|(?:un )?abrazo|abrazos)[ \t]*[,.!]?[ \t]*(?:x+)?[ \t]*$|^[ \t]*(?:coucou|querid[oa]s?)(?![\p{L}\p{N}])|^[ \t]*(?:hi|hey|hello|hallo|hola|salut|bonjour)[ \t]+(?:guys|girls|folks|leute|ihr lieben|mädels|jungs|chic[oa]s|les (?:filles|gars|copains|copines))[ \t]*[,!:]/imu;

/**
 * FAMILIAR's German verb in -st before "du" ("Kannst du", "Hast du"), found from its fixed "st du"
 * and the letters before it checked behind: the same matches as the branch
 * `(?<![\p{L}\p{N}])\p{L}{1,20}st du(?![\p{L}\p{N}])` had, which read up to twenty letters ahead at
 * every word start and was two thirds of FAMILIAR's time (23 → 7 µs a bench email).
 */
const VERB_BEFORE_DU = /st du(?<=(?<![\p{L}\p{N}])\p{L}{1,20}st du)(?![\p{L}\p{N}])/iu;

/**
 * German "du" after a conjunction or question word ("wäre es möglich, dass du …", "weißt du, ob du
 * …"): a clause in familiar address that FAMILIAR's verb pairs miss. None of these words is French,
 * where "du" is "of the".
 */
const DU_CLAUSE = /(?<![\p{L}\p{N}])(?:dass|ob|wenn|weil|wann|wie|was) du(?![\p{L}\p{N}])/iu;

const inFamiliarAddress = (text: string) =>
  FAMILIAR.test(text) || VERB_BEFORE_DU.test(text) || DU_CLAUSE.test(text);

function sentences(text: string): string[] {
  return text
    .slice(0, MAX_LETTER_CHARS)
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.slice(0, MAX_SENTENCE_CHARS));
}

/**
 * Sentences that ask the reader for their trade's work, a price, a visit or their time: addressed
 * to the reader, or a question about a price, a free date or what can be done (UNADDRESSED_ASK).
 * Not a seller's question, a question to a group, or a favour asked in familiar address.
 */
export function businessAsks(text: string): number {
  let n = 0;
  for (const s of sentences(text)) {
    // A favour asked in familiar address is a friend's or a relative's, whatever it asks for.
    if (!ASKING.test(s) || OFFER_QUESTION.test(s) || GROUP_QUESTION.test(s) || inFamiliarAddress(s)) continue;
    if ((ADDRESSED.test(s) && TRADE.test(s)) || (s.includes('?') && UNADDRESSED_ASK.test(s))) n++;
  }
  return n;
}

/** The letter is written in familiar address, as to a friend, a relative or one's colleagues ("Hola chicas,", "Hey guys,"; not "Hallo zusammen,", which customers write too). */
export function familiarNote(text: string): boolean {
  return inFamiliarAddress(text.slice(0, MAX_LETTER_CHARS));
}
