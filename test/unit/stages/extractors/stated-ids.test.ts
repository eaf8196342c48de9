import { describe, expect, it } from 'vitest';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { statedIdPairs } from '../../../../src/processors/stages/extractors/stated-ids.js';

const dict = createLabelDictionary();
/** target → value of the pairs, as type-fields would file them. */
const typed = (text: string, customerText: string | null = null) =>
  Object.fromEntries(statedIdPairs(text, dict, customerText).map((p) => [p.hit?.target, p.value]));

describe('statedIdPairs', () => {
  it.each([
    [
      "Pinterest lead 1234567 came in from ad 998877 in campaign 'Spring refresh' (form 5566)",
      { platformLeadId: '1234567', adId: '998877', formId: '5566', campaign: 'Spring refresh' },
    ],
    [
      'TikTok-Lead Nr. 7301845522 aus Anzeige 1789234455 der Kampagne „Frühjahrsputz“ (Kampagnen-ID 1789001122)',
      {
        platformLeadId: '7301845522',
        adId: '1789234455',
        campaignId: '1789001122',
        campaign: 'Frühjahrsputz',
      },
    ],
    [
      "Lead n° 4410029387 issu de l'annonce 99182736 de la campagne « Rentrée » (formulaire n° 55120)",
      { platformLeadId: '4410029387', adId: '99182736', formId: '55120', campaign: 'Rentrée' },
    ],
    [
      'Lead n.º 6620014477 del anuncio 4412345678 de la campaña «Verano» (ID de campaña 3355667)',
      { platformLeadId: '6620014477', adId: '4412345678', campaignId: '3355667', campaign: 'Verano' },
    ],
    [
      'You received lead #88120045511 via ad #66200441770 and form #44710023.',
      { platformLeadId: '88120045511', adId: '66200441770', formId: '44710023' },
    ],
  ])('reads %s', (text, want) => {
    expect(typed(text)).toEqual(want);
  });

  it.each([
    'Order 5512339 came in from ticket 99821 (invoice 2026-0042).',
    'Pedido n.º 77881233 del cliente con código postal 28001, factura n.º 2026-118.',
    'Our lead time is 4 weeks; call 07700 900731 about the ad.',
    'Campaign 2026 and form 2025 are this year’s.',
    'Thanks for your lead 8812004551 from our website.',
  ])('reads no ids from %s', (text) => {
    expect(statedIdPairs(text, dict, null)).toEqual([]);
  });

  it("never reads the customer's own words", () => {
    const line = 'I answered ad 99887766 and form 55443322 last week.';
    expect(statedIdPairs(`Message: x\n${line}`, dict, line)).toEqual([]);
  });

  it('stays fast on hostile lines of the longest length read', () => {
    const lines = ['ad-', 'ad “x ', 'ad 1a_b:', 'lead # '].map(
      (unit) => `${unit.repeat(590 / unit.length)}1`,
    );
    const hostile = Array.from({ length: 60 }, (_, i) => lines[i % lines.length]).join('\n');
    const start = performance.now();
    statedIdPairs(hostile, dict, null);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
