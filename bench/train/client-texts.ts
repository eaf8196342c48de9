/**
 * Texts for training the client-text model (src/processors/stages/client-text.ts), written for this
 * repository in en/de/fr/es: an existing client writing about what they already have or had with
 * the business against a new customer's enquiry.
 *
 * Both classes are composed from the same things (an appointment, a table, a lesson, an order, a
 * cake, a repair, a boiler service, a membership, a veg box…), so the thing itself says nothing and
 * the model learns how the writer relates to it: a client refers to it in past, possessive or "with
 * you" terms ("my appointment on Friday", "the sofa I bought from you", "you did the repair in
 * March") and asks what a client asks (move it, cancel it, confirm it, a copy of the receipt, it
 * arrived damaged, it stopped working, a refund, pause it); a new customer wants it ("I'd like to
 * book a table for Friday", "do you have a sofa in stock"), chases the quote they asked for, moves
 * the date of a visit or a tasting nothing is booked for yet, or leaves another supplier. The seeded
 * corpus's ordinary enquiries (src/corpus/texts.ts) are new customers too.
 *
 * Held out by template, not by sentence: every HELD_OUT_EVERY-th thing, frame and ask of each pool
 * (and the corpus's HELD_OUT_TRADE) builds only held-out texts, so accuracy on them says how the
 * model reads wordings and things it never saw. Text i depends only on (seed, i, split).
 */
import type { Business, Language } from '../../src/corpus/people.js';
import { Rng } from '../../src/corpus/prng.js';
import { makeMessage } from '../../src/corpus/texts.js';
import type { LabelledText } from './fit-text-model.js';

/** Every HELD_OUT_EVERY-th part of each pool (from its HELD_OUT_OFFSET-th) only builds held-out texts. */
const HELD_OUT_EVERY = 4;
const HELD_OUT_OFFSET = 3;
/** The corpus trade whose ordinary enquiries only the held-out texts use. */
const HELD_OUT_TRADE: Business['trade'] = 'hospitality';
const TRAIN_TRADES: readonly Business['trade'][] = ['auto', 'dental', 'realestate', 'trades', 'b2b'];

export type Split = 'train' | 'held-out';

/** What a client has, or a new customer wants: a booking, a bought thing, a job, a running plan. */
type Kind = 'booking' | 'order' | 'job' | 'plan';
const KINDS: readonly Kind[] = ['booking', 'order', 'job', 'plan'];

/**
 * A thing as the frames need it: `a` with the indefinite article (German accusative), `the` with
 * the definite one (German accusative), `my` with the possessive (German accusative), `nom` the
 * definite nominative (German; elsewhere as `the`).
 */
interface Thing {
  a: string;
  the: string;
  my: string;
  nom: string;
}

const en = (noun: string): Thing => ({
  a: `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`,
  the: `the ${noun}`,
  my: `my ${noun}`,
  nom: `the ${noun}`,
});
const de = (gender: 'm' | 'f' | 'n', noun: string): Thing =>
  ({
    m: { a: `einen ${noun}`, the: `den ${noun}`, my: `meinen ${noun}`, nom: `der ${noun}` },
    f: { a: `eine ${noun}`, the: `die ${noun}`, my: `meine ${noun}`, nom: `die ${noun}` },
    n: { a: `ein ${noun}`, the: `das ${noun}`, my: `mein ${noun}`, nom: `das ${noun}` },
  })[gender];
const fr = (gender: 'm' | 'f', noun: string): Thing => {
  const vowel = /^[aeéèiouh]/.test(noun);
  const the = vowel ? `l’${noun}` : `${gender === 'm' ? 'le' : 'la'} ${noun}`;
  return {
    a: `${gender === 'm' ? 'un' : 'une'} ${noun}`,
    the,
    my: `${gender === 'f' && !vowel ? 'ma' : 'mon'} ${noun}`,
    nom: the,
  };
};
const es = (gender: 'm' | 'f', noun: string): Thing => {
  const the = `${gender === 'm' ? 'el' : 'la'} ${noun}`;
  return { a: `${gender === 'm' ? 'un' : 'una'} ${noun}`, the, my: `mi ${noun}`, nom: the };
};

interface Pools {
  greetings: readonly string[];
  closings: readonly string[];
  things: Record<Kind, readonly Thing[]>;
  /** A client's reference to a thing they have or had: {a}, {the}, {my}, {nom}, {day}, {month}. */
  have: Record<Kind, readonly string[]>;
  /** What a client asks about it; `any` fits every kind. */
  clientAsks: Record<Kind | 'any', readonly string[]>;
  /** Why it has to change; often left out. */
  reasons: readonly string[];
  /** A new customer wanting the thing. */
  want: Record<Kind, readonly string[]>;
  /** Prospects: a quote chased, an enquiry's date moved before anything is booked, a supplier left. */
  prospects: readonly string[];
  /**
   * A new customer's own fault or problem, in the words a client uses about the business's work
   * (a leak, it stopped working, it is broken, come and look, my … needs repairing): the problem
   * alone says nothing. {my}: the thing, the writer's own.
   */
  problems: readonly string[];
  /** What a new customer asks. */
  enquiryAsks: readonly string[];
  days: readonly string[];
  months: readonly string[];
}

