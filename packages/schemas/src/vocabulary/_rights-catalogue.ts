import { type Labels, labels } from "./_define";
import type { Right } from "./_right-codes";
import type { Region } from "./regions";

/**
 * The regional rights catalogue as data: who handles each right, per region, with the
 * public page it was checked against (issue #16). Facts here come only from the cited
 * pages; where a page did not give a fact, the note says so rather than guess.
 *
 * Internal: read it through `rightsCatalogue(region)` of `./rights`.
 */

/** The date every entry below was checked against its page. */
export const CHECKED_ON = "2026-12-04";

/** Where a catalogue entry's facts come from. */
export interface RightSource {
  /** Address of the public page the entry was checked against. */
  readonly url: string;
  /** Calendar date (`YYYY-MM-DD`) the page was read for this entry. */
  readonly checkedOn: string;
  /** The page's own publication or update date, when the page shows one. */
  readonly pageDate?: string;
}

/** An organisation that handles a right, named as its own pages name it in each language. */
export interface RightProvider {
  /** The organisation's name in NL, FR, DE and EN (the same string where it does not differ). */
  readonly name: Labels;
}

/** How to reach the provider, when its public page gives it. */
export interface RightContact {
  /** Website address. */
  readonly url?: string;
  /** Phone number as the provider writes it. */
  readonly phone?: string;
}

/** One right in one region (or for all regions, when the right is federal). */
export interface CatalogueEntry {
  /** Who handles the right; empty when the checked page names nobody. */
  readonly providers: readonly RightProvider[];
  /** A short note for the case manager (conditions, ceilings, what could not be checked). */
  readonly note?: Labels;
  /** How to reach the provider. */
  readonly contact?: RightContact;
  /** The page the entry was checked against. */
  readonly source: RightSource;
}

/** A right's place in the catalogue: one federal entry, or one entry per region. */
export type CatalogueScope =
  | { readonly scope: "federal"; readonly entry: CatalogueEntry }
  | { readonly scope: "regional"; readonly regions: Readonly<Record<Region, CatalogueEntry>> };

const same = (name: string): RightProvider => ({ name: labels(name, name, name, name) });
const named = (nl: string, fr: string, de: string, en: string): RightProvider => ({
  name: labels(nl, fr, de, en),
});
const checked = (url: string, pageDate?: string): RightSource =>
  pageDate === undefined
    ? { url, checkedOn: CHECKED_ON }
    : { url, checkedOn: CHECKED_ON, pageDate };
const federal = (entry: CatalogueEntry): CatalogueScope => ({ scope: "federal", entry });
const regional = (regions: Record<Region, CatalogueEntry>): CatalogueScope => ({
  scope: "regional",
  regions,
});

const MAINTENANCE_SERVICE = named(
  "Dienst voor Alimentatievorderingen (DAVO), FOD Financiën",
  "Service des créances alimentaires (SECAL), SPF Finances",
  "Dienst für Unterhaltsforderungen (DUFO), FÖD Finanzen",
  "Maintenance Claims Service (DAVO / SECAL), FPS Finance",
);
const OCMW = named("OCMW", "CPAS", "ÖSHZ", "public social welfare centre (OCMW / CPAS / ÖSHZ)");
const HEALTH_FUND = named("ziekenfonds", "mutualité", "Krankenkasse", "health insurance fund");

// Family allowance payers: Flanders (groeipakket.be), Wallonia (aviq.be), Brussels
// (commissioner.brussels) and the German-speaking Community (ostbelgienfamilie.be).
const FLEMISH_PAYERS = [
  named(
    "FONS (publieke uitbetaler)",
    "FONS (caisse publique)",
    "FONS (öffentliche Kasse)",
    "FONS (public payer)",
  ),
  same("Infino"),
  same("KidsLife Vlaanderen"),
  same("MyFamily"),
  same("Parentia"),
];
const WALLOON_PAYERS = [
  named(
    "Famiwal (openbaar kinderbijslagfonds)",
    "Famiwal (caisse publique)",
    "Famiwal (öffentliche Kasse)",
    "Famiwal (public fund)",
  ),
  same("Parentia"),
  same("Camille"),
  same("Kidslife"),
  same("Infino"),
];
const BRUSSELS_PAYERS = [
  named(
    "Famiris (openbaar kinderbijslagfonds)",
    "Famiris (caisse publique)",
    "Famiris (öffentliche Kasse)",
    "Famiris (public fund)",
  ),
  same("Infino"),
  same("Parentia"),
  same("Brussels Family"),
  same("KidsLife"),
];
const GERMAN_COMMUNITY_MINISTRY = named(
  "Ministerie van de Duitstalige Gemeenschap",
  "Ministère de la Communauté germanophone",
  "Ministerium der Deutschsprachigen Gemeinschaft",
  "Ministry of the German-speaking Community",
);

const GROEIPAKKET_SOURCE = checked(
  "https://www.groeipakket.be/nieuws/kind-en-gezin-vergunt-4-private-uitbetalers-groeipakket",
);
const AVIQ_SOURCE = checked("https://www.aviq.be/familles/index.html");
const BRUSSELS_PAYERS_SOURCE = checked(
  "https://commissioner.brussels/en/i-am-an-expat/social-security/86-social-security/125-family-allowance",
);
const OSTBELGIEN_FAMILY_SOURCE = checked(
  "http://www.ostbelgienlive.be/desktopdefault.aspx/tabid-5779/",
);

