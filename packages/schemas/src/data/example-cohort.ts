import type { z } from "zod";
import type { OcmwService } from "../schemas/eligibility";
import type { GroupEvent, TrajectoryEvent, TrajectoryEventOf } from "../schemas/events";
import type { ParticipantProfile } from "../schemas/participant-profile";
import type { ProjectSettingsInput } from "../schemas/project-settings";
import {
  type ConsentScope,
  type ContactMode,
  type DefaultLifeDomain,
  type DropOutReason,
  type GoalStatus,
  type Language,
  lifeDomains,
  type OutcomeIndicator,
  outcomeIndicators,
  type PauseReason,
  type Right,
  type RightStatus,
  rightStatuses,
  rights,
  type Timepoint,
} from "../vocabulary";
import { eligibilityEditions } from "./eligibility-editions";
import { selfEvaluationInstrument } from "./self-evaluation";

/**
 * A small, realistic example cohort: the settings of one OCMW project, the profiles of its
 * participants, its group's log and every trajectory event. Returned by
 * {@link exampleCohort}.
 */
export interface ExampleCohort {
  /** The project settings (`miriam.config.json`) of the example OCMW. */
  readonly settings: ProjectSettingsInput;
  /** One profile per enrolled mother: the only records with names. */
  readonly profiles: ParticipantProfile[];
  /** The group's own log: opened, sessions with attendance, closed. */
  readonly groupEvents: GroupEvent[];
  /** The events of every trajectory, sorted by time; each trajectory's in its own order. */
  readonly trajectoryEvents: TrajectoryEvent[];
}

// ---------------------------------------------------------------------------------------
// The project
// ---------------------------------------------------------------------------------------

const PROJECT_ID = "ocmw-gent-miriam";
const GROUP_ID = "gent-2025-a";
const CASE_MANAGER = "cm-01";
const COORDINATOR = "co-01";
const NOTICE_VERSION = "2025-1";

const trajectoryIdOf = (n: number) => `${GROUP_ID}-${String(n).padStart(2, "0")}`;

// ---------------------------------------------------------------------------------------
// The mothers' stories. Contact-bound happenings (rights, referrals, goal updates...) are
// placed by the index of the individual contact they happen at: 0 is the first contact
// after the plan, -1 the last one before the end.
// ---------------------------------------------------------------------------------------

type Domain = DefaultLifeDomain;
type Service = z.infer<typeof OcmwService>;
type Who = "participant" | "case-manager" | "partner" | "together";
/** Answers to the instrument's scale items, in the instrument's order; null: not answered. */
type Answers = readonly (number | null)[];

interface GoalSpec {
  readonly domain: Domain;
  readonly text: string;
  readonly steps: readonly (readonly [string, Who])[];
}

interface StoryBase {
  readonly n: number;
  /** Referring worker. */
  readonly by: string;
  readonly services: readonly Service[];
  readonly referred: string;
  readonly infoTalk: string;
  /** Her usual time for talks and visits. */
  readonly time: string;
}

interface DeclinedStory extends StoryBase {
  readonly kind: "declined";
  readonly age: number;
  readonly youngestChildAge: number;
}

interface Completed {
  readonly t1: string;
  readonly answers: Answers;
  /** "Is your situation better than at the start?": 1 yes, 0 no. */
  readonly better: 0 | 1 | null;
  readonly handoverTo: string | "none-needed";
}

interface DroppedOut {
  readonly droppedOut: string;
  readonly reason: DropOutReason;
  /** What the last talk was about. */
  readonly domain: Domain;
  readonly note: string;
}

interface MotherStory extends StoryBase {
  readonly kind: "enrolled";
  readonly person: {
    readonly givenName: string;
    readonly familyName: string;
    readonly birthDate: string;
    readonly preferredLanguage: Language;
    readonly email?: string;
    readonly address?: { street: string; postalCode: string; municipality: string };
  };
  readonly children: readonly number[];
  readonly intake: { readonly date: string; readonly location: "home" | "office"; t0?: string };
  readonly consent: readonly ConsentScope[];
  /** Domains she wants to work on at intake, with what she says about it. */
  readonly situation: Partial<Record<Domain, string>>;
  readonly plan: string;
  readonly goals: readonly GoalSpec[];
  readonly added?: { readonly at: number; readonly goal: GoalSpec };
  readonly modes: readonly ContactMode[];
  /** Days between individual contacts, cycled. */
  readonly gaps: readonly number[];
  /** A stretch without contacts: she was away from `from` until `to`. */
  readonly away?: { readonly from: string; readonly to: string };
  /** Goal updates: "<contact> g<goal> <status>". */
  readonly updates: readonly `${number} g${number} ${GoalStatus}`[];
  /** Each right's steps: "<contact> <status>". */
  readonly rights: Partial<Record<Right, readonly `${number} ${RightStatus}`[]>>;
  readonly referrals: readonly (readonly [
    at: number,
    partner: string,
    domain: Domain,
    escort?: "escort",
  ])[];
  readonly pause?: {
    readonly from: string;
    readonly to: string;
    readonly reason: PauseReason;
    readonly note: string;
  };
  readonly review?: { readonly at: number; readonly mid?: Answers };
  readonly signal?: { readonly at: number; readonly domain: Domain; readonly observation: string };
  readonly t0: Answers;
  /** Outcome indicators that do not follow from her rights, at t0 and at t1. */
  readonly facts: {
    readonly t0: readonly OutcomeIndicator[];
    readonly t1: readonly OutcomeIndicator[];
  };
  /** Group sessions (1-based) she missed while she was taking part. */
  readonly absent: readonly number[];
  readonly end: Completed | DroppedOut;
}

type Story = DeclinedStory | MotherStory;

const goal = (domain: Domain, text: string, ...steps: (readonly [string, Who])[]): GoalSpec => ({
  domain,
  text,
  steps,
});

// Partners (organisations, never persons).
const CAW = "CAW Oost-Vlaanderen";
const VDAB = "VDAB";
const HUIS_VAN_HET_KIND = "Huis van het Kind Gent";
const HUURDERSBOND = "Huurdersbond Oost-Vlaanderen";
const BJB = "Bureau voor Juridische Bijstand Gent";
const HUIS_NL = "Huis van het Nederlands Gent";
const UITPAS = "UiTPAS Gent";
const WGC_RABOT = "Wijkgezondheidscentrum Rabot";
const WGC_LEDEBERG = "Wijkgezondheidscentrum Ledeberg";

