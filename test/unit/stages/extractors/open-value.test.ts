import { describe, expect, it } from 'vitest';
import {
  continuesOpenValue,
  FIELD_SYNTAX,
  type FieldSyntax,
  indentOf,
} from '../../../../src/processors/stages/extractors/open-value.js';

const leaderForm = {
  syntax: FIELD_SYNTAX.leader,
  formSyntaxes: new Set<FieldSyntax>([FIELD_SYNTAX.leader]),
  indent: 0,
};

describe('continuesOpenValue', () => {
  it('keeps a line written as a field in a syntax the form never used', () => {
    // Prepare / Act / Assess: "Budget: up to A$900." under "Message ....... We are six…".
    expect(
      continuesOpenValue(leaderForm, { syntax: FIELD_SYNTAX.colon, indent: 0, formsOwnField: false }),
    ).toBe(true);
  });

  it('leaves a field in the form’s own syntax, or in the open field’s, to the reader', () => {
    expect(
      continuesOpenValue(leaderForm, { syntax: FIELD_SYNTAX.leader, indent: 0, formsOwnField: false }),
    ).toBe(false);
    const first = { syntax: FIELD_SYNTAX.colon, formSyntaxes: new Set<FieldSyntax>(), indent: 0 };
    expect(continuesOpenValue(first, { syntax: FIELD_SYNTAX.colon, indent: 0, formsOwnField: false })).toBe(
      false,
    );
  });

  it('keeps a line indented under the open field, field-like or not', () => {
    const bullet = { syntax: FIELD_SYNTAX.bullet, formSyntaxes: new Set<FieldSyntax>(), indent: 0 };
    expect(continuesOpenValue(bullet, { syntax: FIELD_SYNTAX.colon, indent: 2, formsOwnField: false })).toBe(
      true,
    );
    expect(continuesOpenValue(bullet, { syntax: null, indent: 2, formsOwnField: false })).toBe(true);
    expect(continuesOpenValue(bullet, { syntax: null, indent: 0, formsOwnField: false })).toBe(false);
  });

  it('never keeps the customer’s contact, an id, a consent or staff field, in any syntax or indent', () => {
    expect(
      continuesOpenValue(leaderForm, { syntax: FIELD_SYNTAX.colon, indent: 0, formsOwnField: true }),
    ).toBe(false);
    expect(continuesOpenValue(leaderForm, { syntax: null, indent: 4, formsOwnField: true })).toBe(false);
  });
});

describe('indentOf', () => {
  it('counts the spaces and tabs opening a line', () => {
    expect(indentOf('   → We need')).toBe(3);
    expect(indentOf('\tBudget: 600 €')).toBe(1);
    expect(indentOf('Name')).toBe(0);
  });
});
