/** Customers' phone numbers and the forms people write them in; every form must read back. */

import {
  type CountryCode,
  parsePhoneNumberFromString,
  isValidPhoneNumber as validMin,
} from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  parsePhoneNumberFromString as parseMax,
  isValidPhoneNumber as validMax,
} from 'libphonenumber-js/max';
import type { Rng } from './rng.js';

const EX = examples as Record<string, string>;

/** A valid mobile number of the country (the example number with its last four digits redrawn). */
export function drawNumber(rng: Rng, country: string): string {
  const ex = EX[country];
  if (!ex) throw new Error(`no example number for ${country}`);
  for (let i = 0; i < 40; i++) {
    const national = ex.slice(0, -4) + rng.digits(4);
    const p = parseMax(national, country as CountryCode);
    if (p && validMax(p.number) && validMin(p.number)) return p.number;
  }
  const p = parseMax(ex, country as CountryCode);
  if (!p) throw new Error(`example number of ${country} does not parse`);
  return p.number;
}

export type Form = 'national' | 'compact' | 'intl' | 'e164' | '00' | '011' | 'cc0' | 'dashed';

export function writeForm(e164: string, form: Form): string | null {
  const p = parseMax(e164);
  if (!p) return null;
  const intl = p.formatInternational();
  const nat = p.formatNational();
  switch (form) {
    case 'national':
      return nat;
    case 'compact':
      return nat.replace(/\D/g, '');
    case 'intl':
      return intl;
    case 'e164':
      return p.number;
    case '00':
      return `00${intl.slice(1)}`;
    case '011':
      return `011 ${intl.slice(1)}`;
    case 'dashed':
      return intl.replace(/ /g, '-');
    case 'cc0': {
      const digits = nat.replace(/\D/g, '');
      if (!digits.startsWith('0')) return null;
      return `+${p.countryCallingCode} (0)${nat.replace(/^\(?0-?/, '').replace(/\)/, '')}`;
    }
  }
}

/** Whether the written form reads back as the number from `region` (`(0)` dropped), with both metadata sets. */
export function readsBack(written: string, e164: string, region: string): boolean {
  const s = written.replace('(0)', '');
  const a = parseMax(s, region as CountryCode);
  const b = parsePhoneNumberFromString(s, region as CountryCode);
  return a?.number === e164 && b?.number === e164 && validMax(e164) && validMin(e164);
}

const DOMESTIC: Form[] = ['national', 'national', 'compact', 'intl', 'e164', 'cc0', '00', 'dashed'];
const ABROAD: Form[] = ['intl', 'intl', '00', '00', 'cc0', 'e164', 'dashed', '011'];

/**
 * A written form for a customer's number: national forms only when the reader can know the country
 * (the customer's country is the business's, or the layout prints it); else international ones.
 */
export function pickForm(
  rng: Rng,
  e164: string,
  region: string,
  domestic: boolean,
  nanpBiz: boolean,
): string {
  const pool = domestic ? DOMESTIC : ABROAD;
  // From a North American business's inbox, customers abroad often dial out the NANP way.
  if (!domestic && nanpBiz && !e164.startsWith('+1') && rng.chance(0.5)) {
    const w = writeForm(e164, '011');
    if (w && readsBack(w, e164, region)) return w;
  }
  for (let i = 0; i < 12; i++) {
    const form = rng.pick(pool);
    if (form === '011' && (!nanpBiz || e164.startsWith('+1'))) continue;
    const w = writeForm(e164, form);
    if (w && readsBack(w, e164, region)) return w;
  }
  const intl = writeForm(e164, 'intl') ?? e164;
  if (!readsBack(intl, e164, region)) throw new Error(`${e164} does not read back from ${region}`);
  return intl;
}