const POOLS: Record<Language, Pools> = {
  en: {
    greetings: ['Hi,', 'Hello,', 'Good morning,', 'Hi there,', 'Dear team,', ''],
    closings: ['Thanks,', 'Many thanks.', 'Kind regards', 'Cheers', 'Thank you!', ''],
    things: {
      booking: [
        'appointment',
        'table for four',
        'double room',
        'driving lesson',
        'massage',
        'check-up',
        'consultation',
        'yoga class',
        'haircut',
        'holiday cottage',
      ].map(en),
      order: [
        'corner sofa',
        'birthday cake',
        'bouquet',
        'bike',
        'oak wardrobe',
        'lampshade',
        'wool rug',
        'printer',
      ].map(en),
      job: [
        'boiler service',
        'roof repair',
        'kitchen fitting',
        'carpet clean',
        'hedge trim',
        'window replacement',
        'bathroom tiling',
        'car service',
      ].map(en),
      plan: [
        'gym membership',
        'veg box',
        'cleaning plan',
        'lawn care plan',
        'monthly window clean',
        'parking space',
      ].map(en),
    },
    have: {
      booking: [
        'I have {a} with you on {day}.',
        '{my} is on {day} at ten.',
        'We booked {a} with you for {day}.',
        "I'm booked in for {a} on {day}.",
        'You have me down for {a} on {day}.',
        "It's about {my} on {day}.",
        'My daughter has {a} with you every {day}.',
        "I'm signed up for {a} on {day}s.",
      ],
      order: [
        '{the} I ordered from you arrived yesterday.',
        'I bought {a} from you in {month}.',
        'We paid for {the} in {month}.',
        '{my} came this morning.',
        'We ordered {a} from your shop last month.',
      ],
      job: [
        'You did {the} for us in {month}.',
        'Your team did {the} at our house last week.',
        'We had {a} done by you in {month}.',
        'Your engineer is coming on {day} for {the}.',
        'You were here for {the} on {day}.',
        'You replaced {the} for us a month ago.',
      ],
      plan: [
        "I've had {a} with you since {month}.",
        '{my} with you renews every month.',
        'We signed up for {a} with you in {month}.',
        'We have had {the} from you for a year now.',
        'We get {the} from you every {day}.',
      ],
    },
    clientAsks: {
      booking: [
        'Could we move it to {day2}?',
        "I can't make it any more, can we cancel?",
        'Could you confirm it is still on?',
        'There will be two more of us, is that OK?',
        'Can we push it back a week?',
        'Would {day2} work instead?',
        'Can she switch to {day2}s from next month?',
        'Can I make up the missed one on another day?',
      ],
      order: [
        'It arrived damaged, how do we sort this out?',
        "It still hasn't come, where is it?",
        'It is the wrong colour, can I swap it?',
        'I would like my money back.',
        'A part is missing from the box.',
      ],
      job: [
        'It has stopped working again.',
        'Could someone come back and look at it?',
        'There is a leak where you worked.',
        'When will you be back to finish?',
        'The paint is already peeling.',
        'It is doing exactly the same thing again.',
      ],
      plan: [
        'Can I pause it for two months?',
        'Please cancel it from next month.',
        'Can I change the day to {day2}?',
        'I was charged twice this month.',
        "Please don't send anything next week, we are away.",
      ],
      any: [
        'Could you send me a copy of the receipt?',
        'I need an invoice for it in our company name.',
        "I can't find the receipt, could you send another?",
        'The bill has the wrong address, could you redo it?',
      ],
    },
    reasons: [
      'Something has come up at work.',
      'My little one is ill.',
      'We will be away that week.',
      'Our plans have changed.',
      'I have been waiting for weeks.',
      '',
      '',
    ],
    want: {
      booking: [
        "I'd like to book {a} for {day}.",
        'Do you have {a} free on {day}?',
        'Could I get {a} on {day}?',
        "We're thinking of booking {a} in {month}.",
        'Is it possible to book {a} for {n} people?',
      ],
      order: [
        "I'd like to order {a} for {day}.",
        'Do you have {a} in stock?',
        'Could you make {a} for {day}?',
        'I am looking to buy {a}.',
      ],
      job: [
        'Could you quote for {a}?',
        'We need {a} done before {month}.',
        'Do you do {a}?',
        'We are looking for someone for {a}.',
      ],
      plan: [
        "I'd like to sign up for {a}.",
        'How much is {a} with you?',
        'We are thinking of taking out {a}.',
      ],
    },
    prospects: [
      'I asked for a quote for {a} a couple of weeks ago and have not heard back.',
      'We spoke about {a} on {day}, could it be {day2} instead? Nothing is booked yet.',
      'Our current supplier keeps letting us down with {the}, so we want to switch to you.',
      '{the} another company did for us has gone wrong and they do not answer.',
      'You sent us a price for {a} last week, could you explain it a bit more before we decide?',
      'We are still comparing, could we see you about {a} on {day2} rather than {day}?',
      'We bought {the} from another shop and it broke within a month, do you repair them?',
      '{the} was done by another firm last year and it needs redoing.',
      'We are with another company for {the} and are fed up with them.',
    ],
    problems: [
      '{my} has developed a fault, can you repair it?',
      'How long would {my} have to stay with you?',
      'We have a leak under the kitchen sink since this morning.',
      'Our boiler has stopped working and we have no hot water.',
      'The paint on our window frames is peeling badly.',
      'Our washing machine is broken, it will not drain.',
      'The roof over the garage is leaking after the storm.',
      'The bathroom tiles are cracked and coming loose.',
      'Could someone come out and take a look this week?',
      'The front door lock is broken and we cannot close it properly.',
    ],
    enquiryAsks: [
      'How much would it be?',
      'When are you free?',
      'Is {day} possible?',
      'Could you call me back?',
      'What would you need from me?',
      '',
    ],
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'the 14th', 'the 21st'],
    months: ['March', 'June', 'September', 'October', 'November', 'January'],
  },
  de: {
    greetings: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Moin,', 'Liebes Team,', ''],
    closings: ['Danke!', 'Viele Grüße', 'Mit freundlichen Grüßen', 'Danke und Gruß', ''],
    things: {
      booking: [
        de('m', 'Termin'),
        de('m', 'Tisch für vier'),
        de('n', 'Doppelzimmer'),
        de('f', 'Fahrstunde'),
        de('f', 'Massage'),
        de('f', 'Kontrolle'),
        de('f', 'Beratung'),
        de('m', 'Yogakurs'),
        de('m', 'Haarschnitt'),
        de('f', 'Ferienwohnung'),
      ],
      order: [
        de('n', 'Ecksofa'),
        de('f', 'Geburtstagstorte'),
        de('m', 'Blumenstrauß'),
        de('n', 'Fahrrad'),
        de('m', 'Eichenschrank'),
        de('f', 'Stehlampe'),
        de('m', 'Wollteppich'),
        de('m', 'Drucker'),
      ],
      job: [
        de('f', 'Heizungswartung'),
        de('f', 'Dachreparatur'),
        de('m', 'Kücheneinbau'),
        de('f', 'Teppichreinigung'),
        de('m', 'Heckenschnitt'),
        de('m', 'Fenstertausch'),
        de('f', 'Badsanierung'),
        de('f', 'Inspektion'),
      ],
      plan: [
        de('f', 'Mitgliedschaft'),
        de('n', 'Gemüsekisten-Abo'),
        de('n', 'Reinigungspaket'),
        de('f', 'Rasenpflege'),
        de('f', 'Fensterreinigung im Monatsabo'),
        de('m', 'Stellplatz'),
      ],
    },
    have: {
      booking: [
        'Ich habe am {day} {a} bei Ihnen.',
        'Wir haben {a} für {day} bei Ihnen gebucht.',
        'Sie haben mich am {day} für {a} eingetragen.',
        'Es geht um {my} am {day}.',
        'Ich bin am {day} bei Ihnen für {a} angemeldet.',
        '{nom} am {day} ist schon lange ausgemacht.',
        'Meine Tochter hat jeden {day} {a} bei Ihnen.',
        'Ich bin für {a} am {day} bei Ihnen eingeschrieben.',
      ],
      order: [
        'Ich habe {a} bei Ihnen bestellt.',
        'Wir haben im {month} {the} bei Ihnen gekauft.',
        'Gestern kam {nom} von Ihnen an.',
        'Wir haben {the} im {month} bei Ihnen bezahlt.',
        'Heute ist {nom} geliefert worden, das wir bei Ihnen bestellt hatten.',
      ],
      job: [
        'Sie haben im {month} {the} bei uns gemacht.',
        'Ihr Team hat letzte Woche {the} bei uns erledigt.',
        'Ihr Monteur kommt am {day} für {the}.',
        'Wir hatten im {month} {the} bei Ihnen in Auftrag gegeben.',
        'Ihre Leute waren am {day} für {the} bei uns.',
        'Sie haben vor einem Monat {the} bei uns erneuert.',
      ],
      plan: [
        'Ich habe seit {month} {a} bei Ihnen.',
        'Wir haben im {month} {a} bei Ihnen abgeschlossen.',
        '{nom} bei Ihnen läuft bei uns seit einem Jahr.',
        'Wir beziehen {the} schon länger von Ihnen.',
        'Wir bekommen jeden {day} {the} von Ihnen.',
      ],
    },
    clientAsks: {
      booking: [
        'Könnten wir das auf {day2} legen?',
        'Ich schaffe es nicht, können wir das absagen?',
        'Könnten Sie kurz bestätigen, dass es dabei bleibt?',
        'Wir wären zwei Personen mehr, geht das?',
        'Können wir das um eine Woche schieben?',
        'Ginge stattdessen auch {day2}?',
        'Kann sie ab nächstem Monat auf {day2} wechseln?',
        'Kann ich die verpasste Stunde an einem anderen Tag nachholen?',
      ],
      order: [
        'Es ist beschädigt angekommen, wie regeln wir das?',
        'Es ist immer noch nicht da, wo bleibt es?',
        'Es hat die falsche Farbe, kann ich es umtauschen?',
        'Ich hätte gern mein Geld zurück.',
        'Im Karton fehlt ein Teil.',
      ],
      job: [
        'Es funktioniert schon wieder nicht.',
        'Könnte noch einmal jemand vorbeikommen und es sich ansehen?',
        'Dort, wo Sie gearbeitet haben, ist es undicht.',
        'Wann kommen Sie, um fertig zu machen?',
        'Die Farbe blättert schon ab.',
        'Es macht schon wieder genau dasselbe.',
      ],
      plan: [
        'Kann ich das für zwei Monate pausieren?',
        'Bitte kündigen Sie es zum nächsten Monat.',
        'Kann ich den Tag auf {day2} ändern?',
        'Mir wurde diesen Monat doppelt abgebucht.',
        'Bitte nächste Woche nichts schicken, wir sind weg.',
      ],
      any: [
        'Könnten Sie mir eine Kopie der Quittung schicken?',
        'Ich bräuchte dafür eine Rechnung auf unsere Firma.',
        'Ich finde den Beleg nicht mehr, könnten Sie ihn noch einmal schicken?',
        'Auf der Rechnung steht die falsche Adresse, könnten Sie sie neu ausstellen?',
      ],
    },
    reasons: [
      'Mir ist beruflich etwas dazwischengekommen.',
      'Unser Kleiner ist krank.',
      'Wir sind in der Woche verreist.',
      'Unsere Pläne haben sich geändert.',
      'Ich warte schon seit Wochen.',
      '',
      '',
    ],
    want: {
      booking: [
        'Ich würde gern {a} für {day} buchen.',
        'Hätten Sie am {day} {a} frei?',
        'Könnte ich am {day} {a} bekommen?',
        'Wir überlegen, im {month} {a} zu buchen.',
        'Kann man {a} für {n} Personen buchen?',
      ],
      order: [
        'Ich würde gern {a} für {day} bestellen.',
        'Haben Sie {a} vorrätig?',
        'Könnten Sie {a} für {day} machen?',
        'Ich möchte {a} kaufen.',
      ],
      job: [
        'Könnten Sie mir ein Angebot für {a} machen?',
        'Wir bräuchten {a} vor dem {month}.',
        'Machen Sie auch {a}?',
        'Wir suchen jemanden für {a}.',
      ],
      plan: [
        'Ich würde gern {a} abschließen.',
        'Was kostet {a} bei Ihnen?',
        'Wir überlegen, {a} abzuschließen.',
      ],
    },
    prospects: [
      'Ich hatte vor zwei Wochen ein Angebot für {a} angefragt und noch nichts gehört.',
      'Wir hatten über {a} am {day} gesprochen, ginge auch {day2}? Gebucht ist noch nichts.',
      'Unser jetziger Anbieter lässt uns bei {the} ständig hängen, wir möchten zu Ihnen wechseln.',
      '{nom} von einer anderen Firma ist schiefgegangen und die melden sich nicht.',
      'Sie haben uns letzte Woche einen Preis für {a} geschickt, könnten Sie ihn erklären, bevor wir entscheiden?',
      'Wir vergleichen noch, könnten wir uns wegen {the} am {day2} statt am {day} sehen?',
      'Wir haben {the} woanders gekauft und es ist nach einem Monat kaputt, reparieren Sie so etwas?',
      '{nom} hat letztes Jahr eine andere Firma gemacht, das muss neu gemacht werden.',
      'Für {the} sind wir bei einer anderen Firma und sind unzufrieden.',
    ],
    problems: [
      'Können Sie {my} reparieren? Es hat einen Defekt.',
      'Wie lange müssten Sie {my} bei Ihnen behalten?',
      'Bei uns tropft seit heute Morgen der Abfluss unter der Spüle.',
      'Unsere Heizung funktioniert nicht mehr und wir haben kein warmes Wasser.',
      'An unseren Fensterrahmen blättert die Farbe stark ab.',
      'Unsere Waschmaschine ist kaputt, sie pumpt nicht mehr ab.',
      'Das Garagendach ist seit dem Sturm undicht.',
      'Die Fliesen im Bad haben Risse und lösen sich.',
      'Könnte diese Woche jemand vorbeikommen und sich das ansehen?',
      'Das Schloss der Haustür ist defekt und schließt nicht mehr richtig.',
    ],
    enquiryAsks: [
      'Was würde das kosten?',
      'Wann hätten Sie Zeit?',
      'Ginge {day}?',
      'Rufen Sie mich bitte zurück.',
      'Was brauchen Sie von mir?',
      '',
    ],
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    months: ['März', 'Juni', 'September', 'Oktober', 'November', 'Januar'],
  },
  fr: {
    greetings: ['Bonjour,', 'Bonsoir,', 'Madame, Monsieur,', 'Bonjour à toute l’équipe,', ''],
    closings: ['Merci !', 'Cordialement', 'Bien à vous', 'Merci d’avance.', ''],
    things: {
      booking: [
        fr('m', 'rendez-vous'),
        fr('f', 'table pour quatre'),
        fr('f', 'chambre double'),
        fr('f', 'leçon de conduite'),
        fr('m', 'massage'),
        fr('m', 'contrôle'),
        fr('f', 'consultation'),
        fr('m', 'cours de yoga'),
        fr('f', 'coupe'),
        fr('m', 'gîte'),
      ],
      order: [
        fr('m', 'canapé d’angle'),
        fr('m', 'gâteau d’anniversaire'),
        fr('m', 'bouquet'),
        fr('m', 'vélo'),
        fr('f', 'armoire en chêne'),
        fr('f', 'lampe'),
        fr('m', 'tapis en laine'),
        fr('f', 'imprimante'),
      ],
      job: [
        fr('m', 'entretien de la chaudière'),
        fr('f', 'réparation du toit'),
        fr('f', 'pose de la cuisine'),
        fr('m', 'nettoyage des tapis'),
        fr('f', 'taille de la haie'),
        fr('m', 'remplacement des fenêtres'),
        fr('m', 'carrelage de la salle de bain'),
        fr('f', 'révision de la voiture'),
      ],
      plan: [
        fr('m', 'abonnement à la salle'),
        fr('m', 'panier de légumes'),
        fr('m', 'forfait ménage'),
        fr('m', 'contrat d’entretien du jardin'),
        fr('m', 'lavage mensuel des vitres'),
        fr('f', 'place de parking'),
      ],
    },
    have: {
      booking: [
        'J’ai {a} chez vous {day}.',
        'Nous avons réservé {a} chez vous pour {day}.',
        'Vous m’avez noté pour {a} {day}.',
        'C’est au sujet de {my} de {day}.',
        'Je suis inscrite chez vous pour {a} {day}.',
        '{nom} de {day} était prévu depuis longtemps.',
        'Ma fille a {a} avec vous tous les {day}s.',
        'Je suis inscrit pour {a} le {day}.',
      ],
      order: [
        'J’ai commandé {a} chez vous.',
        'Nous avons acheté {the} chez vous en {month}.',
        'Nous avons reçu hier {the} de chez vous.',
        'Nous avons payé {the} en {month}.',
        '{my} est arrivé ce matin.',
      ],
      job: [
        'Vous avez fait {the} chez nous en {month}.',
        'Votre équipe s’est occupée de {the} chez nous la semaine dernière.',
        'Votre technicien vient {day} pour {the}.',
        'Nous vous avions confié {the} en {month}.',
        'Vous êtes venus {day} pour {the}.',
        'Vous avez remplacé {the} chez nous il y a un mois.',
      ],
      plan: [
        'J’ai {a} chez vous depuis {month}.',
        'Nous avons souscrit {a} chez vous en {month}.',
        '{my} chez vous se renouvelle chaque mois.',
        'Nous avons {the} chez vous depuis un an.',
        'Vous nous livrez {the} tous les {day}s.',
      ],
    },
    clientAsks: {
      booking: [
        'Pourrait-on le passer à {day2} ?',
        'Je ne pourrai pas venir, peut-on annuler ?',
        'Pourriez-vous me confirmer que c’est maintenu ?',
        'Nous serons deux de plus, est-ce possible ?',
        'Peut-on repousser d’une semaine ?',
        'Est-ce que {day2} irait à la place ?',
        'Peut-elle passer au {day2} à partir du mois prochain ?',
        'Puis-je rattraper la séance manquée un autre jour ?',
      ],
      order: [
        'C’est arrivé abîmé, comment fait-on ?',
        'Toujours rien reçu, où en est-ce ?',
        'Ce n’est pas la bonne couleur, puis-je l’échanger ?',
        'Je voudrais être remboursé.',
        'Il manque une pièce dans le carton.',
      ],
      job: [
        'Cela ne fonctionne de nouveau plus.',
        'Quelqu’un pourrait-il repasser voir ?',
        'Il y a une fuite là où vous avez travaillé.',
        'Quand revenez-vous pour terminer ?',
        'La peinture s’écaille déjà.',
        'Cela refait exactement la même chose.',
      ],
      plan: [
        'Puis-je le suspendre deux mois ?',
        'Merci de l’arrêter à partir du mois prochain.',
        'Puis-je changer le jour pour {day2} ?',
        'J’ai été prélevé deux fois ce mois-ci.',
        'Merci de ne rien livrer la semaine prochaine, nous sommes absents.',
      ],
      any: [
        'Pourriez-vous m’envoyer une copie du reçu ?',
        'J’aurais besoin d’une facture au nom de la société.',
        'Je ne retrouve plus le justificatif, pourriez-vous m’en renvoyer un ?',
        'L’adresse sur la facture est fausse, pourriez-vous la refaire ?',
      ],
    },
    reasons: [
      'J’ai un empêchement au travail.',
      'Le petit est malade.',
      'Nous serons absents cette semaine-là.',
      'Nos projets ont changé.',
      'J’attends depuis des semaines.',
      '',
      '',
    ],
    want: {
      booking: [
        'Je voudrais réserver {a} pour {day}.',
        'Auriez-vous {a} de libre {day} ?',
        'Pourrais-je avoir {a} {day} ?',
        'Nous pensons réserver {a} en {month}.',
        'Peut-on réserver {a} pour {n} personnes ?',
      ],
      order: [
        'Je voudrais commander {a} pour {day}.',
        'Avez-vous {a} en stock ?',
        'Pourriez-vous faire {a} pour {day} ?',
        'Je cherche à acheter {a}.',
      ],
      job: [
        'Pourriez-vous me faire un devis pour {the} ?',
        'Il nous faudrait {the} avant {month}.',
        'Est-ce que vous faites {the} ?',
        'Nous cherchons quelqu’un pour {the}.',
      ],
      plan: ['Je voudrais souscrire {a}.', 'Combien coûte {a} chez vous ?', 'Nous pensons prendre {a}.'],
    },
    prospects: [
      'J’ai demandé un devis pour {the} il y a quinze jours et je n’ai pas eu de réponse.',
      'Nous avions parlé de {the} pour {day}, serait-ce possible {day2} ? Rien n’est encore réservé.',
      'Notre prestataire actuel nous fait faux bond pour {the}, nous voulons passer chez vous.',
      '{nom} faite par une autre entreprise a mal tourné et ils ne répondent plus.',
      'Vous nous avez envoyé un prix pour {the} la semaine dernière, pourriez-vous le détailler avant que nous décidions ?',
      'Nous comparons encore, pourrait-on se voir pour {the} {day2} plutôt que {day} ?',
      'Nous avons acheté {the} dans un autre magasin et c’est déjà cassé, vous réparez ?',
      '{nom} a été faite par une autre entreprise l’an dernier et c’est à refaire.',
      'Nous sommes chez un concurrent pour {the} et nous en avons assez.',
    ],
    problems: [
      'Pouvez-vous réparer {my} ? Il y a un défaut.',
      'Combien de temps devriez-vous garder {my} chez vous ?',
      'Nous avons une fuite sous l’évier de la cuisine depuis ce matin.',
      'Notre chaudière ne marche plus et nous n’avons plus d’eau chaude.',
      'La peinture de nos fenêtres s’écaille beaucoup.',
      'Notre lave-linge est en panne, il ne vidange plus.',
      'Le toit du garage fuit depuis la tempête.',
      'Le carrelage de la salle de bain est fissuré et se décolle.',
      'Quelqu’un pourrait-il passer voir cette semaine ?',
      'La serrure de la porte d’entrée est cassée et ne ferme plus bien.',
    ],
    enquiryAsks: [
      'Combien cela coûterait-il ?',
      'Quand seriez-vous disponible ?',
      '{day}, ce serait possible ?',
      'Merci de me rappeler.',
      'De quoi avez-vous besoin ?',
      '',
    ],
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['mars', 'juin', 'septembre', 'octobre', 'novembre', 'janvier'],
  },
  es: {
    greetings: ['Hola,', 'Buenos días,', 'Buenas tardes,', 'Hola a todos,', ''],
    closings: ['¡Gracias!', 'Un saludo', 'Saludos', 'Muchas gracias.', ''],
    things: {
      booking: [
        es('f', 'cita'),
        es('f', 'mesa para cuatro'),
        es('f', 'habitación doble'),
        es('f', 'clase de conducir'),
        es('m', 'masaje'),
        es('f', 'revisión'),
        es('f', 'consulta'),
        es('f', 'clase de yoga'),
        es('m', 'corte de pelo'),
        es('f', 'casa rural'),
      ],
      order: [
        es('m', 'sofá rinconera'),
        es('f', 'tarta de cumpleaños'),
        es('m', 'ramo de flores'),
        es('f', 'bici'),
        es('m', 'armario de roble'),
        es('f', 'lámpara'),
        es('f', 'alfombra de lana'),
        es('f', 'impresora'),
      ],
      job: [
        es('f', 'revisión de la caldera'),
        es('m', 'arreglo del tejado'),
        es('m', 'montaje de la cocina'),
        es('f', 'limpieza de alfombras'),
        es('f', 'poda del seto'),
        es('m', 'cambio de ventanas'),
        es('m', 'alicatado del baño'),
        es('f', 'revisión del coche'),
      ],
      plan: [
        es('f', 'cuota del gimnasio'),
        es('f', 'caja de verduras'),
        es('m', 'plan de limpieza'),
        es('m', 'mantenimiento del jardín'),
        es('f', 'limpieza mensual de cristales'),
        es('f', 'plaza de garaje'),
      ],
    },
    have: {
      booking: [
        'Tengo {a} con vosotros el {day}.',
        'Reservamos {a} con ustedes para el {day}.',
        'Me tenéis apuntada para {a} el {day}.',
        'Es sobre {my} del {day}.',
        'Estoy apuntado a {a} el {day}.',
        '{nom} del {day} la cogimos hace tiempo.',
        'Mi hija tiene {a} con vosotros todos los {day}.',
        'Estoy inscrita en {a} de los {day}.',
      ],
      order: [
        'Os encargué {a}.',
        'Compramos {the} en vuestra tienda en {month}.',
        'Ayer nos llegó {the} que os pedimos.',
        'Pagamos {the} en {month}.',
        '{my} llegó esta mañana.',
      ],
      job: [
        'Nos hicisteis {the} en {month}.',
        'Vuestro equipo se encargó de {the} la semana pasada.',
        'Vuestro técnico viene el {day} para {the}.',
        'Os contratamos {the} en {month}.',
        'Estuvisteis el {day} por {the}.',
        'Nos cambiasteis {the} hace un mes.',
      ],
      plan: [
        'Tengo {a} con vosotros desde {month}.',
        'Contratamos {a} con ustedes en {month}.',
        '{my} con vosotros se renueva cada mes.',
        'Llevamos un año con {the} de ustedes.',
        'Nos traéis {the} cada {day}.',
      ],
    },
    clientAsks: {
      booking: [
        '¿Podríamos pasarlo al {day2}?',
        'No voy a poder ir, ¿lo anulamos?',
        '¿Me confirmáis que sigue en pie?',
        'Seremos dos más, ¿hay problema?',
        '¿Podemos retrasarlo una semana?',
        '¿Os vendría bien el {day2} en su lugar?',
        '¿Puede pasarse a los {day2} a partir del mes que viene?',
        '¿Puedo recuperar la clase perdida otro día?',
      ],
      order: [
        'Ha llegado dañado, ¿cómo lo solucionamos?',
        'Todavía no ha llegado, ¿dónde está?',
        'No es del color que pedí, ¿lo puedo cambiar?',
        'Quiero que me devolváis el dinero.',
        'Falta una pieza en la caja.',
      ],
      job: [
        'Ha vuelto a dejar de funcionar.',
        '¿Podría venir alguien otra vez a mirarlo?',
        'Hay una fuga donde trabajasteis.',
        '¿Cuándo volvéis para terminar?',
        'La pintura ya se está levantando.',
        'Vuelve a pasar exactamente lo mismo.',
      ],
      plan: [
        '¿Puedo dejarlo en pausa dos meses?',
        'Por favor, dadlo de baja a partir del mes que viene.',
        '¿Puedo cambiar el día al {day2}?',
        'Este mes me habéis cobrado dos veces.',
        'Por favor, la semana que viene no traigáis nada, estamos fuera.',
      ],
      any: [
        '¿Me podéis mandar una copia del recibo?',
        'Necesitaría la factura a nombre de la empresa.',
        'No encuentro el justificante, ¿me lo podéis volver a mandar?',
        'La factura tiene mal la dirección, ¿me la podéis rehacer?',
      ],
    },
    reasons: [
      'Me ha surgido algo en el trabajo.',
      'El pequeño está malo.',
      'Estaremos fuera esa semana.',
      'Nos han cambiado los planes.',
      'Llevo semanas esperando.',
      '',
      '',
    ],
    want: {
      booking: [
        'Quisiera reservar {a} para el {day}.',
        '¿Tenéis {a} libre el {day}?',
        '¿Podría tener {a} el {day}?',
        'Estamos pensando en reservar {a} en {month}.',
        '¿Se puede reservar {a} para {n} personas?',
      ],
      order: [
        'Quisiera encargar {a} para el {day}.',
        '¿Tenéis {a} en stock?',
        '¿Podríais hacer {a} para el {day}?',
        'Busco comprar {a}.',
      ],
      job: [
        '¿Me podéis dar presupuesto para {the}?',
        'Necesitaríamos {the} antes de {month}.',
        '¿Hacéis {the}?',
        'Buscamos a alguien para {the}.',
      ],
      plan: [
        'Quisiera contratar {a}.',
        '¿Cuánto cuesta {a} con vosotros?',
        'Estamos pensando en contratar {a}.',
      ],
    },
    prospects: [
      'Os pedí presupuesto para {the} hace dos semanas y no me ha llegado nada.',
      'Hablamos de {the} para el {day}, ¿podría ser el {day2}? Todavía no hemos reservado nada.',
      'Nuestro proveedor actual nos falla con {the}, queremos cambiarnos a vosotros.',
      '{nom} que nos hizo otra empresa salió mal y ya no contestan.',
      'Nos pasasteis precio para {the} la semana pasada, ¿nos lo podéis detallar antes de decidir?',
      'Seguimos comparando, ¿podríamos vernos por {the} el {day2} en vez del {day}?',
      'Compramos {the} en otra tienda y se rompió al mes, ¿lo reparáis?',
      '{nom} nos lo hizo otra empresa el año pasado y hay que rehacerlo.',
      'Para {the} estamos con otra empresa y estamos hartos.',
    ],
    problems: [
      '¿Podéis arreglar {my}? Tiene una avería.',
      '¿Cuánto tiempo tendríais que quedaros {my}?',
      'Tenemos una fuga debajo del fregadero desde esta mañana.',
      'La caldera ha dejado de funcionar y no tenemos agua caliente.',
      'La pintura de los marcos de las ventanas se está levantando.',
      'La lavadora está rota, no desagua.',
      'El tejado del garaje tiene goteras desde la tormenta.',
      'Los azulejos del baño están rotos y se despegan.',
      '¿Podría venir alguien a mirarlo esta semana?',
      'La cerradura de la puerta de entrada está rota y no cierra bien.',
    ],
    enquiryAsks: [
      '¿Cuánto costaría?',
      '¿Cuándo podríais?',
      '¿El {day} sería posible?',
      'Llamadme, por favor.',
      '¿Qué necesitáis de mí?',
      '',
    ],
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    months: ['marzo', 'junio', 'septiembre', 'octubre', 'noviembre', 'enero'],
  },
};

