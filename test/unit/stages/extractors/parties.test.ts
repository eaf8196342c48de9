/**
 * Which part of a notification is a business party's and which the customer's, by the words of
 * its key or label (en/de/fr/es), and what the structured readers do with them.
 */
import { describe, expect, it } from 'vitest';
import { extractJson, extractXml } from '../../../../src/processors/stages/extractors/json.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import {
  keyWords,
  namesBusinessField,
  namesBusinessParty,
  namesCustomerParty,
  opensDealerCard,
} from '../../../../src/processors/stages/extractors/parties.js';

const dict = createLabelDictionary();

describe('parties by their words', () => {
  it('splits camelCase and separators into words', () => {
    expect(keyWords('assignedTo')).toBe('assigned to');
    expect(keyWords('lead_data.customer-info')).toBe('lead data customer info');
  });

  it.each([
    'dealer',
    'assigned_to',
    'salesPerson',
    'Account phone',
    'advertiser',
    'location',
    'tracking_number',
    'Händlertelefon',
    'Filiale',
    'Téléphone de l’agence',
    'Móvil del vendedor',
    'concesionario',
  ])('%s names a business party', (key) => expect(namesBusinessParty(key)).toBe(true));

  it.each(['Phone', 'Company phone', 'Office phone', 'Ansprechpartner', 'Telefonnummer', 'Teléfono móvil'])(
    '%s names no business party (a B2B form asks the customer for these)',
    (label) => expect(namesBusinessParty(label)).toBe(false),
  );

  it.each(['customer', 'leadData', 'Interessent', 'Kundendaten', 'client', 'solicitante', 'contacto'])(
    '%s names the customer',
    (key) => expect(namesCustomerParty(key)).toBe(true),
  );

  it('a key naming both is a business party', () => {
    expect(namesCustomerParty('dealer_contact')).toBe(false);
    expect(namesCustomerParty('leadOwner')).toBe(false);
  });

  it('a business field names the business itself, not a choice the customer made', () => {
    expect(namesBusinessField('Händler')).toBe(true);
    expect(namesBusinessField('Dealer name')).toBe(true);
    expect(namesBusinessField('Preferred location')).toBe(false);
    expect(namesBusinessField('Wunschfiliale')).toBe(false);
  });

  it('a dealer card opens with the dealership, branch or concession', () => {
    expect(opensDealerCard('Garage Martin – Concession Peugeot')).toBe(true);
    expect(opensDealerCard('Autohaus Kramer GmbH')).toBe(true);
    expect(opensDealerCard('Many thanks for your help')).toBe(false);
  });
});

describe('structured leads with several parties', () => {
  const contacts = (pairs: ReturnType<typeof extractJson>) =>
    (pairs ?? []).filter((p) => p.hit?.target === 'phone' || p.hit?.target === 'email').map((p) => p.value);

  it("skips business parties' objects and takes only the customer's part's contacts", () => {
    const pairs = extractJson(
      JSON.stringify({
        account: { phone: '+49 89 1234560' },
        lead: { email: 'ingrid@example.de' },
        tracking_number: '+49 800 1234567',
        agent: { mobile: '0171 9876543' },
      }),
      dict,
    );
    expect(contacts(pairs)).toEqual(['ingrid@example.de']);
    expect(pairs?.some((p) => p.value.includes('800 1234567'))).toBe(false);
  });

  it('keeps every field of a document without a customer part (one flat lead)', () => {
    const pairs = extractJson('{"name":"Ana","email":"ana@example.es","telefono":"612345678"}', dict);
    expect(contacts(pairs)).toEqual(['ana@example.es', '612345678']);
  });

  it("reads the customer's element of an XML document, not the provider's before it", () => {
    const pairs = extractXml(
      '<lead><provider><email>ops@leads.example</email><phone>0161 555 0100</phone></provider>' +
        '<customer><email>olivia@example.co.uk</email><phone>07700 900345</phone></customer></lead>',
      dict,
    );
    expect(contacts(pairs)).toEqual(['olivia@example.co.uk', '07700 900345']);
  });
});

describe('form answers and the business object in webhooks', () => {
  it("a webhook's business object is skipped and its answers are the customer's part", () => {
    const pairs = extractJson(
      JSON.stringify({
        business: { name: 'Joe Plumbing', phone: '0161 496 0000' },
        submission: { answers: { email: 'kim@example.com', message: 'Leaking tap in the kitchen.' } },
        meta: { callback: '0161 496 0001' },
      }),
      dict,
    );
    expect(pairs?.filter((p) => /\d{4}/.test(p.value))).toEqual([]);
    expect(pairs?.find((p) => p.hit?.target === 'email')?.value).toBe('kim@example.com');
  });
});

describe('parties named by a role attribute', () => {
  it("takes the contact of the party whose role is the customer's, not the dealer's before it", () => {
    const pairs = extractXml(
      '<lead><party role="dealer"><email>sales@motors.example</email><phone>0113 496 0000</phone></party>' +
        '<party role="customer"><email>kieran@example.com</email><phone>07700 900 111</phone></party></lead>',
      dict,
    );
    expect(
      pairs?.filter((p) => p.hit?.target === 'phone' || p.hit?.target === 'email').map((p) => p.value),
    ).toEqual(['kieran@example.com', '07700 900 111']);
  });
});
