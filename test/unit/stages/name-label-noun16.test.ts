/**
 * "Name Kunde/Firma", "Name Ansprechpartner", "Name Teilnehmer": German capitalises the noun after
 * "Name", and "Name" is a given name too, so the label read as a person's name with a role badge
 * after it and was no label (extractors/labels.ts). It is a label: the field word is not a name.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/name-label-noun16/', import.meta.url)),
  '"Name" before a capitalised noun is a name label',
);
