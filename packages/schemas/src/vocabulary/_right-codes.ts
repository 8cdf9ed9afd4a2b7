import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * The default catalogue of rights a rights check goes through (METHODOLOGY.md §6, issue
 * #16). The living wage is a last resort: these come first. Codes are shared by all
 * regions; who handles a right in a region, with the public page it was checked
 * against, is in {@link rightsCatalogue}. Labels use the official Belgian term in each
 * language (issue #17); the German labels never use a Dutch abbreviation.
 */
export const rights = defineVocabulary("right", labels("recht", "droit", "Anspruch", "right"), [
  {
    code: "child-maintenance",
    labels: labels(
      "onderhoudsgeld voor de kinderen",
      "pension alimentaire pour les enfants",
      "Kindesunterhalt",
      "child maintenance",
    ),
  },
  {
    // Official names: DAVO (financien.belgium.be/nl/…/davo), SECAL, and in German DUFO,
    // "Dienst für Unterhaltsforderungen" (financien.belgium.be/de/…/dufo/über-den-dufo/wer-sind-wir).
    code: "maintenance-advance",
    labels: labels(
      "voorschotten op onderhoudsgeld (DAVO)",
      "avances sur pensions alimentaires (SECAL)",
      "Unterhaltsvorschüsse (DUFO)",
      "maintenance advances (DAVO/SECAL)",
    ),
  },
  {
    // DE: "erhöhte Kostenbeteiligung" (caami-hziv.fgov.be/de/…/die-erhoehte-beteiligung-der-versicherung).
    code: "increased-reimbursement",
    labels: labels(
      "verhoogde tegemoetkoming (VT)",
      "intervention majorée (BIM)",
      "erhöhte Kostenbeteiligung",
      "increased health reimbursement (VT/BIM)",
    ),
  },
  {
    code: "family-allowance",
    labels: labels(
      "kinderbijslag (gezinsbijslagen)",
      "allocations familiales",
      "Kindergeld",
      "family allowance",
    ),
  },
  {
    code: "family-allowance-social-supplement",
    labels: labels(
      "sociale toeslag kinderbijslag",
      "supplément social aux allocations familiales",
      "Sozialzuschlag zum Kindergeld",
      "family allowance social supplement",
    ),
  },
  {
    code: "family-allowance-single-parent-supplement",
    labels: labels(
      "toeslag eenoudergezin",
      "supplément famille monoparentale",
      "Zuschlag für Alleinerziehende",
      "single-parent supplement to family allowance",
    ),
  },
  {
    code: "income-related-childcare",
    labels: labels(
      "kinderopvang met inkomenstarief",
      "accueil de l'enfance à tarif selon les revenus",
      "einkommensabhängige Kinderbetreuung",
      "childcare at income-related fees",
    ),
  },
  {
    code: "employment-service-registration",
    labels: labels(
      "inschrijving bij de arbeidsbemiddelingsdienst",
      "inscription au service de l'emploi",
      "Anmeldung beim Arbeitsamt",
      "registration with the employment service",
    ),
  },
  {
    code: "debt-mediation",
    labels: labels(
      "schuldbemiddeling",
      "médiation de dettes",
      "Schuldnerberatung",
      "debt mediation",
    ),
  },
  {
    code: "social-housing",
    labels: labels("sociale huisvesting", "logement social", "Sozialwohnung", "social housing"),
  },
  {
    // DE: "erweiterte Rechtshilfe", the Pro-Deo system (justizhaus.be/desktopdefault.aspx/tabid-6310/).
    code: "legal-aid",
    labels: labels(
      "juridische tweedelijnsbijstand (pro-Deoadvocaat)",
      "aide juridique (avocat pro deo)",
      "erweiterte Rechtshilfe (Pro-Deo-Anwalt)",
      "legal aid",
    ),
  },
  {
    code: "study-grant",
    labels: labels(
      "school- of studietoelage",
      "allocation d'études",
      "Studienbeihilfe",
      "study grant",
    ),
  },
  {
    code: "local-supplement",
    labels: labels(
      "aanvullende steun van het OCMW",
      "aide complémentaire du CPAS",
      "Zusatzhilfe des ÖSHZ",
      "local OCMW supplement",
    ),
  },
  {
    // economie.fgov.be: "sociaal tarief voor energie" (nl), "tarif social pour l'énergie" (fr),
    // "Sozialtarif für Energie" (de/themen/energie/energiepreise/sozialtarif-fuer-energie).
    code: "social-energy-tariff",
    labels: labels(
      "sociaal tarief voor energie",
      "tarif social pour l'énergie",
      "Sozialtarif für Energie",
      "social energy tariff",
    ),
  },
  {
    // NL "beschermde afnemer" (Flanders: eandis.be; Brussels' pages say "beschermde klant"), FR
    // "client protégé" (inforgazelec.be/fr/clients-proteges-et-tarif-social); DE "geschützter Kunde"
    // was not found on an official page: a plain translation.
    code: "protected-customer",
    labels: labels(
      "beschermde afnemer (energie)",
      "client protégé (énergie)",
      "geschützter Kunde (Energie)",
      "protected energy customer",
    ),
  },
  {
    // NL: socialsecurity.be/citizen/nl/hulp-ocmw/…/sociaal-stookoliefonds and "Sociaal Verwarmingsfonds"
    // (westerlo.be); FR: mi-is.be/fr/fonds-social-mazout; DE: "Heizkostenzulage" (mi-is.be/de/themen/energie/heizkostenzulage),
    // "Heizölsozialfonds" (heizoelfonds.be).
    code: "heating-allowance",
    labels: labels(
      "verwarmingstoelage (Sociaal Verwarmingsfonds)",
      "allocation de chauffage (Fonds social chauffage)",
      "Heizkostenzulage (Heizölsozialfonds)",
      "heating allowance (Social Heating Fund)",
    ),
  },
  {
    // Regional names differ (Vlaamse huurpremie / huursubsidie, allocation d'attente logement,
    // allocation-loyer): each region's entry of the catalogue names them with its source.
    code: "rent-support",
    labels: labels(
      "huurpremie of huursubsidie",
      "allocation loyer",
      "Mietbeihilfe",
      "rent support",
    ),
  },
  {
    // NL "maximumfactuur (MAF)" (belgium.be/nl/gezondheid/medische_kosten/maximumfactuur), FR "maximum à
    // facturer" (aim-ima.be), DE "maximale Gesundheitsrechnung" (ckk-mc.be, freie.be: the health funds' own term).
    code: "maximum-billing",
    labels: labels(
      "maximumfactuur (MAF)",
      "maximum à facturer (MàF)",
      "maximale Gesundheitsrechnung",
      "maximum billing for health costs (MAF / MàF)",
    ),
  },
  {
    code: "reduced-public-transport",
    labels: labels(
      "verminderd tarief openbaar vervoer",
      "tarif réduit dans les transports en commun",
      "ermäßigter Tarif im öffentlichen Verkehr",
      "reduced public-transport fares",
    ),
  },
  {
    // UiTPAS (Flanders), Article 27 (Wallonia-Brussels Federation: article27.be), the OCMW's participation
    // support (mi-is.be/fr/etudes-publications-statistiques/experiences-de-participation).
    code: "culture-sport-participation",
    labels: labels(
      "deelname aan cultuur en sport (UiTPAS, participatie via het OCMW)",
      "participation culturelle et sportive (Article 27, participation via le CPAS)",
      "Teilhabe an Kultur und Sport (Teilhabe über das ÖSHZ)",
      "culture and sport participation (UiTPAS, Article 27, OCMW participation)",
    ),
  },
  {
    // NL/FR: rechtbanken-tribunaux.be; DE "kollektive Schuldenregelung" (ostbelgienfamilie.be, verbraucherschutzzentrale.be).
    code: "collective-debt-settlement",
    labels: labels(
      "collectieve schuldenregeling",
      "règlement collectif de dettes",
      "kollektive Schuldenregelung",
      "collective debt settlement",
    ),
  },
]);

/** A right code of the default catalogue. */
export type Right = CodeOf<typeof rights>;
