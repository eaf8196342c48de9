/**
 * Phone numbers per country, kept only when libphonenumber-js (max metadata) calls them valid, and the
 * ways people write them. Fictional ranges where they exist (US/CA 555-01xx, GB 0117 496 0xxx and
 * 020 7946 0xxx, AU 0491 570 xxx and 02 5550 xxxx, FR 01 99 00 xx xx); elsewhere random digits on the
 * country's example mobile number.
 */
import { type CountryCode, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { Rng } from './rng.js';

export interface Phone {
  e164: string;
  region: CountryCode;
}

const FICTIONAL: Partial<Record<CountryCode, ((rng: Rng) => string)[]>> = {
  US: [(r) => `${r.pick(['201', '312', '415', '617', '713', '503'])}55501${r.digits(2)}`],
  CA: [(r) => `${r.pick(['416', '604', '514', '613'])}55501${r.digits(2)}`],
  GB: [(r) => `1174960${r.digits(3)}`, (r) => `2079460${r.digits(3)}`],
  AU: [(r) => `491570${r.digits(3)}`, (r) => `25550${r.digits(4)}`],
  FR: [(r) => `19900${r.digits(4)}`],
};

export function makePhone(rng: Rng, region: CountryCode): Phone {
  for (let attempt = 0; attempt < 200; attempt++) {
    const fictional = FICTIONAL[region];
    let national: string;
    if (fictional && rng.chance(0.75)) national = rng.pick(fictional)(rng);
    else {
      const example = getExampleNumber(region, examples);
      if (!example) throw new Error(`no example number for ${region}`);
      const nsn = example.nationalNumber as string;
      const keep = Math.max(2, nsn.length - rng.int(5, 7));
      national = nsn.slice(0, keep) + rng.digits(nsn.length - keep);
    }
    const parsed = parsePhoneNumberFromString(national, region);
    if (parsed?.isValid() && parsed.country === region) return { e164: parsed.number, region };
  }
  throw new Error(`no valid number found for ${region}`);
}

export type PhoneStyle =
  | 'national'
  | 'international'
  | 'e164'
  | 'double-zero'
  | 'compact'
  | 'dotted'
  | 'slashed'
  | 'trunk-in-brackets';

/** How the number is written; styles that hide the country are used only where the region is clear. */
export function writePhone(
  rng: Rng,
  phone: Phone,
  sameRegionAsBusiness: boolean,
  style?: PhoneStyle,
): string {
  const parsed = parsePhoneNumberFromString(phone.e164);
  if (!parsed) throw new Error(`unparseable ${phone.e164}`);
  const national = parsed.formatNational();
  const intl = parsed.formatInternational();
  const styles: PhoneStyle[] = sameRegionAsBusiness
    ? [
        'national',
        'national',
        'international',
        'e164',
        'double-zero',
        'compact',
        'dotted',
        'slashed',
        'trunk-in-brackets',
      ]
    : ['international', 'international', 'e164', 'double-zero', 'trunk-in-brackets'];
  const picked = style ?? rng.pick(styles);
  // Slashes between area code and number are a German-speaking habit.
  const chosen = picked === 'slashed' && !['DE', 'AT', 'CH'].includes(phone.region) ? 'national' : picked;
  const cc = parsed.countryCallingCode as string;
  const trunkCountries = ['DE', 'AT', 'CH', 'GB', 'BE', 'FR', 'AU'];
  switch (chosen) {
    case 'national':
      return national;
    case 'international':
      return intl;
    case 'e164':
      return phone.e164;
    case 'double-zero':
      return cc === '1' ? `011 ${intl.slice(1)}` : `00${intl.slice(1)}`;
    case 'compact':
      return national.replace(/[\s().-]/g, '');
    case 'dotted':
      return /\d/.test(national) && national.includes(' ')
        ? national.replace(/[()]/g, '').replace(/[\s-]+/g, '.')
        : national;
    case 'slashed': {
      const compact = national.replace(/[\s().-]/g, '');
      const split = compact.startsWith('0') ? rng.int(3, 5) : 3;
      return `${compact.slice(0, split)}/${compact.slice(split)}`;
    }
    case 'trunk-in-brackets':
      return trunkCountries.includes(phone.region) && national.startsWith('0')
        ? `+${cc} (0)${national.slice(1)}`
        : intl;
  }
}

/** The national format (for the business's own numbers in footers). */
export function nationalOf(phone: Phone): string {
  return parsePhoneNumberFromString(phone.e164)?.formatNational() ?? phone.e164;
}

export function internationalOf(phone: Phone): string {
  return parsePhoneNumberFromString(phone.e164)?.formatInternational() ?? phone.e164;
}

/** Every written form must read back as the same E.164 number with the business's region. */
export function checkWritten(written: string, phone: Phone, businessRegion: CountryCode): void {
  const normalised = written.replace(/^011 /, '+').replace(/^00/, '+').replace('(0)', '');
  const parsed = parsePhoneNumberFromString(normalised, businessRegion);
  if (!parsed?.isValid() || parsed.number !== phone.e164)
    throw new Error(`written phone ${written} does not read back as ${phone.e164}`);
}
