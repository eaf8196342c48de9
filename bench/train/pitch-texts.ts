/**
 * Texts for training the pitch-text model (src/processors/stages/pitch-text.ts), written for this
 * repository in en/de/fr/es: what spammers and sellers type into a business's contact form or
 * send to its inbox (SEO, web design, marketing, lead lists, offshore app development, link
 * building and guest posts, review sellers, business funding and loans, crypto, casino, fake
 * copyright claims, extortion, recruiters and staffing agencies, suppliers), and what customers
 * write when they want something from the business, including customers asking an agency FOR a
 * website or SEO, so the model learns the seller's voice rather than the topic.
 *
 * These wordings are kept apart from the ones the triage model trains on (bench/corpus messages,
 * cold-pitches.ts, form-pitches.ts): the triage model then learns how far to trust the text score
 * on wordings the text model never saw. Text i depends only on (seed, i).
 */
import type { Language } from '../../src/corpus/people.js';
import { Rng } from '../../src/corpus/prng.js';
import type { LabelledText } from './fit-text-model.js';

interface PitchPools {
  openers: readonly string[];
  /** Category → offers in the seller's voice. */
  offers: readonly (readonly string[])[];
  proofs: readonly string[];
  asks: readonly string[];
  optOuts: readonly string[];
}

interface CustomerPools {
  greetings: readonly string[];
  needs: readonly string[];
  details: readonly string[];
  asks: readonly string[];
  closings: readonly string[];
}

