/** Lead layouts 24–25: what a form sends as attachments. */
import { esc, escBr, page } from '../html.js';
import type { MimeNode } from '../mime.js';
import type { Rng } from '../rng.js';
import type { LeadLayout } from '../types.js';
import { t, time, today } from './common.js';

/** A few kilobytes that open like a JPEG (SOI, JFIF header, noise, EOI): enough for a photo attachment. */
function fakeJpeg(rng: Rng): Buffer {
  const head = [
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00,
    0x48, 0x00, 0x00,
  ];
  const body = Array.from({ length: rng.int(1500, 3000) }, () => rng.int(0, 255));
  return Buffer.from([...head, ...body, 0xff, 0xd9]);
}

const photoUpload: LeadLayout = {
  id: 'photo-upload-quote',
  description:
    'tradesperson’s "request a quote" form (plugin "Quoteform") with the property address, the job description and photos the customer uploaded, listed by camera file name and size and attached as JPEGs',
  count: 14,
  sector: 'trades',
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const L = t(lang, {
      en: [
        'New quote request',
        'Name',
        'Email',
        'Phone',
        'Property address',
        'Describe the job',
        'Photos',
        'files attached',
      ],
      de: [
        'Neue Angebotsanfrage',
        'Name',
        'E-Mail',
        'Telefon',
        'Adresse des Objekts',
        'Beschreibung der Arbeiten',
        'Fotos',
        'Dateien im Anhang',
      ],
      fr: [
        'Nouvelle demande de devis',
        'Nom',
        'E-mail',
        'Téléphone',
        'Adresse du chantier',
        'Décrivez les travaux',
        'Photos',
        'fichiers joints',
      ],
      es: [
        'Nueva solicitud de presupuesto',
        'Nombre',
        'Email',
        'Teléfono',
        'Dirección de la obra',
        'Describa el trabajo',
        'Fotos',
        'archivos adjuntos',
      ],
    }) as string[];
    const address = rng.pick(
      t(lang, {
        en: ['42 Elm Grove, Bristol BS6 5AT', '9 Station Road, Bath BA1 1SU'],
        de: ['Lindenweg 17, 8032 Zürich', 'Gartenstrasse 5, 8400 Winterthur'],
        fr: ['27 rue Crébillon, 44000 Nantes', '4 impasse des Lilas, 44300 Nantes'],
        es: ['Calle Santa Eulalia 14, 06800 Mérida', 'Av. de Extremadura 3, 06800 Mérida'],
      }),
    );
    const n = rng.int(1, 3);
    const photos = Array.from({ length: n }, () => ({
      name: rng.chance(0.5)
        ? `IMG_${rng.int(1000, 9999)}.jpg`
        : `PXL_2026${rng.pick(['11', '12'])}${String(rng.int(1, 28)).padStart(2, '0')}_${rng.digits(9)}.jpg`,
      data: fakeJpeg(rng),
    }));
    const list = photos.map((p) => `${p.name} (${(p.data.length / 1024).toFixed(1)} KB)`);
    const rows: [string, string][] = [
      [L[1] as string, c.full],
      [L[2] as string, c.email ?? ''],
      [L[3] as string, c.phone ?? ''],
      [L[4] as string, address],
    ];
    const text = `${L[0]} – ${biz.name}\n\n${rows.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${L[5]}:\n${ctx.message ?? ''}\n\n${L[6]} (${n} ${L[7]}):\n${list.join('\n')}\n\nQuoteform · ${today(ctx)} ${time(ctx)}`;
    const html = page(
      `<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px"><h2>${esc(L[0] as string)}</h2><table>${rows
        .map(
          ([k, v]) =>
            `<tr><td style="padding:4px 12px 4px 0;color:#555"><b>${esc(k)}</b></td><td>${esc(v)}</td></tr>`,
        )
        .join(
          '',
        )}</table><p><b>${esc(L[5] as string)}</b><br>${ctx.message ? escBr(ctx.message) : ''}</p><p><b>${esc(L[6] as string)}</b> (${n} ${esc(L[7] as string)})<br>${list.map(esc).join('<br>')}</p><p style="font-size:11px;color:#999">Quoteform · ${esc(biz.domain)}</p></div>`,
      lang,
    );
    const attachments: MimeNode[] = photos.map((p) => ({
      kind: 'binary',
      type: 'image/jpeg',
      data: p.data,
      filename: p.name,
    }));
    return {
      draft: {
        from: { name: `${biz.name} – Quoteform`, address: `quoteform@${biz.domain}` },
        replyTo: c.email ? { name: c.full, address: c.email } : undefined,
        subject: `${L[0]}: ${c.full}`,
        text,
        html,
        attachments,
      },
    };
  },
};

