/**
 * Who a part of a notification belongs to, by the words that name it: the customer's own part (the
 * lead object, the form answers) or a business party's (the dealer, the advertiser's account, the
 * assigned salesperson, the platform, a tracking number). Notifications print both with the same
 * field names (`<email>`, `"phone"`, "Telefon:"); "a lead with the salesperson's phone is worse
 * than no lead", so a business party's number is never the customer's, even when the customer
 * gave none. One lexicon, en/de/fr/es, used by the structured readers (JSON/XML keys) and the
 * field typer (labels such as "Account phone", "Móvil del vendedor").
 */

/** Words of a key once camelCase and `_`, `.`, `-` are split: "assignedTo" → "assigned to". */
export function keyWords(key: string): string {
  return key
    .replace(/([a-z\u00df-\u00ff])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A business party by a word of its key or label: the business's people and places, the
 * advertiser's account, the platform and its support line. German compounds ("Händlertelefon",
 * "Filialnummer") are matched by their first part; a social page's number (`page_phone`) and the
 * staff's are the business's too. "Company", "business" and "office" are not
 * here: on a B2B form they are the customer's own ("Company phone", "Office phone"). An
 * automation's account and owner ("Zap owner", "Inhaber des Kontos", "Propietario del applet")
 * run the business's integration. A booked activity's operator or service provider ("operator",
 * "Dienstleister", "prestataire", "proveedor") is the business.
 */
const BUSINESS_PARTY =
  /(?:^|[\s(/'’])(?:account|konto|kontoinhaber(?:in)?|compte|cuenta|zap|applet|workflow|scenario|szenario|scénario|escenario|automation|automatisierung|automatisation|automatización|advertiser|dealer(?:ship)?|vendor|seller|provider|operator|agent|agency|branch|store|location|owner|assigned(?: to)?|assignee|sales ?(?:person|rep(?:resentative)?)|salesman|recipient|tracking|forwarding|platform|händler|haendler|autohaus|filial|standort|verkäufer|makler|anbieter|dienstleister|weiterleitung|concession(?:naire)?|agence|vendeur|conseill(?:er|ère)|opérateur|prestataire|annonceur|négociat(?:eur|rice)|negociat(?:eur|rice)|plateforme|concesionario|sucursal|vendedor(?:a)?|asesor(?:a)?|operador(?:a)?|proveedor(?:a)?|agente|anunciante|agencia|seguimiento|plataforma|empresa anunciante|support|help ?desk|helpline|hotline|customer service|showroom|zentrale|werkstatt|kundenservice|kundendienst|hilfe|assistance|service client|soporte|ayuda|atención al cliente|taller|page|staff|employee|mitarbeiter(?:in)?|employé(?:e)?|emplead[oa]|(?:call|contact|reach|text|phone) us|our (?:phone|number|office|team)|(?:rufen|kontaktieren|erreichen) sie uns|unsere? (?:telefon[a-zäöüß]*|nummer|rufnummer|hotline)|(?:appelez|contactez|joignez) nous|nous (?:contacter|joindre|appeler)|notre (?:numéro|téléphone|standard)|ll[aá]m[ae]nos|cont[aá]ct[ae]nos|nuestro (?:teléfono|número))(?=$|[\s)/:,-]|[a-zäöüß]*$)/i;

/** An integration's account or owner ("Zap owner", "Inhaber des Kontos", "Propietario del applet"). */
const INTEGRATION_OWNER =
  /(?:^|[\s(/'’])(?:account|konto|kontoinhaber(?:in)?|compte|cuenta|owner|inhaber(?:in)?|propriétaire|propietario|zap|applet|workflow|scenario|szenario|scénario|escenario|automation|automatisierung|automatisation|automatización)(?=$|[\s)/:,-]|[a-zäöüß]*$)/i;

export function namesIntegrationOwner(label: string): boolean {
  return INTEGRATION_OWNER.test(keyWords(label));
}

/**
 * The customer's own part of a structured lead by its key: `customer`, `lead`, `prospect`,
 * `requester`, `contact`, `Kunde`, `Interessent`, `client`, `demandeur`, `cliente`, `solicitante`,
 * the guardian or booker who books for someone else, or the form's answers (`answers`, `submission`).
 */
const CUSTOMER_PARTY =
  /(?:^|\s)(?:customer|client|lead|prospect|requester|requestor|enquirer|inquirer|applicant|buyer|submitter|respondent|visitor|guest|patient|guardian|booker|answers|responses|submission|contact|kunde|kunden\p{L}*|interessent(?:in)?|anfragende[rn]?|käufer(?:in)?|erziehungsberechtigte[rn]?|demandeur|acheteur|tuteur|tutrice|cliente|solicitante|tutor(?:a)?|interesado|comprador|contacto)(?=$|\s)/iu;

/** A key or label naming a business party ("dealer", "assigned_to", "Account phone", "Vendedor asignado"). */
export function namesBusinessParty(keyOrLabel: string): boolean {
  return BUSINESS_PARTY.test(keyWords(keyOrLabel));
}

/** A key naming the customer's own part ("customer", "leadData", "Interessent"), not a business party's. */
export function namesCustomerParty(key: string): boolean {
  const words = keyWords(key);
  return CUSTOMER_PARTY.test(words) && !BUSINESS_PARTY.test(words);
}

/** A company by its legal form at the end ("Brandt Anlagenbau AG", "Envases Ruiz S.L."). */
const LEGAL_FORM =
  /\s(?:GmbH|AG|KG|OHG|UG|e\.K\.|Ltd\.?|Limited|LLC|Inc\.?|plc|SARL|SAS|SA|S\.A\.|S\.L\.|SL|SLU|BV|NV|Co\.?)\)?$/u;

export function endsInLegalForm(line: string): boolean {
  return LEGAL_FORM.test(line);
}

/**
 * The first line of a dealer's or branch's card ("Garage Martin – Concession Peugeot", "Autohaus
 * Kramer GmbH", "Concesionario Sur, sucursal Sevilla"), or of a company's card in the footer
 * ("Malerbetrieb Lang GmbH" over "T: 089 …"): the business's own address and numbers. The caller
 * takes it only below the customer's fields, over a number.
 */
const DEALER_CARD_HEAD =
  /(?:^|[\s(–-])(?:concession(?:naire)?|dealership|autohaus|niederlassung|filiale|concesionario|sucursal|succursale|branch)(?=$|[\s),–-])/i;

export function opensDealerCard(line: string): boolean {
  return DEALER_CARD_HEAD.test(line) || endsInLegalForm(line.trim());
}

/**
 * A field that names the business itself ("Händler: Autohaus Brenner", "Advertiser: …"), not a
 * choice the customer made ("Preferred location", "Wunschfiliale"): the fields under it are its.
 */
const BUSINESS_FIELD =
  /^(?:(?:the |your |ihr |votre |su )?(?:dealer(?:ship)?|vendor|seller|advertiser|account|händler|haendler|autohaus|anbieter|inserent|verkäufer|concession(?:naire)?|annonceur|vendeur|concesionario|anunciante|vendedor)(?: name| nom| nombre|name)?)$/i;

export function namesBusinessField(label: string): boolean {
  return BUSINESS_FIELD.test(keyWords(label));
}