const STORIES: readonly Story[] = [
  {
    kind: "enrolled",
    n: 1,
    by: "mw-07",
    services: ["living-wage"],
    referred: "2025-08-28",
    infoTalk: "2025-09-04",
    time: "10:00",
    person: {
      givenName: "Sarah",
      familyName: "Van den Bossche",
      birthDate: "1991-04-17",
      preferredLanguage: "nl",
      email: "s.vandenbossche@example.org",
      address: { street: "Sleepstraat 114", postalCode: "9000", municipality: "Gent" },
    },
    children: [2014, 2017],
    intake: { date: "2025-09-15", location: "home" },
    consent: ["processing", "partner-sharing", "research"],
    situation: {
      finances: "Achterstallige facturen van energie en water.",
      "work-training": "Wil opnieuw aan de slag, heeft geen diploma secundair onderwijs.",
      wellbeing: "Voelt zich vaak moe en alleen.",
      rights: "Weet niet goed op welke steun ze recht heeft.",
    },
    plan: "2025-09-29",
    goals: [
      goal(
        "finances",
        "Ik wil mijn schulden op een rij zetten.",
        ["Alle facturen verzamelen in één map", "participant"],
        ["Afspraak maken voor schuldbemiddeling", "together"],
      ),
      goal("work-training", "Ik wil mijn diploma secundair halen.", [
        "Informatie vragen bij het volwassenenonderwijs",
        "participant",
      ]),
      goal("wellbeing", "Ik wil mij minder alleen voelen.", [
        "Naar elke groepssessie komen",
        "participant",
      ]),
    ],
    modes: ["home", "home", "phone", "office"],
    gaps: [10, 13, 11, 12],
    updates: [
      "2 g1 in-progress",
      "4 g2 in-progress",
      "6 g3 in-progress",
      "12 g1 achieved",
      "-2 g3 achieved",
    ],
    rights: {
      "debt-mediation": ["0 eligible", "2 applied", "6 granted"],
      "increased-reimbursement": ["0 granted"],
      "family-allowance-social-supplement": ["0 eligible", "1 applied", "4 granted"],
      "study-grant": ["8 eligible", "9 applied", "14 granted"],
    },
    referrals: [
      [1, CAW, "finances"],
      [3, "Centrum voor Volwassenenonderwijs Gent", "work-training", "escort"],
    ],
    review: { at: 10, mid: [4, 5, 4, 6, 7, 6, 5, 4, 4, 6, 5, 5, 6] },
    t0: [2, 5, 3, 6, 7, 6, 3, 2, 4, 6, 3, 4, 8],
    facts: { t0: ["regular-gp"], t1: ["regular-gp", "budget-overview", "in-training"] },
    absent: [7, 14],
    end: {
      t1: "2026-06-03",
      answers: [5, 5, 5, 7, 7, 6, 6, 5, 5, 6, 6, 6, 5],
      better: 1,
      handoverTo: "mw-07",
    },
  },
  {
    kind: "enrolled",
    n: 2,
    by: "mw-03",
    services: ["living-wage"],
    referred: "2025-08-26",
    infoTalk: "2025-09-02",
    time: "13:30",
    person: {
      givenName: "Fatima",
      familyName: "El Amrani",
      birthDate: "1988-11-02",
      preferredLanguage: "nl",
      address: { street: "Wondelgemstraat 52", postalCode: "9000", municipality: "Gent" },
    },
    children: [2012, 2015, 2020],
    intake: { date: "2025-09-09", location: "home" },
    consent: ["processing", "partner-sharing", "research", "photos"],
    situation: {
      housing: "Te kleine huurwoning met vocht in de slaapkamer van de kinderen.",
      children: "Oudste zoon heeft het moeilijk op school.",
      "social-network": "Weinig contacten buiten de familie.",
      rights: "De vader betaalt geen onderhoudsgeld.",
    },
    plan: "2025-09-23",
    goals: [
      goal(
        "housing",
        "Ik wil een gezonde woning voor mij en de kinderen.",
        ["Inschrijven voor een sociale woning", "together"],
        ["Bij de Huurdersbond vragen wat ik aan het vocht kan doen", "participant"],
      ),
      goal("children", "Ik wil mijn zoon beter helpen met school.", [
        "Een gesprek met zijn leerkracht vragen",
        "participant",
      ]),
      goal("social-network", "Ik wil vriendinnen maken in Gent.", [
        "Meedoen aan de groepssessies",
        "participant",
      ]),
    ],
    added: {
      at: 8,
      goal: goal("leisure", "Ik wil met de kinderen naar het zwembad kunnen gaan.", [
        "Een UiTPAS met kansentarief aanvragen",
        "participant",
      ]),
    },
    modes: ["home", "phone", "home", "office", "home"],
    gaps: [12, 11, 13, 12],
    updates: [
      "1 g1 in-progress",
      "3 g2 in-progress",
      "5 g3 in-progress",
      "9 g2 achieved",
      "10 g4 in-progress",
      "-3 g3 achieved",
      "-1 g4 achieved",
    ],
    rights: {
      "social-housing": ["0 eligible", "1 applied"],
      "legal-aid": ["3 applied", "4 granted"],
      "child-maintenance": ["0 eligible", "5 applied", "12 granted"],
      "maintenance-advance": ["13 eligible", "14 applied", "17 granted"],
      "increased-reimbursement": ["0 granted"],
      "study-grant": ["2 applied", "7 granted"],
    },
    referrals: [
      [1, HUURDERSBOND, "housing"],
      [3, BJB, "rights", "escort"],
      [8, UITPAS, "leisure"],
    ],
    review: { at: 10, mid: [4, 2, 3, 5, 6, 5, 5, 4, 4, 5, 5, 5, 6] },
    signal: {
      at: 11,
      domain: "housing",
      observation:
        "Gezinnen met drie of meer kinderen wachten in Gent jaren op een sociale woning die groot genoeg is. Intussen wonen ze in te kleine, vochtige huurwoningen.",
    },
    t0: [4, 2, 3, 4, 6, 5, 4, 2, 3, 5, 4, 5, 7],
    facts: { t0: ["regular-gp"], t1: ["regular-gp", "regular-dentist", "budget-overview"] },
    absent: [3, 11],
    end: {
      t1: "2026-06-01",
      answers: [5, 3, 4, 6, 6, 6, 6, 5, 6, 5, 6, 6, 4],
      better: 1,
      handoverTo: "mw-03",
    },
  },
  {
    kind: "enrolled",
    n: 3,
    by: "mw-07",
    services: ["living-wage"],
    referred: "2025-09-01",
    infoTalk: "2025-09-08",
    time: "14:00",
    person: {
      givenName: "Kelly",
      familyName: "De Smet",
      birthDate: "1999-06-23",
      preferredLanguage: "nl",
    },
    children: [2021, 2023],
    intake: { date: "2025-09-17", location: "office", t0: "2025-09-19" },
    consent: ["processing", "partner-sharing"],
    situation: {
      childcare: "Geen opvang voor de jongste, kan daardoor geen opleiding volgen.",
      "work-training": "Wil een opleiding in de zorg.",
      mobility: "Geen rijbewijs, woont ver van de tram.",
    },
    plan: "2025-10-06",
    goals: [
      goal(
        "childcare",
        "Ik wil een plaats in de kinderopvang voor mijn jongste.",
        ["Inschrijven via het Huis van het Kind", "participant"],
        ["Samen de aanvraag voor het inkomenstarief invullen", "together"],
      ),
      goal("work-training", "Ik wil een opleiding tot zorgkundige beginnen.", [
        "Een infosessie bij de VDAB volgen",
        "participant",
      ]),
      goal("mobility", "Ik wil mijn theoretisch rijexamen halen.", [
        "Het theorieboek lenen in de bibliotheek",
        "participant",
      ]),
    ],
    modes: ["office", "phone", "home", "office"],
    gaps: [11, 12, 10, 14],
    updates: [
      "1 g1 in-progress",
      "3 g2 in-progress",
      "6 g3 in-progress",
      "9 g1 achieved",
      "12 g2 achieved",
      "-2 g3 dropped",
    ],
    rights: {
      "income-related-childcare": ["0 eligible", "1 applied", "9 granted"],
      "employment-service-registration": ["0 eligible", "2 applied", "3 granted"],
      "family-allowance-social-supplement": ["0 granted"],
    },
    referrals: [
      [1, HUIS_VAN_HET_KIND, "childcare", "escort"],
      [2, VDAB, "work-training"],
      [7, "Ligo Gent", "mobility"],
    ],
    signal: {
      at: 5,
      domain: "childcare",
      observation:
        "Voor kinderen jonger dan drie jaar zijn er in Gent te weinig opvangplaatsen met inkomenstarief. Moeders kunnen daardoor geen opleiding of werk starten.",
    },
    t0: [3, 5, 2, 6, 1, 7, 4, 4, 3, 2, 5, 4, 6],
    facts: { t0: [], t1: ["in-training", "regular-gp"] },
    absent: [5, 9, 13],
    end: {
      t1: "2026-06-04",
      answers: [4, 5, 6, 7, 7, 7, 7, 5, 4, 3, 6, 7, 4],
      better: 1,
      handoverTo: "mw-07",
    },
  },
  {
    kind: "enrolled",
    n: 4,
    by: "mw-11",
    services: ["supplementary-aid"],
    referred: "2025-08-29",
    infoTalk: "2025-09-05",
    time: "09:30",
    person: {
      givenName: "Ayşe",
      familyName: "Yılmaz",
      birthDate: "1994-02-09",
      preferredLanguage: "nl",
    },
    children: [2016, 2019],
    intake: { date: "2025-09-12", location: "home" },
    consent: ["processing", "partner-sharing", "research"],
    situation: {
      health: "Veel rugpijn, geen vaste huisarts.",
      finances: "Het geld is op voor het einde van de maand.",
      leisure: "Doet nooit iets leuks met de kinderen, te duur.",
    },
    plan: "2025-09-24",
    goals: [
      goal("health", "Ik wil een vaste huisarts voor mij en de kinderen.", [
        "Inschrijven bij het wijkgezondheidscentrum",
        "together",
      ]),
      goal("finances", "Ik wil weten waar mijn geld naartoe gaat.", [
        "Een maand lang alle uitgaven opschrijven",
        "participant",
      ]),
      goal("leisure", "Ik wil één keer per maand iets leuks doen met de kinderen.", [
        "Gratis activiteiten in de buurt opzoeken",
        "participant",
      ]),
    ],
    modes: ["home", "phone", "home"],
    gaps: [12, 11, 13],
    updates: ["0 g1 in-progress", "2 g2 in-progress", "3 g1 achieved"],
    rights: {
      "increased-reimbursement": ["0 eligible", "1 applied", "4 granted"],
      "local-supplement": ["2 applied", "5 refused"],
    },
    referrals: [[0, WGC_LEDEBERG, "health", "escort"]],
    t0: [3, 5, 4, 6, 6, 2, 3, 4, 3, 5, 4, 5, 7],
    facts: { t0: [], t1: [] },
    absent: [3, 5, 6],
    end: {
      droppedOut: "2026-01-20",
      reason: "health",
      domain: "health",
      note: "Langdurig ziek; wil later eventueel opnieuw instappen.",
    },
  },
  {
    kind: "enrolled",
    n: 5,
    by: "mw-03",
    services: ["living-wage"],
    referred: "2025-09-02",
    infoTalk: "2025-09-09",
    time: "10:30",
    person: {
      givenName: "Aminata",
      familyName: "Diallo",
      birthDate: "1990-08-30",
      preferredLanguage: "fr",
    },
    children: [2018, 2024],
    intake: { date: "2025-09-19", location: "home", t0: "2025-09-22" },
    consent: ["processing", "partner-sharing", "photos"],
    situation: {
      "work-training": "Wil Nederlands leren om werk te vinden.",
      childcare: "De jongste is nog thuis.",
      rights: "Begrijpt de brieven van de diensten niet goed.",
      "social-network": "Kent weinig mensen in Gent.",
    },
    plan: "2025-10-03",
    goals: [
      goal("work-training", "Ik wil Nederlands leren zodat ik kan werken.", [
        "Inschrijven voor een cursus Nederlands",
        "participant",
      ]),
      goal("childcare", "Ik wil opvang voor mijn baby zodat ik naar de les kan.", [
        "Samen een opvangplaats zoeken",
        "together",
      ]),
      goal("rights", "Ik wil mijn brieven zelf kunnen lezen en begrijpen.", [
        "Elke brief meebrengen naar het gesprek",
        "participant",
      ]),
    ],
    modes: ["home", "home", "office", "phone"],
    gaps: [13, 11, 12, 10],
    updates: [
      "1 g1 in-progress",
      "2 g2 in-progress",
      "4 g3 in-progress",
      "6 g2 achieved",
      "-4 g3 achieved",
    ],
    rights: {
      "income-related-childcare": ["0 eligible", "1 applied", "6 granted"],
      "child-maintenance": ["0 not-applicable"],
      "employment-service-registration": ["3 eligible", "4 applied", "5 granted"],
      "increased-reimbursement": ["0 granted"],
    },
    referrals: [
      [1, HUIS_NL, "work-training", "escort"],
      [1, HUIS_VAN_HET_KIND, "childcare"],
      [5, VDAB, "work-training"],
    ],
    review: { at: 9, mid: [3, 6, 3, 6, 6, 6, 5, 5, 4, 6, 4, 5, 5] },
    t0: [3, 6, 2, 6, 3, 6, 5, 3, 4, 6, 2, 3, 6],
    facts: { t0: ["regular-gp"], t1: ["regular-gp", "in-training", "regular-dentist"] },
    absent: [4, 10, 16],
    end: {
      t1: "2026-06-05",
      answers: [4, 6, 4, 7, 7, 6, 6, 6, 5, 6, 5, 6, 4],
      better: 1,
      handoverTo: "mw-03",
    },
  },
  {
    kind: "declined",
    n: 6,
    by: "mw-12",
    services: ["living-wage"],
    referred: "2025-09-04",
    infoTalk: "2025-09-11",
    time: "11:00",
    age: 29,
    youngestChildAge: 4,
  },
  {
    kind: "enrolled",
    n: 7,
    by: "mw-11",
    services: ["living-wage"],
    referred: "2025-09-03",
    infoTalk: "2025-09-10",
    time: "09:30",
    person: {
      givenName: "Elif",
      familyName: "Hasanova",
      birthDate: "1996-12-12",
      preferredLanguage: "nl",
      address: { street: "Kongostraat 9", postalCode: "9000", municipality: "Gent" },
    },
    children: [2017, 2019, 2022],
    intake: { date: "2025-09-22", location: "home" },
    consent: ["processing", "partner-sharing", "research", "photos"],
    situation: {
      finances: "Schuld bij de energieleverancier.",
      children: "Drie kinderen op drie verschillende scholen.",
      mobility: "Kan niet fietsen, doet alles te voet.",
    },
    plan: "2025-10-01",
    goals: [
      goal("finances", "Ik wil een afbetalingsplan voor mijn energiefactuur.", [
        "Samen de energieleverancier bellen",
        "together",
      ]),
      goal("mobility", "Ik wil leren fietsen, dan ben ik sneller aan de school.", [
        "Inschrijven voor fietsles voor volwassenen",
        "participant",
      ]),
      goal("children", "Ik wil meer rust in huis 's avonds.", [
        "Een vast avondritueel uitproberen",
        "participant",
      ]),
    ],
    modes: ["home", "home", "phone"],
    gaps: [10, 12, 11, 13],
    updates: [
      "1 g1 in-progress",
      "4 g2 in-progress",
      "5 g1 achieved",
      "6 g3 in-progress",
      "14 g2 achieved",
    ],
    rights: {
      "family-allowance-social-supplement": ["0 eligible", "1 applied", "5 granted"],
      "increased-reimbursement": ["0 granted"],
      "study-grant": ["3 applied", "8 granted"],
      "local-supplement": ["1 applied", "2 granted"],
    },
    referrals: [
      [1, CAW, "finances"],
      [4, "Fietsambassade Gent", "mobility", "escort"],
      [6, HUIS_VAN_HET_KIND, "children"],
    ],
    t0: [2, 6, 3, 4, 5, 6, 5, 4, 3, 2, 4, 5, 7],
    facts: { t0: ["regular-gp"], t1: ["regular-gp", "budget-overview"] },
    absent: [2, 8, 17],
    end: {
      t1: "2026-06-08",
      answers: [6, 6, 3, 5, 5, 6, 5, 4, 4, 7, 6, 5, 6],
      better: 1,
      handoverTo: "mw-11",
    },
  },
  {
    kind: "enrolled",
    n: 8,
    by: "mw-12",
    services: ["debt-mediation"],
    referred: "2025-08-27",
    infoTalk: "2025-09-03",
    time: "14:30",
    person: {
      givenName: "Lindsay",
      familyName: "Vermeulen",
      birthDate: "1997-03-05",
      preferredLanguage: "nl",
      email: "lindsay.vermeulen@example.org",
    },
    children: [2019],
    intake: { date: "2025-09-10", location: "office" },
    consent: ["processing", "research"],
    situation: {
      finances: "Zit in een collectieve schuldenregeling.",
      wellbeing: "Veel stress, slaapt slecht.",
      "work-training": "Werkte vroeger in de horeca.",
      health: "Al jaren niet naar de tandarts geweest.",
    },
    plan: "2025-09-25",
    goals: [
      goal("work-training", "Ik wil werk vinden dat past bij de schooluren.", [
        "Mijn cv opnieuw maken",
        "together",
      ]),
      goal("wellbeing", "Ik wil beter slapen en minder piekeren.", [
        "Praten met iemand van het CAW",
        "participant",
      ]),
      goal("health", "Ik wil eindelijk naar de tandarts.", [
        "Een afspraak maken in het wijkgezondheidscentrum",
        "participant",
      ]),
    ],
    modes: ["office", "phone", "office", "online"],
    gaps: [14, 12, 13, 11],
    updates: [
      "2 g1 in-progress",
      "3 g2 in-progress",
      "4 g3 in-progress",
      "8 g3 achieved",
      "-2 g2 achieved",
      "-1 g1 achieved",
    ],
    rights: {
      "debt-mediation": ["0 granted"],
      "employment-service-registration": ["0 granted"],
      "increased-reimbursement": ["0 eligible", "1 applied", "4 refused"],
      "child-maintenance": ["0 granted"],
    },
    referrals: [
      [2, VDAB, "work-training"],
      [3, CAW, "wellbeing"],
      [5, WGC_RABOT, "health"],
    ],
    review: { at: 8 },
    t0: [3, 6, 3, 6, 6, 5, 2, 4, 4, 7, 5, 5, 8],
    facts: {
      t0: ["budget-overview", "regular-gp"],
      t1: ["budget-overview", "regular-gp", "regular-dentist", "applied-for-job", "in-work"],
    },
    absent: [6, 12, 15],
    end: {
      t1: "2026-06-09",
      answers: [4, 6, 6, 6, 6, 6, 4, 4, 5, 7, 5, 6, 7],
      better: 1,
      handoverTo: "mw-12",
    },
  },
  {
    kind: "enrolled",
    n: 9,
    by: "mw-03",
    services: ["living-wage"],
    referred: "2025-09-05",
    infoTalk: "2025-09-12",
    time: "10:00",
    person: {
      givenName: "Grace",
      familyName: "Mbuyi",
      birthDate: "1985-05-19",
      preferredLanguage: "fr",
    },
    children: [2010, 2013, 2018],
    intake: { date: "2025-09-24", location: "home" },
    consent: ["processing", "partner-sharing", "research"],
    situation: {
      housing: "De huisbaas wil de huur niet verlengen.",
      children: "Oudste dochter moet een studierichting kiezen.",
      "social-network": "Voelt zich alleen sinds de verhuis naar Gent.",
      rights: "Krijgt geen onderhoudsgeld.",
    },
    plan: "2025-10-14",
    goals: [
      goal(
        "housing",
        "Ik wil een nieuwe woning vinden voor de zomer.",
        ["Elke week het woningaanbod bekijken", "participant"],
        ["Inschrijven voor een sociale woning", "together"],
      ),
      goal("children", "Ik wil dat mijn oudste een goede studiekeuze maakt.", [
        "Samen naar het CLB gaan",
        "participant",
      ]),
      goal("social-network", "Ik wil een vriendin bij wie ik terecht kan.", [
        "Na de groepssessie blijven voor een koffie",
        "participant",
      ]),
    ],
    modes: ["home", "phone", "home", "office"],
    gaps: [11, 13, 9, 12],
    updates: [
      "1 g1 in-progress",
      "2 g2 in-progress",
      "5 g3 in-progress",
      "14 g2 achieved",
      "-3 g3 achieved",
      "-1 g1 achieved",
    ],
    rights: {
      "social-housing": ["0 eligible", "1 applied"],
      "study-grant": ["1 eligible", "2 applied", "7 granted"],
      "maintenance-advance": ["3 applied", "8 refused"],
      "legal-aid": ["8 eligible", "9 applied", "10 granted"],
      "child-maintenance": ["10 applied"],
    },
    referrals: [
      [0, HUURDERSBOND, "housing"],
      [2, "CLB Gent", "children"],
      [9, BJB, "rights", "escort"],
    ],
    review: { at: 10, mid: [3, 3, 4, 6, 6, 5, 4, 4, 3, 5, 4, 5, 6] },
    t0: [4, 3, 4, 5, 6, 5, 4, 2, 3, 5, 4, 5, 8],
    facts: { t0: ["regular-gp", "budget-overview"], t1: ["regular-gp", "budget-overview"] },
    absent: [8, 13],
    end: {
      t1: "2026-06-10",
      answers: [4, 4, 4, 7, 6, 4, 5, 6, 4, 5, 5, 5, 5],
      better: 1,
      handoverTo: "mw-03",
    },
  },
  {
    kind: "enrolled",
    n: 10,
    by: "mw-12",
    services: ["living-wage"],
    referred: "2025-08-25",
    infoTalk: "2025-09-01",
    time: "10:00",
    person: {
      givenName: "Jessica",
      familyName: "Claeys",
      birthDate: "1993-10-28",
      preferredLanguage: "nl",
      address: { street: "Meulestedesteenweg 301", postalCode: "9000", municipality: "Gent" },
    },
    children: [2020],
    intake: { date: "2025-09-08", location: "home" },
    consent: ["processing", "partner-sharing"],
    situation: {
      health: "Zwanger, de bevalling is in februari.",
      childcare: "Heeft na de geboorte opvang nodig.",
      finances: "Geen spaargeld voor de babyspullen.",
      housing: "De woning wordt te klein.",
    },
    plan: "2025-09-19",
    goals: [
      goal("health", "Ik wil goed voorbereid zijn op de bevalling.", [
        "De consultaties bij Kind en Gezin volgen",
        "participant",
      ]),
      goal("childcare", "Ik wil opvang regelen voor na de geboorte.", [
        "De baby op tijd inschrijven",
        "together",
      ]),
      goal("finances", "Ik wil geld opzij zetten voor de babyspullen.", [
        "Elke maand een klein bedrag op een spaarrekening zetten",
        "participant",
      ]),
    ],
    added: {
      at: 10,
      goal: goal("wellbeing", "Ik wil tijd voor mezelf, ook met een baby.", [
        "Eén namiddag per week opvang voor de baby",
        "together",
      ]),
    },
    modes: ["home", "home", "phone"],
    gaps: [11, 12, 10, 13],
    updates: [
      "0 g1 in-progress",
      "2 g3 in-progress",
      "3 g2 in-progress",
      "7 g3 achieved",
      "8 g1 achieved",
      "12 g2 achieved",
      "13 g4 in-progress",
    ],
    rights: {
      "increased-reimbursement": ["0 granted"],
      "child-maintenance": ["1 applied", "6 granted"],
      "family-allowance": ["4 eligible", "5 applied", "11 granted"],
      "income-related-childcare": ["2 eligible", "3 applied", "12 granted"],
    },
    referrals: [
      [1, "Opgroeien (Kind en Gezin)", "health"],
      [6, HUIS_VAN_HET_KIND, "childcare"],
    ],
    pause: {
      from: "2026-01-12",
      to: "2026-03-09",
      reason: "pregnancy-birth",
      note: "Bevalling en eerste weken met de baby.",
    },
    t0: [4, 3, 5, 6, 3, 5, 5, 5, 4, 6, 5, 5, 5],
    facts: { t0: ["regular-gp"], t1: ["regular-gp", "budget-overview"] },
    absent: [6, 15],
    end: {
      t1: "2026-06-11",
      answers: [5, 4, 5, 7, 6, 6, 4, 5, 3, 6, 6, 6, 6],
      better: 1,
      handoverTo: "mw-12",
    },
  },
  {
    kind: "enrolled",
    n: 11,
    by: "mw-11",
    services: ["equivalent-aid"],
    referred: "2025-09-04",
    infoTalk: "2025-09-11",
    time: "13:30",
    person: {
      givenName: "Hanna",
      familyName: "Tesfaye",
      birthDate: "1995-01-15",
      preferredLanguage: "en",
    },
    children: [2019, 2021],
    intake: { date: "2025-09-18", location: "home" },
    consent: ["processing", "partner-sharing", "research"],
    situation: {
      "work-training": "Wil werken, heeft ervaring in de schoonmaak.",
      rights: "Krijgt veel brieven in het Nederlands.",
      "social-network": "Kent bijna niemand buiten haar kerkgemeenschap.",
    },
    plan: "2025-10-01",
    goals: [
      goal("work-training", "Ik wil een vaste job vinden.", [
        "Inschrijven bij de VDAB",
        "together",
      ]),
      goal("rights", "Ik wil weten op welke steun ik recht heb.", [
        "Samen een rechtencheck doen",
        "together",
      ]),
      goal("social-network", "Ik wil andere moeders leren kennen.", [
        "Meedoen aan de groep",
        "participant",
      ]),
    ],
    modes: ["home", "phone", "office"],
    gaps: [12, 13, 11],
    updates: [
      "0 g2 in-progress",
      "1 g1 in-progress",
      "3 g3 in-progress",
      "8 g2 achieved",
      "-1 g1 achieved",
    ],
    rights: {
      "employment-service-registration": ["0 eligible", "1 applied", "2 granted"],
      "increased-reimbursement": ["0 eligible", "1 applied", "5 granted"],
      "family-allowance-social-supplement": ["2 eligible", "3 applied", "8 granted"],
    },
    referrals: [
      [1, VDAB, "work-training", "escort"],
      [4, HUIS_NL, "work-training"],
    ],
    t0: [3, 5, 2, 7, 6, 7, 5, 2, 4, 4, 3, 5, 7],
    facts: { t0: [], t1: [] },
    absent: [3, 7],
    end: {
      droppedOut: "2026-03-16",
      reason: "found-work",
      domain: "work-training",
      note: "Vast contract in de schoonmaak, voltijds; de groep past niet meer in haar uren.",
    },
  },
  {
    kind: "enrolled",
    n: 12,
    by: "mw-07",
    services: ["supplementary-aid", "debt-mediation"],
    referred: "2025-08-28",
    infoTalk: "2025-09-04",
    time: "11:00",
    person: {
      givenName: "Naima",
      familyName: "Bouzid",
      birthDate: "1987-07-07",
      preferredLanguage: "nl",
    },
    children: [2011, 2016],
    intake: { date: "2025-09-11", location: "home" },
    consent: ["processing", "research"],
    situation: {
      finances: "Loopt al twee jaar in schuldbemiddeling.",
      wellbeing: "Voelt zich somber sinds de scheiding.",
      leisure: "Heeft niets meer voor zichzelf.",
    },
    plan: "2025-09-30",
    goals: [
      goal("wellbeing", "Ik wil weer zin hebben om buiten te komen.", [
        "Elke dag een wandeling maken",
        "participant",
      ]),
      goal("leisure", "Ik wil een hobby, iets voor mij alleen.", [
        "Het programma van Vormingplus bekijken",
        "participant",
      ]),
      goal("finances", "Ik wil mijn schulden afbetalen zonder nieuwe schulden te maken.", [
        "Maandelijks de rekeningen overlopen met de schuldbemiddelaar",
        "together",
      ]),
    ],
    modes: ["home", "office", "phone"],
    gaps: [12, 10, 13, 11],
    away: { from: "2025-12-12", to: "2026-01-06" },
    updates: [
      "0 g3 in-progress",
      "1 g1 in-progress",
      "3 g2 in-progress",
      "12 g2 achieved",
      "-3 g1 achieved",
    ],
    rights: {
      "debt-mediation": ["0 granted"],
      "increased-reimbursement": ["0 granted"],
      "maintenance-advance": ["1 eligible", "2 applied", "6 granted"],
      "local-supplement": ["4 applied", "5 granted"],
    },
    referrals: [
      [1, CAW, "wellbeing"],
      [3, "Vormingplus Gent-Eeklo", "leisure"],
      [7, UITPAS, "leisure"],
    ],
    review: { at: 9, mid: [3, 6, 4, 5, null, 4, 4, 4, 5, 6, 5, 5, 7] },
    t0: [3, 6, 4, 5, null, 4, 2, 2, 2, 6, 5, 4, 9],
    facts: {
      t0: ["regular-gp", "budget-overview"],
      t1: ["regular-gp", "budget-overview", "regular-dentist"],
    },
    absent: [7, 9],
    end: {
      t1: "2026-06-12",
      answers: [4, 6, 4, 5, null, 4, 5, 5, 6, 6, 5, 5, 6],
      better: 1,
      handoverTo: "mw-07",
    },
  },
  {
    kind: "enrolled",
    n: 13,
    by: CASE_MANAGER,
    services: ["living-wage"],
    referred: "2025-09-08",
    infoTalk: "2025-09-12",
    time: "15:00",
    person: {
      givenName: "Laura",
      familyName: "Dhondt",
      birthDate: "2001-09-14",
      preferredLanguage: "nl",
    },
    children: [2022],
    intake: { date: "2025-09-23", location: "office" },
    consent: ["processing", "partner-sharing", "research", "photos"],
    situation: {
      "work-training": "Heeft het secundair onderwijs niet afgemaakt.",
      childcare: "Haar moeder past op, maar dat lukt niet meer.",
      mobility: "Wil haar rijbewijs halen.",
    },
    plan: "2025-10-01",
    goals: [
      goal("work-training", "Ik wil een opleiding tot kapster volgen.", [
        "Naar de infodag van de opleiding gaan",
        "participant",
      ]),
      goal("childcare", "Ik wil vaste opvang voor mijn dochter.", [
        "Samen de aanvraag doen",
        "together",
      ]),
      goal("mobility", "Ik wil mijn rijbewijs halen.", [
        "Het theorie-examen plannen",
        "participant",
      ]),
    ],
    modes: ["office", "phone", "online", "home"],
    gaps: [10, 12, 11, 13],
    updates: [
      "1 g1 in-progress",
      "1 g2 in-progress",
      "4 g2 achieved",
      "8 g1 achieved",
      "10 g3 in-progress",
      "-1 g3 achieved",
    ],
    rights: {
      "income-related-childcare": ["0 eligible", "1 applied", "4 granted"],
      "employment-service-registration": ["1 eligible", "2 applied", "3 granted"],
      "family-allowance-single-parent-supplement": ["0 granted"],
      "increased-reimbursement": ["0 eligible", "1 applied", "3 granted"],
    },
    referrals: [
      [1, HUIS_VAN_HET_KIND, "childcare"],
      [2, VDAB, "work-training", "escort"],
      [10, "Ligo Gent", "mobility"],
    ],
    t0: [4, 5, 2, 6, 3, 7, 5, 5, 4, 3, 5, 5, 6],
    facts: { t0: [], t1: ["in-training", "regular-gp", "budget-overview"] },
    absent: [12],
    end: {
      t1: "2026-06-02",
      answers: [6, 6, 7, 7, 8, 7, 8, 6, 6, 7, 7, 8, 3],
      better: 1,
      handoverTo: "none-needed",
    },
  },
  {
    kind: "enrolled",
    n: 14,
    by: "mw-15",
    services: ["living-wage"],
    referred: "2025-09-09",
    infoTalk: "2025-09-15",
    time: "09:30",
    person: {
      givenName: "Samira",
      familyName: "Haddad",
      birthDate: "1992-03-21",
      preferredLanguage: "nl",
    },
    children: [2014, 2016, 2019, 2023],
    intake: { date: "2025-09-26", location: "home", t0: "2025-09-29" },
    consent: ["processing", "partner-sharing"],
    situation: {
      housing: "Gezin van vijf in een appartement met twee slaapkamers.",
      children: "De jongste spreekt nog geen Nederlands.",
      health: "Tandproblemen, uitgesteld wegens de kosten.",
      "social-network": "Spreekt alleen Arabisch met de buren.",
    },
    plan: "2025-10-20",
    goals: [
      goal("children", "Ik wil dat mijn jongste Nederlands leert voor ze naar school gaat.", [
        "Een plaats in een speelgroep zoeken",
        "together",
      ]),
      goal("health", "Ik wil mijn tanden laten verzorgen.", [
        "Een tandarts met sociaal tarief zoeken",
        "together",
      ]),
      goal("housing", "Ik wil een grotere woning.", [
        "Mijn inschrijving voor een sociale woning actualiseren",
        "participant",
      ]),
      goal("social-network", "Ik wil Nederlands praten met andere moeders.", [
        "Naar de groep komen",
        "participant",
      ]),
    ],
    modes: ["home", "home", "phone", "office"],
    gaps: [11, 13, 12, 10],
    updates: [
      "0 g3 in-progress",
      "1 g1 in-progress",
      "2 g4 in-progress",
      "3 g2 in-progress",
      "11 g2 achieved",
      "-2 g1 achieved",
      "-1 g4 achieved",
    ],
    rights: {
      "social-housing": ["0 applied"],
      "increased-reimbursement": ["0 granted"],
      "income-related-childcare": ["1 eligible", "2 applied", "7 refused"],
      "family-allowance-social-supplement": ["1 eligible", "2 applied", "5 granted"],
    },
    referrals: [
      [1, HUIS_VAN_HET_KIND, "children"],
      [3, WGC_RABOT, "health", "escort"],
      [5, HUURDERSBOND, "housing"],
    ],
    t0: [3, 2, 3, 5, 4, 3, 5, 3, 3, 5, 5, 4, 7],
    facts: { t0: [], t1: ["regular-gp", "regular-dentist"] },
    absent: [10, 19],
    end: {
      t1: "2026-06-04",
      answers: [3, 2, 4, 6, 3, 6, 6, 6, 4, 5, 6, 5, 6],
      better: 0,
      handoverTo: "mw-15",
    },
  },
  {
    kind: "enrolled",
    n: 15,
    by: "mw-15",
    services: ["living-wage"],
    referred: "2025-09-02",
    infoTalk: "2025-09-09",
    time: "13:00",
    person: {
      givenName: "Katarzyna",
      familyName: "Nowak",
      birthDate: "1989-12-01",
      preferredLanguage: "nl",
      email: "k.nowak@example.org",
    },
    children: [2013],
    intake: { date: "2025-09-16", location: "home" },
    consent: ["processing", "partner-sharing", "research"],
    situation: {
      "work-training": "Wil haar buitenlands diploma boekhouding laten erkennen.",
      finances: "Houdt op het einde van de maand niets over.",
      leisure: "Is nog nooit op vakantie geweest met haar zoon.",
    },
    plan: "2025-09-30",
    goals: [
      goal("work-training", "Ik wil mijn diploma laten erkennen.", [
        "Het dossier voor de erkenning samenstellen",
        "participant",
      ]),
      goal("finances", "Ik wil elke maand een beetje sparen.", [
        "Een budgetplan maken",
        "together",
      ]),
      goal("leisure", "Ik wil met mijn zoon een dag naar zee.", [
        "Een goedkope treinreis zoeken",
        "participant",
      ]),
    ],
    modes: ["home", "phone", "office", "home"],
    gaps: [12, 11, 13, 10],
    updates: [
      "1 g1 in-progress",
      "2 g2 in-progress",
      "8 g3 in-progress",
      "12 g1 achieved",
      "-1 g3 achieved",
    ],
    rights: {
      "employment-service-registration": ["0 granted"],
      "increased-reimbursement": ["0 eligible", "1 applied", "4 granted"],
      "study-grant": ["2 eligible", "3 applied", "9 granted"],
      "child-maintenance": ["1 applied", "7 granted"],
    },
    referrals: [
      [1, "NARIC-Vlaanderen", "work-training"],
      [2, VDAB, "work-training"],
      [6, UITPAS, "leisure"],
    ],
    t0: [3, 6, 3, 7, null, 6, 5, 3, 4, 6, 5, 6, 6],
    facts: {
      t0: ["regular-gp", "regular-dentist"],
      t1: ["regular-gp", "regular-dentist", "budget-overview", "applied-for-job"],
    },
    absent: [4, 11, 18],
    end: {
      t1: "2026-06-05",
      answers: [5, 6, 5, 7, null, 7, 6, 5, null, 6, 6, 7, 4],
      better: 1,
      handoverTo: "mw-15",
    },
  },
];

