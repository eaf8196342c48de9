/** ADF 1.0 (Auto-lead Data Format) leads, in the body or as an .xml attachment. */
import type { Rng } from '../prng.js';
import type { LeadData, LeadTemplate } from './common.js';

function x(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const VEHICLES = [
  ['2022', 'Toyota', 'RAV4', 'XLE'],
  ['2021', 'Volkswagen', 'Golf', 'GTI'],
  ['2023', 'Peugeot', '3008', 'GT'],
  ['2020', 'SEAT', 'León', 'FR'],
  ['2024', 'Ford', 'F-150', 'Lariat'],
  ['2019', 'BMW', '320d', 'Touring'],
] as const;

const PROVIDERS = [
  {
    name: 'CarFinder',
    email: 'leads@carfinder.example',
    phone: '1-888-555-0190',
    url: 'https://www.carfinder.example',
  },
  {
    name: 'AutoMarkt Online',
    email: 'haendler@automarkt-online.example',
    phone: '+49 800 5550100',
    url: 'https://automarkt-online.example',
  },
  {
    name: 'VoitureDirect',
    email: 'pros@voituredirect.example',
    phone: '+33 1 55 55 01 02',
    url: 'https://voituredirect.example',
  },
];

export function adfXml(d: LeadData, rng: Rng): string {
  const ind = rng.chance(0.5) ? '  ' : '';
  const nl = ind ? '\n' : '';
  const v = rng.pick(VEHICLES);
  const provider = rng.pick(PROVIDERS);
  const b = d.business;
  const i = (n: number) => ind.repeat(n);
  const contact: string[] = [];
  if (d.nameInBody) {
    if (d.splitName) {
      contact.push(
        `${i(4)}<name part="first">${x(d.person.first)}</name>`,
        `${i(4)}<name part="last">${x(d.person.last)}</name>`,
      );
    } else
      contact.push(
        `${i(4)}<name part="full"${rng.chance(0.5) ? ' type="individual"' : ''}>${x(d.person.full)}</name>`,
      );
  }
  if (d.emailInBody)
    contact.push(
      `${i(4)}<email${rng.chance(0.3) ? ' preferredcontact="1"' : ''}>${x(d.person.email)}</email>`,
    );
  if (d.phoneInBody)
    contact.push(
      `${i(4)}<phone type="${rng.pick(['voice', 'cellphone', 'voice'])}" time="${rng.pick(['nopreference', 'evening', 'morning'])}">${x(d.person.phoneRaw)}</phone>`,
    );
  if (rng.chance(0.5)) {
    contact.push(
      `${i(4)}<address>${nl}${i(5)}<street line="1">${rng.int(1, 400)} ${rng.pick(['Main St', 'Hauptstraße', 'rue Victor Hugo', 'Calle Mayor'])}</street>${nl}${i(5)}<city>${rng.pick(['Austin', 'Berlin', 'Paris', 'Sevilla'])}</city>${nl}${i(5)}<postalcode>${rng.digits(5)}</postalcode>${nl}${i(4)}</address>`,
    );
  }
  const comments = d.message !== null ? `${nl}${i(3)}<comments>${x(d.message)}</comments>` : '';
  const prolog = rng.chance(0.8) ? `<?xml version="1.0" encoding="UTF-8"?>${nl || '\n'}` : '';
  const pi = rng.pick(['<?adf version="1.0"?>', '<?ADF VERSION="1.0"?>']);
  return `${prolog}${pi}${nl || '\n'}<adf>${nl}${i(1)}<prospect status="${rng.pick(['new', 'resend'])}">${nl}${i(2)}<id sequence="1" source="${x(provider.name)}">${rng.alnum(12)}</id>${nl}${i(2)}<requestdate>2026-11-${String(rng.int(1, 27)).padStart(2, '0')}T${rng.int(10, 23)}:${rng.int(10, 59)}:00${rng.pick(['-05:00', '+01:00', 'Z'])}</requestdate>${nl}${i(2)}<vehicle interest="${rng.pick(['buy', 'lease', 'trade-in'])}" status="${rng.pick(['new', 'used'])}">${nl}${i(3)}<year>${v[0]}</year>${nl}${i(3)}<make>${v[1]}</make>${nl}${i(3)}<model>${x(v[2])}</model>${nl}${i(3)}<trim>${v[3]}</trim>${nl}${i(2)}</vehicle>${nl}${i(2)}<customer>${nl}${i(3)}<contact>${nl}${contact.join(nl)}${nl}${i(3)}</contact>${comments}${nl}${i(2)}</customer>${nl}${i(2)}<vendor>${nl}${i(3)}<vendorname>${x(b.name)}</vendorname>${nl}${i(3)}<contact primarycontact="1">${nl}${i(4)}<name part="full">${x(b.owner)}</name>${nl}${i(4)}<email>${x(b.email)}</email>${nl}${i(4)}<phone type="voice">${x(b.phone)}</phone>${nl}${i(3)}</contact>${nl}${i(2)}</vendor>${nl}${i(2)}<provider>${nl}${i(3)}<name part="full">${x(provider.name)}</name>${nl}${i(3)}<service>${x(provider.name)} Lead Service</service>${nl}${i(3)}<url>${provider.url}</url>${nl}${i(3)}<email>${provider.email}</email>${nl}${i(3)}<phone>${provider.phone}</phone>${nl}${i(2)}</provider>${nl}${i(1)}</prospect>${nl}</adf>${nl}`;
}

export const adfBody: LeadTemplate = {
  id: 'adf-body',
  source: 'adf_xml',
  requires: { noReplyTo: true },
  render(d, rng) {
    const xml = adfXml(d, rng);
    return {
      subject: rng.pick([
        'ADF Lead',
        'New Internet Lead',
        'Lead: Vehicle inquiry',
        'XML Lead from CarFinder',
      ]),
      from: { name: 'CarFinder Leads', address: 'leads@carfinder.example' },
      text: xml,
      bodyType: rng.chance(0.3) ? 'text/xml' : undefined,
      charset: 'utf-8',
      layout: 'adf-body',
    };
  },
};

export const adfAttachment: LeadTemplate = {
  id: 'adf-attachment',
  source: 'adf_xml',
  requires: { noReplyTo: true },
  render(d, rng) {
    const xml = adfXml(d, rng);
    const intro = rng.pick([
      'A new lead is attached in ADF/XML format.',
      'Please find the attached lead (ADF 1.0).',
      'Neuer Lead im Anhang (ADF/XML).',
      'Nouveau prospect en pièce jointe (format ADF).',
    ]);
    return {
      subject: rng.pick(['New lead (ADF attached)', 'Lead ADF', `Lead #${rng.digits(7)}`]),
      from: { name: 'AutoMarkt Online', address: 'haendler@automarkt-online.example' },
      text: `${intro}\n\n-- \nAutoMarkt Online Händlerservice\nTel. +49 800 5550100\nhaendler@automarkt-online.example`,
      attachments: [
        {
          filename: rng.pick(['lead.xml', 'adf.xml', `lead_${rng.digits(6)}.xml`]),
          contentType: rng.pick(['application/xml', 'text/xml']),
          data: Buffer.from(xml, 'utf8'),
        },
      ],
      layout: 'adf-attachment',
    };
  },
};
