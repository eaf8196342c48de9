import { fileURLToPath } from 'node:url';
import { describeGuardFixtures, describeLeadFixtures } from '../../helpers/extract-fixture.js';

const DIR = fileURLToPath(new URL('../../fixtures/letters11/', import.meta.url));

describeLeadFixtures(DIR, 'real enquiries kept as leads');

describeGuardFixtures(`${DIR}guards/`, 'placements, clients and notices that are no leads');
