/**
 * The letter signals on single sentences, en/de/fr/es: asks put to the business about its trade
 * (a price, a visit, its time, whether it does the work), against a seller's questions, remarks
 * that ask nothing, and questions about something other than a trade's work; familiar address
 * against the polite forms a stranger writes in.
 */
import { describe, expect, it } from 'vitest';
import { businessAsks, familiarNote } from '../../../src/processors/stages/triage-letter.js';

describe('businessAsks', () => {
  it.each([
    'I wonder whether you service Worcester combi boilers.',
    'What do you charge for a service?',
    'When could you come round to have a look?',
    'Können Sie so etwas reparieren?',
    'Nehmen Sie noch neue Patienten auf?',
    'Ich wollte fragen, ob Sie auch Dachrinnen reinigen und was das kostet.',
    'Est-ce que vous livrez à Villeurbanne ?',
    'Pourriez-vous passer cette semaine ?',
    'Je voudrais savoir si vous faites les devis gratuitement.',
    '¿Reparan ustedes esta marca?',
    '¿Tendríais disponibilidad esa mañana?',
    'Quería saber si transportan pianos.',
  ])('counts "%s"', (sentence) => {
    expect(businessAsks(sentence)).toBe(1);
  });

  it.each([
    // A seller asking to do something for the business, or for its time.
    'Would you like me to call in next week with a free quote?',
    'Are you free for 15 minutes on Thursday?',
    'Darf ich Ihnen unsere neue Preisliste schicken?',
    'Seriez-vous disponible pour un court échange téléphonique ?',
    '¿Le envío nuestro catálogo de precios?',
    // Asking nothing, or asking about something other than the trade's work.
    'We will be away on holiday until the 14th.',
    'Did you see the match last night?',
    'Haben Sie das Paket schon bekommen?',
    'Avez-vous lu son dernier livre ?',
    '¿Habéis visto las fotos?',
  ])('does not count "%s"', (sentence) => {
    expect(businessAsks(sentence)).toBe(0);
  });

  // Round 17: asks that name no one, and asks put as thanks in advance.
  it.each([
    'Is Heron Cottage available from Saturday 14 to Saturday 21 August?',
    'What would a swap like that cost, roughly?',
    'Is April or May realistic for something like that?',
    'I would be grateful if you could let me know whether there is room for them.',
    'Wäre eine Probefahrt am Samstagvormittag möglich?',
    'Gibt es im Mai noch freie Termine?',
    'Ginge vorher auch eine Einzelstunde bei uns zu Hause?',
    'Le gîte serait-il disponible du 12 au 19 août ?',
    'Combien coûterait une révision complète ?',
    'Et la livraison au camping, c’est possible ?',
    '¿Sería posible ver el piso el jueves por la tarde?',
    '¿Estarían libres ese día para el reportaje completo?',
    '¿Habría posibilidad de que alguien viniera a mirarla?',
  ])('counts the unaddressed ask "%s"', (sentence) => {
    expect(businessAsks(sentence)).toBe(1);
  });

  it.each([
    // A mailing list's how-to question, and the same words in a statement.
    'Is it possible to run the daemon without root?',
    'The cottage is available all year round.',
    // A question to a group: a colleague's note, a club's mail.
    'Is anybody free on Monday afternoon to take the materials over?',
    'Quelqu’un serait-il libre lundi après-midi pour livrer le chantier ?',
    '¿Alguien está libre el sábado para montar la sala?',
    // A favour asked in familiar address.
    'Wäre es möglich, dass du am Sonntag die Kinder nimmst?',
    'Serait-il possible que tu me prêtes ta perceuse ce week-end ?',
    'Combien je te dois pour la dernière fois ?',
    // A seller asking for a meeting, to present their offer, or what the business pays today.
    'Wäre ein kurzer Termin nächste Woche möglich?',
    'Serait-il possible de vous la présenter jeudi ?',
    '¿Cuánto les cuesta hoy conseguir un alumno nuevo?',
  ])('does not count "%s"', (sentence) => {
    expect(businessAsks(sentence)).toBe(0);
  });

  it('counts each asking sentence of a letter once', () => {
    const letter =
      'Hola:\n\nSe me ha estropeado la lavadora. ¿Reparan ustedes esta marca? ¿Cuánto cobran por la visita? Vivo en Chamberí.\n\nUn saludo,\nLucía';
    expect(businessAsks(letter)).toBe(2);
  });
});

describe('familiarNote', () => {
  it.each([
    'Hi Jo,\n\nCould you send me the recipe?\n\nLove,\nBeth x',
    'Hallo Steffi,\n\nkannst du mir das Rezept schicken?\n\nAnja',
    'Coucou Paul,\n\nTu pourrais me renvoyer la photo ?\n\nJulie',
    'Hola Ana:\n\n¿Me pasas las fotos?\n\nBesos',
    // A colleague's note to the team.
    'Hola chicas,\n\nEl viernes entro a las 15:00.\n\nLaura',
    'Hey guys,\n\nThe van is back on Monday.\n\nTom',
    'Hallo Leute,\n\nich bin morgen erst ab 10 da.\n\nJens',
    'Salut les filles !\n\nJe pose mon vendredi.\n\nAmélie',
  ])('finds familiar address in %j', (text) => {
    expect(familiarNote(text)).toBe(true);
  });

  it.each([
    'Dear Sir or Madam,\n\nDo you tune upright pianos?\n\nYours faithfully,\nMargaret Ellis',
    'Guten Tag,\n\nkönnen Sie sich das ansehen?\n\nViele Grüße\nThomas Berger',
    // A customer greets a business's whole team so too.
    'Hallo zusammen,\n\nunser Garten braucht einen Rückschnitt.\n\nViele Grüße\nBirgit Sommer',
    // French "du" is "of the"; Spanish "tu" is "your".
    'Bonjour,\n\nquel serait le prix du déplacement ?\n\nCordialement,\nClaire',
    'Hola:\n\n¿Hacéis prueba antes? Me encanta tu trabajo.\n\nMuchas gracias,\nMarta',
  ])('finds none in %j', (text) => {
    expect(familiarNote(text)).toBe(false);
  });
});
