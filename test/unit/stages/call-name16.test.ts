/**
 * "Rückruf für: Thomas Berger", "Callback for: Emily Carter", "A rappeler : Sophie Martin", "Llamar
 * a: Andrés Molina": a label that names calling over a person's name says whom to call. It refuses
 * no number, so the number field below it is the customer's phone (type-fields.ts). Before, the
 * name read as a refusal to give a phone, and a phone message with no email was lost.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/call-name16/', import.meta.url)),
  'a calling label over a name says whom to call and refuses no number',
);
