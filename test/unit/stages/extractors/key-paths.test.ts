import { describe, expect, it } from 'vitest';
import { keyPathsAt } from '../../../../src/processors/stages/extractors/key-paths.js';

const at = (text: string) => keyPathsAt(text.split('\n'), 0);

describe('flattened key paths (automation run logs)', () => {
  it('pairs a field’s name with its values by their shared index, wherever the value comes', () => {
    // Act
    const read = at(
      [
        'lead.field_data[0].values[0]: Jane Doe',
        'lead.field_data[0].name: full_name',
        'lead.field_data[1].name: services',
        'lead.field_data[1].values[0]: lawn',
        'lead.field_data[1].values[1]: hedges',
        'data.answers.2.type = phone_number',
        'data.answers.2.question = Ihre Telefonnummer',
        'data.answers.2.answer = +49 170 1234567',
      ].join('\n'),
    );
    // Assess: the entry's type is no field of its own.
    expect(read?.pairs).toEqual([
      ['full name', 'Jane Doe'],
      ['services', 'lawn, hedges'],
      ['Ihre Telefonnummer', '+49 170 1234567'],
    ]);
    expect(read?.end).toBe(8);
  });

  it('labels other paths by their last segment, a bare id or name by its object', () => {
    const read = at(
      [
        'lead.id: 1248800331207755',
        'lead.form.id: 5566778',
        'lead.fields["email"]: ann@example.com',
        'data.attributes.first_name: "Ann"',
        'campaign.name: Spring lawns',
      ].join('\n'),
    );
    expect(read?.pairs).toEqual([
      ['lead id', '1248800331207755'],
      ['form id', '5566778'],
      ['email', 'ann@example.com'],
      ['first name', 'Ann'],
      ['campaign name', 'Spring lawns'],
    ]);
  });

  it('leaves single paths, plain labels, form-encoded and print_r dumps to the other readers', () => {
    expect(at('lead.email: ann@example.com\n\nThanks')).toBeNull();
    expect(at('Name: Ann Lee\nEmail: ann@example.com')).toBeNull();
    expect(at('contact[email]=ann%40example.com\ncontact[phone]=%2B44+7700+900123')).toBeNull();
    expect(at('contact.email=ann%40example.com\ncontact.phone=%2B44+7700+900123')).toBeNull();
    expect(at('contact[email] => ann@example.com\ncontact[phone] => 07700 900123')).toBeNull();
    expect(at('See e.g. the FAQ: https://example.com\nor i.e. call us')).toBeNull();
  });
});
