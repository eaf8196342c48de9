/**
 * What a company's mail server or template appends under every email its staff send, whoever they
 * write to and about what: a confidentiality notice, the company's registration (register court
 * and number, registered office, share capital, tax ids, regulator) and a plea to think of the
 * environment before printing. It says who employs the writer, not what they ask, so neither the
 * message nor triage's reading of the writer's words takes it in.
 *
 * Pure and bounded: fixed patterns without nested quantifiers, one line at a time.
 */

/** A confidentiality or legal notice ("This e-mail and any attachments are confidential…"). */
const LEGAL_NOTICE =
  /(?<![\p{L}\p{N}])(?:confidential|intended recipient|privileged|disclaimer|vertraulich\p{L}*|adressat\p{L}*|haftungsausschluss|confidentiel\p{L}*|destinataire|confidencial\p{L}*|destinatario|aviso legal|protección de datos|datenschutz|rgpd|gdpr)(?![\p{L}\p{N}])/iu;
/** A notice is sentences; a shorter line naming "confidential" may be the writer's own words. */
const MIN_LEGAL_NOTICE_CHARS = 60;

/**
 * The company's statutory details, which the law of each country asks its business mail to carry:
 * "Registered in England No. …", "Sitz der Gesellschaft … Amtsgericht … HRB …", "au capital de …
 * – RCS …", "CIF B… – Inscrita en el Registro Mercantil …". Letter lookarounds, not `\b`.
 */
const COMPANY_REGISTRATION =
  /(?<![\p{L}\p{N}])(?:registered (?:in (?:england|scotland|wales|ireland|northern ireland)|(?:office|address)\s?:|office (?:is|at))|(?:company|registration) (?:no|number)|authori[sz]ed and regulated|regulated by the|sitz der gesellschaft|(?:sitz|registergericht|amtsgericht|handelsregister)\s?:|amtsgericht \p{L}+|hr[ab] \d|ust-?id(?:nr)?\.?|geschäftsführ(?:er|erin|ung)\s?:|vorstand\s?:|aufsichtsrat(?:svorsitz\p{L}*)?\s?:|au capital (?:social )?de|rcs \p{L}+|siret|siren|n° tva|tva intracommunautaire|cif\s?:?\s?[a-z]\d|nif\s?:?\s?[a-z0-9]\d|registro mercantil)(?![\p{L}\p{N}])/iu;

/** "Please consider the environment before printing this e-mail", and its German, French, Spanish. */
const ENVIRONMENT_NOTE =
  /(?<![\p{L}\p{N}])(?:the environment before printing|before printing this|denken sie an die umwelt|der umwelt zuliebe|bevor sie diese (?:e-?mail|nachricht) ausdrucken|pensez à l.environnement|avant d.imprimer|(?:piense|pensemos|piensa) en el medio ambiente|antes de imprimir)(?![\p{L}\p{N}])/iu;

/** Whether one line of the email is its company footer. */
export function isMailFooterLine(line: string): boolean {
  const l = line.trim();
  return (
    (l.length >= MIN_LEGAL_NOTICE_CHARS && LEGAL_NOTICE.test(l)) ||
    COMPANY_REGISTRATION.test(l) ||
    ENVIRONMENT_NOTE.test(l)
  );
}

/**
 * The text without the footer lines it ends with (blank lines between them included). A footer
 * line above the writer's last own line stays: the footer is what closes the email.
 */
export function withoutMailFooter(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && !(lines[end - 1] ?? '').trim()) end--;
  let cut = end;
  while (cut > 1) {
    const l = lines[cut - 1] ?? '';
    if (l.trim() && !isMailFooterLine(l)) break;
    cut--;
  }
  return cut < end ? lines.slice(0, cut).join('\n').trimEnd() : text;
}