const PITCH: Record<Language, PitchPools> = {
  en: {
    openers: [
      'I was checking your website and noticed a few problems.',
      'I hope this message finds you well.',
      'I visited your site today and wanted to reach out.',
      'Your website is not ranking on page 1 of Google for your main keywords.',
      'We work with companies in your industry and thought you might benefit.',
      'My team and I looked at your online presence.',
      'Are you the right person to speak to about your marketing?',
      'I am writing on behalf of a small team of specialists.',
      'Hope you are doing great!',
      'This is a one-time message to the site owner.',
    ],
    offers: [
      [
        'We can get your website to the top of Google search results with our proven SEO strategy.',
        'Our SEO experts will fix your on-page errors and boost your organic traffic.',
        'We guarantee first page rankings or you pay nothing.',
        'Our monthly SEO packages start at just $199.',
      ],
      [
        'We can build you a brand new responsive website for $499.',
        'Our designers will redesign your outdated site in 7 days.',
        'We create mobile friendly WordPress and Shopify websites at affordable prices.',
        'Get a modern website with free hosting for the first year.',
      ],
      [
        'We manage Facebook and Google ads campaigns that double your leads.',
        'Our social media management plans include 30 posts a month.',
        'We run pay per click campaigns with a guaranteed return on ad spend.',
      ],
      [
        'We sell verified B2B email lists of decision makers in your niche.',
        'I can provide a database of 50,000 business contacts with phone numbers.',
        'Buy targeted lead lists updated every month.',
      ],
      [
        'We are an offshore software development company in India with 150 developers.',
        'Hire dedicated mobile app developers at $15 per hour.',
        'We develop iOS and Android apps at a fraction of the cost.',
      ],
      [
        'We offer high authority backlinks from DA 50+ websites.',
        'I would like to publish a guest post on your blog and will pay for a dofollow link.',
        'Link building packages with permanent do-follow links.',
        'Can I write an article for your site? I pay $50 per sponsored post.',
      ],
      [
        'We can boost your Google rating with real 5-star reviews.',
        'Buy positive reviews for your business profile and remove bad ones.',
        'Get 100 genuine Trustpilot reviews delivered in a week.',
      ],
      [
        'Your business is pre-approved for up to $250,000 in working capital.',
        'Get fast business funding with no collateral and same day approval.',
        'Low interest business loans, bad credit is not a problem.',
        'Merchant cash advance approved in 24 hours.',
      ],
      [
        'Invest in bitcoin and earn 20% profit per week guaranteed.',
        'Join our crypto trading platform and double your money.',
        'Claim your free crypto bonus before the offer expires.',
      ],
      [
        'Play at the best online casino and get 200 free spins.',
        'Win big with our sports betting app, welcome bonus inside.',
      ],
      [
        'Your website uses images protected by copyright, see the evidence at the link below or face legal action.',
        'This is a formal notice of copyright infringement, download the report from the link and remove the content within 48 hours.',
      ],
      [
        'I recorded you through your webcam, pay 1500 USD in bitcoin to my wallet or I will send the video to your contacts.',
        'Hot singles in your area are waiting, click the link to chat.',
      ],
      [
        'I am a recruiter with a staffing agency and we have pre-screened candidates ready to start.',
        'We place temporary staff and contractors, our fee is only 15% of the first year salary.',
        'I have an excellent candidate for your team, would you like to see the CV?',
      ],
      [
        'We are a wholesale supplier of packaging and cleaning products at factory prices.',
        'I represent a manufacturer looking for new distributors, samples are free.',
        'We supply office equipment and can beat your current supplier price by 20%.',
      ],
      [
        'Dear hiring manager, I am applying for the open position and attach my CV.',
        'I am looking for an internship or a part-time job at your company.',
        'I would like to submit my application for any available role in your team.',
      ],
    ],
    proofs: [
      'We have helped over 500 clients worldwide.',
      'Check our portfolio at our website.',
      'Our prices are the lowest in the market.',
      'This is a limited time offer.',
      'No upfront payment required.',
      'Results within 30 days.',
      '',
    ],
    asks: [
      'Can I send you a free proposal?',
      'Reply to this email for a free website audit.',
      'Let me know a good time for a quick call.',
      'Just reply YES and I will send the details.',
      'Click here to claim your offer.',
      'Are you interested? Contact us on WhatsApp.',
      'Visit our website for more information.',
    ],
    optOuts: [
      'If you do not want to hear from us again, reply STOP.',
      'To unsubscribe, reply with remove in the subject line.',
      'Not interested? Just let us know and we will not contact you again.',
      '',
      '',
    ],
  },
  de: {
    openers: [
      'ich habe mir Ihre Website angesehen und einige Probleme festgestellt.',
      'Ihre Website rankt nicht auf Seite 1 bei Google.',
      'wir arbeiten mit vielen Betrieben aus Ihrer Branche zusammen.',
      'ich hoffe, es geht Ihnen gut.',
      'ich schreibe Ihnen im Namen eines Teams von Spezialisten.',
      'bei der Recherche bin ich auf Ihren Betrieb gestoßen.',
      'sind Sie der richtige Ansprechpartner für Ihr Marketing?',
    ],
    offers: [
      [
        'Mit unserer Suchmaschinenoptimierung bringen wir Ihre Seite auf Platz 1 bei Google.',
        'Unsere SEO-Experten beheben technische Fehler und steigern Ihre Besucherzahlen.',
        'SEO-Pakete schon ab 199 € im Monat.',
      ],
      [
        'Wir erstellen Ihnen eine neue, moderne Website zum Festpreis von 499 €.',
        'Unsere Webdesigner modernisieren Ihren veralteten Internetauftritt in 7 Tagen.',
        'Responsive Webseiten mit WordPress zu günstigen Preisen.',
      ],
      [
        'Wir betreuen Ihre Google- und Facebook-Werbung und verdoppeln Ihre Anfragen.',
        'Social-Media-Betreuung mit 30 Beiträgen im Monat.',
      ],
      [
        'Wir verkaufen geprüfte Adresslisten von Entscheidern in Ihrer Branche.',
        'Kaufen Sie qualifizierte Leads und Firmenadressen mit Telefonnummern.',
      ],
      [
        'Wir sind ein Softwareentwicklungsunternehmen aus Indien mit 150 Entwicklern.',
        'Mieten Sie erfahrene App-Entwickler ab 15 € pro Stunde.',
      ],
      [
        'Wir bieten hochwertige Backlinks von starken Domains.',
        'Ich würde gern einen Gastbeitrag auf Ihrem Blog veröffentlichen und bezahle für einen Dofollow-Link.',
        'Linkaufbau-Pakete mit dauerhaften Links.',
      ],
      [
        'Wir verbessern Ihre Google-Bewertungen mit echten 5-Sterne-Rezensionen.',
        'Kaufen Sie positive Bewertungen und lassen Sie negative löschen.',
      ],
      [
        'Ihr Unternehmen ist für eine Finanzierung bis 250.000 € vorgemerkt.',
        'Schneller Firmenkredit ohne Sicherheiten, Zusage in 24 Stunden.',
        'Günstige Kredite auch bei negativer Schufa.',
      ],
      [
        'Investieren Sie in Bitcoin und verdienen Sie 20 % Gewinn pro Woche.',
        'Sichern Sie sich Ihren Krypto-Bonus, bevor das Angebot abläuft.',
      ],
      ['Spielen Sie im besten Online-Casino und erhalten Sie 200 Freispiele.'],
      [
        'Ihre Website verwendet urheberrechtlich geschützte Bilder, die Beweise finden Sie unter dem Link, sonst drohen rechtliche Schritte.',
      ],
      [
        'Ich habe Sie über Ihre Webcam aufgenommen, zahlen Sie 1500 USD in Bitcoin oder ich verschicke das Video.',
      ],
      [
        'Als Personalvermittlung haben wir vorqualifizierte Kandidaten, die sofort starten können.',
        'Wir vermitteln Zeitarbeitskräfte, unser Honorar beträgt nur 15 % des Jahresgehalts.',
      ],
      [
        'Wir sind Großhändler für Verpackungen und Reinigungsmittel zu Fabrikpreisen.',
        'Als Hersteller suchen wir neue Vertriebspartner, Muster sind kostenlos.',
      ],
      [
        'Sehr geehrte Damen und Herren, hiermit bewerbe ich mich auf die ausgeschriebene Stelle, mein Lebenslauf liegt bei.',
        'Ich suche einen Ausbildungsplatz oder ein Praktikum in Ihrem Betrieb.',
      ],
    ],
    proofs: [
      'Über 500 zufriedene Kunden vertrauen uns.',
      'Referenzen finden Sie auf unserer Website.',
      'Das Angebot ist nur diese Woche gültig.',
      'Keine Vorauszahlung nötig.',
      '',
    ],
    asks: [
      'Darf ich Ihnen ein unverbindliches Angebot schicken?',
      'Antworten Sie einfach auf diese E-Mail für eine kostenlose Analyse.',
      'Wann passt Ihnen ein kurzes Telefonat?',
      'Klicken Sie hier, um das Angebot zu sichern.',
      'Interesse? Schreiben Sie uns auf WhatsApp.',
    ],
    optOuts: [
      'Wenn Sie keine weiteren Nachrichten wünschen, antworten Sie mit STOPP.',
      'Zum Abmelden genügt eine kurze Antwort.',
      '',
      '',
    ],
  },
  fr: {
    openers: [
      'en visitant votre site, j’ai remarqué plusieurs problèmes.',
      'votre site n’apparaît pas en première page de Google.',
      'nous travaillons avec de nombreuses entreprises de votre secteur.',
      'j’espère que vous allez bien.',
      'je vous écris au nom d’une équipe de spécialistes.',
      'êtes-vous la bonne personne pour parler de votre marketing ?',
    ],
    offers: [
      [
        'Grâce à notre référencement naturel, votre site sera en première position sur Google.',
        'Nos experts SEO corrigent les erreurs techniques et augmentent votre trafic.',
        'Forfaits de référencement à partir de 199 € par mois.',
      ],
      [
        'Nous créons votre nouveau site internet pour 499 € seulement.',
        'Nos webdesigners refont votre site vieillissant en 7 jours.',
        'Sites WordPress et Shopify adaptés au mobile à petit prix.',
      ],
      [
        'Nous gérons vos campagnes Google Ads et Facebook pour doubler vos prospects.',
        'Gestion de vos réseaux sociaux avec 30 publications par mois.',
      ],
      [
        'Nous vendons des fichiers de prospection B2B qualifiés de décideurs.',
        'Achetez des listes de leads avec numéros de téléphone.',
      ],
      [
        'Nous sommes une société de développement offshore avec 150 développeurs.',
        'Développeurs d’applications mobiles dédiés à 15 € de l’heure.',
      ],
      [
        'Nous proposons des backlinks de qualité depuis des sites à forte autorité.',
        'Je souhaiterais publier un article invité sur votre blog contre un lien dofollow rémunéré.',
      ],
      [
        'Améliorez votre note Google avec de vrais avis 5 étoiles.',
        'Achetez des avis positifs et faites supprimer les avis négatifs.',
      ],
      [
        'Votre entreprise est pré-approuvée pour un financement jusqu’à 250 000 €.',
        'Prêt professionnel rapide sans garantie, accord en 24 heures.',
      ],
      [
        'Investissez dans le bitcoin et gagnez 20 % de profit par semaine.',
        'Profitez de votre bonus crypto avant l’expiration de l’offre.',
      ],
      ['Jouez au meilleur casino en ligne et recevez 200 tours gratuits.'],
      [
        'Votre site utilise des images protégées par le droit d’auteur, consultez les preuves via le lien sous peine de poursuites.',
      ],
      ['Je vous ai filmé par votre webcam, payez 1500 USD en bitcoin ou j’envoie la vidéo à vos contacts.'],
      [
        'Cabinet de recrutement, nous avons des candidats présélectionnés disponibles immédiatement.',
        'Nous plaçons du personnel intérimaire, nos honoraires ne sont que de 15 % du salaire annuel.',
      ],
      [
        'Nous sommes grossiste en emballages et produits d’entretien à prix usine.',
        'Fabricant à la recherche de nouveaux distributeurs, échantillons gratuits.',
      ],
      [
        'Madame, Monsieur, je me permets de vous adresser ma candidature pour le poste proposé, vous trouverez mon CV en pièce jointe.',
        'Je recherche un stage ou une alternance au sein de votre entreprise.',
      ],
    ],
    proofs: [
      'Plus de 500 clients satisfaits.',
      'Découvrez nos références sur notre site.',
      'Offre valable cette semaine uniquement.',
      '',
    ],
    asks: [
      'Puis-je vous envoyer une proposition gratuite ?',
      'Répondez à cet e-mail pour recevoir un audit gratuit.',
      'Quand seriez-vous disponible pour un court appel ?',
      'Cliquez ici pour profiter de l’offre.',
      'Intéressé ? Contactez-nous sur WhatsApp.',
    ],
    optOuts: [
      'Pour ne plus recevoir nos messages, répondez STOP.',
      'Pour vous désinscrire, répondez simplement.',
      '',
      '',
    ],
  },
  es: {
    openers: [
      'he revisado su página web y he detectado varios problemas.',
      'su web no aparece en la primera página de Google.',
      'trabajamos con muchas empresas de su sector.',
      'espero que se encuentre bien.',
      'le escribo en nombre de un equipo de especialistas.',
      '¿es usted la persona responsable del marketing?',
    ],
    offers: [
      [
        'Con nuestro posicionamiento web llevamos su página al primer puesto de Google.',
        'Nuestros expertos SEO corrigen errores técnicos y aumentan sus visitas.',
        'Planes de posicionamiento desde 199 € al mes.',
      ],
      [
        'Le diseñamos una página web nueva por solo 499 €.',
        'Nuestros diseñadores renuevan su web anticuada en 7 días.',
        'Webs en WordPress y Shopify adaptadas al móvil a precios económicos.',
      ],
      [
        'Gestionamos sus campañas de Google Ads y Facebook para duplicar sus clientes.',
        'Gestión de redes sociales con 30 publicaciones al mes.',
      ],
      [
        'Vendemos bases de datos B2B verificadas de responsables de compra.',
        'Compre listas de contactos con teléfono actualizadas.',
      ],
      [
        'Somos una empresa de desarrollo de software en la India con 150 programadores.',
        'Contrate programadores de apps dedicados por 15 € la hora.',
      ],
      [
        'Ofrecemos enlaces de calidad desde dominios de alta autoridad.',
        'Me gustaría publicar un artículo de invitado en su blog y pago por un enlace dofollow.',
      ],
      [
        'Mejoramos su valoración en Google con reseñas reales de 5 estrellas.',
        'Compre opiniones positivas y elimine las negativas.',
      ],
      [
        'Su empresa está preaprobada para una financiación de hasta 250.000 €.',
        'Préstamos para empresas sin aval, aprobación en 24 horas.',
      ],
      [
        'Invierta en bitcoin y gane un 20 % de beneficio semanal.',
        'Reclame su bono de criptomonedas antes de que caduque la oferta.',
      ],
      ['Juegue en el mejor casino online y reciba 200 giros gratis.'],
      [
        'Su web usa imágenes protegidas por derechos de autor, vea las pruebas en el enlace o tomaremos medidas legales.',
      ],
      ['Le he grabado con su webcam, pague 1500 USD en bitcoin o enviaré el vídeo a sus contactos.'],
      [
        'Somos una empresa de selección de personal con candidatos preseleccionados disponibles ya.',
        'Ofrecemos personal temporal, nuestros honorarios son solo el 15 % del salario anual.',
      ],
      [
        'Somos mayoristas de embalajes y productos de limpieza a precio de fábrica.',
        'Fabricante busca nuevos distribuidores, muestras gratis.',
      ],
      [
        'Estimados señores, les envío mi candidatura para el puesto ofertado, adjunto mi currículum.',
        'Busco unas prácticas o un trabajo a media jornada en su empresa.',
      ],
    ],
    proofs: [
      'Más de 500 clientes satisfechos.',
      'Vea nuestros trabajos en nuestra web.',
      'Oferta válida solo esta semana.',
      '',
    ],
    asks: [
      '¿Le puedo enviar una propuesta gratuita?',
      'Responda a este correo y le haremos una auditoría gratis.',
      '¿Cuándo le viene bien una llamada rápida?',
      'Haga clic aquí para aprovechar la oferta.',
      '¿Le interesa? Escríbanos por WhatsApp.',
    ],
    optOuts: [
      'Si no desea recibir más mensajes, responda BAJA.',
      'Para darse de baja, responda a este correo.',
      '',
      '',
    ],
  },
};

