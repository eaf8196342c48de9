/**
 * Replies and forwards, seventh round (test/fixtures/replies7, hand-written, en/de/fr/es): a
 * customer answering the business's own mail below its quoted text ("On … wrote:" / "> …" / their
 * enquiry and signature) is the sender, and their words after the quote are the message; a
 * terminal client's forward ("----- Forwarded message from … -----", every line quoted with "> ",
 * "----- End forwarded message -----") and a Lotus Notes forward ("----- Forwarded by Tom
 * Baker/SALES/ACME on … -----", the sender on a line of its own) carry the lead in the forwarded
 * message, never the colleague who forwards. A new enquiry asking for an appointment stays a lead
 * (an existing client moving theirs is customer service: test/unit/triage.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it } from 'vitest';
import {
  describeLeadFixtures,
  type ExtractedExpectation,
  expectExtracted,
  fixtureExtractor,
  itHasAnExpectationForEveryFixture,
  readExpectations,
} from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/replies7/', import.meta.url)),
  'bottom-posted replies, terminal-client and Notes forwards',
);

/**
 * The business's footer inside the quote ("> Greenleaf Gardens · 12 High Street · London") ends only
 * the quotation: the writer's reply below it is read. Extraction alone: whether a reply to a
 * newsletter from a stranger is a lead is triage's call.
 */
const QUOTED_FOOTER = fileURLToPath(new URL('../../fixtures/replies7/quoted-footer/', import.meta.url));
const quotedFooter = readExpectations<ExtractedExpectation>(QUOTED_FOOTER);
describe('a bottom-posted reply below a quoted footer', () => {
  let extractFixture: Awaited<ReturnType<typeof fixtureExtractor>>;
  beforeAll(async () => {
    extractFixture = await fixtureExtractor(QUOTED_FOOTER);
  });
  itHasAnExpectationForEveryFixture(QUOTED_FOOTER, quotedFooter);
  it.each(Object.entries(quotedFooter))('%s', async (name, want) => {
    expectExtracted(await extractFixture(name), want);
  });
});