const FLEMISH_PAYERS_NOTE = labels(
  "Groeipakket: de publieke uitbetaler FONS of een van de vier private uitbetalers; het gezin kiest.",
  "Groeipakket : la caisse publique FONS ou l'une des quatre caisses privées ; la famille choisit.",
  "Groeipakket: die öffentliche Kasse FONS oder eine der vier privaten Kassen; die Familie wählt.",
  "Groeipakket: the public payer FONS or one of four private payers; the family chooses.",
);
const WALLOON_PAYERS_NOTE = labels(
  "Vijf kinderbijslagfondsen onder toezicht van AVIQ: Famiwal (openbaar) en vier private.",
  "Cinq caisses d'allocations familiales contrôlées par l'AVIQ : Famiwal (publique) et quatre privées.",
  "Fünf Kindergeldkassen unter Aufsicht der AVIQ: Famiwal (öffentlich) und vier private.",
  "Five family allowance funds supervised by AVIQ: Famiwal (public) and four private funds.",
);
const BRUSSELS_PAYERS_NOTE = labels(
  "Vijf kinderbijslagfondsen: Famiris (openbaar, deel van Iriscare) en vier private.",
  "Cinq caisses d'allocations familiales : Famiris (publique, au sein d'Iriscare) et quatre privées.",
  "Fünf Kindergeldkassen: Famiris (öffentlich, Teil von Iriscare) und vier private.",
  "Five family allowance funds: Famiris (public, part of Iriscare) and four private funds.",
);
const GERMAN_COMMUNITY_NOTE = labels(
  "Kindergeld: sinds januari 2019 betaalt het ministerie van de Duitstalige Gemeenschap het zelf uit; de dossiers werden automatisch overgedragen.",
  "Kindergeld : depuis janvier 2019, le ministère de la Communauté germanophone le verse lui-même ; les dossiers ont été transférés d'office.",
  "Kindergeld: seit Januar 2019 zahlt das Ministerium der Deutschsprachigen Gemeinschaft es selbst aus; die Akten wurden automatisch übertragen.",
  "Kindergeld: since January 2019 the German-speaking Community's ministry pays it itself; files were transferred automatically.",
);
const SUPPLEMENT_NOT_CHECKED = labels(
  "De pagina noemt de uitbetalers; de toeslag zelf werd er niet nagekeken.",
  "La page cite les caisses ; le supplément lui-même n'y a pas été vérifié.",
  "Die Seite nennt die Kassen; der Zuschlag selbst wurde dort nicht geprüft.",
  "The page names the payers; the supplement itself was not checked there.",
);

/** The family allowance entries, reused by its supplements with their own notes. */
function familyAllowance(notes?: Partial<Record<Region, Labels>>): Record<Region, CatalogueEntry> {
  return {
    flanders: {
      providers: FLEMISH_PAYERS,
      note: notes?.flanders ?? FLEMISH_PAYERS_NOTE,
      source: GROEIPAKKET_SOURCE,
    },
    wallonia: {
      providers: WALLOON_PAYERS,
      note: notes?.wallonia ?? WALLOON_PAYERS_NOTE,
      source: AVIQ_SOURCE,
    },
    brussels: {
      providers: BRUSSELS_PAYERS,
      note: notes?.brussels ?? BRUSSELS_PAYERS_NOTE,
      source: BRUSSELS_PAYERS_SOURCE,
    },
    "german-speaking": {
      providers: [GERMAN_COMMUNITY_MINISTRY],
      note: notes?.["german-speaking"] ?? GERMAN_COMMUNITY_NOTE,
      source: OSTBELGIEN_FAMILY_SOURCE,
    },
  };
}

const EMPLOYMENT_SOURCE = checked(
  "https://www.vlaanderen.be/organisaties/administratieve-diensten-van-de-vlaamse-overheid/beleidsdomein-werk-en-sociale-economie/vlaamse-dienst-voor-arbeidsbemiddeling-en-beroepsopleiding",
);
const STUDY_GRANTS_SOURCE = checked(
  "https://www.adg.be/de/desktopdefault.aspx/tabid-5377/desktopdefault.aspx/tabid-5377/9327_read-51261/",
);
const FEDERATION_WALLONIA_BRUSSELS = named(
  "Federatie Wallonië-Brussel (studietoelagen)",
  "Fédération Wallonie-Bruxelles (allocations d'études)",
  "Föderation Wallonie-Brüssel (Studienbeihilfen)",
  "Wallonia-Brussels Federation (study grants)",
);
const SNCB = named("NMBS", "SNCB", "SNCB", "SNCB / NMBS (Belgian railways)");
// Press report of SNCB's fare reform, dated 2025-10-06 on the page.
const SNCB_REFORM_SOURCE = checked(
  "https://www.rtl.be/actu/belgique/societe/un-changement-majeur-concernant-les-prix-arrive-la-sncb-la-plus-grande-reforme/2025-10-06/article/765971",
  "2025-10-06",
);
const SNCB_REFORM_NOTE = (regionalOperator: string): Labels =>
  labels(
    `Trein: sinds de tariefhervorming van 15 oktober 2025 geldt de korting voor wie recht heeft op de verhoogde tegemoetkoming op elke rit; met de kaart Train+ tot 64% korting en hoogstens 5,50 euro per enkele rit (persbericht). De korting bij ${regionalOperator} werd in deze controle niet gevonden.`,
    `Train : depuis la réforme tarifaire du 15 octobre 2025, la réduction des bénéficiaires de l'intervention majorée vaut pour tous les trajets ; avec la carte Train+, jusqu'à 64 % de réduction et au plus 5,50 euros l'aller simple (presse). La réduction de ${regionalOperator} n'a pas été trouvée lors de cette vérification.`,
    `Bahn: seit der Tarifreform vom 15. Oktober 2025 gilt die Ermäßigung für Personen mit erhöhter Kostenbeteiligung auf jeder Fahrt; mit der Karte Train+ bis zu 64 % Ermäßigung und höchstens 5,50 Euro pro einfache Fahrt (Pressebericht). Die Ermäßigung von ${regionalOperator} wurde bei dieser Prüfung nicht gefunden.`,
    `Rail: since the fare reform of 15 October 2025, the reduction for people entitled to increased health reimbursement applies to every trip; with the Train+ card up to 64% off and at most 5.50 euro a single trip (press report). ${regionalOperator}'s own reduction was not found in this check.`,
  );
const ARTICLE_27 = same("Article 27");
const ARTICLE_27_SOURCE = checked("https://article27.be/Article-27-est-toujours-active");
const ARTICLE_27_NOTE = labels(
  "Cultuur aan een symbolische prijs met een Article 27-ticket via het OCMW of een sociale partner. De federale enveloppe (PAS) die OCMW's hiervoor gebruikten is afgeschaft: een OCMW dat tickets blijft geven, doet dat met eigen middelen.",
  "Culture à prix symbolique avec un ticket Article 27 via le CPAS ou un partenaire social. L'enveloppe fédérale PAS que les CPAS y consacraient est supprimée : un CPAS qui continue le fait sur fonds propres.",
  "Kultur zum symbolischen Preis mit einem Article-27-Ticket über das ÖSHZ oder einen Sozialpartner. Die föderalen PAS-Mittel, die ÖSHZ dafür nutzten, wurden gestrichen: ein ÖSHZ, das weitermacht, zahlt aus Eigenmitteln.",
  "Culture at a symbolic price with an Article 27 ticket through the OCMW or a social partner. The federal PAS envelope OCMWs used for it was abolished: an OCMW that goes on pays from its own funds.",
);