// The collective track: every other Tuesday; outings with the children in the school
// holidays; the women co-decide the topics.
type SessionKind = "session" | "workshop" | "outing";
const SESSIONS: readonly (readonly [
  date: string,
  start: string,
  minutes: number,
  kind: SessionKind,
  topic: string,
  partner?: string,
  withChildren?: "with-children",
])[] = [
  ["2025-10-07", "09:30", 150, "session", "Kennismaking en samen afspraken maken"],
  ["2025-10-21", "09:30", 150, "workshop", "Budget: inkomsten en uitgaven in beeld", CAW],
  [
    "2025-11-04",
    "10:00",
    240,
    "outing",
    "Herfstwandeling met de kinderen in het Citadelpark",
    undefined,
    "with-children",
  ],
  [
    "2025-11-18",
    "09:30",
    150,
    "workshop",
    "Rechten: groeipakket, verhoogde tegemoetkoming en DAVO",
    "Samenlevingsopbouw Gent",
  ],
  ["2025-12-02", "09:30", 150, "workshop", "Kinderopvang zoeken en aanvragen", HUIS_VAN_HET_KIND],
  ["2025-12-16", "09:30", 150, "session", "Zelfvertrouwen: waar ben ik goed in?"],
  [
    "2025-12-30",
    "10:00",
    240,
    "outing",
    "Winteruitstap met de kinderen: schaatsen",
    undefined,
    "with-children",
  ],
  ["2026-01-13", "09:30", 150, "session", "Nieuwjaar: wat wil ik dit jaar bereiken?"],
  ["2026-01-27", "09:30", 150, "workshop", "Werk en opleiding: mijn mogelijkheden", VDAB],
  [
    "2026-02-10",
    "09:30",
    150,
    "workshop",
    "Wonen: huurrechten en sociale huisvesting",
    HUURDERSBOND,
  ],
  [
    "2026-02-24",
    "10:00",
    240,
    "session",
    "Samen koken en eten met de kinderen",
    undefined,
    "with-children",
  ],
  ["2026-03-10", "09:30", 150, "session", "Vrouwendag: vrouwen die ons inspireren"],
  [
    "2026-03-24",
    "09:30",
    150,
    "workshop",
    "Gezondheid: de weg naar huisarts en tandarts",
    WGC_RABOT,
  ],
  [
    "2026-04-07",
    "10:00",
    300,
    "outing",
    "Paasuitstap met de kinderen naar de kinderboerderij",
    undefined,
    "with-children",
  ],
  [
    "2026-04-21",
    "09:30",
    150,
    "workshop",
    "Opvoeden: grenzen stellen zonder te roepen",
    HUIS_VAN_HET_KIND,
  ],
  ["2026-05-05", "09:30", 150, "workshop", "Vrije tijd met een klein budget", UITPAS],
  ["2026-05-19", "09:30", 150, "workshop", "Veilig fietsen in de stad", "Fietsambassade Gent"],
  ["2026-06-02", "09:30", 150, "session", "Terugblik: wat heb ik bereikt?"],
  [
    "2026-06-16",
    "16:00",
    150,
    "session",
    "Slotmoment met uitreiking van de getuigschriften",
    undefined,
    "with-children",
  ],
];
const CLOSING_SESSION = SESSIONS.length;

