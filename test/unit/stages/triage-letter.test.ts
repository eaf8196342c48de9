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
