import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containsAdf, extractAdf } from '../../../../src/processors/stages/extractors/adf.js';

const SAMPLES = fileURLToPath(new URL('../../../corpora/adf-samples/', import.meta.url));

describe('extractAdf', () => {
  it('reads the customer and never the provider from the gcoombe sample', () => {
    // Prepare
    const xml = readFileSync(`${SAMPLES}gcoombe-adf-leads/test/example.xml`, 'utf8');
    // Act
    const lead = extractAdf(xml);
    // Assess
    expect(lead).toMatchObject({ fullName: 'Test user', email: 'test@fetchauto.ca', phone: '778-555-4474' });
    expect(lead?.attributes.provider).toBe('Fetch Auto');
    expect(JSON.stringify(lead)).not.toContain('dealership.support');
  });

  it('reads vehicle attributes and keeps the vendor out of the contact (sendadf sample)', () => {
    const xml = readFileSync(`${SAMPLES}carmelosantana-sendadf/readme-example-2.xml`, 'utf8');
    const lead = extractAdf(xml);
    expect(lead).toMatchObject({ fullName: 'John Doe', phone: '393-999-3922', email: null });
    expect(lead?.attributes).toMatchObject({
      vehicle_make: 'Chevrolet',
      vehicle_model: 'Blazer',
      vehicle_year: '1999',
      vendor: 'Acura of Bellevue',
    });
  });

  it('composes the full name from name parts and prefers a cellphone over fax', () => {
    const xml =
      '<adf><prospect><customer><contact><name part="first">Ana</name><name part="last">Ruiz</name>' +
      '<phone type="fax">111</phone><phone type="cellphone">+34 600 000 000</phone></contact>' +
      '<comments>Call me &amp; text me</comments></customer></prospect></adf>';
    expect(extractAdf(`some text before\n${xml}\nafter`)).toMatchObject({
      fullName: 'Ana Ruiz',
      firstName: 'Ana',
      lastName: 'Ruiz',
      phone: '+34 600 000 000',
      message: 'Call me & text me',
    });
  });

  it('never takes an unresolved entity reference (&xxe;) as a field value', () => {
    const doc = `<?xml version="1.0"?>
<!DOCTYPE adf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<adf><prospect><customer><contact>
  <name part="full">&xxe;</name>
  <name part="first">Ann &xxe;</name>
  <email>ann@example.com</email>
</contact></customer></prospect></adf>`;
    const lead = extractAdf(doc);
    expect(lead?.email).toBe('ann@example.com');
    expect(lead?.fullName).not.toContain('&');
    expect(lead?.firstName).toBe('Ann');
  });

  it('returns null without an ADF document and detects one in text', () => {
    expect(extractAdf('<html>no</html>')).toBeNull();
    expect(extractAdf('<adf><prospect>')).toBeNull();
    expect(containsAdf('x <adf>\n')).toBe(true);
    expect(containsAdf('<adfx>')).toBe(false);
  });
});
