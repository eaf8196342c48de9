/**
 * What the business's own people write around a lead is not the customer's message: a
 * colleague's request to reach the customer, and a note that quotes the customer only where it
 * quotes them whole.
 */
import { describe, expect, it } from 'vitest';
import { asksColleagueToReach, quotedCustomerWords } from '../../../src/processors/stages/staff-note.js';

describe('asksColleagueToReach', () => {
  it.each([
    'Can you call her back today? She asked about the spring planting package.',
    'Could you please ring him before Friday, he wants a quote for the roof.',
    'Kannst du ihn heute noch zurückrufen? Es geht um die Heizung.',
    'Ruf sie bitte morgen an, sie möchte ein Angebot.',
    'Peux-tu la rappeler demain matin ? Elle veut un devis.',
    '¿Puedes llamarle hoy por la tarde? Quiere que le revisemos la caldera.',
    'Llámala cuando puedas, pregunta por el toldo.',
  ])('reads %j as a colleague’s note', (note) => {
    expect(asksColleagueToReach(note)).toBe(true);
  });

  it.each([
    'Can you call me back on Monday? I need a quote for the roof.',
    'My husband is at work all day, please call him after 6pm, I am not reachable by phone.',
    'Könnten Sie mich zurückrufen? Ich brauche ein Angebot.',
    'Pouvez-vous me rappeler ? J’ai besoin d’un devis.',
    '¿Me pueden llamar? Mi madre necesita ayuda en casa.',
    'We need the hedge cut back before the end of May.',
  ])('keeps %j as the customer’s words', (message) => {
    expect(asksColleagueToReach(message)).toBe(false);
  });
});

describe('quotedCustomerWords', () => {
  it.each([
    ['"', '"'],
    ['“', '”'],
    ['„', '“'],
    ['« ', ' »'],
  ])('takes a paragraph quoted whole between %s and %s', (open, close) => {
    // Prepare
    const words = 'We are opening a second café in Leeds and need two grinders.';
    const note = `Enquiry taken by phone, her words:\n\n${open}${words}${close}\n\nLisa Marsh\nSales Office`;
    // Act / Assess
    expect(quotedCustomerWords(note)).toBe(words);
  });

  it.each([
    'Note: interested in the “Spring offer” chairs, wants a quote.\n\nTom Baxter',
    '"Spring offer"\n\nTom Baxter',
    'Messe: BAU München\nNotiz: interessiert',
  ])('finds no quotation in %j', (note) => {
    expect(quotedCustomerWords(note)).toBeNull();
  });
});
