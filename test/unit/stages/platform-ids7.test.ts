/**
 * Platform identifiers, seventh round (test/fixtures/platform-ids7, hand-written, en/de/fr/es):
 * ad-platform leads relayed by other tools keep the platform's ids apart (ad, form, campaign and
 * the platform's lead id; an ad set's, ad group's or ad squad's id, an account number and a
 * timestamp are none of them) and name the platform in their own words:
 * - an automation tool's footer chains the labelled ids on one line ("Lead 8812… · Form 4471… ·
 *   Campaign “Storm repairs” (2197…) · Ad group … · Creative …"), in the text and the HTML part,
 *   or with the id first in French ("ID du prospect … | Publicité …");
 * - a connector attaches a LinkedIn Lead Gen Form response as XML, the ids as attributes
 *   (`<campaign id="…" name="…"/>`) and the answers as labelled elements;
 * - a digest tool stacks each CAPITALISED label over its value (Meta lead ads, "Meta-Lead-Anzeigen"),
 *   the ad set's id among them;
 * - a slip printer writes "Label ........ value" (or "Label ······ value") lines with UUID ids
 *   (Snapchat, "Snap Ads");
 * - a chat bridge mirrors the ids as `snake_case: value` or `camelCase: value` lines in a fenced
 *   code block (TikTok).
 */
import { fileURLToPath } from 'node:url';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/platform-ids7/', import.meta.url)),
  'platform ids relayed in chains, XML attributes, stacked labels, leaders and code blocks',
);
