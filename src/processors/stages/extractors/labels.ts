/**
 * Field-label dictionaries (en, de, fr, es) shared by every generic extractor. A label is reduced to
 * a key of lowercase ASCII letters and digits (accents and punctuation dropped: "Téléphone :" →
 * "telephone", "E-Mail-Adresse" → "emailadresse"), looked up exactly, then by keyword.
 */
import type { FieldName } from '../../../config/schema.js';
import { foldAccents } from '../normalise.js';
import { isKnownGivenName } from '../redact-given-names.js';
import { type AbbreviationReader, createAbbreviationReader } from './abbreviated-labels.js';
import { asksOfOthers, questionTarget } from './question-labels.js';
import { isRawFieldLabel } from './raw-field-labels.js';
import { isServerVariable } from './server-variables.js';

export const LABEL_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/**
 * `name` is ambiguous on purpose: "Name" beside "Vorname" is the last name, "Nombre" beside
 * "Apellidos" is the first name, alone it is the full name. `attr:x` lands in Lead.attributes.
 */
export type LabelTarget = FieldName | 'name' | `attr:${string}`;

export interface LabelHit {
  target: LabelTarget;
  lang: LabelLanguage | null;
  /** From a dictionary entry, not a keyword guess. */
  exact: boolean;
}

type Dict = Partial<Record<LabelTarget, readonly string[]>>;

const EN: Dict = {
  name: [
    'name',
    'your name',
    'contact name',
    'customer name',
    'client name',
    'lead name',
    'realname',
    'real name',
    'invitee',
    'invitee name',
    'attendee',
    'attendee name',
    'guest',
    'guest name',
    'applicant',
    'sender',
    'sender name',
    'contact person',
    'contact',
    'customer',
    'client',
    'booked by',
    'requested by',
    'request from',
    'enquiry from',
    'inquiry from',
    'homeowner',
    'consumer',
    'reserved by',
    'booking name',
    'name on booking',
    'name on the booking',
    'name on reservation',
    'reservation name',
    'lead guest',
    'main guest',
    'primary guest',
    'party name',
    'booker',
    'rsvp from',
    'rsvp by',
    'registered by',
    'enquirer',
    'inquirer',
    'requester',
    'requested by',
    // Message-taking and catering services name the customer by their role.
    'caller',
    'caller name',
    'name of caller',
    'calling party',
    'spoke with',
    'spoke to',
    'message from',
    'ordered by',
    'order placed by',
    'placed by',
    'orderer',
    'call from',
    'lead',
  ],
  fullName: ['full name', 'fullname', 'full_name', 'your full name', 'first and last name', 'name surname'],
  // Initials stand where the given names would ("Initials: J.R." / "Surname: Hale").
  firstName: [
    'first name',
    'firstname',
    'given name',
    'forename',
    'first',
    'fname',
    'givenname',
    'given names',
    'forenames',
    'first names',
    'initials',
  ],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last', 'lname', 'familyname'],
  email: [
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'your email',
    'your email address',
    'mail',
    'email id',
  ],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'telephone number',
    'tel',
    'mobile',
    'mobile number',
    'mobile phone',
    'cell',
    'cell phone',
    'cellphone',
    'contact number',
    'contact no',
    'tel no',
    'mobile no',
    'your phone',
    'your phone number',
    'phone no',
    'daytime phone',
    'work phone',
    'home phone',
    'whatsapp',
    'mobile phone number',
    // Abbreviations of boxed and compact layouts ("Mob.", "Tel. no."); "Ph#" is typed by its value
    // (type-fields.ts), since "pH" is also a pool's or a soil's reading.
    'mob',
    'mob no',
    'cell no',
  ],
  message: [
    'requirement',
    'requirements',
    'your requirement',
    'your requirements',
    'message',
    'msg',
    'your message',
    'comments',
    'comment',
    'enquiry',
    'inquiry',
    'question',
    'questions',
    'details',
    'additional information',
    'additional info',
    'notes',
    'note',
    'request',
    'how can we help',
    'how can we help you',
    'message body',
    'description',
    'project details',
    'tell us more',
    'what can we help you with',
    'your enquiry',
    'your inquiry',
    'your question',
    'additional comments',
    'remarks',
  ],
  company: [
    'company',
    'company name',
    'organization',
    'organisation',
    'business',
    'business name',
    'employer',
  ],
  jobTitle: ['job title', 'title', 'position', 'role', 'job role', 'job function'],
  campaign: ['campaign', 'campaign name', 'utm campaign', 'utm_campaign'],
  adId: ['ad id', 'ad_id', 'adid', 'creative id', 'ad identifier'],
  formName: ['form', 'form name', 'form title', 'lead form', 'form_name'],
  'attr:city': [
    'city',
    'town',
    'postcode town',
    'postcode city',
    'zip city',
    'zip code city',
    'city zip',
    'city state zip',
  ],
  'attr:zip': ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code'],
  'attr:referral': [
    'source',
    'lead source',
    'referral source',
    'how did you hear about us',
    'heard about us',
  ],
  'attr:country': ['country'],
  'attr:state': ['state', 'province', 'region'],
  'attr:address': ['address', 'street address', 'street'],
  'attr:website': ['website', 'url', 'web site'],
  'attr:vehicle': ['vehicle', 'vehicle of interest', 'car'],
  'attr:make': ['make'],
  'attr:model': ['model'],
  'attr:year': ['year'],
  'attr:budget': ['budget'],
  'attr:preferred_contact': [
    'preferred contact method',
    'preferred contact',
    'best time to call',
    'contact preference',
    'preferred contact time',
    'preferred time of contact',
    'best time to contact',
    'best time to contact you',
    'best time to reach you',
  ],
  'attr:service': [
    'service',
    'service requested',
    'interested in',
    'product',
    'product of interest',
    'subject',
    'topic',
  ],
  'attr:page_url': ['page url', 'source url', 'referrer', 'page', 'submitted from'],
  'attr:date': [
    'date',
    'submitted',
    'submitted on',
    'submission date',
    'time',
    'created time',
    'created',
    'received',
    'received on',
  ],
  // A fax number is the sender's machine (or the business's on a cover sheet), never a phone to call.
  'attr:fax': ['fax', 'fax number', 'fax no', 'telefax', 'facsimile'],
  // "Title: Mrs", "Anrede: Frau": the form of address, never part of the name.
  'attr:salutation': ['salutation', 'honorific', 'form of address', 'name prefix'],
  // Not "second name": in Britain and Ireland that is the surname.
  'attr:middle_name': ['middle name', 'middle names', 'middle initial'],
};

const DE: Dict = {
  name: [
    'name',
    'ihr name',
    'kontaktname',
    'kunde',
    'kundenname',
    'ansprechpartner',
    'kontaktperson',
    'ansprechperson',
    'teilnehmer',
    'teilnehmerin',
    'gast',
    'absender',
    'kontakt',
    'gebucht von',
    'angemeldet von',
    'reserviert von',
    'angefragt von',
    'anfrage von',
    'auftraggeber',
    'auftraggeberin',
    'privatkunde',
    'privatperson',
    'reserviert von',
    'reserviert auf',
    'reservierung auf',
    'buchender',
    'hauptgast',
    'name des gastes',
    'interessent',
    'interessentin',
    'angefragt von',
    'anrufer',
    'anruferin',
    'anrufername',
    'name des anrufers',
    'anrufende person',
    'ruckruf an',
    'bitte ruckruf an',
    'besteller',
    'bestellerin',
    'bestellt von',
    'nachricht von',
    'anruf von',
  ],
  fullName: ['vollstandiger name', 'vor und nachname', 'vor und zuname', 'vollername', 'voller name'],
  firstName: ['vorname', 'vornamen', 'rufname', 'initialen'],
  lastName: ['nachname', 'familienname', 'zuname'],
  email: [
    'e-mail',
    'email',
    'e-mail-adresse',
    'emailadresse',
    'ihre e-mail',
    'ihre e-mail-adresse',
    'mailadresse',
  ],
  phone: [
    'telefon',
    'telefonnummer',
    'tel',
    'handy',
    'handynummer',
    'mobil',
    'mobilnummer',
    'mobiltelefon',
    'rufnummer',
    'ihre telefonnummer',
    'telefon mobil',
    'festnetz',
    // "Hdy.", "Mob.", "Mobiltel.": abbreviations of boxed and compact layouts.
    'hdy',
    'mob',
    'mobiltel',
  ],
  message: [
    'bedarf',
    'ihr bedarf',
    'anforderung',
    'anforderungen',
    'ihre anforderungen',
    'nachricht',
    'ihre nachricht',
    'mitteilung',
    'kommentar',
    'kommentare',
    'anmerkungen',
    'anmerkung',
    'bemerkung',
    'bemerkungen',
    'anfrage',
    'ihre anfrage',
    'frage',
    'ihre frage',
    'beschreibung',
    'anliegen',
    'ihr anliegen',
    'wie konnen wir ihnen helfen',
    'wie konnen wir helfen',
    // "Nachr.", "Mitt.": abbreviations of boxed and compact layouts.
    'nachr',
    'mitt',
  ],
  company: ['firma', 'unternehmen', 'firmenname', 'unternehmensname', 'organisation'],
  jobTitle: ['position', 'berufsbezeichnung', 'jobtitel', 'funktion', 'beruf'],
  campaign: ['kampagne', 'kampagnenname'],
  adId: ['anzeigen-id', 'anzeigen id', 'anzeige id'],
  formName: ['formular', 'formularname'],
  'attr:city': ['stadt', 'ort', 'wohnort', 'plz ort', 'plz wohnort', 'postleitzahl ort', 'plz stadt'],
  'attr:zip': ['plz', 'postleitzahl'],
  'attr:referral': [
    'quelle',
    'herkunft',
    'wie haben sie von uns erfahren',
    'wie sind sie auf uns aufmerksam geworden',
  ],
  'attr:preferred_contact': [
    'bevorzugte kontaktzeit',
    'bevorzugte kontaktart',
    'bevorzugter kontaktweg',
    'erreichbarkeit',
    'beste erreichbarkeit',
  ],
  'attr:country': ['land'],
  'attr:address': ['adresse', 'anschrift', 'strasse'],
  'attr:vehicle': ['fahrzeug'],
  'attr:make': ['marke', 'hersteller'],
  'attr:model': ['modell'],
  'attr:year': ['baujahr', 'jahr'],
  'attr:service': ['betreff', 'interesse', 'leistung', 'produkt', 'thema'],
  'attr:website': ['webseite', 'website', 'homepage', 'internetseite', 'internetadresse'],
  'attr:date': ['datum', 'gesendet am', 'zeit', 'eingegangen am', 'empfangen am'],
  'attr:fax': ['faxnummer', 'fax-nummer'],
  'attr:salutation': ['anrede', 'briefanrede'],
  'attr:middle_name': ['zweiter vorname', 'weitere vornamen', 'mittelname'],
};