const CUSTOMER: Record<Language, CustomerPools> = {
  en: {
    greetings: ['Hi,', 'Hello,', 'Good afternoon,', 'Hi team,', ''],
    needs: [
      'Is the apartment still available to rent from May?',
      'Do you take trade-ins and what would the monthly payments be?',
      'We are a family of four looking for a holiday cottage in August.',
      'Could we arrange a visit this week?',
      'Our team of 25 is evaluating project management tools, could you send a proposal?',
      'Can you fix a cracked phone screen the same day?',
      'We need a new website for our bakery and would like a quote.',
      'Can you help us improve our Google ranking? We are a small law firm.',
      'I am looking for someone to run Facebook ads for my yoga studio.',
      'Our roof is leaking after the storm and needs repair.',
      'I would like to book a table for six on Friday evening.',
      'My daughter needs braces and I would like a consultation.',
      'We are moving house next month and need a removal quote.',
      'Could you service our air conditioning units at the office?',
      'I am interested in the three bedroom house on Oak Street.',
      'Do you have the blue sofa from your catalogue in stock?',
      'We want to renovate our kitchen and need an estimate.',
      'I need an accountant for my small business tax return.',
      'Our company needs 20 licences of your software.',
      'I would like to enrol my son in your swimming lessons.',
      'Is the used Ford Focus on your site still available?',
      'We would like to hire you to cater our wedding in June.',
      'My dog needs a vaccination appointment.',
      'We are looking for an app developer to build our booking app.',
      'Please quote for cleaning our offices twice a week.',
      'I saw your ad and want to know more about your lawn care plans.',
    ],
    details: [
      'Our budget is around $5,000.',
      'Our current site is www.smithbakery.com if that helps.',
      'The house is about 120 square metres.',
      'We are flexible on dates.',
      'Ideally this would be done before the end of the month.',
      'It is for a team of 12 people.',
      'We found you through a friend.',
      'Photos are attached.',
      '',
      '',
    ],
    asks: [
      'Could you send me a price?',
      'How much would that cost?',
      'When could you come and have a look?',
      'Please call me back when you have a moment.',
      'Do you have any availability next week?',
      'What are your opening hours?',
      'Can I book an appointment?',
    ],
    closings: ['Thanks!', 'Many thanks.', 'Looking forward to hearing from you.', 'Regards', ''],
  },
  de: {
    greetings: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Moin,', ''],
    needs: [
      'Ist die Wohnung ab Mai noch frei?',
      'Nehmen Sie mein altes Auto in Zahlung und wie hoch wäre die monatliche Rate?',
      'Wir sind eine Familie mit zwei Kindern und suchen eine Ferienwohnung im August.',
      'Wäre diese Woche eine Besichtigung möglich?',
      'Unser Team mit 25 Leuten sucht eine Projektsoftware, könnten Sie uns ein Angebot schicken?',
      'Können Sie ein gesprungenes Handydisplay noch am selben Tag reparieren?',
      'Wir brauchen eine neue Website für unsere Bäckerei und hätten gern ein Angebot.',
      'Können Sie uns bei der Suchmaschinenoptimierung helfen? Wir sind eine kleine Kanzlei.',
      'Ich suche jemanden, der für mein Yogastudio Werbung schaltet.',
      'Unser Dach ist nach dem Sturm undicht.',
      'Ich möchte für Freitagabend einen Tisch für sechs Personen reservieren.',
      'Meine Tochter braucht eine Zahnspange, ich hätte gern einen Beratungstermin.',
      'Wir ziehen nächsten Monat um und brauchen ein Angebot für den Umzug.',
      'Könnten Sie die Klimaanlage in unserem Büro warten?',
      'Ich interessiere mich für das Einfamilienhaus in der Lindenstraße.',
      'Haben Sie das blaue Sofa aus Ihrem Katalog vorrätig?',
      'Wir möchten unsere Küche renovieren lassen.',
      'Ich suche einen Steuerberater für meine Einkommensteuererklärung.',
      'Wir benötigen 20 Lizenzen Ihrer Software.',
      'Ist der gebrauchte Ford Focus auf Ihrer Seite noch zu haben?',
      'Wir suchen einen Entwickler für unsere Buchungs-App.',
      'Bitte um ein Angebot für die Reinigung unserer Büros zweimal pro Woche.',
    ],
    details: [
      'Unser Budget liegt bei etwa 5.000 €.',
      'Unsere jetzige Seite ist www.baeckerei-huber.de.',
      'Die Wohnung hat etwa 80 Quadratmeter.',
      'Wir sind zeitlich flexibel.',
      'Fotos hänge ich an.',
      '',
      '',
    ],
    asks: [
      'Können Sie mir einen Preis nennen?',
      'Was würde das kosten?',
      'Wann könnten Sie vorbeikommen?',
      'Bitte rufen Sie mich zurück.',
      'Haben Sie nächste Woche einen Termin frei?',
    ],
    closings: ['Danke!', 'Vielen Dank im Voraus.', 'Ich freue mich auf Ihre Antwort.', 'Gruß', ''],
  },
  fr: {
    greetings: ['Bonjour,', 'Bonsoir,', 'Madame, Monsieur,', ''],
    needs: [
      'L’appartement est-il toujours disponible à la location en mai ?',
      'Reprenez-vous mon ancienne voiture et quel serait le montant des mensualités ?',
      'Nous sommes une famille de quatre et cherchons un gîte en août.',
      'Serait-il possible de visiter la maison cette semaine ?',
      'Notre équipe de 25 personnes étudie des outils de gestion de projet, pourriez-vous nous envoyer une proposition ?',
      'Pouvez-vous réparer un écran de téléphone cassé dans la journée ?',
      'Je souhaiterais prendre rendez-vous pour un contrôle.',
      'La voiture est-elle toujours disponible ? Je peux passer samedi.',
      'Nous avons besoin d’un nouveau site internet pour notre boulangerie.',
      'Pouvez-vous nous aider à améliorer notre référencement ? Nous sommes un petit cabinet d’avocats.',
      'Je cherche quelqu’un pour gérer la publicité de mon studio de yoga.',
      'Notre toiture fuit depuis la tempête.',
      'Je voudrais réserver une table pour six vendredi soir.',
      'Ma fille a besoin d’un appareil dentaire, je souhaite un rendez-vous.',
      'Nous déménageons le mois prochain et avons besoin d’un devis.',
      'Pourriez-vous entretenir la climatisation de nos bureaux ?',
      'Je suis intéressé par la maison de trois chambres rue des Lilas.',
      'Avez-vous le canapé bleu de votre catalogue en stock ?',
      'Nous souhaitons rénover notre cuisine.',
      'Je cherche un expert-comptable pour ma petite entreprise.',
      'Nous cherchons un développeur pour notre application de réservation.',
      'Merci de nous faire un devis pour le ménage de nos bureaux.',
    ],
    details: [
      'Notre budget est d’environ 5 000 €.',
      'Notre site actuel est www.boulangerie-martin.fr.',
      'La maison fait environ 120 m².',
      'Nous sommes flexibles sur les dates.',
      '',
      '',
    ],
    asks: [
      'Pourriez-vous m’indiquer un prix ?',
      'Combien cela coûterait-il ?',
      'Quand pourriez-vous passer ?',
      'Merci de me rappeler.',
      'Avez-vous une disponibilité la semaine prochaine ?',
    ],
    closings: ['Merci !', 'Merci d’avance.', 'Dans l’attente de votre réponse.', 'Cordialement', ''],
  },
  es: {
    greetings: ['Hola,', 'Buenos días,', 'Buenas tardes,', ''],
    needs: [
      '¿Sigue disponible el piso para alquilar a partir de mayo?',
      '¿Aceptan mi coche usado como parte del pago y cuánto sería la cuota mensual?',
      'Somos una familia de cuatro y buscamos una casa rural en agosto.',
      '¿Podríamos visitar la casa esta semana?',
      'Nuestro equipo de 25 personas busca una herramienta de gestión de proyectos, ¿nos pueden enviar una propuesta?',
      '¿Pueden reparar una pantalla de móvil rota en el mismo día?',
      'Necesitamos una página web nueva para nuestra panadería.',
      '¿Nos pueden ayudar con el posicionamiento en Google? Somos un pequeño despacho de abogados.',
      'Busco a alguien que gestione la publicidad de mi estudio de yoga.',
      'Tenemos goteras en el tejado desde la tormenta.',
      'Quisiera reservar una mesa para seis el viernes por la noche.',
      'Mi hija necesita ortodoncia y quisiera una primera visita.',
      'Nos mudamos el mes que viene y necesitamos presupuesto.',
      '¿Podrían revisar el aire acondicionado de nuestra oficina?',
      'Me interesa la casa de tres habitaciones de la calle Mayor.',
      '¿Tienen en stock el sofá azul del catálogo?',
      'Queremos reformar la cocina.',
      'Busco un gestor para la declaración de la renta de mi negocio.',
      'Buscamos un programador para nuestra app de reservas.',
      'Necesito presupuesto para la limpieza de nuestras oficinas dos veces por semana.',
    ],
    details: [
      'Nuestro presupuesto es de unos 5.000 €.',
      'Nuestra web actual es www.panaderia-lopez.es.',
      'El piso tiene unos 90 metros cuadrados.',
      'Tenemos flexibilidad de fechas.',
      '',
      '',
    ],
    asks: [
      '¿Me pueden dar un precio?',
      '¿Cuánto costaría?',
      '¿Cuándo podrían venir a verlo?',
      'Por favor, llámenme.',
      '¿Tienen disponibilidad la semana que viene?',
    ],
    closings: ['¡Gracias!', 'Muchas gracias.', 'Quedo a la espera.', 'Saludos', ''],
  },
};

