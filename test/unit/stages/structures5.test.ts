/**
 * General plain-text structures (test/fixtures/structures5, hand-written, en/de/fr/es, named
 * structure-language-charset-encoding), through the whole core with the business's region:
 *  - tables drawn with Unicode box characters (┌─┬─┐ │ ├─┼─┤ ╔═╦═╗ ║ ╭╮╰╯), a message wrapped over
 *    several rows of the value column with an empty row between its paragraphs, a terminal id and a
 *    "do not reply" line below;
 *  - markdown issue forms a site files and a code forge mails with list headers ("### Question",
 *    the answer below, "_No response_", "- [x]" consents, "Reply to this email directly…"): one
 *    form submission addressed to the business is not bulk mail;
 *  - one-question-per-screen forms ("Question 3 of 7 · …", "Frage 3 von 7 · …", "Question 3 sur
 *    7 · …", "Pregunta 3 de 7 · …") with "» " answers, yes/no and choice questions between the
 *    contact questions, completion time and respondent id at the end;
 *  - a configurator's INI-style text attachment ([section], key = value, indented continuation
 *    lines);
 *  - JSON bodies with an `answers` array of {question, answer} pairs and a meta block naming the
 *    site owner's notification address.
 * Each must be a lead with the customer's email, phone, name and message, and the analytics
 * record must not hold any word of the customer's name.
 */
import { fileURLToPath } from 'node:url';
import { describeLeadFixtures } from '../../helpers/extract-fixture.js';

describeLeadFixtures(
  fileURLToPath(new URL('../../fixtures/structures5/', import.meta.url)),
  'general plain-text structures: box tables, issue forms, progress questions, INI files, JSON answers',
);
