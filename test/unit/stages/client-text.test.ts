/**
 * The client-text model on single messages, en/de/fr/es: new customers written in a client's words
 * (a fault of their own, a quote chased, an enquiry's date moved, another supplier left, a booking
 * wanted) stay below the threshold triage acts on; a client's request for a receipt for something
 * paid reads as a client's. The fixtures in test/fixtures/client15 test it through the whole core.
 */
import { describe, expect, it } from 'vitest';
import { CLIENT_TEXT_THRESHOLD, clientTextScore } from '../../../src/processors/stages/client-text.js';

describe('clientTextScore', () => {
  it.each([
    "We've got water coming through the kitchen ceiling since last night. Could someone come and have a look tomorrow?",
    'Unser Garagentor klemmt seit dem Frost und lässt sich nicht mehr öffnen. Können Sie sich das ansehen?',
    'Le chauffe-eau ne chauffe plus depuis dimanche. Pourriez-vous passer dans la semaine ?',
    'Se nos ha roto la persiana del salón y no sube. ¿Podrían venir a arreglarla?',
    'I sent you a request for a quote for a new fence ten days ago and have not heard anything. Is it on its way?',
    'Wir hatten über einen Termin zum Ausmessen am Montag gesprochen. Ginge auch Dienstag? Entschieden haben wir noch nichts.',
    'Our current gardener never turns up, so we would like to switch to you from the spring.',
    'Quisiera reservar una mesa para seis el sábado por la noche. ¿Tenéis sitio?',
  ])('a new customer: %s', (text) => {
    expect(clientTextScore(text)).toBeLessThan(CLIENT_TEXT_THRESHOLD);
  });

  it.each([
    'I paid for the yoga course in September but never got a receipt. Could you send me one?',
    'Ich habe letzten Monat bei Ihnen zehn Stunden bezahlt. Könnten Sie mir dafür eine Quittung schicken?',
  ])('an existing client: %s', (text) => {
    expect(clientTextScore(text)).toBeGreaterThanOrEqual(CLIENT_TEXT_THRESHOLD);
  });

  it('scores no text as 0', () => {
    expect(clientTextScore(null)).toBe(0);
    expect(clientTextScore('  \n')).toBe(0);
  });
});