/** The catalogue, one entry per right of the `right` vocabulary. */
export const CATALOGUE: Readonly<Record<Right, CatalogueScope>> = {
  "child-maintenance": federal({
    providers: [MAINTENANCE_SERVICE],
    note: labels(
      "De dienst kan onbetaald onderhoudsgeld invorderen als ze in België woont, het bedrag vastligt in een uitvoerbare titel (bv. een rechterlijke beslissing) en het in de 12 maanden voor de aanvraag twee keer niet of niet volledig betaald werd.",
      "Le service peut récupérer la pension impayée si elle habite en Belgique, si le montant est fixé dans un titre exécutoire (p. ex. une décision judiciaire) et s'il n'a pas été payé, ou pas entièrement, deux fois dans les 12 mois avant la demande.",
      "Der Dienst kann nicht gezahlten Unterhalt einfordern, wenn sie in Belgien wohnt, der Betrag in einem Vollstreckungstitel (z. B. einer gerichtlichen Entscheidung) festgelegt ist und er in den 12 Monaten vor dem Antrag zweimal nicht oder nur teilweise gezahlt wurde.",
      "The service can recover unpaid maintenance if she lives in Belgium, the amount is set in an enforceable title (e.g. a court decision), and it was unpaid or partly paid twice in the 12 months before the request.",
    ),
    source: checked(
      "https://finances.belgium.be/de/privatpersonen/steuervorteile/unterhaltsleistungen/dufo/ich-habe-anspruch-auf-unterhaltsleistungen-0",
    ),
  }),
  "maintenance-advance": federal({
    providers: [MAINTENANCE_SERVICE],
    note: labels(
      "Geen inkomensplafond meer voor voorschotten sinds de wetswijziging van juli 2020. Voorschotten enkel voor kinderen en voor toekomstig onderhoudsgeld, niet voor achterstallen.",
      "Plus de plafond de revenus pour les avances depuis la modification de la loi de juillet 2020. Avances uniquement pour les enfants et pour les pensions futures, pas pour les arriérés.",
      "Seit der Gesetzesänderung vom Juli 2020 keine Einkommensgrenze mehr für Vorschüsse. Vorschüsse nur für Kinder und für künftigen Unterhalt, nicht für Rückstände.",
      "No income ceiling for advances since the change of law of July 2020. Advances for children only, and for future maintenance, not arrears.",
    ),
    // Phone and site from https://www.vlaanderen.be/voorschot-op-de-alimentatievordering
    contact: { phone: "0800 12 302", url: "http://www.davo.belgium.be" },
    source: checked(
      "https://financien.belgium.be/nl/particulieren/gezin/onderhoudsgeld/davo/ik_ben_onderhoudsgerechtigde/voorschotten_krijgen",
    ),
  }),
  "increased-reimbursement": federal({
    providers: [HEALTH_FUND],
    note: labels(
      "Automatisch na 3 maanden leefloon of gelijkwaardige steun van het OCMW; anders aan te vragen bij het ziekenfonds, met een inkomensonderzoek.",
      "Automatique après 3 mois de revenu d'intégration ou d'aide équivalente du CPAS ; sinon à demander à la mutualité, avec une enquête sur les revenus.",
      "Automatisch nach 3 Monaten Eingliederungseinkommen oder gleichwertiger ÖSHZ-Hilfe; sonst bei der Krankenkasse zu beantragen, mit Einkommensprüfung.",
      "Automatic after 3 months of living wage or equivalent OCMW aid; otherwise apply to the health insurance fund, with an income check.",
    ),
    source: checked(
      "https://caami-hziv.fgov.be/de/mitglieder/die-erstattung-der-medizinischen-kosten/vorteile/die-erhoehte-beteiligung-der-versicherung",
    ),
  }),
  "family-allowance": regional(familyAllowance()),
  "family-allowance-social-supplement": regional(
    familyAllowance({
      flanders: labels(
        "Sociale toeslag van het Groeipakket voor gezinnen met een lager inkomen; uitbetaald door de uitbetaler van het gezin.",
        "Supplément social du Groeipakket pour les familles à bas revenus ; versé par la caisse de la famille.",
        "Sozialzuschlag des Groeipakket für Familien mit geringem Einkommen; von der Kasse der Familie gezahlt.",
        "Groeipakket social supplement for lower-income families; paid by the family's payer.",
      ),
      wallonia: SUPPLEMENT_NOT_CHECKED,
      brussels: SUPPLEMENT_NOT_CHECKED,
      "german-speaking": SUPPLEMENT_NOT_CHECKED,
    }),
  ),
  "family-allowance-single-parent-supplement": regional(
    familyAllowance({
      flanders: SUPPLEMENT_NOT_CHECKED,
      wallonia: SUPPLEMENT_NOT_CHECKED,
      brussels: SUPPLEMENT_NOT_CHECKED,
      "german-speaking": SUPPLEMENT_NOT_CHECKED,
    }),
  ),
  "income-related-childcare": regional({
    flanders: {
      providers: [same("Kind en Gezin")],
      note: labels(
        "Opvang met inkomenstarief vraagt een attest inkomenstarief, aan te vragen via Mijn Kind en Gezin.",
        "L'accueil à tarif selon les revenus demande une attestation « inkomenstarief », à demander via Mijn Kind en Gezin.",
        "Betreuung mit einkommensabhängigem Tarif erfordert eine Bescheinigung „attest inkomenstarief“ über Mijn Kind en Gezin.",
        "Childcare at income-related fees needs an income-fee certificate, requested through Mijn Kind en Gezin.",
      ),
      source: checked("https://www.geraardsbergen.be/attest-inkomenstarief"),
    },
    wallonia: {
      providers: [same("ONE (Office de la Naissance et de l'Enfance)")],
      note: labels(
        "In door ONE gesubsidieerde opvang hangt de ouderbijdrage (PFP) af van het netto maandinkomen van het gezin.",
        "Dans les milieux d'accueil subventionnés par l'ONE, la participation financière des parents (PFP) dépend des revenus mensuels nets du ménage.",
        "In von der ONE bezuschusster Betreuung hängt der Elternbeitrag (PFP) vom monatlichen Nettoeinkommen des Haushalts ab.",
        "In ONE-subsidised childcare, the parents' fee (PFP) depends on the household's net monthly income.",
      ),
      source: checked(
        "http://www.one.be/professionnels/accueil-petite-enfance/ouvrir-un-milieu-d-accueil/financement/",
      ),
    },
    brussels: {
      providers: [same("ONE (Office de la Naissance et de l'Enfance)"), same("Kind en Gezin")],
      note: labels(
        "Franstalige opvang: ouderbijdrage (PFP) volgens het netto maandinkomen (ONE). Nederlandstalige opvang valt onder Kind en Gezin; die regels werden voor Brussel niet apart nagekeken.",
        "Accueil francophone : participation financière des parents (PFP) selon les revenus mensuels nets (ONE). L'accueil néerlandophone relève de Kind en Gezin ; ses règles n'ont pas été vérifiées à part pour Bruxelles.",
        "Französischsprachige Betreuung: Elternbeitrag (PFP) nach dem monatlichen Nettoeinkommen (ONE). Niederländischsprachige Betreuung gehört zu Kind en Gezin; deren Regeln wurden für Brüssel nicht eigens geprüft.",
        "French-language childcare: parents' fee (PFP) by net monthly income (ONE). Dutch-language childcare falls under Kind en Gezin; its rules were not checked separately for Brussels.",
      ),
      source: checked(
        "http://www.one.be/professionnels/accueil-petite-enfance/ouvrir-un-milieu-d-accueil/financement/",
      ),
    },
    "german-speaking": {
      providers: [
        named(
          "Centrum voor Kinderopvang van de Duitstalige Gemeenschap (ZKB)",
          "Centre de la Communauté germanophone pour l'accueil de l'enfance (ZKB)",
          "Zentrum der Deutschsprachigen Gemeinschaft für Kinderbetreuung (ZKB)",
          "German-speaking Community Childcare Centre (ZKB)",
        ),
      ],
      note: labels(
        "De ouderbijdrage hangt af van het gezinsinkomen en de duur van de opvang; vermindering is in sommige gevallen mogelijk.",
        "La participation des parents dépend des revenus du ménage et de la durée de l'accueil ; une réduction est possible dans certains cas.",
        "Die Elternbeteiligung richtet sich nach dem Haushaltseinkommen und der Dauer der Betreuung; eine Reduzierung ist in gewissen Fällen möglich.",
        "The parents' fee depends on household income and hours of care; a reduction is possible in some cases.",
      ),
      source: checked(
        "https://ostbelgienfamilie.be/desktopdefault.aspx/tabid-5912//linkid-31587/catid-1480",
      ),
    },
  }),
  "employment-service-registration": regional({
    flanders: { providers: [same("VDAB")], source: EMPLOYMENT_SOURCE },
    wallonia: { providers: [same("Le Forem")], source: EMPLOYMENT_SOURCE },
    brussels: { providers: [same("Actiris")], source: EMPLOYMENT_SOURCE },
    "german-speaking": { providers: [same("ADG")], source: EMPLOYMENT_SOURCE },
  }),
  "debt-mediation": regional({
    flanders: {
      providers: [
        named(
          "erkende instelling voor schuldbemiddeling (OCMW of CAW)",
          "institution agréée de médiation de dettes (CPAS ou CAW)",
          "anerkannte Schuldnerberatungsstelle (ÖSHZ oder CAW)",
          "recognised debt mediation service (OCMW or CAW)",
        ),
      ],
      source: checked(
        "https://www.vlaanderen.be/erkenning-en-subsidiering-van-de-instellingen-voor-schuldbemiddeling",
      ),
    },
    wallonia: {
      providers: [
        named(
          "erkende dienst voor schuldbemiddeling (OCMW of erkende instelling)",
          "service de médiation de dettes agréé (CPAS ou institution agréée)",
          "anerkannter Schuldnerberatungsdienst (ÖSHZ oder anerkannte Einrichtung)",
          "approved debt mediation service (CPAS or approved body)",
        ),
      ],
      note: labels(
        "Erkend door Wallonië (SPW Binnenlandse Zaken en Sociale Actie), behalve in de Duitstalige Gemeenschap.",
        "Agréé par la Wallonie (SPW Intérieur et Action sociale), sauf en Communauté germanophone.",
        "Anerkannt von der Wallonie (SPW Inneres und Soziale Aktion), außer in der Deutschsprachigen Gemeinschaft.",
        "Approved by Wallonia (SPW Interior and Social Action), except in the German-speaking Community.",
      ),
      source: checked(
        "https://wallonie.be/fr/demarches/obtenir-un-agrement-pour-un-service-de-mediation-de-dettes",
      ),
    },
    brussels: {
      providers: [
        named(
          "OCMW (ambtshalve erkend) of erkende instelling",
          "CPAS (agréé d'office) ou institution agréée",
          "ÖSHZ (von Amts wegen anerkannt) oder anerkannte Einrichtung",
          "OCMW / CPAS (recognised by law) or recognised body",
        ),
      ],
      source: checked(
        "https://vivalis.brussels/nl/erkenning-van-instellingen-voor-schuldbemiddeling",
      ),
    },
    "german-speaking": {
      providers: [
        named(
          "schuldbemiddelingsdienst van het OCMW of Verbraucherschutzzentrale (VSZ)",
          "service de médiation de dettes du CPAS ou Verbraucherschutzzentrale (VSZ)",
          "Schuldnerberatungsdienst des ÖSHZ oder Verbraucherschutzzentrale (VSZ)",
          "the ÖSHZ's debt advice service or the Verbraucherschutzzentrale (VSZ)",
        ),
      ],
      source: checked(
        "https://verbraucherschutzzentrale.be/service/schuldnerberatung/kollektive-schuldenregelung/",
      ),
    },
  }),
  "social-housing": regional({
    flanders: {
      providers: [
        named(
          "woonmaatschappij",
          "woonmaatschappij (société de logement)",
          "Woonmaatschappij (Wohnungsgesellschaft)",
          "woonmaatschappij (housing company)",
        ),
      ],
      note: labels(
        "Inschrijven bij de woonmaatschappij; inkomens- en eigendomsvoorwaarden.",
        "Inscription auprès de la woonmaatschappij ; conditions de revenus et de propriété.",
        "Einschreibung bei der Woonmaatschappij; Einkommens- und Eigentumsbedingungen.",
        "Register with the woonmaatschappij; income and property conditions apply.",
      ),
      source: checked(
        "https://www.aarschot.be/product/57/een-sociale-woning-huren-bij-een-woonmaatschappij",
      ),
    },
    wallonia: {
      providers: [
        named(
          "openbare huisvestingsmaatschappij (SLSP)",
          "société de logement de service public (SLSP)",
          "öffentliche Wohnungsbaugesellschaft (SLSP)",
          "public housing company (SLSP)",
        ),
      ],
      source: checked("https://www.uvcw.be/focus/logement/art-8472"),
    },
    brussels: {
      providers: [
        named(
          "openbare vastgoedmaatschappij (OVM / SISP), onder de BGHM / SLRB",
          "société immobilière de service public (SISP), sous la SLRB",
          "öffentliche Immobiliengesellschaft (SISP), unter der SLRB",
          "public housing company (SISP), under the SLRB",
        ),
      ],
      source: checked("http://logement.brussels/contact"),
    },
    "german-speaking": {
      providers: [
        named(
          "Öffentliche Wohnungsbaugesellschaft Ostbelgien (ÖWOB)",
          "Öffentliche Wohnungsbaugesellschaft Ostbelgien (ÖWOB)",
          "Öffentliche Wohnungsbaugesellschaft Ostbelgien (ÖWOB)",
          "Öffentliche Wohnungsbaugesellschaft Ostbelgien (ÖWOB), public housing company",
        ),
      ],
      source: checked(
        "https://ostbelgienstatistik.be/desktopdefault.aspx/tabid-5739/",
        "2022-03-04",
      ),
    },
  }),
  "legal-aid": federal({
    providers: [
      named(
        "Bureau voor Juridische Bijstand (BJB) van de balie",
        "Bureau d'aide juridique (BAJ) du barreau",
        "Büro für Rechtshilfe der Anwaltskammer",
        "the bar's legal aid bureau",
      ),
    ],
    note: labels(
      "Volledig of gedeeltelijk gratis volgens het inkomen; leefloners worden vermoed onvermogend te zijn.",
      "Totalement ou partiellement gratuite selon les revenus ; les bénéficiaires du revenu d'intégration sont présumés sans ressources.",
      "Ganz oder teilweise kostenlos je nach Einkommen; Empfänger des Eingliederungseinkommens gelten als mittellos.",
      "Fully or partly free depending on income; people on the living wage are presumed to lack means.",
    ),
    source: checked("https://www.vlaanderen.be/juridische-tweedelijnsbijstand-pro-deoadvocaat"),
  }),
  "study-grant": regional({
    flanders: {
      providers: [
        named(
          "Vlaamse overheid (schooltoeslag via de uitbetaler van het Groeipakket; studietoelage hoger onderwijs)",
          "Gouvernement flamand (schooltoeslag via la caisse du Groeipakket ; studietoelage pour le supérieur)",
          "Flämische Regierung (Schulzuschlag über die Kasse des Groeipakket; Studienbeihilfe Hochschule)",
          "Flemish government (school allowance through the Groeipakket payer; higher-education grant)",
        ),
      ],
      note: labels(
        "De schooltoeslag wordt automatisch onderzocht; de studietoelage voor hoger onderwijs vraag je aan via studietoelagen.be.",
        "La schooltoeslag est examinée d'office ; l'allocation pour le supérieur se demande via studietoelagen.be.",
        "Der Schulzuschlag wird von Amts wegen geprüft; die Studienbeihilfe für die Hochschule wird über studietoelagen.be beantragt.",
        "The school allowance is checked automatically; the higher-education grant is applied for at studietoelagen.be.",
      ),
      source: checked("https://www.beringen.be/producten/detail/3686/studie-en-schooltoelage"),
    },
    wallonia: { providers: [FEDERATION_WALLONIA_BRUSSELS], source: STUDY_GRANTS_SOURCE },
    brussels: {
      providers: [
        FEDERATION_WALLONIA_BRUSSELS,
        named(
          "Vlaamse overheid (Nederlandstalig onderwijs)",
          "Gouvernement flamand (enseignement néerlandophone)",
          "Flämische Regierung (niederländischsprachiger Unterricht)",
          "Flemish government (Dutch-language schools)",
        ),
      ],
      note: labels(
        "Volgens de taal van de school: Franstalig via allocations-etudes.cfwb.be, Nederlandstalig via studietoelagen.be.",
        "Selon la langue de l'école : francophone via allocations-etudes.cfwb.be, néerlandophone via studietoelagen.be.",
        "Je nach Unterrichtssprache: französischsprachig über allocations-etudes.cfwb.be, niederländischsprachig über studietoelagen.be.",
        "By the school's language: French-language through allocations-etudes.cfwb.be, Dutch-language through studietoelagen.be.",
      ),
      source: STUDY_GRANTS_SOURCE,
    },
    "german-speaking": {
      providers: [
        named(
          "Ministerie van de Duitstalige Gemeenschap (dienst studietoelagen)",
          "Ministère de la Communauté germanophone (service des allocations d'études)",
          "Ministerium der Deutschsprachigen Gemeinschaft (Dienst für Studienbeihilfen)",
          "Ministry of the German-speaking Community (study grants service)",
        ),
      ],
      source: STUDY_GRANTS_SOURCE,
    },
  }),
  "local-supplement": federal({
    providers: [OCMW],
    note: labels(
      "Naast het leefloon kan het OCMW andere financiële steun geven, eenmalig of regelmatig, na een sociaal onderzoek.",
      "En plus du revenu d'intégration, le CPAS peut accorder d'autres aides financières, ponctuelles ou régulières, après une enquête sociale.",
      "Neben dem Eingliederungseinkommen kann das ÖSHZ nach einer Sozialuntersuchung weitere finanzielle Hilfe gewähren, einmalig oder regelmäßig.",
      "Besides the living wage, the OCMW can grant other financial aid, once or regularly, after a social inquiry.",
    ),
    source: checked("https://www.wommelgem.be/recht-op-maatschappelijke-integratie"),
  }),
  "social-energy-tariff": federal({
    providers: [named("FOD Economie", "SPF Economie", "FÖD Wirtschaft", "FPS Economy")],
    note: labels(
      "Eén tarief in heel België, door de CREG vastgelegd; meestal automatisch toegepast. Sinds 1 juli 2023 geeft de verhoogde tegemoetkoming alleen geen recht meer.",
      "Un même tarif dans toute la Belgique, fixé par la CREG ; le plus souvent appliqué automatiquement. Depuis le 1er juillet 2023, l'intervention majorée seule n'y donne plus droit.",
      "Ein einheitlicher Tarif in ganz Belgien, von der CREG festgelegt; meist automatisch angewandt. Seit dem 1. Juli 2023 berechtigt die erhöhte Kostenbeteiligung allein nicht mehr dazu.",
      "One tariff across Belgium, set by CREG; usually applied automatically. Since 1 July 2023 increased health reimbursement alone no longer gives the right.",
    ),
    source: checked(
      "https://economie.fgov.be/nl/themas/energie/energieprijzen/sociaal-tarief-voor-energie",
    ),
  }),
  "protected-customer": regional({
    flanders: {
      providers: [],
      note: labels(
        "De Vlaamse regels voor beschermde afnemers werden in deze controle niet op een officiële pagina gevonden.",
        "Les règles flamandes pour les clients protégés n'ont pas été trouvées sur une page officielle lors de cette vérification.",
        "Die flämischen Regeln für geschützte Kunden wurden bei dieser Prüfung auf keiner offiziellen Seite gefunden.",
        "Flanders' protected-customer rules were not found on an official page in this check.",
      ),
      source: checked("https://deramenfabriek.be/een-beschermde-afnemer/"),
    },
    wallonia: {
      providers: [],
      note: labels(
        "Naast de federale beschermde klanten bestaan er gewestelijke; de Waalse voorwaarden werden niet op een officiële pagina nagekeken.",
        "À côté des clients protégés fédéraux, il existe des clients protégés régionaux ; les conditions wallonnes n'ont pas été vérifiées sur une page officielle.",
        "Neben föderalen gibt es regionale geschützte Kunden; die wallonischen Bedingungen wurden nicht auf einer offiziellen Seite geprüft.",
        "Besides federal protected customers there are regional ones; Wallonia's conditions were not checked on an official page.",
      ),
      source: checked(
        "https://enmarche.be/societe/consommation-1/energie-le-tarif-social-elargi-pour-le-gaz.htm?from=services",
      ),
    },
    brussels: {
      providers: [
        named(
          "Sibelga (leverancier in laatste instantie)",
          "Sibelga (fournisseur de dernier ressort)",
          "Sibelga (Versorger letzter Instanz)",
          "Sibelga (supplier of last resort)",
        ),
      ],
      note: labels(
        "Voor gezinnen met een betalingsachterstand bij hun leverancier: tijdens de bescherming levert Sibelga tegen het sociaal tarief terwijl de schuld wordt afbetaald.",
        "Pour les ménages en impayé chez leur fournisseur : pendant la protection, Sibelga fournit au tarif social pendant le remboursement de la dette.",
        "Für Haushalte mit Zahlungsrückstand bei ihrem Versorger: während des Schutzes liefert Sibelga zum Sozialtarif, während die Schuld abbezahlt wird.",
        "For households in arrears with their supplier: while protected, Sibelga supplies at the social tariff while the debt is paid off.",
      ),
      source: checked("https://inforgazelec.be/nl/clients-proteges-et-tarif-social"),
    },
    "german-speaking": {
      providers: [],
      note: labels(
        "De regels voor de Duitstalige Gemeenschap werden in deze controle niet gevonden.",
        "Les règles pour la Communauté germanophone n'ont pas été trouvées lors de cette vérification.",
        "Die Regeln für die Deutschsprachige Gemeinschaft wurden bei dieser Prüfung nicht gefunden.",
        "The rules for the German-speaking Community were not found in this check.",
      ),
      source: checked(
        "https://enmarche.be/societe/consommation-1/energie-le-tarif-social-elargi-pour-le-gaz.htm?from=services",
      ),
    },
  }),
  "heating-allowance": federal({
    providers: [
      OCMW,
      named(
        "Sociaal Verwarmingsfonds",
        "Fonds social chauffage",
        "Heizölsozialfonds",
        "Social Heating Fund",
      ),
    ],
    note: labels(
      "Voor huisbrandolie, lamppetroleum (type c) of bulkpropaan, niet voor aardgas. Aanvragen bij het OCMW binnen 60 dagen na levering. Voor wie recht heeft op de verhoogde tegemoetkoming, een laag inkomen heeft, of in schuldbemiddeling of collectieve schuldenregeling zit.",
      "Pour le gasoil de chauffage, le pétrole lampant (type c) ou le propane en vrac, pas pour le gaz naturel. À demander au CPAS dans les 60 jours de la livraison. Pour les bénéficiaires de l'intervention majorée, les bas revenus, ou les personnes en médiation de dettes ou en règlement collectif de dettes.",
      "Für Heizöl, Heizpetroleum (Typ c) oder Propangas in großen Mengen, nicht für Erdgas. Beim ÖSHZ innerhalb von 60 Tagen nach der Lieferung beantragen. Für Personen mit erhöhter Kostenbeteiligung, geringem Einkommen, oder in Schuldnerberatung oder kollektiver Schuldenregelung.",
      "For heating oil, heating paraffin (type c) or bulk propane, not natural gas. Apply at the OCMW within 60 days of delivery. For people with increased health reimbursement, a low income, or in debt mediation or collective debt settlement.",
    ),
    source: checked(
      "https://www.socialsecurity.be/citizen/nl/hulp-ocmw/hulp-bij-je-energiekosten/sociaal-stookoliefonds",
    ),
  }),
  "rent-support": regional({
    flanders: {
      providers: [
        named(
          "Wonen-Vlaanderen",
          "Wonen-Vlaanderen",
          "Flämische Agentur für das Wohnungswesen (Wonen-Vlaanderen)",
          "Wonen-Vlaanderen (Flemish housing agency)",
        ),
      ],
      note: labels(
        "Vlaamse huurpremie: na minstens 4 jaar ononderbroken op de wachtlijst van de sociale huisvester van de gemeente, voor een private huurwoning onder een huurplafond. Ook de Vlaamse huursubsidie bestaat; het agentschap betaalt de hoogste van de twee.",
        "Vlaamse huurpremie : après au moins 4 ans sans interruption sur la liste d'attente du logement social de la commune, pour un logement privé sous un plafond de loyer. La Vlaamse huursubsidie existe aussi ; l'agence paie la plus élevée des deux.",
        "Flämische Mietsubvention (huurpremie): nach mindestens 4 Jahren ununterbrochen auf der Warteliste der Sozialwohnungsgesellschaft der Gemeinde, für eine Privatwohnung unter einer Mietobergrenze. Es gibt auch die Mietbeihilfe (huursubsidie); die Agentur zahlt die höhere.",
        "Flemish rent premium (huurpremie): after at least 4 years without a break on the municipality's social housing waiting list, for a private rental under a rent cap. The Flemish rent subsidy (huursubsidie) also exists; the agency pays the higher of the two.",
      ),
      source: checked(
        "https://www.vlaanderen.be/de/wohnen-und-umziehen/flaemische-subvention-fuer-potenzielle-mieter-einer-sozialwohnung",
      ),
    },
    wallonia: {
      providers: [
        named(
          "Waalse Overheidsdienst (SPW), via de SLSP",
          "Service public de Wallonie (SPW), via la SLSP",
          "Öffentlicher Dienst der Wallonie (SPW), über die SLSP",
          "Public Service of Wallonia (SPW), through the SLSP",
        ),
      ],
      note: labels(
        "Allocation d'attente logement: maandelijks voor kandidaat-huurders van categorie 1, die minstens 18 maanden wachten en privé huren in het Franstalige Wallonië.",
        "Allocation d'attente logement : mensuelle, pour les candidats-locataires de catégorie 1 en attente depuis au moins 18 mois et locataires d'un bien privé en Wallonie de langue française.",
        "Allocation d'attente logement: monatlich für Mietbewerber der Kategorie 1, die seit mindestens 18 Monaten warten und privat im französischsprachigen Wallonien mieten.",
        "Allocation d'attente logement: monthly, for category-1 candidate tenants waiting at least 18 months who rent privately in French-speaking Wallonia.",
      ),
      source: checked("https://www.uvcw.be/focus/logement/art-8472"),
    },
    brussels: {
      providers: [same("Bruxelles Logement")],
      note: labels(
        "Allocation-loyer voor wie op de wachtlijst voor een sociale woning staat; eenoudergezinnen hebben 2 voorrangstitels nodig in plaats van 6. Toegekend voor 5 jaar, eenmaal verlengbaar.",
        "Allocation-loyer pour les ménages sur liste d'attente d'un logement social ; les familles monoparentales doivent cumuler 2 titres de priorité au lieu de 6. Octroyée pour 5 ans, renouvelable une fois.",
        "Allocation-loyer für Haushalte auf der Warteliste für eine Sozialwohnung; Alleinerziehende brauchen 2 statt 6 Vorrangstitel. Für 5 Jahre gewährt, einmal verlängerbar.",
        "Allocation-loyer for households on the social housing waiting list; single-parent families need 2 priority points instead of 6. Granted for 5 years, renewable once.",
      ),
      source: checked(
        "https://www.febul.be/2023/06/01/allocation-loyer-outil-sous-exploite/",
        "2023-06-01",
      ),
    },
    "german-speaking": {
      providers: [],
      note: labels(
        "De Duitstalige Gemeenschap heeft een eigen huur- en verhuistegemoetkoming (ADEL) voor categorie 1 (persbericht); de Waalse allocation d'attente logement geldt er niet. Wie ze toekent, werd niet gevonden.",
        "La Communauté germanophone a sa propre aide au loyer et au déménagement (ADEL) pour la catégorie 1 (presse) ; l'allocation d'attente logement wallonne ne s'y applique pas. L'organisme qui l'octroie n'a pas été trouvé.",
        "Die Deutschsprachige Gemeinschaft hat eigene Miet- und Umzugsbeihilfen (ADEL) für die Kategorie 1 (Pressebericht); die wallonische Allocation d'attente logement gilt dort nicht. Wer sie gewährt, wurde nicht gefunden.",
        "The German-speaking Community has its own rent and moving allowance (ADEL) for category 1 (press report); Wallonia's allocation d'attente logement does not apply there. Who grants it was not found.",
      ),
      source: checked(
        "https://www.grenzecho.net/65430/artikel/2021-11-19/dg-regierung-beschliesst-umzugs-und-mietbeihilfe-fur-flutopfer",
        "2021-11-19",
      ),
    },
  }),
  "maximum-billing": federal({
    providers: [HEALTH_FUND],
    note: labels(
      "Het ziekenfonds betaalt het remgeld boven een jaarplafond automatisch terug. Met de verhoogde tegemoetkoming geldt de sociale MAF met een vast, laag plafond.",
      "La mutualité rembourse automatiquement les tickets modérateurs au-delà d'un plafond annuel. Avec l'intervention majorée, le MàF social s'applique avec un plafond fixe et bas.",
      "Die Krankenkasse erstattet die Eigenanteile oberhalb einer Jahresgrenze automatisch. Mit erhöhter Kostenbeteiligung gilt eine feste, niedrige Grenze.",
      "The health insurance fund automatically refunds co-payments above a yearly ceiling. With increased health reimbursement, the social MAF's fixed, low ceiling applies.",
    ),
    source: checked("https://www.ima-aim.be/Maximumfactuur-428?meta=oui"),
  }),
  "reduced-public-transport": regional({
    flanders: {
      providers: [same("De Lijn"), SNCB],
      note: labels(
        "De Lijn: Buzzy Pazz of Omnipas Vervoergarantie (VG) voor wie leefloon of equivalent leefloon krijgt, 46 euro per jaar. Trein: zie de NMBS-tariefhervorming van 15 oktober 2025 (korting op elke rit met verhoogde tegemoetkoming).",
        "De Lijn : Buzzy Pazz ou Omnipas Vervoergarantie (VG) pour les bénéficiaires du revenu d'intégration ou équivalent, 46 euros par an. Train : voir la réforme tarifaire SNCB du 15 octobre 2025 (réduction sur tous les trajets avec l'intervention majorée).",
        "De Lijn: Buzzy Pazz oder Omnipas Vervoergarantie (VG) für Bezieher des Eingliederungseinkommens oder gleichwertiger Hilfe, 46 Euro pro Jahr. Bahn: siehe die SNCB-Tarifreform vom 15. Oktober 2025 (Ermäßigung auf jeder Fahrt mit erhöhter Kostenbeteiligung).",
        "De Lijn: Buzzy Pazz or Omnipas Vervoergarantie (VG) for people on the living wage or equivalent, 46 euro a year. Rail: see SNCB's fare reform of 15 October 2025 (a reduction on every trip with increased health reimbursement).",
      ),
      source: checked("https://www.vlaanderen.be/buzzy-pazz-of-omnipas-vervoergarantie-vg"),
    },
    wallonia: {
      providers: [same("TEC"), SNCB],
      note: SNCB_REFORM_NOTE("TEC"),
      source: SNCB_REFORM_SOURCE,
    },
    brussels: {
      providers: [named("MIVB", "STIB", "STIB", "STIB / MIVB"), SNCB],
      note: SNCB_REFORM_NOTE("STIB / MIVB"),
      source: SNCB_REFORM_SOURCE,
    },
    "german-speaking": {
      providers: [same("TEC"), SNCB],
      note: SNCB_REFORM_NOTE("TEC"),
      source: SNCB_REFORM_SOURCE,
    },
  }),
  "culture-sport-participation": regional({
    flanders: {
      providers: [
        named(
          "UiTPAS met kansentarief (gemeente / regio)",
          "UiTPAS à tarif réduit (kansentarief ; commune / région)",
          "UiTPAS mit Ermäßigungstarif (kansentarief; Gemeinde / Region)",
          "UiTPAS at reduced rate (kansentarief; municipality / region)",
        ),
        OCMW,
      ],
      note: labels(
        "UiTPAS met kansentarief, per UiTPAS-regio geregeld; in het Meetjesland een pas van meestal 1 euro en 75% korting op activiteiten, onder meer met verhoogde tegemoetkoming, leefloon, budgetbeheer of collectieve schuldenregeling.",
        "UiTPAS avec kansentarief, réglée par région UiTPAS ; dans le Meetjesland, une carte le plus souvent à 1 euro et 75 % de réduction sur les activités, notamment avec l'intervention majorée, le revenu d'intégration, une gestion budgétaire ou un règlement collectif de dettes.",
        "UiTPAS mit Kansentarief, je UiTPAS-Region geregelt; im Meetjesland ein Pass meist für 1 Euro und 75 % Ermäßigung auf Aktivitäten, u. a. mit erhöhter Kostenbeteiligung, Eingliederungseinkommen, Budgetverwaltung oder kollektiver Schuldenregelung.",
        "UiTPAS with kansentarief, set per UiTPAS region; in Meetjesland a pass mostly for 1 euro and 75% off activities, among others with increased health reimbursement, the living wage, budget management or collective debt settlement.",
      ),
      source: checked("https://www.zelzate.be/nl/producten/47165/uitpas-met-kansentarief"),
    },
    wallonia: { providers: [ARTICLE_27, OCMW], note: ARTICLE_27_NOTE, source: ARTICLE_27_SOURCE },
    brussels: { providers: [ARTICLE_27, OCMW], note: ARTICLE_27_NOTE, source: ARTICLE_27_SOURCE },
    "german-speaking": {
      providers: [OCMW],
      note: labels(
        "OCMW's kregen federale middelen voor sociale, culturele en sportieve participatie; Article 27 werkt in de Federatie Wallonië-Brussel en UiTPAS in Vlaanderen. Wat het ÖSHZ vandaag nog betaalt, werd niet nagekeken.",
        "Les CPAS recevaient des moyens fédéraux pour la participation sociale, culturelle et sportive ; Article 27 agit en Fédération Wallonie-Bruxelles et UiTPAS en Flandre. Ce que l'ÖSHZ finance encore aujourd'hui n'a pas été vérifié.",
        "Die ÖSHZ erhielten föderale Mittel für soziale, kulturelle und sportliche Teilhabe; Article 27 wirkt in der Föderation Wallonie-Brüssel und UiTPAS in Flandern. Was das ÖSHZ heute noch bezahlt, wurde nicht geprüft.",
        "OCMWs received federal funds for social, cultural and sport participation; Article 27 works in the Wallonia-Brussels Federation and UiTPAS in Flanders. What the ÖSHZ still funds today was not checked.",
      ),
      source: checked(
        "https://www.mi-is.be/fr/etudes-publications-statistiques/experiences-de-participation",
      ),
    },
  }),
  "collective-debt-settlement": federal({
    providers: [named("arbeidsrechtbank", "tribunal du travail", "Arbeitsgericht", "labour court")],
    note: labels(
      "Verzoekschrift bij de griffie van de arbeidsrechtbank van de woonplaats, gratis; sinds 2 november 2023 ook online via JustRestart. De rechter stelt een schuldbemiddelaar aan.",
      "Requête au greffe du tribunal du travail du domicile, gratuite ; depuis le 2 novembre 2023 aussi en ligne via JustRestart. Le juge désigne un médiateur de dettes.",
      "Antrag bei der Kanzlei des Arbeitsgerichts des Wohnortes, kostenlos; seit dem 2. November 2023 auch online über JustRestart. Das Gericht bestellt einen Schuldenvermittler.",
      "Petition to the registry of the labour court of one's domicile, free of charge; since 2 November 2023 also online through JustRestart. The judge appoints a debt mediator.",
    ),
    source: checked(
      "https://rechtbanken-tribunaux.be/fr/tribunal-du-travail-du-brabant-wallon/info?page=n1053",
    ),
  }),
};
