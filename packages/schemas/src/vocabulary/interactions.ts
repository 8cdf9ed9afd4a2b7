import { type CodeOf, defineVocabulary, labels } from "./_define";

/** Where or how an individual contact took place (METHODOLOGY.md §3, individual track). */
export const contactModes = defineVocabulary(
  "contact-mode",
  labels("soort contact", "type de contact", "Kontaktart", "contact mode"),
  [
    { code: "home", labels: labels("huisbezoek", "visite à domicile", "Hausbesuch", "home visit") },
    { code: "office", labels: labels("op het OCMW", "au CPAS", "im ÖSHZ", "at the office") },
    { code: "phone", labels: labels("telefonisch", "par téléphone", "telefonisch", "by phone") },
    { code: "online", labels: labels("online", "en ligne", "online", "online") },
    {
      code: "escort",
      labels: labels(
        "begeleiding naar een dienst",
        "accompagnement vers un service",
        "Begleitung zu einer Dienststelle",
        "escort to a service",
      ),
    },
  ],
);

/** A contact mode. */
export type ContactMode = CodeOf<typeof contactModes>;

/** Where the intake talk took place. */
export const intakeLocations = defineVocabulary(
  "intake-location",
  labels(
    "plaats van de intake",
    "lieu de l'accueil",
    "Ort des Aufnahmegesprächs",
    "intake location",
  ),
  [
    { code: "home", labels: labels("huisbezoek", "visite à domicile", "Hausbesuch", "home visit") },
    { code: "office", labels: labels("op het OCMW", "au CPAS", "im ÖSHZ", "at the office") },
    { code: "other", labels: labels("elders", "ailleurs", "anderswo", "elsewhere") },
  ],
);

/** An intake location. */
export type IntakeLocation = CodeOf<typeof intakeLocations>;

/** The mother's decision at the end of the information talk. */
export const informationTalkDecisions = defineVocabulary(
  "information-talk-decision",
  labels("beslissing", "décision", "Entscheidung", "decision"),
  [
    {
      code: "interested",
      labels: labels(
        "wil deelnemen",
        "souhaite participer",
        "möchte teilnehmen",
        "wants to take part",
      ),
    },
    {
      code: "declined",
      labels: labels(
        "wil niet deelnemen",
        "ne souhaite pas participer",
        "möchte nicht teilnehmen",
        "declined",
      ),
    },
    {
      code: "undecided",
      labels: labels("denkt er nog over na", "réfléchit encore", "überlegt noch", "undecided"),
    },
  ],
);

/** An information-talk decision. */
export type InformationTalkDecision = CodeOf<typeof informationTalkDecisions>;

/**
 * What the mother consents to. Processing is what the method needs; the other scopes are
 * separate so she can refuse them without leaving the trajectory (METHODOLOGY.md §10).
 */
export const consentScopes = defineVocabulary(
  "consent-scope",
  labels("toestemming voor", "consentement pour", "Einwilligung für", "consent scope"),
  [
    {
      code: "processing",
      labels: labels(
        "verwerking van mijn gegevens voor de begeleiding",
        "traitement de mes données pour l'accompagnement",
        "Verarbeitung meiner Daten für die Begleitung",
        "processing my data for the support",
      ),
    },
    {
      code: "partner-sharing",
      labels: labels(
        "delen met partners waarnaar ik doorverwezen word",
        "partage avec les partenaires vers lesquels je suis orientée",
        "Weitergabe an Partner, an die ich vermittelt werde",
        "sharing with partners I am referred to",
      ),
    },
    {
      code: "research",
      labels: labels(
        "anonieme deelname aan onderzoek en opvolging",
        "participation anonyme à la recherche et au suivi",
        "anonyme Teilnahme an Forschung und Nachbefragung",
        "anonymous research and follow-up",
      ),
    },
    {
      code: "photos",
      labels: labels(
        "foto's tijdens groepsactiviteiten",
        "photos lors des activités de groupe",
        "Fotos bei Gruppenaktivitäten",
        "photos during group activities",
      ),
    },
    // Issue #20: her own page is optional and given only with this scope recorded.
    {
      code: "her-page",
      labels: labels(
        "een persoonlijke webpagina met mijn plan, via een link en een code",
        "une page web personnelle avec mon plan, par un lien et un code",
        "eine persönliche Webseite mit meinem Plan, über einen Link und einen Code",
        "a personal web page with my plan, through a link and a code",
      ),
    },
  ],
);

/** A consent scope. */
export type ConsentScope = CodeOf<typeof consentScopes>;