const LANGS: readonly Language[] = ['en', 'de', 'fr', 'es'];

/** The parts of a pool one split may use: the held-out share or the rest. */
function share<T>(pool: readonly T[], split: Split): T[] {
  // A pool too short for the every-fourth rule holds out its last part.
  const heldOut = (i: number) =>
    pool.length > HELD_OUT_OFFSET ? i % HELD_OUT_EVERY === HELD_OUT_OFFSET : i === pool.length - 1;
  return pool.filter((_, i) => heldOut(i) === (split === 'held-out'));
}

/** Sentences with their first letter in capitals, joined into one text. */
const join = (parts: string[]) =>
  parts
    .filter((p) => p.length > 0)
    .map((p) => p.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))
    .join(' ')
    .trim();

/**
 * `count` existing clients' texts (positive) and `count` new customers' texts, alternating
 * languages, from the parts of `split` only; text i depends only on (seed, i, split).
 */
export function* clientTexts(count: number, seed: number, split: Split): Generator<LabelledText> {
  const trades = split === 'train' ? TRAIN_TRADES : [HELD_OUT_TRADE];
  for (let i = 0; i < count; i++) {
    const rng = new Rng((Math.imul(seed, 0x2545f491) ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const lang = LANGS[i % LANGS.length] as Language;
    const p = POOLS[lang];
    const pick = <T>(pool: readonly T[]) => rng.pick(share(pool, split));
    const [day, day2] = rng.shuffle(p.days) as [string, string];
    const month = rng.pick(p.months);
    const fill = (s: string, t: Thing) =>
      s
        .replaceAll('{a}', t.a)
        .replaceAll('{the}', t.the)
        .replaceAll('{my}', t.my)
        .replaceAll('{nom}', t.nom)
        .replaceAll('{day2}', day2)
        .replaceAll('{day}', day)
        .replaceAll('{month}', month)
        .replaceAll('{n}', String(rng.int(2, 12)));
    const kind = rng.pick(KINDS);
    const thing = pick(p.things[kind]);
    const ask = rng.chance(0.3) ? pick(p.clientAsks.any) : pick(p.clientAsks[kind]);
    yield {
      positive: true,
      text: join([
        pick(p.greetings),
        fill(pick(p.have[kind]), thing),
        pick(p.reasons),
        fill(ask, thing),
        pick(p.closings),
      ]),
    };
    // A new customer: mostly in the same words as a client (the same things wanted, a quote
    // chased, an enquiry's date moved, a supplier left, a fault of their own), else the corpus's
    // ordinary enquiries.
    const other = pick(p.things[rng.pick(KINDS)]);
    const roll = rng.int(0, 5);
    const body =
      roll <= 1
        ? fill(pick(p.want[kind]), thing)
        : roll === 2
          ? fill(pick(p.prospects), other)
          : roll === 3
            ? fill(`${pick(p.problems)} ${pick(p.problems)}`, other)
            : roll === 4
              ? `${makeMessage(rng, lang, rng.pick(trades))} ${fill(pick(p.want[kind]), thing)}`
              : makeMessage(rng, lang, rng.pick(trades));
    yield {
      positive: false,
      text: join([pick(p.greetings), body, fill(pick(p.enquiryAsks), thing), pick(p.closings)]),
    };
  }
}