const FR: Dict = {
  name: [
    'inscrit par',
    'inscrite par',
    'réservé par',
    'réservée par',
    'nom',
    'votre nom',
    'nom du contact',
    'client',
    'personne de contact',
    'personne à contacter',
    'expéditeur',
    'expéditrice',
    'interlocuteur',
    'invite',
    'participant',
    'contact',
    'reserve par',
    'reservation au nom de',
    'nom de la reservation',
    'nom du client',
    'client principal',
    'demandeur',
    'demande par',
    'particulier',
    'client particulier',
    'voyageur',
    'demandeuse',
    'appelant',
    'appelante',
    'nom de l appelant',
    'de la part de',
    'commanditaire',
    'commande passee par',
    'commande par',
    'donneur d ordre',
    'message de',
    'appel de',
  ],
  fullName: ['nom complet', 'nom et prenom', 'prenom et nom', 'nom prenom', 'prenom nom'],
  firstName: ['prenom', 'votre prenom', 'prenoms', 'initiales'],
  lastName: ['nom de famille', 'patronyme'],
  email: [
    'courriel',
    'e-mail',
    'email',
    'adresse e-mail',
    'adresse email',
    'adresse electronique',
    'adresse courriel',
    'votre e-mail',
    'votre email',
    'votre adresse e-mail',
    'mel',
    'mail',
  ],
  phone: [
    'telephone',
    'tel',
    'numero de telephone',
    'portable',
    'mobile',
    'numero de portable',
    'votre telephone',
    'telephone portable',
    'telephone mobile',
    'numero de mobile',
    'tel portable',
    'tel mobile',
  ],
  message: [
    'besoin',
    'besoins',
    'votre besoin',
    'vos besoins',
    'message',
    'votre message',
    'commentaire',
    'commentaires',
    'demande',
    'votre demande',
    'remarques',
    'remarque',
    'question',
    'votre question',
    'precisions',
    'description',
    'comment pouvons-nous vous aider',
    // "Comm.", "Msg": abbreviations of boxed and compact layouts.
    'comm',
    'msg',
  ],
  company: ['societe', 'entreprise', 'raison sociale', 'nom de l entreprise', 'organisation'],
  jobTitle: ['poste', 'fonction', 'intitule du poste'],
  campaign: ['campagne', 'nom de la campagne'],
  adId: ['id de l annonce', 'id annonce', 'identifiant de l annonce'],
  formName: ['formulaire', 'nom du formulaire'],
  'attr:city': ['ville', 'code postal ville', 'cp ville', 'cp et ville', 'code postal et ville', 'localite'],
  'attr:zip': ['code postal'],
  'attr:referral': ['source', 'origine', 'comment nous avez vous connu', 'comment nous avez vous connus'],
  'attr:preferred_contact': [
    'heure de contact preferee',
    'horaire de contact prefere',
    'preference de contact',
    'moyen de contact prefere',
  ],
  'attr:country': ['pays'],
  'attr:address': ['adresse', 'adresse postale'],
  'attr:vehicle': ['vehicule'],
  'attr:make': ['marque'],
  'attr:model': ['modele'],
  'attr:year': ['annee'],
  'attr:service': ['objet', 'sujet', 'service', 'produit'],
  'attr:website': ['site web', 'site internet', 'votre site'],
  'attr:date': ['date', 'envoye le', 'recu le', 'soumis le'],
  'attr:fax': ['telecopie', 'numero de fax', 'telecopieur'],
  'attr:salutation': ['civilite', 'votre civilite'],
  'attr:middle_name': ['deuxieme prenom', 'second prenom', 'autres prenoms'],
};

const ES: Dict = {
  name: [
    'nombre',
    'su nombre',
    'tu nombre',
    'cliente',
    'nombre del contacto',
    'persona de contacto',
    'remitente',
    'invitado',
    'invitada',
    'participante',
    'contacto',
    'reservado por',
    'reservada por',
    'inscrito por',
    'inscrita por',
    'solicitado por',
    'pedido por',
    'particular',
    'reserva a nombre de',
    'nombre de la reserva',
    'titular',
    'titular de la reserva',
    'huesped principal',
    'nombre del cliente',
    'solicitante',
    'interesado',
    'interesada',
    'solicitado por',
    'llamante',
    'nombre del llamante',
    'persona que llama',
    'de parte de',
    'pedido realizado por',
    'realizado por',
    'encargado por',
    'mensaje de',
    'recado de',
    'llamada de',
  ],
  fullName: ['nombre completo', 'nombre y apellidos', 'nombre y apellido', 'nombre apellidos'],
  firstName: ['nombre de pila', 'primer nombre', 'nombres', 'iniciales'],
  lastName: ['apellido', 'apellidos', 'primer apellido'],
  email: [
    'correo',
    'correo electronico',
    'e-mail',
    'email',
    'su correo',
    'tu correo',
    'su email',
    'tu email',
    'correo-e',
    'direccion de correo',
    'direccion de correo electronico',
    'mail',
  ],
  phone: [
    'telefono',
    'tel',
    'movil',
    // "Móv.", "Tfno.": abbreviations of boxed and compact layouts.
    'mov',
    'tfno',
    'celular',
    'numero de telefono',
    'telefono movil',
    'su telefono',
    'tu telefono',
    'whatsapp',
    'telefono de contacto',
  ],
  message: [
    'necesidad',
    'necesidades',
    'su necesidad',
    'requisitos',
    'mensaje',
    'su mensaje',
    'tu mensaje',
    'comentarios',
    'comentario',
    // "Coment.": an abbreviation of boxed and compact layouts.
    'coment',
    'consulta',
    'su consulta',
    'tu consulta',
    'pregunta',
    'observaciones',
    'descripcion',
    'solicitud',
    'como podemos ayudarle',
    'como podemos ayudarte',
    'en que podemos ayudarle',
    'en que podemos ayudarte',
    'en que te ayudamos',
    'en que le ayudamos',
    'en que podemos ayudar',
    'recado',
  ],
  company: ['empresa', 'compania', 'nombre de la empresa', 'organizacion'],
  jobTitle: ['cargo', 'puesto'],
  campaign: ['campana', 'nombre de la campana'],
  adId: ['id del anuncio', 'id de anuncio'],
  formName: ['formulario', 'nombre del formulario'],
  'attr:city': [
    'ciudad',
    'localidad',
    'cp ciudad',
    'codigo postal ciudad',
    'codigo postal y ciudad',
    'cp localidad',
    'codigo postal localidad',
  ],
  'attr:zip': ['codigo postal'],
  'attr:referral': ['origen', 'fuente', 'como nos conocio', 'como nos has conocido', 'como nos ha conocido'],
  'attr:preferred_contact': [
    'hora preferida de contacto',
    'horario de contacto',
    'horario preferido',
    'preferencia de contacto',
    'medio de contacto preferido',
  ],
  'attr:country': ['pais'],
  'attr:address': ['direccion'],
  'attr:vehicle': ['vehiculo'],
  'attr:make': ['marca'],
  'attr:model': ['modelo'],
  'attr:year': ['ano'],
  'attr:service': ['asunto', 'servicio', 'producto', 'tema'],
  'attr:website': ['sitio web', 'pagina web', 'web'],
  'attr:date': ['fecha', 'enviado', 'recibido el', 'enviado el'],
  'attr:fax': ['numero de fax'],
  'attr:salutation': ['tratamiento'],
  'attr:middle_name': ['segundo nombre'],
};

const DICTS: Record<LabelLanguage, Dict> = { en: EN, de: DE, fr: FR, es: ES };