const htmlAttachment: LeadLayout = {
  id: 'submission-html-attachment',
  description:
    'legacy CMS form mailer: a two-line plain body ("a new submission is attached") and the whole submission as an attached .html file with a label/value table, the form id and a timestamped file name',
  count: 14,
  build(ctx) {
    const { c, lang, biz, rng } = ctx;
    const stamp = `2026${rng.pick(['11', '12'])}${String(rng.int(1, 28)).padStart(2, '0')}-${String(rng.int(7, 22)).padStart(2, '0')}${String(rng.int(10, 59))}`;
    const file = `submission-${stamp}.html`;
    const body = t(lang, {
      en: `A new form submission was received on ${biz.domain}.\nThe submission is attached (${file}).\n\n-- CMS mailer`,
      de: `Auf ${biz.domain} ist ein neuer Formulareintrag eingegangen.\nDer Eintrag liegt als Anhang bei (${file}).\n\n-- CMS-Mailer`,
      fr: `Un nouvel envoi de formulaire a été reçu sur ${biz.domain}.\nIl est joint à ce message (${file}).\n\n-- CMS mailer`,
      es: `Se ha recibido un nuevo envío de formulario en ${biz.domain}.\nEl envío va adjunto (${file}).\n\n-- CMS mailer`,
    });
    const L = t(lang, {
      en: ['Form', 'Salutation', 'First name', 'Surname', 'E-mail', 'Telephone', 'Your enquiry', 'Mr/Ms'],
      de: ['Formular', 'Anrede', 'Vorname', 'Nachname', 'E-Mail', 'Telefon', 'Ihre Anfrage', 'Herr/Frau'],
      fr: ['Formulaire', 'Civilité', 'Prénom', 'Nom', 'E-mail', 'Téléphone', 'Votre demande', 'M./Mme'],
      es: [
        'Formulario',
        'Tratamiento',
        'Nombre',
        'Apellidos',
        'E-mail',
        'Teléfono',
        'Su consulta',
        'Sr./Sra.',
      ],
    }) as string[];
    const rows: [string, string][] = [
      [L[0] as string, `contact_${rng.int(1, 9)} (uid ${rng.int(100, 999)})`],
      [L[1] as string, L[7] as string],
      [L[2] as string, c.first],
      [L[3] as string, c.last ?? ''],
      [L[4] as string, c.email ?? ''],
      [L[5] as string, c.phone ?? ''],
      [L[6] as string, ctx.message ?? ''],
    ];
    const attached = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(file)}</title></head><body><h1>${esc(biz.name)}</h1><table border="1" cellpadding="4">${rows
      .map(([k, v]) => `<tr><td>${esc(k)}</td><td>${escBr(v)}</td></tr>`)
      .join('\n')}</table><p>${stamp}</p></body></html>`;
    return {
      draft: {
        from: { name: 'CMS Mailer', address: `cms@${biz.domain}` },
        subject: t(lang, {
          en: `Form submission ${stamp}`,
          de: `Formulareintrag ${stamp}`,
          fr: `Envoi de formulaire ${stamp}`,
          es: `Envío de formulario ${stamp}`,
        }),
        text: body,
        attachments: [{ kind: 'text', type: 'text/html', text: attached, filename: file }],
      },
    };
  },
};

export const LAYOUTS_D = [photoUpload, htmlAttachment];
