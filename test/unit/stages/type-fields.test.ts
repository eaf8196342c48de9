import { describe, expect, it } from 'vitest';
import { createLabelDictionary, type LabeledPair } from '../../../src/processors/stages/extractors/labels.js';
import { assignPairs, newAccumulator } from '../../../src/processors/stages/type-fields.js';

const dict = createLabelDictionary();
const typed = (pairs: Array<[string, string]>) => {
  const acc = newAccumulator();
  assignPairs(
    acc,
    pairs.map(([label, value]): LabeledPair => ({ label, value, hit: dict.lookup(label) })),
  );
  return acc;
};

describe('typing a payload’s fields', () => {
  it('reads an option key answering the form’s question as words, a machine value as written', () => {
    // Act
    const acc = typed([
      ['welche_art_von_dach_haben_sie?', 'Satteldach_mit_Ziegeln'],
      ['quel_est_votre_mode_de_chauffage_?', 'pompe_à_chaleur'],
      ['campaign_name', 'winter_sale_2026'],
    ]);
    // Assess
    expect(acc.attributes).toMatchObject({
      welche_art_von_dach_haben_sie: 'Satteldach mit Ziegeln',
      quel_est_votre_mode_de_chauffage: 'pompe à chaleur',
    });
    expect(acc.campaign).toBe('winter_sale_2026');
  });

  it('takes a phone object’s ISO country for the number’s region, a calling code as the code', () => {
    expect(
      typed([
        ['phone country_code', 'CH'],
        ['phone number', '079 123 45 67'],
      ]).country,
    ).toBe('CH');
    const withCode = typed([
      ['phone dial_code', '+45'],
      ['phone number', '20 12 34 56'],
    ]);
    expect(withCode.country).toBeNull();
    expect(withCode.phone).toBe('+45 20 12 34 56');
  });
});

describe('typing platform ids', () => {
  it('keeps an id that is one token whole, a UUID starting with digits included', () => {
    // Act
    const acc = typed([
      ['Ad ID', '84512390-7c1d-4e2a-9b3f-0a1b2c3d4e5f'],
      ['Campaign ID', '#120200111222333'],
      ['Lead ID', 'Spring offer – 7301445566'],
    ]);
    // Assess
    expect(acc.adId).toBe('84512390-7c1d-4e2a-9b3f-0a1b2c3d4e5f');
    expect(acc.campaignId).toBe('120200111222333');
    expect(acc.platformLeadId).toBe('7301445566');
  });
});