/** "Téléphone :" → "telephone"; "E-Mail-Adresse*" → "emailadresse"; "firstName" → "firstname". */
export function labelKey(label: string): string {
  return foldAccents(withoutGenderSuffix(label))
    .replace(/ß/g, 'ss')
    .replace(REQUIRED_MARKER, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * German labels name both genders with a suffix ("Ansprechpartner/in", "Patient(in)",
 * "Teilnehmer*innen", "Kund:in"): the label is the word without it.
 */
function withoutGenderSuffix(label: string): string {
  return label.includes('in') ? label.replace(GENDER_SUFFIX, '$1') : label;
}
const GENDER_SUFFIX = /(\p{Ll})(?:\/-?in(?:nen)?|\(in(?:nen)?\)|[*:_]in(?:nen)?)(?![\p{L}])/gu;

/** "(required)", "obligatoire", "Pflichtfeld": a form's required-field marker, not part of the label. */
const REQUIRED_MARKER =
  /\(?\b(?:(?:champ|campo|field|feld) )?(?:required|mandatory|optional|obligatoire|facultatif|requise?|pflichtfeld|pflichtangabe|pflicht|erforderlich|obligatorisch|obligatori[oa]|requerid[oa]|opcional)(?: (?:field|feld|champ|campo))?\b\)?/g;

/** "Worum geht es? (Pflichtfeld)" → "Worum geht es?": the label as asked, its required marker dropped. */
export function withoutRequiredMark(label: string): string {
  return label.replace(TRAILING_REQUIRED_MARKER, '');
}
const TRAILING_REQUIRED_MARKER =
  /\s*[([]\s*(?:(?:champ|campo) )?(?:required|mandatory|obligatoire|requise?|pflichtfeld|pflichtangabe|pflicht|erforderlich|obligatori[oa]|requerid[oa])(?: field)?\s*[)\]]\s*$/i;

let builtInAbbreviations: AbbreviationReader | undefined;
/**
 * The labels an abbreviated label may stand for ("Obj. dde" → "objet demande"), read against the
 * words of the built-in dictionaries (./abbreviated-labels.ts), or null when it has no
 * abbreviated word. The reader is built on first use.
 */
export function abbreviationsOf(label: string): string[] | null {
  builtInAbbreviations ??= createAbbreviationReader(
    LABEL_LANGUAGES.flatMap((lang) =>
      Object.values(DICTS[lang]).flatMap((labels) => (labels ?? []).flatMap((l) => labelWords(l).split(' '))),
    ),
  );
  return builtInAbbreviations.expansions(label);
}

/** Same as labelKey but words kept apart ("first_name" → "first name"), for keyword rules. */
function labelWords(label: string): string {
  return foldAccents(withoutGenderSuffix(label).replace(/([a-z])([A-Z])/g, '$1 $2'))
    .replace(/ß/g, 'ss')
    .replace(REQUIRED_MARKER, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A message addressed to the business's person ("Message to agent", "Nachricht an den Makler",
 * "Mensaje para el vendedor"): the staff words would otherwise make it a staff label. On label
 * words (lower case, no accents), at most four of them.
 */
const MESSAGE_TO_STAFF_LABEL =
  /^(?=(?:\S+ ){0,3}\S+$)(message|nachricht|mitteilung|mensaje|comments?|commentaires?|comentarios?|kommentare?|anfrage|enquiry|inquiry)\b.*\b(agent|agente|agence|makler|berater|verkaufer|vendeur|vendedor|conseiller|asesor|salesperson|dealer|haendler|handler|concesionario|anbieter|advertiser|annonceur|anunciante)\b/;

/**
 * Whom a message slip is for ("Message for", "Nachricht für", "Message pour", "Mensaje para"): an
 * answering service names the business's person the caller asked for; the message is elsewhere.
 * On label words (lower case, no accents).
 */
const MESSAGE_ADDRESSEE_LABEL =
  /^(?:message|nachricht|mitteilung|mensaje|recado|note|notiz|memo) (?:for|to|fur|an|pour|a|para)$/;

/**
 * Questions asking who the person is, in the four languages ("What should we call you?", "Who are
 * we speaking with?", "Wie dürfen wir Sie ansprechen?", "À qui avons-nous l'honneur ?", "¿Por quién
 * preguntamos?"), and booking words ("Booked by", "Reservado por"). On label words (lower case, no
 * accents). Checked before the phone rule, whose "call you" / "llamar" some of them contain.
 */
const NAME_QUESTION = new RegExp(
  [
    String.raw`\b(what|how) (should|shall|do|may|can|could|would) (we|i) (call|address|refer to) you\b`,
    String.raw`\bwho (should|shall|do|can|may) (we|i) ask for\b|\bwho (are|am) (we|i) (speaking|talking|chatting|writing) (to|with)\b`,
    String.raw`\bwho (is|will be) the (main )?(contact|contact person|point of contact)\b|\bwhat name (should|shall|do|may|can) (we|i)\b`,
    String.raw`\bwho (are you|is (this|enquiring|inquiring|asking|making|booking))\b|\bwho s (asking|enquiring|inquiring|booking|writing)\b|\b(under|in) (what|which|whose) name\b`,
    String.raw`\bwie (heissen|heisst|ist ihr name|lautet ihr name)\b|\bwie (durfen|konnen|sollen|darf) (wir|ich) (sie|dich) (ansprechen|nennen)\b`,
    String.raw`\bmit wem (sprechen|spreche|haben|habe)\b|\bnach wem\b|\bwen (durfen|sollen|konnen) wir (verlangen|fragen|ansprechen)\b|\bwer (sind sie|bist du|fragt|schreibt|bucht|ist der|ist die)\b|\b(auf|unter) (welchen|welchem|wessen) namen\b|\bwer ist ihr (ansprechpartner\w*|kontakt\w*)\b|\bauf wen (durfen|sollen|konnen) wir\b`,
    String.raw`\bcomment (vous appelez|(tu )?t appelles|vous nommez|(doit on|devons nous|pouvons nous|peut on) vous (appeler|nommer))\b|\ba qui (avons|ai|parlons)\b|\bhonneur\b|^vous etes$`,
    String.raw`\bqui (etes vous|es tu|devons nous demander|demander|demande|ecrit|reserve|fait la demande)\b|\b(a|sous) quel nom\b|\bau nom de qui\b|\bqui est (la personne a contacter|votre (interlocuteur|interlocutrice|contact)|l interlocuteur)\b`,
    String.raw`\bcomo (se llama|te llamas|le llamamos|te llamamos|debemos llamarle)\b|\bpor quien (preguntamos|pregunto|debemos preguntar)\b|\ba quien (preguntamos|debemos preguntar|llamamos)\b|\bcomo (debemos|podemos) (dirigirnos a usted|llamarle|llamarte)\b|\ba nombre de quien\b|\bquien es (la persona de contacto|su (persona de )?contacto|el contacto)\b`,
    // Who sent the form in ("Submitted by", "Eingereicht von", "Soumis par", "Enviado por") or wrote
    // the request ("Auteur de la demande", "Autor de la solicitud").
    '^(submitted|requested) by$|^(eingereicht|angefragt) von$|^(soumise?|demandee?) par$|^(enviad[oa]|solicitad[oa]) por$|^(author|auteur|autor)( (of the|de la|del|de l) (request|enquiry|inquiry|demande|solicitud|consulta))?$',
    // Who will come to a booked event ("Who will attend?", "Wer nimmt teil?", "Qui participera ?",
    // "¿Quién asistirá?"): the attendee's name (see isOtherPartyLabel).
    String.raw`\bwho (will|is going to) (attend|be attending|come)\b|\bwho is (attending|coming)\b|\bwer (nimmt|nehmen) teil\b|\bqui (participera|assistera|viendra)\b|\bquien (asistira|vendra)\b`,
    String.raw`\bcon quien (hablamos|tenemos|hablo)\b|\bquien (es usted|eres|hace|realiza|solicita|consulta|pregunta|escribe|reserva)\b|\b(a|bajo) (que|cuyo) nombre\b`,
  ].join('|'),
);

/**
 * "Which number can we reach you on?", "Unter welcher Nummer …?", "À quel numéro …?", "¿A qué
 * número …?": a number question is a phone unless it asks for a reference, a count or an address.
 */
const PHONE_NUMBER_QUESTION =
  /^(?!.*\b(order|booking|reference|ref|customer|client|kunden\w*|bestell\w*|auftrag\w*|buchungs\w*|commande|pedido|reserva\w*|reservation|invoice|rechnung|facture|factura|account|konto|compte|cuenta|vat|tax|steuer\w*|house|haus\w*|street|strasse|rue|calle|zip|postal|member\w*|ticket|tracking|serial|vin|policy|police|poliza|id|guests?|gaste|people|personen|personnes|personas|adults?|erwachsene|adultes|adultos|children|kinder|enfants|ninos|nights?|nachte|nuits|noches|rooms?|zimmer|chambres?|habitaciones|persons?)\b)(?:.*\b(which|what|best|your|welche\w*|ihre?|beste\w*|quel\w*|votre|ton|meilleur\w*|cual|que|su|tu|mejor)\b.*\b(number|numero|nummer)\b|.*\b(number|numero|nummer)\b.*\b(reach|call|ring|text|contact|erreich\w*|anruf\w*|zuruckruf\w*|kontakt\w*|joindre|appeler|rappeler|contacter|llam\w*|localiz\w*|contact\w*)\b)/;

/**
 * The contact's role when the form is about someone else (see isContactRoleLabel): a parent,
 * guardian or carer, or the booker of an RSVP or group booking ("Registered by", "Main guest",
 * "Angemeldet von", "Invité principal", "Reservado por").
 */
const CONTACT_ROLE_LABEL =
  /\b(parent|parents|guardian|mother|father|mum|mom|dad|carer|caregiver|elternteil|eltern|erziehungsberechtigte\w*|mutter|vater|vormund|tuteur|tutrice|responsable legal|mere|pere|padre|madre|tutor|tutora|responsible (?:adult|person|party)|legal representative|representant\w* legal\w*|representante legal|gesetzliche\w* vertreter\w*|verantwortliche\w*|booker|booked by|registered by|rsvp from|(?:main|lead|primary) (?:guest|attendee)|gebucht von|angemeldet von|reserviert von|hauptgast|inscrit\w* par|reserve\w* par|(?:invite|participant)\w* principal\w*|reservad[oa] por|inscrit[oa] por|(?:invitad[oa]|asistente|participante) principal|(?:person|who is) (?:making|who (?:is )?making) the (?:booking|reservation|request|enquiry|inquiry|appointment)|(?:buchende|anmeldende) person|wer bucht|personne qui (?:reserve|inscrit|fait la (?:reservation|demande|inscription))|qui fait la (?:reservation|demande|inscription)|persona que (?:realiza|hace|efectua|solicita|pide) la (?:reserva|solicitud|inscripcion|cita)|persona que reserva|quien hace la reserva)\b/;

/**
 * A pet's owner ("Owner's name", "Pet owner", "Name des Halters", "Nom du propriétaire", "Nombre del
 * dueño"): the contact of a vet's or groomer's form about the animal. English "owner" is also a
 * staff word (a CRM's "Lead owner"), so there only the possessive or a pet word, on the whole label,
 * makes it the contact's; the staff rule would otherwise claim it first.
 */
const PET_OWNER_LABEL =
  /^(?:(?:pet|animal|dog|cat|horse) owner(?: s)?|owner s)(?: (?:full )?name| e ?mail(?: address)?| (?:phone|mobile|telephone)(?: number)?)?$/;
const OWNER_ROLE_LABEL =
  /\b(?:tier)?halter(?:s|in)?\b|\b(?:tier)?besitzer(?:s|in)?\b|\bproprietaire\b|\bduen[oa]\b|\bpropietari[oa]\b/;

/**
 * Whether a label names the person who fills the form in for others: their name is the lead's,
 * whatever other name the form gives ("Parent/guardian", "Madre/padre/tutor", "Registered by").
 */
export function isContactRoleLabel(label: string): boolean {
  return namesContactRole(labelWords(label));
}
const namesContactRole = (words: string) =>
  CONTACT_ROLE_LABEL.test(words) || PET_OWNER_LABEL.test(words) || OWNER_ROLE_LABEL.test(words);

/** "Reason", "Grund der Anfrage", "Motif de la demande", "Motivo de la consulta", on label words. */
const REASON_LABEL =
  /^(reason|grund|anlass|motif|motivo)( (for|of|der|des|ihrer|ihres|de|del|de la|du))?( (your|the|votre|su|la|l))?( (visit|enquiry|inquiry|request|contact|call|appointment|booking|anfrage|kontaktaufnahme|besuchs|termins|anrufs|demande|visite|appel|consultation|rendez vous|consulta|visita|llamada|contacto|solicitud|cita))?$/;

/**
 * Whether a label asks why the customer writes ("Reason:", "Grund:", "Motif :", "Motivo de la
 * consulta:"): forms ask it with a list of choices as often as with a text box, so its value is the
 * customer's message only when they wrote one.
 */
export function isReasonLabel(label: string): boolean {
  return REASON_LABEL.test(labelWords(label));
}

/**
 * Keyword rules for labels no dictionary lists ("Best number to reach you", "Ihre Handynummer").
 * Order matters: "Company name" is a company, not a name; "E-mail" before "mail".
 */
const KEYWORD_RULES: ReadonlyArray<readonly [RegExp, LabelTarget | 'skip']> = [
  // Platform identifiers first: "Lead ID" is the platform's id for the lead, "Form ID" the form's,
  // neither is the ad id, a phone, or a name. French and Spanish put the id first ("ID du
  // prospect", "Identificador del anuncio", "ID de formulario"). A promoted pin or creative is the ad; "Ad name and ID" holds the ad's id after its
  // name (type-fields.ts splits it); an ad set's or ad group's id is none of them.
  [
    /\b(lead|prospect|interessenten) ?(id|identifier|nr|no|number|nummer|numero)\b|\bcontact ?(id|identifier)\b|^leadgen id$|\b(id|identifiant|identificador) (du |de |del |de la |de l )?(lead|prospect|cliente potencial|contacto?|interesado)\b/,
    'platformLeadId',
  ],
  // The advertiser's account in an ad platform's report ("Account number", "Kontonummer", "Numéro de
  // compte", "Werbekonto-ID", "Account name"): the business's, never the customer's number or name.
  [
    /^((ad|ads|advertiser|werbe|anzeigen) ?)?(account|konto|compte|cuenta)( (publicitaire|publicitaria|de anuncios|de publicite))? ?(name|nom|nombre|bezeichnung)$|^(name|nom|nombre) (of the |de la |du |del |de l )?(ad |advertiser )?(account|compte|cuenta)( publicitaire| publicitaria)?$/,
    'attr:account_name',
  ],
  [
    /^((ad|ads|advertiser|werbe|anzeigen) ?)?(account|konto|compte|cuenta)( (publicitaire|publicitaria|de anuncios|de publicite))? ?(number|no|nr|nummer|numero|id|identifier)$|^(number|no|nr|n|numero|id|identifiant|identificador) (of the |de la |du |del |de l |de )?(ad |advertiser )?(account|compte|cuenta)( publicitaire| publicitaria| de anuncios)?$/,
    'attr:account_id',
  ],
  // An ad set's, ad group's or ad squad's id sits between the campaign's and the ad's: neither of
  // them, but a label of the platform's block all the same (a stacked digest reads on past it).
  [
    /\b(ad ?sets?|ad ?groups?|ad ?squads?|anzeigengruppen?|anzeigensatz|ensembles? de publicites|groupes? d annonces|conjuntos? de anuncios|grupos? de anuncios) ?(id|identifier|nr|nummer)\b|\b(id|identifiant|identificador) (de l |du |del )?(ensemble de publicites|groupe d annonces|conjunto de anuncios|grupo de anuncios|ad ?set|ad ?group|ad ?squad)\b/,
    'attr:ad_group_id',
  ],
  // A response id: a survey tool's own number, but the lead's id in an ad platform's notification
  // (LinkedIn's "Response ID"); extract.ts decides by the other platform ids beside it.
  [/\b(response|antwort) ?id\b|\bid (de |de la |del )?(reponse|respuesta)\b/, 'attr:response_id'],
  [
    /\b(form|\w*formular|formulaire|formulario) ?(name (and|und) (\w+ )?)?(id|identifier)\b|\b(id|identifiant|identificador) (du |de |del |de l )?(formulaire|formulario)\b/,
    'formId',
  ],
  [
    /\b(campaign|kampagnen?|campagne|campana) ?(name (and|und) (\w+ )?)?(id|identifier)\b|\b(id|identifiant|identificador) (de |de la |del )?(campagne|campana)\b/,
    'campaignId',
  ],
  [
    /\b(ad|ads|anzeigen?|annonce|anuncio|creative) ?(name (and|und) (\w+ )?)?(id|identifier)\b|\b(id|identifiant|identificador) (de |de la |de l |del )?(annonce|anuncio|publicite|publicidad|creation|creativo|creatividad)\b|\b(promoted )?pin ?id\b|\bid (de l |del |des )?(epingle|pin|beworbenen pins?)\b/,
    'adId',
  ],
  // A number asked for with its code ("Best number to reach you? (with country code)", "Handynummer
  // inkl. Ländervorwahl", "Téléphone (avec indicatif)", "Móvil (con prefijo)"): the phone itself,
  // which the code rule below would otherwise take for the code field.
  [
    /\b(with|incl|including|inc|mit|inkl|samt|avec|y compris|incluant|con|incluido|incluyendo)( the| your| der| ihrer| l| le| votre| el| su| tu)? (country |calling |international |dialling |dialing |area )?(code|prefix|landervorwahl|vorwahl|indicatif|prefijo|lada|codigo de pais)\b/,
    'phone',
  ],
  // "Country code", "Ländervorwahl", "Indicatif", "Prefijo": the phone's calling code, not a country.
  [
    /\b(country|calling|dial|dialling|dialing|international|phone|tel) ?(code|prefix)\b|\b(landervorwahl|vorwahl|indicatif( pays| telephonique)?|prefijo|codigo (de )?pais)\b/,
    'attr:phone_code',
  ],
  // A payload's phone object names the number's country beside its dial code ("phone.country: CH",
  // "telefono.pais"): a country to read the number in, not a number.
  [
    /\b(phone|telephone|telefon|tel|mobile|movil|telefono|numero) (country|region|iso|pays|land|pais)\b/,
    'country',
  ],
  // A label or question naming both parts of the name ("What is your first and last name?", "Ihr
  // Vor- und Nachname?", "Votre prénom et votre nom ?", "¿Nombre y apellido?"): the whole name,
  // not the part its last word names.
  [
    /\b(first|given|fore) ?(name )?(and|&|\+|\/) (your )?(last|family|sur) ?name\b|\bname (and|&) surname\b|\bvor ?(name )?(und|&|\/) (ihr )?(nach|zu|familien) ?name\b|\bprenoms? (et|&|\/) (votre |vos )?nom\b|\bnoms? (et|&|\/) (votre |vos )?prenoms?\b|\bnombres? (y|e|&|\/) (tus |sus )?apellidos?\b/,
    'fullName',
  ],
  // The customer's own words named by their role or by how they came ("Booker's comment", "Caller
  // replied", "Guest's note", "SMS from +44 7700 900455", "SMS von …", "Texto de …"): a role word
  // alone names the person, one with a note, comment or reply word names what they wrote.
  [
    /^(the )?(client|customer|booker|buyer|guest|caller|requester|enquirer|inquirer|visitor|patient|their|his|her)( s)? (comments?|notes?|remarks?|words|repl(y|ied)|responded|answered|wrote|says|said)$|^(sms|text|text message|whatsapp|texto|mensaje de texto)( message)? (from|von|de|del) [\d ]{6,}$/,
    'message',
  ],
  // A caller's SMS reply to a missed call ("Caller replied by SMS", "SMS-Antwort des Anrufers",
  // "Réponse par SMS", "Respuesta del llamante por SMS"): the only words of their own.
  [
    /\b(sms|text( back)?)\b.*\b(repl(y|ied)|response|\w*antwort|geantwortet|reponse|repondu|respuesta|respondio)\b|\b(repl(y|ied)|response|\w*antwort|geantwortet|reponse|repondu|respuesta|respondio)\b.*\b(sms|text)\b/,
    'message',
  ],
  [NAME_QUESTION, 'name'],
  [/\b(e ?mail|mail|courriel|correo|email address)\b|emailadresse|mailadresse/, 'email'],
  // Where to write back, asked without the word "email" ("Wohin dürfen wir Ihnen schreiben?").
  [
    /\bwhere (can|should|may) we (write|reply) (to )?you\b|\bwohin (durfen|sollen|konnen) wir (ihnen |dir )?(schreiben|antworten)\b|\bou (pouvons nous |peut on |devons nous )?vous (ecrire|repondre)\b|\ba donde (le|te|les) (escribimos|respondemos)\b/,
    'email',
  ],
  [PHONE_NUMBER_QUESTION, 'phone'],
  // A request to be called, as the label of the number ("Call me on", "Rufen Sie mich an unter",
  // "Appelez-moi au", "Llámenme al"): the verb asks for a call, the customer is its object. Where
  // the customer can be reached, said of them ("Reach them on", "Erreichbar unter", "Joignable
  // au"), is their number too. Never "us": "Rufen Sie uns an", "Appelez-nous", "Llámenos" is the
  // business asking to be called, over its own number.
  [
    /\b(call|ring|phone|text) me\b|\breach (me|them|him|her) (on|at)\b|\b(ruf|rufe|rufen|ruft)( sie| du)? mich( \w+)? (an|zuruck)\b|^(telefonisch )?erreichbar (unter|uber)\b|\b(appel|rappel|joign)(ez|e) moi\b|^joignable (au|a|sur)\b|\bllam(a|e|en|ad)me\b/,
    'phone',
  ],
  [
    /\b(phone|telefon\w*|telephone|telefono|mobile?|mobil\w*|mob|handy\w*|portable|movil|celular|cellulaire|cell|cel|tel|telf|telef|tlf|tfno|fono|gsm|whatsapp|rufnummer|ruckruf\w*|fon)\b|number to reach|reach you|call you|ring you|text you|call ?back|telefonnummer|handynummer|numero de (telephone|telefono|portable|movil|rappel|devolucion)|anrufen|erreichen|zuruckrufen|joindre|appeler|rappeler|llamar\w*|localizar\w*|contactar\w*/,
    'phone',
  ],
  [/\b(country|land|pays|pais|staat)\b/, 'country'],
  // A message or question addressed to the business ("Your message to the company", "Nachricht an
  // das Unternehmen", "Une question pour l'entreprise ?", "Mensaje para la empresa"): not its name.
  [
    /^(?:(?:your|ihre?|votre|vos|su|sus|tu|tus|une?|any) )?(?:message|nachricht|mitteilung|mensaje|questions?|fragen?|preguntas?|comments?|kommentare?|commentaires?|comentarios?|anfrage|demande|solicitud) (?:to|for|an|fur|pour|a|para)\b.*\b(?:company|business|firma|unternehmen|entreprise|societe|empresa|compania)$/,
    'message',
  ],
  // Where the customer heard of the business, asked of any object ("Comment avez-vous connu notre
  // entreprise", "How did you find our company"): a referral, not the company the question names.
  [
    /^(how|wie|comment|como)\b.{0,40}\b(hear|heard|find|found|learn|learned|erfahren|aufmerksam|gefunden|connu|connus|connue|trouve|decouvert|conocio|conociste|conocido|encontro|encontrado|enterado|entero|enteraste)\b/,
    'attr:referral',
  ],
  [
    /\b(company|firma|firmen\w*|unternehmen\w*|societe|entreprise|empresa|compania|organi[sz]ation|business name)\b/,
    'company',
  ],
  [/\b(job title|position|berufsbezeichnung|fonction|poste|cargo|puesto)\b/, 'jobTitle'],
  [/\b(campaign|kampagne|campagne|campana)\b/, 'campaign'],
  // Dietary needs and allergies ("Ernährungswünsche", "Régime alimentaire", "Alergias"): a
  // choice on an order form, not the customer's message, whatever wish or request word they hold.
  [
    /\b(diet\w*|allerg\w*|intoleran\w*|ernahrung\w*|unvertraglich\w*|regime\w*|alimentaire\w*|dieta\w*|alergia\w*|alimentari\w*)\b/,
    'attr:dietary',
  ],
  [MESSAGE_ADDRESSEE_LABEL, 'skip'],
  [MESSAGE_TO_STAFF_LABEL, 'message'],
  // A property owner's or seller's own words on a valuation or listing request ("Owner's comments",
  // "Comments from the owner"): the owner is the customer there, not a CRM's lead owner.
  [
    /^(?:(?:home)?owner|seller|vendor|landlord)(?: ?s)? (?:comments?|message|notes?|remarks?)$|^(?:comments?|message|notes?|remarks?) (?:from|by|of) the (?:(?:home)?owner|seller|vendor|landlord)$/,
    'message',
  ],
  // A pet's owner, before the staff words claim "owner" (see OWNER_ROLE_LABEL).
  [PET_OWNER_LABEL, 'name'],
  // The business's own people: a salesperson, agent or assigned owner is never the customer.
  [
    /\b(sales ?(person|rep|agent|contact)|salesman|your (agent|contact|advisor|adviser|rep)|staff (contact|member)|team contact|contact (de l |du |de la )?equipe|contacto del equipo|practitioner|physician|doctor|docteur|\w*therapist|dentist|hygienist|clinician|provider|specialist|physio|osteopath|optician|dietitian|vet|veterinarian|stylist|coach|trainer|instructor|booked with|appointment with|seen by|behandler\w*|\w*arzt|\w*arztin|heilpraktiker\w*|\w*therapeut\w*|termin bei|praticien\w*|medecin|\w*therapeute|dentiste|kine\w*|osteopathe|specialiste|intervenant\w*|rendez vous avec|odontolog\w*|medic[oa]|doctora|especialista|\w*terapeuta|dentista|fisio|cita con|agent|makler|berater\w*|ansprechpartner\w*|sachbearbeiter\w*|verkaufer\w*|conseill\w*|vendeur|negociateur|agente|asesor\w*|vendedor\w*|comercial|assigned( to)?|owner|zugewiesen|bearbeiter|attribue a|asignado a|installer|tradesperson|contractor|professional|pro|your profile|handwerker\w*|fachbetrieb|dienstleister|ihr profil|professionnel|prestataire|installateur|artisan|votre profil|profesional|instalador|tu perfil|su perfil)\b/,
    'skip',
  ],
  [/\b(first|given|fore) ?name\b|\bvorname\b|\bprenom\b/, 'firstName'],
  [/\b(last|family|sur) ?name\b|\bnachname\b|\bfamilienname\b|\bnom de famille\b|\bapellidos?\b/, 'lastName'],
  // What the enquiry is about ("Enquiry about: 14 Harbour Street", "Anfrage zu: Objekt 4821",
  // "Demande concernant : T3", "Consulta sobre: Piso"): the listing, not the customer's words.
  [
    /^(enquiry|inquiry|request|interest|anfrage|interesse|demande|consulta|solicitud|interes) (about|for|regarding|re|on|zu|zum|zur|fur|bezuglich|betreffend|concernant|pour|sur|sobre|para|acerca de)\b/,
    'attr:subject',
  ],
  // A partner's or the platform's own note about the lead ("Our notes", "Internal note", "Notes
  // from CompareTrades"): not the customer's words.
  [
    /^(our|internal|staff|agent|admin|partner|platform|system|unsere|interne?|nos|notes? internes?|nuestras?|interna)\b.*\b(notes?|notiz\w*|anmerkung\w*|hinweis\w*|remarques?|notas?|comment\w*)\b|\b(notes?|notiz\w*|notas?) (from|von|de|del) (the )?(team|platform|partner|agent|plattform|equipe|equipo)\b/,
    'skip',
  ],
  [
    /^(?!.*\b(id|nr|no|number|nummer|numero|ref\w*|code|date|datum|fecha|time|zeit|uhrzeit|hora|heure|type|typ|status)\b).*\b(message\w*|reason for (the )?(visit|appointment|call|enquiry|inquiry|booking|contact)|(grund|anlass) (des|der|ihres|ihrer) (besuchs?|termins?|anrufs?|anfrage)|besuchsgrund|terminwunsch|descriptions?|descripcion|\w*beschreibung|motif (de (la |l )?|du )?(consultation|visite|rendez vous|rdv|appel|demande)|motivo (de (la |l )?|del )?(consulta|visita|cita|llamada)|nachricht\w*|mitteilung|comments|\w*kommentare?|mensaje|commentaires?|comentarios?|questions?|fragen?|preguntas?|inquiry|enquiry|anfrage|demande|consulta|notes?|notas?|notiz(en)?|anmerkung\w*|bemerkung\w*|remarques?|observaciones|requirements|(special|additional|other|booking) requests?|(special|additional|other) instructions|(besondere|weitere) hinweise|hinweise? (fur|an) (uns|(den |die )?(lieferant\w*|anbieter\w*|auftragnehmer\w*|handwerker\w*))|instructions (particulieres|speciales)|instrucciones (especiales|adicionales)|\w*wunsche|peticion\w*|solicitud\w*|demandes|anliegen|help|helfen|aider|ayudar\w*|proyecto|projet|projekt|project|anything else|sonst noch|sonstiges|autre chose|algo mas|mot pour|about (your|my|the) (child|son|daughter|kids?|children|student|pupil|learner|pet|dog|cat|project|event|wedding|property|home|house|garden|situation)|(learning )?(goals|objectives)|(lern)?ziele|objectifs|objetivos|(uber|zu) (ihr\w*|mein\w*|den|die|das|dem) (kind|sohn|tochter|schuler\w*|projekt|vorhaben|haustier)|a propos de (votre|mon|l|la|le) ?(enfant|fils|fille|eleve|projet|animal)|sobre (su|tu|mi|el|la) (hij[oa]s?|nin[oa]s?|alumn[oa]|proyecto|mascota)|wunsch|souhait|describe|beschreib\w*|decrivez|describa|freitext|texte libre|texto libre|(additional|further|other|weitere|zusatzliche|erganzende) (info\w*|details|angaben|informa\w*)|(info\w*|informa\w*|details|detalles|datos) (complementaires?|supplementaires?|adicional\w*)|tell us (about|more|what|how|why|a bit|a little)|(tell us|nous dire|uns (noch )?(etwas )?mitteilen|contarnos|decirnos)$|erzahl(en sie|t|e)? uns (von|uber|mehr|was|wie|etwas)|(parlez|racontez) nous (de|d|un peu|en|ce)|dites nous (en|ce|tout|quelque)|cuent[ae]nos (sobre|que|como|mas|un poco|acerca|de|su|tu)|(should|need to) know|(your|ihre?|votre|tu|su) (request|demande|peticion)|details (of|about) (your|the) request|(sollen|sollten|mussen) wir (noch )?wissen|(devrions|devons) savoir|(debemos|deberiamos|debamos) saber)\b/,
    'message',
  ],
  // "Reason for visit", "Grund der Anfrage", "Motif de la demande", "Motivo de la consulta": what
  // the customer wants, in their words (a reason picked from a list is no message: isReasonLabel).
  [REASON_LABEL, 'message'],
  // "Ad name", "Anzeigenname", "Nom du formulaire": the name of a thing, not of the customer.
  [
    /\b(ad|ads|anzeigen?|annonce|anuncio|form|formular\w*|formulaire|formulario|product|produkt|produit|producto|event|evento|file|datei|fichier|archivo|page|seite|site|website|project|projekt|projet|proyecto|company|business)\s?(name|nom|nombre|titel|title)\b|^(anzeigen|formular|kampagnen|produkt|datei|veranstaltungs|projekt|seiten)name$|\b(nom|nombre) d(e|el|u) (la |l )?(formulaire|formulario|annonce|anuncio|campagne|campana|produit|producto|evento|projet|proyecto)\b/,
    'skip',
  ],
  // Numbers and references under a person word ("Customer ID", "Kundennummer") are not names. A
  // "référent" is a person ("Parent référent"), not a reference.
  [
    /\b(id|nr|no|number|nummer|numero|ref|refs|refnr|referen[cz]\w*|code|count|anzahl|type|typ|status|since|seit)\b|nummer$/,
    'skip',
  ],
  // The contact's role when the form is about someone else ("Parent/guardian",
  // "Erziehungsberechtigte(r)", "Responsable légal", "Registered by", "Invité principal").
  [CONTACT_ROLE_LABEL, 'name'],
  [
    /\b(name|nom|nombre|heissen|heisst|appelez|appelles|llamas|llama|ask for|fragen nach|demander|preguntar por|who are you|who is|who am i|whom|address you|talking to|speaking to|wer sind sie|wer ist|mit wem|ansprechen|qui etes vous|qui est|a qui|quien es|quien|con quien|hablamos)\b|name$|person$/,
    'name',
  ],
  // Role words: the person a notification is about ("Enquirer", "Guest", "Interessent", "Demandeur",
  // a rental portal's "Candidat").
  [
    /\b(enquirer|inquirer|enquiring|guest|customer|client|clienta?|patient|prospect|buyer|applicant|candidate|candidat\w*|bewerber\w*|postulante|requester|requestor|submitter|visitor|attendee|invitee|caller|tenant|renter|interessent\w*|anfragende\w*|kunde|kundin|gast|besucher\w*|mieter|kaufer|einkaufer\w*|demandeur|demandeuse|prospect|acheteur|locataire|visiteur|visiteuse|visitante|invite|interesado|interesada|solicitante|comprador|huesped|inquilino|paciente|invitad[oa]|asistente|comensal\w*|convive\w*|tischgast|auf den namen|child|pupil|student|learner|participant\w*|teilnehmer\w*|schuler\w*|enfant|eleve|alumn[oa]|nin[oa]|estudiante)\b/,
    'name',
  ],
];

/**
 * The person a form is about when someone else fills it in: the patient, the child, the guest,
 * the resident, the relative to be cared for ("Zu betreuende Person"), "on behalf of"; and the
 * people a booker brings along (an RSVP's "+1", "Guest 2", "Begleitperson", "Accompagnant",
 * "Acompañante", a partner). Their name is kept as an attribute; the lead's name is the person
 * whose contact details are given (the parent, the booker), unless no other name is given. A
 * label naming the contact's role ("Parent/guardian name", "Name des Erziehungsberechtigten")
 * never is. On label words (lower case, no accents).
 */
const SUBJECT_PERSON =
  /\b(guests? [2-9]|(?:second|additional|other|extra) (?:guests?|person)|(?:invite|invitad[oa]|gast|guest)\w* (?:supplementaire|additionnel\w*|adicional\w*|extra)|(?:weitere\w*|zusatzliche\w*) (?:gast|gaste|person)|(?:autre|otr[oa]) (?:invite|invitad[oa])|persons? [2-9]|plus one|begleit\w*|(?:zweite|weitere) person|(?:ehe|lebens)?partner\w*|spouse|accompagn\w*|(?:deuxieme|seconde|autre) personne|conjointe?|acompanante\w*|(?:segunda|otra) persona|pareja|companion|patient|patients|child|childs|children|kid|son|daughter|baby|student|pupil|learner|participant|attendee|passenger|traveller|traveler|resident|beneficiary|dependant|dependent|pet|tier|tieres|haustier\w*|animal|mascota|on behalf of|for whom|behalf|kind|kindes|sohn|tochter|schuler\w*|teilnehmer\w*|patient\w*|bewohner\w*|reisende\w*|fur wen|enfant|fils|fille|eleve|participant\w*|resident\w*|voyageur\w*|beneficiaire|pour qui|paciente|nino|nina|hijo|hija|alumn[oa]|estudiante|participante|residente|viajero|beneficiario|en nombre de|para quien|care recipient|person (?:to be cared for|needing care|requiring care|cared for)|(?:zu )?betreuende person|betreute person|pflegebedurftige\w*|personne (?:aidee|accompagnee|a accompagner|dependante)|persona (?:a cuidar|cuidada|dependiente|atendida))\b/;
/** Beside CONTACT_ROLE_LABEL, words that make a subject-like label the contact's own. */
const CONTACT_ROLE =
  /\b(contact|kontakt\w*|responsable|betreuer\w*|(?:attendee|participant\w*|teilnehmer\w*|participante) (?:1|one|eins|un|uno))\b/;

/** A companion written as "+1" ("Guest (+1)", "Plus 1"). */
const PLUS_ONE = /\+\s?1\b|\bplus\s?1\b/i;

/** Whether a name label names the person the form is about rather than its contact (see above). */
export function isSubjectPersonLabel(label: string): boolean {
  const memo = subjectLabels.get(label);
  if (memo !== undefined) return memo;
  const words = labelWords(label);
  // "Guest (+1)": the guest someone brings, whose "+" the label's words lose.
  const subject =
    (SUBJECT_PERSON.test(words) || PLUS_ONE.test(label)) &&
    !CONTACT_ROLE.test(words) &&
    !namesContactRole(words);
  // Templates repeat their labels; bounded like the dictionaries' memo.
  if (subjectLabels.size < MAX_CACHED_LABELS) subjectLabels.set(label, subject);
  return subject;
}
const subjectLabels = new Map<string, boolean>();

/**
 * The other person a booking or order names beside its contact, by a role word that alone would
 * name the lead of a one-person form: the guest or attendee of a booking ("Guest's mobile?",
 * "Portable de l'invitée ?", "Who will attend?", "Wer nimmt teil?", "¿Quién asistirá?"), the
 * recipient of a gift ("Beschenkte Person", "Bénéficiaire du cadeau", "Destinatario del regalo"),
 * the person a party is for ("Their phone?", "Telefon des Ehrengastes", "Son téléphone ?",
 * "Teléfono de la homenajeada"), the contact on a job's site ("Kontakt vor Ort", "Contact sur
 * site", "Contacto en obra"). On label words (lower case, no accents).
 */
const OTHER_PARTY =
  /\b(guests?|attendees?|invitee?s?|\w*gast(?:e|es|s)?|invitad[oa]s?|asistentes?|recipients?|beschenkte\w*|\w*empfanger\w*|beneficiaire\w*|destinatari[oa]s?|birthday (?:boy|girl|person)|geburtstagskind\w*|jubilar\w*|jubilaire|homenajead[oa]s?|cumpleaner[oa]|their|his|her|son|sa|(?:on )?site contact|contact (?:on|at the) site|kontakt\w* vor ort|contact sur (?:site|place)|contacto (?:en (?:obra|sitio|el lugar)|in situ)|who (?:will|is going to) (?:attend|be attending|come)|who is (?:attending|coming|(?:the|this|it) (?:\w+ )?for)|wer nimmt teil|wer kommt|qui (?:participera|assistera|viendra|vient)|quien (?:asistira|vendra|viene))\b/;
/** The first of a booking's people is the booker ("Attendee 1", "Gast 1", "Invitado uno"). */
const FIRST_OF_PEOPLE =
  /\b(?:attendee|participant\w*|teilnehmer\w*|participante|guest|gast|invite|invitad[oa]) (?:1|one|eins|un|uno)\b/;

/**
 * Whether a label names someone other than the person who contacted the business: the person the
 * form is about (isSubjectPersonLabel), or a guest, attendee, gift recipient or site contact. Such a
 * person's name, email and phone are the lead's only on a form that names nobody else
 * (see otherPartyFields in type-fields.ts).
 */
export function isOtherPartyLabel(label: string): boolean {
  if (isSubjectPersonLabel(label)) return true;
  const words = labelWords(label);
  return OTHER_PARTY.test(words) && !FIRST_OF_PEOPLE.test(words) && !namesContactRole(words);
}

/** A label read with its value, and what the lexicon says the label is (null: unknown). */
export interface LabeledPair {
  label: string;
  value: string;
  hit: LabelHit | null;
}

export interface LabelDictionary {
  lookup(label: string): LabelHit | null;
  /** Exact dictionary entry (no keyword guess): for deciding that a bare line is a label. */
  isKnownLabel(label: string): boolean;
}

/** Memo entries per dictionary (label strings are at most MAX_LABEL_CHARS long). */
const MAX_CACHED_LABELS = 5_000;

/** What a label may name of a person's own details: who they are and how to reach them. */
export const CONTACT_TARGETS: ReadonlySet<string> = new Set([
  'name',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
]);

/** Keyword guesses are only made for labels of at most this many words. */
const MAX_GUESS_WORDS = 7;
const MAX_QUESTION_WORDS = 14;

/**
 * "New message in #leads", "Neue Nachricht in #vertrieb": a chat app's post title naming its
 * channel, not a field ("Phone #" and "Order #123" name no channel).
 */
const CHAT_CHANNEL = /(?:^|\s)#\p{L}[\p{L}\p{N}_-]*(?=\s|$)/u;

/** Labels longer than this are sentences, not field labels. */
export const MAX_LABEL_CHARS = 48;

/** The targets a person's name fills. */
export const NAME_TARGETS: ReadonlySet<string> = new Set(['name', 'fullName', 'firstName', 'lastName']);

/**
 * "Hannah Whitfield Booker", "Jane Doe Guest": a person's name and the role badge a booking prints
 * after it, in one cell. The role word alone would make it a name label by keyword, and a row of
 * such cells the captions of the row above. A label never opens with a given name followed by a
 * capitalised word, so it is a value.
 */
function isNameWithBadge(label: string): boolean {
  const [first = '', second = '', ...rest] = label.trim().split(/\s+/);
  return (
    rest.length > 0 &&
    /^\p{Lu}/u.test(first) &&
    /^\p{Lu}/u.test(second) &&
    isKnownGivenName(first) &&
    // "Name" is a given name too, and German capitalises the noun after it: "Name Kunde/in",
    // "Name Ansprechpartner" are labels.
    first.toLowerCase() !== 'name'
  );
}
/**
 * A label written as a question may be longer ("Unter welcher Nummer können wir Sie …?"), and so
 * may a request for the customer's text ("Please describe your project in a few words (size,
 * timing, budget)").
 */
const MAX_QUESTION_CHARS = 90;

/** A form's request for the customer's text, printed as its label. */
export const PROMPT_LABEL =
  /^(?:please )?(?:tell us|describe|let us know|erzählen sie|erzähl(?:t)? uns|beschreiben sie|schildern sie|teilen sie uns|dites-nous|décrivez|parlez-nous|expliquez|cuéntanos|cuéntenos|describa|descríbenos|explíquenos)(?![\p{L}])/iu;

/**
 * Builds the lookup once per profile (at core construction), so no record pays for it.
 * `overrides` are a profile's extra labels; they win over the built-in dictionaries.
 */
/**
 * On label words, at most four: a label that opens with a message word ("Nachricht des
 * Interessenten", "Message from the buyer"), not "Message ID" or "Comment date".
 */
const MESSAGE_FIRST_LABEL =
  /^(?=(?:\S+ ){0,3}\S+$)(message|nachricht|mitteilung|mensaje|comments?|commentaires?|comentarios?|kommentare?|anfrage|enquiry|inquiry)\b(?!.*\b(id|nr|no|number|nummer|numero|ref\w*|code|type|typ|status|date|datum|fecha)\b)/;

/** Whether a label opens with a message word (see MESSAGE_FIRST_LABEL). */
export function isMessageFirstLabel(label: string): boolean {
  return MESSAGE_FIRST_LABEL.test(labelWords(label));
}

/** A label ending in a number sign: "#", "n°", "nº", "no.", "Nr.", "número". */
const NUMBER_SIGN_END =
  /(?:#|(?<![\p{L}])(?:n[°º]|no\.?|nr\.?|num(?:ber|ero|éro)?\.?|número|nummer))[ \t]*[*:：]?[ \t]*$/iu;

const NUMBER_SIGN_START = /^[ \t]*(?:#|n[°º]|n\.[º°o]|no\.|nr\.|num(?:ber|ero|éro)?\b\.?|número|nummer)/iu;
/** A number word among a label's words: "Kampagnen-Nr." → "kampagnen nr", "Formularnummer", "numero de campagne". */
const NUMBER_WORD = /nummer$|(?:^| )(?:nr|no|number|numero)$|^(?:n|no|nr|num|number|numero|nummer) /;
/**
 * A campaign's, form's or lead's number ("Campaign #", "Kampagnen-Nr.", "Kampagnennummer",
 * "Numéro de campagne", "Nº de formulario", "N° de lead", "TikTok lead no."), on label words with
 * the number word taken off: the platform object, perhaps after a brand.
 */
const NUMBERED_OBJECT =
  /^(?:(?:n|no|nr|num|number|numero|nummer) (?:(?:of|de|du|del|der|d)(?: (?:the|la|l))? )?)?(?:(?:meta|facebook|instagram|tiktok|snapchat|snap|linkedin|microsoft|bing|pinterest|google) )?(lead|prospect|campaign|kampagnen?|campagne|campana|form|formular|formulaire|formulario)(?: ?(?:nummer|nr|no|number|numero))?$/;
const NUMBERED_TARGETS: Readonly<Record<string, LabelTarget>> = {
  lead: 'platformLeadId',
  prospect: 'platformLeadId',
  campaign: 'campaignId',
  kampagne: 'campaignId',
  kampagnen: 'campaignId',
  campagne: 'campaignId',
  campana: 'campaignId',
  form: 'formId',
  formular: 'formId',
  formulaire: 'formId',
  formulario: 'formId',
};

/**
 * The id a platform object's number label names. An ad's number is left out: "Anzeigen-Nr.",
 * "N° d'annonce", "Nº de anuncio" number a portal's listing as often as a platform's ad.
 */
function numberedPlatformObject(label: string): LabelTarget | null {
  if (label.length > MAX_LABEL_CHARS) return null;
  const words = labelWords(label);
  const marked = NUMBER_SIGN_END.test(label) || NUMBER_SIGN_START.test(label) || NUMBER_WORD.test(words);
  const object = marked ? NUMBERED_OBJECT.exec(words)?.[1] : undefined;
  return object ? (NUMBERED_TARGETS[object] ?? null) : null;
}

/**
 * The words that open a qualifier clause after a label's comma, in the four languages ("in case",
 * "falls", "damit", "si", "pour", "en caso", "para"): the clause says why or when a field is asked.
 * A pattern source, shared with the line reader that lets such a comma into a label.
 */
export const QUALIFIER_WORD =
  '(?:in case|if|so|as|because|when|falls|wenn|damit|sofern|für den fall|im fall|si|pour|afin|au cas|lorsque|quand|en caso|para|por si|porque|cuando)(?![\\p{L}])';

/** The lead's word glued or set before a field's ("leadformular", "lead form name", "kunden telefon"), on label words. */
const LEAD_WORD_BEFORE = /^(lead|leads|kunden|kontakt|interessenten) ?([a-z].{2,})$/;
/** The lead's word after a field's ("formulaire de lead", "formulario de clientes potenciales"), on label words. */
const LEAD_WORD_AFTER =
  /^([a-z]+) (?:de|du|del|des|d) (?:la |l )?(?:leads?|prospects?|clients? potentiels?|clientes? potenciales?|contacto?|interesados?)$/;

/**
 * Where a label's head ends and a qualifier begins: a clause after a comma that says why or when
 * the field is asked ("Phone, in case email bounces", "E-Mail, damit wir antworten können",
 * "Téléphone, si l'e-mail ne passe pas", "Tu correo, para responderte"), or a hint sentence after
 * a question's mark ("How can we help? Don't hold back", "¿En qué te ayudamos? Cuéntanos con
 * detalle"). The qualifier often names another field ("email", "Mail", "correo") whose keyword
 * would otherwise type the label. A comma before a noun ("Name, Vorname", "E-Mail, geschäftlich")
 * is no qualifier: the label is read whole. Conjunctions are matched on the label as written
 * (folding accents would cost a pass per label); each alternative starts with a fixed word, so
 * the pattern cannot backtrack over the label.
 */
const QUALIFIER_START = new RegExp(`,\\s*(?:${QUALIFIER_WORD})|(?<=\\S\\s?[?？])\\s+(?=[\\p{Lu}¿¡])`, 'iu');

/** A label without its qualifier clause or hint sentence (see QUALIFIER_START); the label itself when it has none. */
export function labelHead(label: string): string {
  if (!label.includes(',') && !label.includes('?') && !label.includes('？')) return label;
  const start = QUALIFIER_START.exec(label);
  if (!start || start.index === 0) return label;
  const hint = label.slice(start.index);
  // "Your name? Jane Doe" is a question answered on its line, not a hint: a hint is in lower-case
  // words, and short ("Don't hold back"); a longer text after the question is the customer's.
  if (!start[0].startsWith(',') && (hint.length > MAX_HINT_CHARS || !HINT_WORD.test(hint))) return label;
  return label.slice(0, start.index).trimEnd();
}
/** The longest hint sentence after a label's question ("N'hésitez pas à détailler", "Cuéntanos con detalle"). */
const MAX_HINT_CHARS = 40;
/** A lower-case word longer than a name's particles ("de", "van", "del"): a sentence's, not a name's. */
const HINT_WORD = /\s\p{Ll}{4}/u;

/** A question's end: its mark, then perhaps a required mark or a short hint in brackets. */
const QUESTION_END = /[?？][\s*]*(?:\([^()\n]{1,40}\)[\s*]*)?$/;
/** The hint in brackets after a question's mark. */
const QUESTION_HINT = /(?<=[?？][\s*]*)\([^()\n]{1,40}\)[\s*]*$/;

/** Whether a line ends as a form's question does ("Your phone? (with country code)", "Name? *"). */
export function endsAsQuestion(line: string): boolean {
  return QUESTION_END.test(line);
}

/**
 * A question without the hint after its mark ("Best number to reach you? (with country code)" →
 * "Best number to reach you?"): the readers know a question by its final mark.
 */
export function withoutQuestionHint(line: string): string {
  return line.replace(QUESTION_HINT, '').trimEnd();
}

export function createLabelDictionary(
  overrides: Partial<Record<FieldName, readonly string[]>> = {},
): LabelDictionary {
  const exact = new Map<string, LabelHit>();
  for (const lang of LABEL_LANGUAGES) {
    for (const [target, labels] of Object.entries(DICTS[lang]) as Array<[LabelTarget, readonly string[]]>) {
      for (const l of labels) {
        const key = labelKey(l);
        const prev = exact.get(key);
        // A key shared by languages ("message", "email") carries no language signal.
        if (!prev) exact.set(key, { target, lang, exact: true });
        else if (prev.target === target && prev.lang !== lang)
          exact.set(key, { target, lang: null, exact: true });
      }
    }
  }
  const overrideKeys = new Set<string>();
  for (const [target, labels] of Object.entries(overrides) as Array<[FieldName, readonly string[]]>) {
    for (const l of labels) {
      exact.set(labelKey(l), { target, lang: null, exact: true });
      overrideKeys.add(labelKey(l));
    }
  }
  const cache = new Map<string, LabelHit | null>();
  // Keyed by the raw label: templates repeat the same labels, and labelKey() (NFD + regexes) is
  // the hot path of extraction. Bounded so hostile input cannot grow it without limit.
  const rawCache = new Map<string, LabelHit | null>();
  const rawKnown = new Map<string, boolean>();
  const lookup = (label: string): LabelHit | null => {
    const memo = rawCache.get(label);
    if (memo !== undefined) return memo;
    const hit = lookupUncached(label);
    if (rawCache.size < MAX_CACHED_LABELS) rawCache.set(label, hit);
    return hit;
  };
  return {
    isKnownLabel(label) {
      if (label.length > MAX_LABEL_CHARS + MAX_HINT_CHARS) return false;
      const memo = rawKnown.get(label);
      if (memo !== undefined) return memo;
      // "Email, so we can reply" / "How can we help? Don't hold back": known by its head.
      const head = labelHead(label);
      const known = head.length <= MAX_LABEL_CHARS && exact.has(labelKey(head));
      if (rawKnown.size < MAX_CACHED_LABELS) rawKnown.set(label, known);
      return known;
    },
    lookup,
  };

  function lookupUncached(label: string): LabelHit | null {
    if (CHAT_CHANNEL.test(label)) return null;
    // "Phone, in case email bounces": the head says what is asked, the qualifier's "email" does not.
    const head = labelHead(label);
    if (head !== label) return lookupUncached(head);
    const numbered = numberedPlatformObject(label);
    if (numbered) return { target: numbered, lang: null, exact: false };
    const hit = lookupWords(label) ?? abbreviatedLabel(label) ?? leadFieldLabel(label);
    // "Enquiry #", "Demande n°", "Anfrage-Nr.": the enquiry's number, not its text.
    return hit?.target === 'message' && NUMBER_SIGN_END.test(label) ? null : hit;
  }

  /**
   * A label of abbreviated words ("Obj. dde", "Betr.", "Ctry"; ./abbreviated-labels.ts), read only
   * when the label as written is none the lexicon knows: its target is the one every written-out
   * form agrees on; forms that disagree or that the lexicon does not know ("Mai." → main, mail;
   * "Pre." → prefix, prenom) type nothing. It is a dictionary label when every form is one ("Obs."
   * → observaciones).
   */
  function abbreviatedLabel(label: string): LabelHit | null {
    if (label.length > MAX_LABEL_CHARS) return null;
    const hits = (abbreviationsOf(label) ?? []).map((expansion) => lookupWords(expansion));
    const first = hits[0];
    if (!first || hits.some((h) => h?.target !== first.target)) return null;
    return { target: first.target, lang: first.lang, exact: hits.every((h) => h?.exact) };
  }

  /**
   * A field of the lead named with the lead's word ("Leadformular", "Kontaktformular",
   * "Kundentelefon", "Formulaire de lead", "Formulario de clientes potenciales", "Lead form name"):
   * the word only says whose field it is, so the label is the field the rest names exactly.
   * German glues it in front of the field's word; French and Spanish put it after ("de", "du",
   * "del"). Read only when the label as written is none the lexicon knows.
   */
  function leadFieldLabel(label: string): LabelHit | null {
    if (label.length > MAX_LABEL_CHARS) return null;
    const words = labelWords(label);
    const rest = LEAD_WORD_BEFORE.exec(words)?.[2] ?? LEAD_WORD_AFTER.exec(words)?.[1];
    const hit = rest ? (exact.get(rest.replace(/ /g, '')) ?? null) : null;
    // "Lead details", "Lead-Info", "Détails du lead": a heading over the lead's section (its ids,
    // its form), never the lead's message.
    return hit?.target === 'message' ? null : hit;
  }

  /**
   * "Zip/Postcode", "Town / City", "Handy/Mobil": one field under two names. Known when the names
   * the lexicon knows agree; "Name/Company" names two fields and is none.
   */
  function slashedAlternatives(label: string): LabelHit | null {
    if (!label.includes('/')) return null;
    let agreed: LabelHit | null = null;
    for (const name of label.split('/')) {
      const hit = exact.get(labelKey(name));
      if (!hit) continue;
      if (agreed && agreed.target !== hit.target) return null;
      agreed ??= hit;
    }
    return agreed;
  }

  function lookupWords(label: string): LabelHit | null {
    // "Votre nom ? *", "Worum geht es? (Pflichtfeld)": a required mark after the question mark; "Best
    // number to reach you? (with country code)": a hint in brackets after it.
    const question = QUESTION_END.test(withoutRequiredMark(label)) || PROMPT_LABEL.test(label);
    if (label.length <= (question ? MAX_QUESTION_CHARS : MAX_LABEL_CHARS)) {
      const key = labelKey(label);
      if (!key) return null;
      // "Field 3", "Question 2": a raw field name means nothing unless a profile says what it is.
      if (isRawFieldLabel(label)) return overrideKeys.has(key) ? (exact.get(key) ?? null) : null;
      const hit = exact.get(key) ?? slashedAlternatives(label);
      if (hit) return hit;
      const words = labelWords(label);
      if (isServerVariable(label, words))
        return { target: `attr:${words.replace(/ /g, '_')}`, lang: null, exact: false };
      // Bounded memo: label sets repeat across emails of one template. A question may be guessed
      // from more words than the same words without its mark, so it is memoised apart.
      const memoKey = question ? `${key}?` : key;
      if (cache.has(memoKey)) return cache.get(memoKey) ?? null;
      let found: LabelHit | null = null;
      // A sentence ("The following request was sent from your website") is not a label.
      // A question may be longer ("Unter welcher Nummer können wir Sie am besten erreichen?").
      // A hint after the question ("(with country code)") does not make it a sentence.
      const wordCount = (question ? labelWords(label.replace(QUESTION_HINT, '')) : words).split(' ').length;
      const maxWords = question ? MAX_QUESTION_WORDS : MAX_GUESS_WORDS;
      const rule = wordCount > maxWords ? undefined : KEYWORD_RULES.find(([re]) => re.test(words));
      if (rule) {
        const target = rule[1];
        // "How can I reach you?", "Who is your current supplier?": a contact word in a question
        // that does not ask for the customer's own details (an FAQ's, a message's, another party's).
        const notTheirs = question && CONTACT_TARGETS.has(target) && asksOfOthers(words);
        const badge = NAME_TARGETS.has(target) && isNameWithBadge(label);
        found = target === 'skip' || notTheirs || badge ? null : { target, lang: null, exact: false };
      } else if (question && wordCount <= maxWords) {
        // A question no keyword names is read by how it is built ("Where can we write back to you?").
        const asked = questionTarget(words);
        if (asked) found = { target: asked, lang: null, exact: false };
      }
      if (cache.size < MAX_CACHED_LABELS) cache.set(memoKey, found);
      return found;
    }
    return null;
  }
}
