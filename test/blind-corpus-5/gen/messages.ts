/** The customers' own words, per language. `{service}` becomes the business's service. */
import type { Lang } from './people.js';
import type { Rng } from './rng.js';

const MESSAGES: Record<Lang, string[]> = {
  en: [
    'Hi there, we are looking at {service} and wondered if you could give us a rough idea of cost and lead time.',
    'Hello,\n\nA neighbour recommended you. We would like {service} sometime after the school holidays.\n\nCould someone ring me in the evening? Mornings are hard with work.',
    'Can you do {service} in early spring? We have a tight budget so a ballpark figure would help a lot.',
    'Good afternoon. I got a quote elsewhere for {service} but it felt high.\n\nWould you be able to come out and take a look? Any weekday after 3pm suits.\n\nThanks in advance.',
    'Quick question: do you cover our area for {service}? We are about twenty minutes outside town.',
    'We are planning {service} for late June and would like to know what is included and whether a deposit is needed.',
    'Hello! My partner and I are keen on {service}. Is there a waiting list at the moment?\n\nWe are flexible on dates.',
    'I filled this in once already last week but heard nothing back, so trying again. Interested in {service}, please get in touch.',
    'Morning. Looking for {service} for my elderly mum, ground floor access matters.\n\nShe is home most days, I can be there on Fridays.',
    'Could you send me a brochure or price list for {service}? Happy to talk on the phone too.',
  ],
  de: [
    'Guten Tag, wir interessieren uns für {service} und hätten gern eine grobe Preisvorstellung.',
    'Hallo,\n\nwir sind letzten Monat umgezogen und bräuchten {service}. Wäre ein Termin für eine Besichtigung möglich?\n\nAm besten erreichen Sie mich nach 17 Uhr.',
    'Sehr geehrte Damen und Herren, bitte schicken Sie mir ein Angebot für {service}. Der Zeitraum wäre ab Mitte März.',
    'Hallo zusammen! Eine Bekannte hat Sie empfohlen. Wir planen {service} und haben noch ein paar Fragen.\n\nGibt es eine Anzahlung? Und wie lange ist die Wartezeit?',
    'Kurze Frage: Bieten Sie {service} auch am Wochenende an? Unter der Woche arbeiten wir beide Schicht.',
    'Guten Morgen, ich hätte gern Informationen zu {service}.\n\nIch habe bereits ein Angebot von einem anderen Anbieter, würde aber gerne vergleichen.\n\nVielen Dank im Voraus.',
    'Wir wohnen etwas außerhalb – fahren Sie für {service} auch zu uns raus? Anfahrtskosten wären kein Problem.',
    'Hallo, ich hatte schon einmal angefragt, aber keine Antwort bekommen. Es geht um {service}. Bitte melden Sie sich.',
    'Servus, für {service} suchen wir jemanden, der flexibel ist. Termine vormittags wären ideal.\n\nDanke und schöne Grüße aus dem Nachbarort.',
    'Können Sie mir bitte Unterlagen oder eine Preisliste für {service} zusenden? Ein kurzer Anruf geht auch.',
  ],
  fr: [
    'Bonjour, nous envisageons {service} et aimerions avoir une idée du prix et des délais.',
    "Bonjour,\n\nNous venons d'acheter une maison et souhaiterions {service} avant l'hiver.\n\nPourriez-vous me rappeler en fin de journée ? Merci.",
    "Madame, Monsieur, je souhaiterais recevoir un devis pour {service}. Nous sommes disponibles à partir d'avril.",
    "Bonsoir ! Une amie m'a parlé de vous. Nous pensons à {service} mais nous avons quelques questions.\n\nFaut-il verser un acompte ? Quel est le délai actuel ?",
    "Petite question : proposez-vous {service} le samedi ? En semaine c'est compliqué pour nous.",
    "Bonjour, je me renseigne pour {service}.\n\nJ'ai déjà un devis d'une autre entreprise, mais je voudrais comparer.\n\nBien à vous.",
    "Nous habitons un peu à l'écart du centre : vous déplacez-vous pour {service} ? Les frais de déplacement ne posent pas de problème.",
    "J'avais déjà rempli le formulaire la semaine dernière sans réponse. C'est pour {service}, merci de me recontacter.",
    "Bonjour, c'est pour {service} pour ma mère qui a du mal avec les escaliers.\n\nElle est chez elle presque tous les jours, je peux être présente le vendredi.",
    "Pourriez-vous m'envoyer une brochure ou une grille tarifaire pour {service} ? Un appel me convient aussi.",
  ],
  es: [
    'Hola, estamos pensando en {service} y nos gustaría saber precio aproximado y plazos.',
    'Buenas tardes:\n\nNos acabamos de mudar y necesitaríamos {service}. ¿Sería posible una visita para verlo?\n\nMejor llamarme a partir de las seis.',
    'Estimados señores, les agradecería un presupuesto para {service}. Tendríamos disponibilidad desde marzo.',
    '¡Hola! Una amiga nos habló de ustedes. Queremos {service} y tenemos algunas dudas.\n\n¿Hay que dejar una seña? ¿Cuánto es la espera ahora mismo?',
    'Una consulta rápida: ¿hacen {service} los sábados? Entre semana trabajamos los dos.',
    'Buenos días, quería información sobre {service}.\n\nYa tengo un presupuesto de otra empresa pero me gustaría comparar.\n\nMuchas gracias de antemano.',
    'Vivimos un poco lejos del centro, ¿se desplazan para {service}? Pagar el desplazamiento no es problema.',
    'Ya había escrito la semana pasada y no tuve respuesta. Es para {service}, por favor contáctenme.',
    'Hola, es para {service} para mi madre, que tiene problemas con las escaleras.\n\nElla está en casa casi todos los días; yo puedo ir los viernes.',
    '¿Me podrían enviar un folleto o una lista de precios de {service}? También me pueden llamar.',
  ],
};

export function drawMessage(rng: Rng, lang: Lang, service: string): string {
  return rng.pick(MESSAGES[lang]).replace('{service}', service);
}

/** Split on blank lines: the message's paragraphs. */
export function paragraphs(message: string): string[] {
  return message.split(/\n\s*\n/);
}

/** Word-wrap one paragraph at `width` columns. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const w of para.split(' ')) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  return out;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A message as HTML paragraphs, or one cell with <br> line breaks. */
export function htmlMessage(message: string, style: 'p' | 'br'): string {
  const ps = paragraphs(message).map((p) => escapeHtml(p).replace(/\n/g, '<br>'));
  return style === 'p' ? ps.map((p) => `<p>${p}</p>`).join('\n') : ps.join('<br><br>');
}
