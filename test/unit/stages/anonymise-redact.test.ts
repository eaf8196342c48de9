import { describe, expect, it } from 'vitest';
import { isLuhnValid, isValidIban, redactText } from '../../../src/processors/stages/redact.js';

describe('redactText', () => {
  describe.each([
    // [kind, input, expected]
    ['card: Visa, spaced', 'card 4111 1111 1111 1111 thanks', 'card [card] thanks'],
    ['card: Mastercard, dashed', 'pay 5500-0000-0000-0004.', 'pay [card].'],
    ['card: Amex, 15 digits', 'amex 378282246310005', 'amex [card]'],
    ['card: 13-digit Visa', '4222222222222', '[card]'],
    ['card: 19-digit', '6304 0000 0000 0000 018', '[card]'],
    ['IBAN: DE, grouped, followed by a word', 'IBAN DE89 3704 0044 0532 0130 00 OK', 'IBAN [iban] OK'],
    ['IBAN: GB, compact', 'GB82WEST12345698765432', '[iban]'],
    ['IBAN: FR with letters in the BBAN', 'FR14 2004 1010 0505 0001 3M02 606', '[iban]'],
    ['IBAN: NO, shortest', 'konto NO9386011117947', 'konto [iban]'],
    ['IPv4', 'from 192.168.0.1 and 8.8.8.8.', 'from [ip] and [ip].'],
    ['IPv6: compressed', 'addr 2001:db8::1 here', 'addr [ip] here'],
    ['IPv6: full', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '[ip]'],
    ['IPv6: loopback', 'host ::1', 'host [ip]'],
    ['IPv6: zone id', 'fe80::1%eth0', '[ip]'],
    ['IPv6: IPv4-mapped', '::ffff:192.0.2.1', '[ip]'],
    [
      'URL: query dropped, path kept',
      'see https://shop.example.com/cars/42?utm_source=fb&email=x',
      'see https://shop.example.com/cars/42?[url]',
    ],
    ['URL: fragment dropped', 'https://example.com/a#token=abc', 'https://example.com/a?[url]'],
    ['URL: userinfo dropped', 'https://joe:secret@example.com/x', 'https://example.com/x'],
    ['URL: trailing punctuation kept', '(https://example.com/?q=1).', '(https://example.com/?[url]).'],
    ['URL: www form', 'www.example.org/form?id=7 ok', 'www.example.org/form?[url] ok'],
    ['email', 'write to Jane.Doe+cars@Example.co.uk!', 'write to [email]!'],
    ['email: unicode', 'mail: müller@bücher.de', 'mail: [email]'],
    ['phone: E.164', 'call +14155550123', 'call [phone]'],
    ['phone: US national', 'call (415) 555-0123 today', 'call [phone] today'],
    ['phone: international spaced', '+49 30 1234 5678', '[phone]'],
    ['phone: dotted', '415.555.0123', '[phone]'],
    ['phone: 00 prefix', '0044 20 7946 0958', '[phone]'],
    ['phone: slash', '089/1234567', '[phone]'],
    ['phone: non-ASCII digits', 'رقم ٠١٢٣٤٥٦٧٨٩', 'رقم [phone]'],
  ])('%s', (_kind, input, expected) => {
    it('is redacted', () => {
      expect(redactText(input)).toBe(expected);
    });
  });

  describe.each([
    ['card with a bad Luhn digit is not called a card', '4111 1111 1111 1112'],
    ['IBAN with bad check digits is not called an IBAN', 'DE89 3704 0044 0532 0130 01'],
    ['compact IBAN with a bad check', 'GB82WEST12345698765433'],
  ])('%s', (_kind, input) => {
    it('gets no [card]/[iban] token, but its digits are still removed', () => {
      const out = redactText(input);
      expect(out).not.toMatch(/\[card\]|\[iban\]/);
      expect(out).not.toMatch(/\d{7}/);
    });
  });

  describe.each([
    ['URL without a query', 'see https://example.com/contact/form for details'],
    ['time of day', 'at 10:30:45 please'],
    ['C++ scope operator', 'std::vector is fine'],
    ['ISO date', 'test drive on 2026-03-05'],
    ['European date', 'am 05.03.2026 um 10:00'],
    ['US date', 'on 3/5/2026'],
    ['short numbers', 'zip 90210, budget 25,000 USD, 3 kids'],
    ['version that is not an IP', 'version 999.1.1.1'],
    ['plain prose', 'Hello, I would like a quote for a kitchen.'],
  ])('%s', (_kind, input) => {
    it('is left as is', () => {
      expect(redactText(input)).toBe(input);
    });
  });

  it('redacts the lead’s own email literally, in any case, even in shapes the pattern misses', () => {
    const email = '"odd{local}"@example.com';
    expect(redactText(`reach me: "ODD{LOCAL}"@EXAMPLE.COM or ${email}`, { email })).toBe(
      'reach me: [email] or [email]',
    );
  });

  it('redacts the lead’s name tokens as whole words, any case, hyphenated parts included', () => {
    // Prepare
    const names = ['Ann-Marie', 'Østergård', 'Ann-Marie Østergård'];
    // Act
    const out = redactText('Hi, ANN-MARIE here (ann, marie østergård). Annual review?', { names });
    // Assess
    expect(out).toBe('Hi, [name] here ([name], [name] [name]). Annual review?');
  });

  it('matches names and emails whatever their Unicode normal form, and the parts of O’Brien', () => {
    // Prepare: decomposed ü (u + U+0308) in the message, composed in the contact.
    const decomposed = 'Mu\u0308ller'.normalize('NFD');
    // Act
    const out = redactText(`Gruß, ${decomposed} (MU\u0308LLER@EXAMPLE.DE), Sean O’Brien`, {
      names: ['Müller', "O'Brien"],
      email: 'müller@example.de',
    });
    // Assess: "Gruß" is a sign-off, so the name after it goes too, known or not.
    expect(out).toBe('Gruß, [name] ([email]), [name] [name]');
  });

  it('ignores single-letter initials and never rewrites its own tokens', () => {
    const out = redactText('J. Email wrote from a@b.com', { names: ['J', 'Email'] });
    expect(out).toBe('J. [name] wrote from [email]');
  });

  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['digits', '1'.repeat(100_000)],
    ['dotted digits', '1.'.repeat(50_000)],
    ['dotted letters', 'a.'.repeat(50_000)],
    ['colons', 'a:'.repeat(50_000)],
    ['at signs', 'x@'.repeat(50_000)],
    ['IBAN-ish groups', 'DE00 '.repeat(20_000)],
    ['URL ending in punctuation', `http://x${'.'.repeat(50_000)}a`],
  ])('stays linear on hostile input: %s', (_kind, hostile) => {
    // Act
    const started = performance.now();
    redactText(hostile, { names: ['Bob'], email: 'bob@example.com' });
    // Assess: generous bound for CI; each of these took 10+ s when a pattern was quadratic.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('survives absurd name and email values', () => {
    const out = redactText('hi Bob', {
      names: [`a${'!'.repeat(50_000)}a`, 'Bob'],
      email: `${'x'.repeat(5_000)}@y.com`,
    });
    expect(out).toBe('hi [name]');
  });
});

describe('checksums', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
  ])('Luhn %s → %s', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });

  it.each([
    ['DE89370400440532013000', true],
    ['GB82WEST12345698765432', true],
    ['DE89370400440532013001', false],
    ['GB82WEST1234', false],
    ['de89370400440532013000', false],
  ])('IBAN %s → %s', (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });
});
