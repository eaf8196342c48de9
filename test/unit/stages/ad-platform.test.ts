import { describe, expect, it } from 'vitest';
import { adPlatformOf, platformFormId } from '../../../src/processors/stages/ad-platform.js';

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

  it("knows Meta's lead export by its prefixed ids when nothing names the platform", () => {
    const texts = ['Agencia Píxel', 'Nuevos contactos', 'Os paso en adjunto el último contacto.'];
    expect(
      adPlatformOf({ ids: ['ag:23851234567890123', 'f:987654321098765'], texts, customerText: null }),
    ).toBe('facebook_lead_ads');
    expect(adPlatformOf({ ids: ['23851234567890123'], texts, customerText: null })).toBeNull();
  });

  it('prefers a platform the texts name to the id format', () => {
    expect(adPlatformOf({ ids: ['c:23851234567890555'], texts: ['TikTok Leads'], customerText: null })).toBe(
      'tiktok_lead_ads',
    );
  });

  it("takes the platform the record states in its own field, Meta's placement codes included", () => {
    const texts = ['Agence Lune', 'Nouveau prospect', 'Voir la pièce jointe.'];
    expect(adPlatformOf({ ids: ['2385123'], texts, customerText: null, statedPlatform: 'ig' })).toBe(
      'facebook_lead_ads',
    );
    expect(
      adPlatformOf({ ids: ['2385123'], texts: ['Facebook'], customerText: null, statedPlatform: 'TikTok' }),
    ).toBe('tiktok_lead_ads');
    expect(
      adPlatformOf({ ids: ['2385123'], texts, customerText: null, statedPlatform: 'website' }),
    ).toBeNull();
  });

  it('reads "Meta" as the brand only when written as a proper noun', () => {
    expect(
      adPlatformOf({ ids: ['77'], texts: ['Leads de vuestra campaña de Meta'], customerText: null }),
    ).toBe('facebook_lead_ads');
    expect(
      adPlatformOf({
        ids: ['77'],
        texts: ['Nuestra meta es cerrar la venta esta semana'],
        customerText: null,
      }),
    ).toBeNull();
  });

  it("knows Meta's ads tool by the name its interface gives it in each language", () => {
    for (const note of [
      'Exported from Ads Manager this morning.',
      'Aus dem Werbeanzeigenmanager exportiert.',
      'Exporté depuis le Gestionnaire de publicités.',
      'Exportado desde el Administrador de anuncios.',
    ]) {
      expect(adPlatformOf({ ids: ['77'], texts: [note], customerText: null })).toBe('facebook_lead_ads');
    }
    expect(
      adPlatformOf({ ids: ['77'], texts: ['Exported from TikTok Ads Manager.'], customerText: null }),
    ).toBe('tiktok_lead_ads');
  });

  it('reads "META" in an all-caps heading as the brand', () => {
    expect(adPlatformOf({ ids: ['77'], texts: ['META · NEUER LEAD'], customerText: null })).toBe(
      'facebook_lead_ads',
    );
  });

  it('knows a platform by the id keys only it writes, in the texts or an attached file', () => {
    const texts = ['Agence Lune', 'Nouveau prospect', 'Voir la pièce jointe.'];
    const file = (key: string) => [`<lead><${key}>4d5e6f7a</${key}><email>a@b.example</email></lead>`];
    expect(adPlatformOf({ ids: ['77'], texts, customerText: null, files: file('ad_squad_id') })).toBe(
      'snapchat_lead_ads',
    );
    expect(adPlatformOf({ ids: ['77'], texts: ['leadgen_id: 1456789'], customerText: null })).toBe(
      'facebook_lead_ads',
    );
    // Google and TikTok both write "adgroup_id": it names no one.
    expect(adPlatformOf({ ids: ['77'], texts, customerText: null, files: file('adgroup_id') })).toBeNull();
  });

  it("skips the platforms' other products and profile links a relay or a field names", () => {
    const ids = ['23851234567899001'];
    for (const [text, source] of [
      ['Synced to Microsoft Dynamics 365 from Facebook Lead Ads', 'facebook_lead_ads'],
      ['New row in Google Sheets: TikTok lead', 'tiktok_lead_ads'],
      ['LinkedIn: https://www.linkedin.com/in/jane-doe/\nSource: Snapchat Ads', 'snapchat_lead_ads'],
    ] as const)
      expect(adPlatformOf({ ids, texts: [text], customerText: null })).toBe(source);
  });

  it("takes no form builder's short form id for a platform's", () => {
    expect(platformFormId('12')).toBeNull();
    expect(platformFormId('4471')).toBeNull();
    expect(platformFormId('884412003311')).toBe('884412003311');
    expect(platformFormId(null)).toBeNull();
  });
});
