import fc from 'fast-check';
import { LEAD_SOURCES, type Lead } from '../../../src/schemas/lead.js';

/**
 * fast-check arbitraries for Lead records. Strings use the full Unicode range (any code point,
 * no lone surrogates: a lone surrogate is not valid UTF-8 text, so no Avro string can carry it).
 */
export const unicodeText = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });
const optionalText = (maxLength = 40): fc.Arbitrary<string | null> =>
  fc.option(unicodeText(maxLength), { nil: null });

// Every JS Date the encoder accepts: up to +8.64e15 ms, down to -2^52 (see DateType).
export const receivedAt: fc.Arbitrary<Date> = fc.date({
  min: new Date(-(2 ** 52)),
  max: new Date(8.64e15),
  noInvalidDate: true,
});

export const leadArbitrary = (
  overrides: { message?: fc.Arbitrary<string | null> } = {},
): fc.Arbitrary<Lead> =>
  fc.record({
    leadId: unicodeText(),
    receivedAt,
    businessId: unicodeText(),
    source: fc.constantFrom(...LEAD_SOURCES),
    campaign: optionalText(),
    adId: optionalText(),
    contact: fc.record({
      fullName: optionalText(),
      firstName: optionalText(),
      lastName: optionalText(),
      email: fc.option(fc.emailAddress(), { nil: null }),
      phone: optionalText(20),
    }),
    message: overrides.message ?? optionalText(400),
    // Own-property "__proto__" keys cannot survive any JS object decoder (assignment sets the
    // prototype); the extract stage never produces them.
    attributes: fc.dictionary(
      unicodeText(20).filter((k) => k !== '__proto__'),
      unicodeText(),
      { maxKeys: 6 },
    ),
    subject: optionalText(),
    messageId: optionalText(),
    extraction: fc.record({
      ruleId: unicodeText(20),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      warnings: fc.array(unicodeText(30), { maxLength: 4 }),
    }),
    formId: optionalText(),
    campaignId: optionalText(),
    platformLeadId: optionalText(),
  });

/** A realistic, fully populated Lead for example-based tests. */
export function sampleLead(): Lead {
  return {
    leadId: 'lead-1',
    receivedAt: new Date('2026-11-27T10:15:30.123Z'),
    businessId: 'acme-motors',
    source: 'facebook_lead_ads',
    campaign: 'Winter sale',
    adId: null,
    contact: {
      fullName: 'Zoë Østergård',
      firstName: 'Zoë',
      lastName: 'Østergård',
      email: 'zoe@example.dk',
      phone: '+4520123456',
    },
    message: 'Hej 👋 — is the car still available?',
    attributes: { vehicle: 'Corolla', 'form name': 'Test drive' },
    subject: 'New lead',
    messageId: '<abc@mail.example>',
    extraction: { ruleId: 'facebook_lead_ads', confidence: 0.9, warnings: [] },
    formId: '1043927816',
    campaignId: '23851234567890123',
    platformLeadId: '987654321012345',
  };
}
