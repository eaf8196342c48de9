/**
 * Platform identifiers, fourteenth round (test/fixtures/ids14, hand-written, en/de/fr/es, text and
 * HTML, every charset and transfer encoding): an id is typed by its label and by the shape its
 * platform gives it. A CRM relaying a Google Ads lead prints its record's GUID, the click id
 * (GCLID) and the lead's id beside the ad's number: none of them is the ad id, and a bare
 * "Creative"/"Anzeige"/"Annonce"/"Anuncio"/"Ad" row holding a number is, under a platform that
 * numbers its ads (Google, Microsoft). A LinkedIn URN under a leader line, middle dots or aligned
 * columns keeps every colon-separated part ("urn:li:leadGenFormResponse:…").
 * Guards (test/fixtures/ids14-guards): Snapchat's UUID ad and campaign ids and Meta's numbered ones
 * stay; a listing portal's "Annonce" number is no ad id; space-aligned columns whose values hold a
 * time or a link read as before.
 */
import { fileURLToPath } from 'node:url';
import {
  describeGuardFixtures,
  describeLeadFixtures,
  describeNonLeadFixtures,
} from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14/', import.meta.url)),
  'platform ids typed by label and by the shape of their value',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-guards/', import.meta.url)),
  'UUID and numbered ids of their own platforms, listing numbers and aligned values keep their reading',
);

/**
 * An existing client moving or calling off what the business already booked them in for, written
 * as a personal letter (test/fixtures/ids14-clients): "ich bin bei Ihnen für Donnerstag
 * eingetragen", "für morgen sind Sie bei uns eingeplant", "tenía hora con ustedes", "me toca la
 * sesión", "you've got me down for Friday", "je suis inscrite chez vous mardi", beside a firm ask
 * (move, push back, décaler, absagen, anular). Guards (test/fixtures/ids14-client-guards): a new
 * enquiry naming the days that suit, "we're down for a holiday" beside "change the date", and
 * "je suis inscrite pour un cours du soir" beside asking for a first appointment stay leads.
 */
describeNonLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-clients/', import.meta.url)),
  'an existing client moving their appointment is customer service',
);

describeGuardFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-client-guards/', import.meta.url)),
  'a new enquiry naming a date or another booking of its own stays a lead',
);

/**
 * The business's people in role blocks (test/fixtures/ids14-agents): a listing notice's block under
 * a bare role heading ("AGENT", "Listing agent", "MAKLER", "Agent immobilier", "Asesor"), before or
 * after the enquirer's fields, is the business's: its name, email and phone are never the lead's,
 * even when the customer gave no phone. Guards (test/fixtures/ids14-agents-guards): a customer whose
 * message mentions "your agent", and a broker writing through a contact form ("Firma: Köhler
 * Versicherungsmakler"), stay the lead with their own details.
 */
describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-agents/', import.meta.url)),
  'an agent block under a role heading is the business’s, never the lead',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-agents-guards/', import.meta.url)),
  'a customer mentioning an agent, or a broker writing in, stays the lead',
);

/**
 * An agency's or colleague's own lines under a relayed lead (test/fixtures/ids14-agency): a
 * Snapchat lead passed on in bullets with its UUID, then the sender's own closing paragraph and
 * sign-off ("We are still optimising the campaign…", "Wir optimieren die Anzeigen…", "Nous
 * ajustons encore le ciblage…", "Seguimos optimizando la campaña…"): signed by the sender, who is
 * not the lead, none of it is the customer's message; a bulleted message ends with the list.
 * Guards (test/fixtures/ids14-agency-guards): a customer's own email (fields, their words, their
 * own sign-off) keeps its message; a bulleted message whose second paragraph keeps the list's
 * indent stays whole.
 */
describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-agency/', import.meta.url)),
  'an agency’s own closing lines under a relayed lead are not its message',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-agency-guards/', import.meta.url)),
  'the customer’s own signed words and an indented bullet message stay the message',
);

/**
 * A campaign's name and number in one value or two rows (test/fixtures/ids14-campaigns), as
 * dashboards in CSS-grid cells print them: "Kitchen refits UK (412330981)", "412339876 ·
 * Küchenstudio Frühjahr", "Cuisines sur mesure – 413220017", a grouped "414 551 236", or
 * "Campaign: …" with "ID: …" on the next row. The number is the campaign id, the rest its name.
 * Guards (test/fixtures/ids14-campaigns-guards): a campaign named with a duration and a year keeps
 * its name and no id; a form's bare "ID" row under the message is no campaign id.
 */
describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-campaigns/', import.meta.url)),
  'a campaign’s number beside or under its name is its id',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-campaigns-guards/', import.meta.url)),
  'numbers in a campaign’s name and a record’s bare id are no campaign id',
);

/**
 * A bare id label typed by its section's heading (test/fixtures/ids14-sections): "Ad details" /
 * "ID: …", "=== Anzeige ===" / "ID: …", "Campagne" / "ID : …", "Kampagne" / "Nr.: …": the id of the
 * ad, campaign or form the heading names. Guard (test/fixtures/ids14-sections-guards): a form
 * tool's "Submission" / "ID: 88213" is no ad or campaign id and leaves the source a web form.
 */
describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-sections/', import.meta.url)),
  'a bare id under a heading naming the ad, campaign or form is that object’s id',
);

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/ids14-sections-guards/', import.meta.url)),
  'a bare id under a submission’s heading is no platform id',
);