// ---------------------------------------------------------------------------------------
// Calendar: local dates in Belgium, working days, and the offset of Belgian time
// ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  DAY_MS;
const fromDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => fromDayNumber(dayNumber(date) + days);
const weekday = (date: string) => new Date(dayNumber(date) * DAY_MS).getUTCDay();

// Public holidays in Belgium during the programme year: the OCMW is closed.
const HOLIDAYS = new Set([
  "2025-08-15",
  "2025-11-01",
  "2025-11-11",
  "2025-12-25",
  "2026-01-01",
  "2026-04-06",
  "2026-05-01",
  "2026-05-14",
  "2026-05-25",
]);
const isWorkingDay = (date: string) =>
  weekday(date) !== 0 && weekday(date) !== 6 && !HOLIDAYS.has(date);
const workingDayFrom = (date: string) => {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
};

const lastSunday = (year: number, month: number) => {
  const last = fromDayNumber(Date.UTC(year, month, 0) / DAY_MS);
  return addDays(last, -weekday(last));
};

/**
 * The UTC offset of Belgian local time: CEST (+02:00) from the last Sunday of March at
 * 02:00 to the last Sunday of October at 03:00, else CET (+01:00).
 */
function brusselsOffset(date: string, minute: number): string {
  const year = Number(date.slice(0, 4));
  const start = lastSunday(year, 3);
  const end = lastSunday(year, 10);
  const summer =
    (date > start || (date === start && minute >= 3 * 60)) &&
    (date < end || (date === end && minute < 3 * 60));
  return summer ? "+02:00" : "+01:00";
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const pad = (value: number) => String(value).padStart(2, "0");
const timestamp = (date: string, minute: number) =>
  `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00${brusselsOffset(date, minute)}`;

// ---------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------

type TrajectoryType = TrajectoryEvent["type"];

/** Collects one trajectory's events and hands them out in time order with their ids. */
class Timeline {
  private readonly items: {
    date: string;
    minute: number;
    type: TrajectoryType;
    by: string;
    data: unknown;
  }[] = [];

  constructor(private readonly trajectoryId: string) {}

  add<T extends TrajectoryType>(
    date: string,
    minute: number,
    type: T,
    data: TrajectoryEventOf<T>["data"],
    by: string = CASE_MANAGER,
  ): void {
    this.items.push({ date, minute, type, by, data });
  }

  events(): TrajectoryEvent[] {
    const sorted = this.items
      .map((item, order) => ({ ...item, order }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.minute - b.minute || a.order - b.order);
    return sorted.map(
      (item, index) =>
        ({
          id: `${this.trajectoryId}.${String(index + 1).padStart(3, "0")}`,
          trajectoryId: this.trajectoryId,
          type: item.type,
          at: timestamp(item.date, item.minute),
          by: item.by,
          data: item.data,
        }) as TrajectoryEvent,
    );
  }
}

const ageOn = (birthDate: string, date: string) =>
  Number(date.slice(0, 4)) -
  Number(birthDate.slice(0, 4)) -
  (date.slice(5) < birthDate.slice(5) ? 1 : 0);

const youngestChildAge = (birthYears: readonly number[], date: string) =>
  Math.max(0, Number(date.slice(0, 4)) - Math.max(...birthYears) - 1);

/** The instrument's answers at a timepoint: every applicable item, in its order. */
function answersAt(
  timepoint: Timepoint,
  values: Answers,
  better?: 0 | 1 | null,
): Record<string, number | null> {
  const applicable = selfEvaluationInstrument.items.filter(
    (item) => item.timepoints === undefined || item.timepoints.includes(timepoint),
  );
  const scale = applicable.filter((item) => item.response === "scale");
  if (scale.length !== values.length)
    throw new Error(`Expected ${scale.length} answers at ${timepoint}, got ${values.length}.`);
  const answers: Record<string, number | null> = {};
  for (const item of applicable)
    answers[item.id] = item.response === "scale" ? values[scale.indexOf(item)]! : (better ?? null);
  return answers;
}

const INSTRUMENT = { id: selfEvaluationInstrument.id, version: selfEvaluationInstrument.version };

// Outcome indicators that follow from the status of a right.
const RIGHT_INDICATORS: readonly (readonly [Right, OutcomeIndicator, readonly RightStatus[]])[] = [
  ["child-maintenance", "child-maintenance-claimed", ["applied", "granted"]],
  ["maintenance-advance", "maintenance-advance-received", ["granted"]],
  ["increased-reimbursement", "increased-reimbursement", ["granted"]],
  ["family-allowance-social-supplement", "family-allowance-social-supplement", ["granted"]],
  ["debt-mediation", "debt-mediation-started", ["granted"]],
  ["social-housing", "social-housing-waiting-list", ["applied"]],
  ["income-related-childcare", "childcare-place", ["granted"]],
];

function indicators(
  facts: readonly OutcomeIndicator[],
  status: (right: Right) => RightStatus | undefined,
): Partial<Record<OutcomeIndicator, boolean>> {
  const yes = new Set(facts);
  for (const [right, indicator, statuses] of RIGHT_INDICATORS) {
    const current = status(right);
    if (current !== undefined && statuses.includes(current)) yes.add(indicator);
  }
  return Object.fromEntries(outcomeIndicators.codes.map((code) => [code, yes.has(code)]));
}

const MINUTES: Record<ContactMode, (i: number) => number> = {
  home: (i) => 60 + ((i * 7) % 4) * 10,
  office: (i) => 45 + ((i * 5) % 3) * 5,
  phone: (i) => 15 + ((i * 3) % 3) * 5,
  online: (i) => 30 + (i % 2) * 10,
  escort: (i) => 120 + ((i * 7) % 3) * 30,
};

/** Contact days: every `gaps` days (back to the working day before), within windows. */
function contactDays(
  windows: readonly (readonly [from: string, until: string])[],
  gaps: readonly number[],
): string[] {
  const days: string[] = [];
  for (const [from, until] of windows) {
    let day = workingDayFrom(from);
    while (day < until) {
      days.push(day);
      let next = addDays(day, gaps[days.length % gaps.length]!);
      while (!isWorkingDay(next)) next = addDays(next, -1);
      day = next;
    }
  }
  return days;
}

/** Whether she was at a group session: after her plan, before she left, not paused or absent. */
function attends(story: MotherStory, session: number, date: string): boolean {
  if (date <= story.plan) return false;
  if ("droppedOut" in story.end && date >= story.end.droppedOut) return false;
  if (story.pause && date >= story.pause.from && date < story.pause.to) return false;
  return !story.absent.includes(session);
}

// ---------------------------------------------------------------------------------------
// Expanding a story into events
// ---------------------------------------------------------------------------------------

function referralEvents(
  t: Timeline,
  story: Story,
  eligibility: TrajectoryEventOf<"trajectory.referred">["data"]["eligibility"],
): void {
  t.add(
    story.referred,
    minutesOf("11:00"),
    "trajectory.referred",
    { projectId: PROJECT_ID, groupId: GROUP_ID, referredBy: story.by, eligibility },
    story.by,
  );
}

function declinedEvents(story: DeclinedStory): TrajectoryEvent[] {
  const t = new Timeline(trajectoryIdOf(story.n));
  const time = minutesOf(story.time);
  referralEvents(t, story, {
    singleMother: true,
    services: [...story.services],
    youngestChildAge: story.youngestChildAge,
    age: story.age,
  });
  t.add(story.infoTalk, time, "information-talk.held", { decision: "declined" });
  t.add(story.infoTalk, time + 45, "trajectory.closed", { outcome: "declined" });
  return t.events();
}

function motherEvents(story: MotherStory): TrajectoryEvent[] {
  const t = new Timeline(trajectoryIdOf(story.n));
  const time = minutesOf(story.time);
  const { intake, end } = story;

  referralEvents(t, story, {
    singleMother: true,
    services: [...story.services],
    youngestChildAge: youngestChildAge(story.children, story.referred),
    age: ageOn(story.person.birthDate, story.referred),
  });
  t.add(story.infoTalk, time, "information-talk.held", { decision: "interested" });

  // Intake: consent first, then the situation per life domain, then the baseline.
  t.add(intake.date, time, "consent.given", {
    scopes: [...story.consent],
    noticeVersion: NOTICE_VERSION,
  });
  t.add(intake.date, time + 5, "intake.held", {
    location: intake.location,
    household: { childrenBirthYears: [...story.children] },
    situation: lifeDomains.codes.map((domain) => {
      const note = story.situation[domain];
      return note === undefined
        ? { domain, wantsToWorkOnIt: false }
        : { domain, wantsToWorkOnIt: true, note };
    }),
  });

  // The individual track's contact days: from the plan to the end, except a pause or a
  // stretch away.
  const ending = "droppedOut" in end ? end.droppedOut : end.t1;
  const windows: [string, string][] = [];
  let from = addDays(story.plan, 5);
  for (const gap of [story.pause, story.away]) {
    if (gap === undefined) continue;
    windows.push([from, gap.from]);
    from = gap.to;
  }
  windows.push([from, ending]);
  const days = contactDays(windows, story.gaps);
  const index = (at: number) => {
    const i = at < 0 ? days.length + at : at;
    if (i < 0 || i >= days.length)
      throw new Error(`Story ${story.n}: no contact ${at} (only ${days.length}).`);
    return i;
  };
  // Rights: the contact and status of each step, to place them and derive the indicators.
  const rightSteps = Object.entries(story.rights).map(([right, steps]) => {
    const parsed = (steps ?? []).map((step) => {
      const [at, status] = step.split(" ");
      return [index(Number(at)), status as RightStatus] as const;
    });
    return [right as Right, parsed] as const;
  });
  const updates = story.updates.map((update) => {
    const [at, goalId, status] = update.split(" ");
    return [index(Number(at)), Number(goalId!.slice(1)), status as GoalStatus] as const;
  });
  const statusAt = (right: Right, beforeContact: number) =>
    rightSteps
      .find(([code]) => code === right)?.[1]
      .filter(([i]) => i < beforeContact)
      .at(-1)?.[1];

  const t0Date = intake.t0 ?? intake.date;
  t.add(t0Date, intake.t0 ? time : time + 60, "measurement.recorded", {
    timepoint: "t0",
    instrument: INSTRUMENT,
    answers: answersAt("t0", story.t0),
    // What she already had at the start: the rights check at the first contact says so.
    indicators: indicators(story.facts.t0, (right) => statusAt(right, 1)),
  });

  const goalSpecs = [...story.goals];
  t.add(story.plan, time, "plan.agreed", {
    goals: story.goals.map((spec, i) => goalOf(spec, i + 1, story.plan)),
    ...(story.services.includes("living-wage") ? { integrationContractLinked: true } : {}),
  });

  // The individual track, contact by contact, with what happened at each.
  const goalStatus = new Map<number, GoalStatus>(story.goals.map((_, i) => [i + 1, "open"]));
  let goalCount = story.goals.length;
  days.forEach((day, i) => {
    const addedHere = story.added && index(story.added.at) === i ? story.added.goal : undefined;
    if (addedHere) {
      goalSpecs.push(addedHere);
      goalStatus.set(++goalCount, "open");
    }
    const updatesHere = updates.filter(([at]) => at === i);
    const referrals = story.referrals.filter(([at]) => index(at) === i);
    const rightsHere = rightSteps.flatMap(([right, steps]) =>
      steps.filter(([at]) => at === i).map(([, status]) => [right, status] as const),
    );
    const escort = referrals.find(([, , , how]) => how === "escort");
    const mode: ContactMode = escort ? "escort" : story.modes[i % story.modes.length]!;
    const domains = new Set<string>(
      escort ? [escort[2]] : [goalSpecs[i % goalSpecs.length]!.domain],
    );
    for (const [, g] of updatesHere) domains.add(goalSpecs[g - 1]!.domain);
    for (const [, , domain] of referrals) domains.add(domain);
    if (rightsHere.length > 0) domains.add("rights");
    if (addedHere) domains.add(addedHere.domain);
    const minutes = MINUTES[mode](i);
    t.add(day, time, "contact.held", {
      mode,
      domains: [...domains],
      minutes,
      ...(escort ? { note: `Samen naar ${escort[1]} gegaan.` } : {}),
    });

    // What came of the contact is recorded right after it, five minutes apart.
    let minute = time + minutes;
    const next = () => {
      minute += 5;
      return minute;
    };
    if (addedHere) t.add(day, next(), "goal.added", { goal: goalOf(addedHere, goalCount, day) });
    for (const [, g, status] of updatesHere) {
      goalStatus.set(g, status);
      t.add(day, next(), "goal.updated", { goalId: `g${g}`, status });
    }
    for (const [, partner, domain] of referrals)
      t.add(day, next(), "referral.made", { partner, domain });
    for (const [right, status] of rightsHere)
      t.add(day, next(), "right.updated", {
        right,
        status,
        ...(status === "refused" ? { note: "Geweigerd; samen bekeken of beroep zinvol is." } : {}),
      });
    if (story.review && index(story.review.at) === i) {
      t.add(day, next(), "review.held", { note: "Plan van aanpak samen overlopen en bijgesteld." });
      if (story.review.mid)
        t.add(day, next(), "measurement.recorded", {
          timepoint: "mid",
          instrument: INSTRUMENT,
          answers: answersAt("mid", story.review.mid),
        });
    }
    if (story.signal && index(story.signal.at) === i)
      t.add(day, next(), "signal.raised", {
        domain: story.signal.domain,
        observation: story.signal.observation,
      });
  });

  if (story.pause) {
    const { pause } = story;
    t.add(pause.from, time, "trajectory.paused", { reason: pause.reason, note: pause.note });
    t.add(pause.to, time - 15, "trajectory.resumed", { note: "Herneemt waar ze gebleven was." });
  }

  if ("droppedOut" in end) {
    t.add(end.droppedOut, time, "contact.held", {
      mode: "phone",
      domains: [end.domain],
      minutes: 20,
    });
    t.add(end.droppedOut, time + 30, "trajectory.closed", {
      outcome: "dropped-out",
      reason: end.reason,
      note: end.note,
    });
    return t.events();
  }

  // End measurement, evaluation, handover, closing.
  t.add(end.t1, time, "measurement.recorded", {
    timepoint: "t1",
    instrument: INSTRUMENT,
    answers: answersAt("t1", end.answers, end.better),
    indicators: indicators(story.facts.t1, (right) => statusAt(right, days.length)),
  });
  const order = COMPLETERS.indexOf(story);
  const evaluation = workingDayFrom(addDays("2026-06-17", order % 6));
  const handover = workingDayFrom(addDays(evaluation, 3));
  const closed = workingDayFrom(addDays(handover, 3));
  const atClosingEvent = attends(story, CLOSING_SESSION, SESSIONS[CLOSING_SESSION - 1]![0]);
  t.add(evaluation, time, "evaluation.held", {
    certificateHandedOver: atClosingEvent,
    note: atClosingEvent
      ? "Slotgesprek: plan en metingen samen overlopen; getuigschrift op het slotmoment ontvangen."
      : "Slotgesprek: plan en metingen samen overlopen; het getuigschrift volgt bij een huisbezoek.",
  });
  const open = [...goalStatus]
    .filter(([, status]) => status === "open" || status === "in-progress")
    .map(([g]) => lifeDomains.label(goalSpecs[g - 1]!.domain, "nl"));
  const pending = rightSteps
    .map(([right, steps]) => [right, steps.at(-1)![1]] as const)
    .filter(([, status]) => status === "eligible" || status === "applied")
    .map(
      ([right, status]) => `${rights.label(right, "nl")} (${rightStatuses.label(status, "nl")})`,
    );
  const summary = [
    open.length > 0 ? `Open doelen: ${open.join(", ")}.` : "Alle doelen afgerond.",
    pending.length > 0 ? `Rechten nog lopend: ${pending.join(", ")}.` : "Geen lopende aanvragen.",
  ].join(" ");
  t.add(
    handover,
    time,
    "handover.done",
    end.handoverTo === "none-needed"
      ? { to: "none-needed", note: `Geen verdere begeleiding nodig. ${summary}` }
      : { to: "social-worker", receivingWorkerId: end.handoverTo, note: summary },
  );
  t.add(closed, time, "trajectory.closed", { outcome: "completed" });
  return t.events();
}

function goalOf(spec: GoalSpec, n: number, agreed: string) {
  return {
    id: `g${n}`,
    domain: spec.domain,
    description: spec.text,
    owner: "participant" as const,
    steps: spec.steps.map(([description, who], i) =>
      i === 0 ? { description, who, due: addDays(agreed, 28) } : { description, who },
    ),
  };
}

const MOTHERS = STORIES.filter((story): story is MotherStory => story.kind === "enrolled");
const COMPLETERS = MOTHERS.filter((story) => !("droppedOut" in story.end));

function profileOf(story: MotherStory): ParticipantProfile {
  const { person } = story;
  return {
    trajectoryId: trajectoryIdOf(story.n),
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    ...(person.email ? { email: person.email } : {}),
    ...(person.address ? { address: { ...person.address } } : {}),
    preferredLanguage: person.preferredLanguage,
    // Recorded at the intake, right after her consent.
    recordedAt: timestamp(story.intake.date, minutesOf(story.time) + 10),
  };
}

function groupEvents(): GroupEvent[] {
  const events: GroupEvent[] = [
    {
      id: `${GROUP_ID}.001`,
      groupId: GROUP_ID,
      type: "group.opened",
      at: timestamp("2025-09-01", minutesOf("09:00")),
      by: COORDINATOR,
      data: {
        projectId: PROJECT_ID,
        caseManagerId: CASE_MANAGER,
        capacity: 15,
        name: "MIRIAM Gent 2025-2026, groep A",
      },
    },
  ];
  SESSIONS.forEach(([date, start, minutes, kind, topic, partner, children], i) => {
    const session = i + 1;
    events.push({
      id: `${GROUP_ID}.${String(events.length + 1).padStart(3, "0")}`,
      groupId: GROUP_ID,
      type: "group-session.held",
      at: timestamp(date, minutesOf(start)),
      by: CASE_MANAGER,
      data: {
        date,
        minutes,
        topic,
        kind,
        ...(partner ? { partner } : {}),
        withChildren: children === "with-children",
        attendees: MOTHERS.filter((story) => attends(story, session, date)).map((story) =>
          trajectoryIdOf(story.n),
        ),
      },
    });
  });
  events.push({
    id: `${GROUP_ID}.${String(events.length + 1).padStart(3, "0")}`,
    groupId: GROUP_ID,
    type: "group.closed",
    at: timestamp("2026-06-30", minutesOf("16:00")),
    by: CASE_MANAGER,
    data: { note: "Groep afgesloten na het slotmoment." },
  });
  return events;
}

/**
 * A small, realistic example cohort for demos, docs and tests: one MIRIAM group of 14
 * mothers at OCMW Gent (Flanders) across the programme year September 2025 to June 2026,
 * plus one mother who declined at the information talk (15 trajectories).
 *
 * Its stories show the variety of the method: intakes mostly at home, 12 completed
 * trajectories, 2 drop-outs (found work, health), 1 pause for a birth, goals in the
 * mothers' own words across the life domains, rights moving from eligible to applied to
 * granted (and some refused), contacts at most 14 days apart (one mother away for three
 * weeks), referrals to partner organisations, group sessions every 14 days with their
 * attendance, t0, mid and t1 measurements with the kit's self-evaluation, reviews,
 * evaluations, handovers and two policy signals. Names appear only in `profiles`; every
 * event uses pseudonymous ids (`gent-2025-a-01`, `cm-01`, `mw-07`). Every event validates,
 * and each trajectory's events follow the method's order.
 *
 * Pure and deterministic: every call returns a new, identical cohort. The people are
 * invented.
 *
 * @example
 * ```ts
 * const { settings, trajectoryEvents } = exampleCohort();
 * const jsonl = trajectoryEvents.map((event) => JSON.stringify(event)).join("\n");
 * ```
 */
export function exampleCohort(): ExampleCohort {
  const call2023 = eligibilityEditions["call-2023"];
  const settings: ProjectSettingsInput = {
    id: PROJECT_ID,
    ocmw: { name: "OCMW Gent" },
    region: "flanders",
    languages: ["nl", "fr"],
    groups: [
      {
        id: GROUP_ID,
        name: "MIRIAM Gent 2025-2026, groep A",
        caseManagerId: CASE_MANAGER,
        startDate: "2025-09-01",
        sessionCadenceDays: 14,
      },
    ],
    trajectoryLengthMonths: 10,
    eligibility: { ...call2023, services: [...call2023.services] },
    instruments: [{ ...INSTRUMENT }],
  };
  const trajectoryEvents = STORIES.flatMap((story) =>
    story.kind === "declined" ? declinedEvents(story) : motherEvents(story),
  )
    .map((event, order) => ({ event, order, time: Date.parse(event.at) }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ event }) => event);
  return {
    settings,
    profiles: MOTHERS.map(profileOf),
    groupEvents: groupEvents(),
    trajectoryEvents,
  };
}
