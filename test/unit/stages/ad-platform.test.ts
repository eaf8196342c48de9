import { describe, expect, it } from 'vitest';
import { adPlatformOf } from '../../../src/processors/stages/ad-platform.js';

describe('adPlatformOf', () => {
  it('names the platform a notification carrying platform ids mentions first', () => {
    expect(
      adPlatformOf({
        ids: [null, '8812345', null, null],
        texts: [
          'Leads',
          'leads@crm.example',
          'New lead',
          'Submitted via your Pinterest lead ad. Also on Google.',
        ],
        customerText: null,
      }),
    ).toBe('pinterest_lead_ads');
  });

  it('prefers the sender over the body', () => {
    expect(
      adPlatformOf({
        ids: ['123'],
        texts: ['Snapchat Ads', 'no-reply@relay.example', 'Lead', 'Find it in Google Sheets'],
        customerText: null,
      }),
    ).toBe('snapchat_lead_ads');
  });

  it('is null without platform ids, whatever the text names', () => {
    expect(
      adPlatformOf({ ids: [null, '  '], texts: ['Facebook', 'Lead from Facebook'], customerText: null }),
    ).toBeNull();
  });

  it('ignores platforms named only in the customer message', () => {
    expect(
      adPlatformOf({
        ids: ['spring-sale'],
        texts: ['Website', 'New submission', 'Message: saw you on TikTok and LinkedIn\nThanks'],
        customerText: 'saw you on TikTok and LinkedIn',
      }),
    ).toBeNull();
  });

  it('does not read a brand out of ordinary words', () => {
    expect(
      adPlatformOf({
        ids: ['9'],
        texts: ['We will snap up the offer; the metadata is attached.'],
        customerText: null,
      }),
    ).toBeNull();
  });
});