/** Where pitches send the reader: their own site, a shortener, a file to download. */
const LINKS = [
  'https://rankfast-seo.example/audit',
  'www.webpro-design.example',
  'https://bit.ly/3xYzQ2a',
  'https://drive.example/file/d/evidence-report',
  'https://crypto-gain.example/join?ref=884',
  'https://calendly.example/growth-team/15min',
  'https://wa.me/15550101',
];

const LANGS: readonly Language[] = ['en', 'de', 'fr', 'es'];

const join = (parts: string[]) =>
  parts
    .filter((p) => p.length > 0)
    .join(' ')
    .trim();

/**
 * `count` pitches (positive) and `count` customer requests, alternating languages; text i depends
 * on (seed, i).
 */
export function* pitchTexts(count: number, seed: number): Generator<LabelledText> {
  for (let i = 0; i < count; i++) {
    const rng = new Rng((Math.imul(seed, 0x2545f491) ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const lang = LANGS[i % LANGS.length] as Language;
    const p = PITCH[lang];
    const offers = rng.pick(p.offers);
    yield {
      positive: true,
      text: join([
        rng.chance(0.5) ? rng.pick(p.openers).replace(/^./, (c) => c.toUpperCase()) : '',
        ...rng.shuffle(offers).slice(0, rng.int(1, Math.min(2, offers.length))),
        rng.pick(p.proofs),
        rng.pick(p.asks),
        rng.chance(0.5) ? rng.pick(LINKS) : '',
        rng.pick(p.optOuts),
      ]),
    };
    const c = CUSTOMER[lang];
    yield {
      positive: false,
      text: join([
        rng.pick(c.greetings),
        rng.chance(0.85) ? rng.pick(c.needs) : '',
        rng.pick(c.details),
        rng.chance(0.8) ? rng.pick(c.asks) : '',
        rng.pick(c.closings),
      ]),
    };
  }
}
