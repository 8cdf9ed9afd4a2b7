import { exampleCohort, type ProjectSettingsInput } from "@miriam/schemas";
import {
  type AnnualReportData,
  annualReportFromEvents,
  type BuiltInTemplate,
  type ConsentData,
  type ContactLogData,
  type EndEvaluationData,
  type FollowUpQuestionnaireData,
  type GroupSessionData,
  type HandoverData,
  type InformationSheetData,
  type IntakeReportData,
  type MidTermReviewData,
  type MyPlanData,
  type PersonalPlanData,
  type RightsCheckData,
  type TemplateId,
  type TemplateInput,
  templates,
} from "../src/index";

// Sample data for the golden files and the content tests: realistic, invented, and with
// some optional fields left out on purpose so the goldens show what a blank looks like.

/** The sample project: a Flemish OCMW with one group. */
export const sampleSettings: ProjectSettingsInput = {
  id: "ocmw-voorbeeldstad",
  ocmw: { name: "OCMW Voorbeeldstad", logo: "logo.svg" },
  region: "flanders",
  languages: ["nl", "fr", "de", "en"],
  groups: [{ id: "groep-a", name: "Groep A", startDate: "2025-09-15" }],
};

const goals = [
  {
    id: "g1",
    domain: "housing",
    description: "Een woning met twee slaapkamers, zodat de kinderen elk een eigen plek hebben.",
    owner: "participant" as const,
    status: "in-progress" as const,
    steps: [
      {
        description: "Inschrijven bij de sociale huisvestingsmaatschappij",
        who: "together" as const,
        due: "2025-11-15",
        done: true,
      },
      { description: "Huurpremie aanvragen", who: "participant" as const, due: "2026-01-31" },
    ],
  },
  {
    id: "g2",
    domain: "finances",
    description: "Weten wat er elke maand binnenkomt en buitengaat.",
    owner: "participant" as const,
    status: "achieved" as const,
    steps: [{ description: "Budgetschrift bijhouden", who: "participant" as const, done: true }],
  },
  {
    id: "g3",
    domain: "wellbeing",
    description: "Eén avond per week iets voor mezelf doen.",
    owner: "participant" as const,
    steps: [],
  },
];

const informationSheet: InformationSheetData = {
  givenName: "Samira",
  invitation: {
    date: "2025-09-02",
    time: "10:00",
    place: "OCMW Voorbeeldstad, Kerkstraat 1, lokaal 3",
  },
  contact: { name: "An Peeters", phone: "016 00 00 00" },
};

const consent: ConsentData = {
  participant: { givenName: "Samira", familyName: "El Amrani" },
  noticeVersion: "2025-1",
  scopes: ["processing", "research"],
  retentionYears: 5,
  date: "2025-09-22",
};

const intakeReport: IntakeReportData = {
  participant: {
    givenName: "Samira",
    familyName: "El Amrani",
    birthDate: "1992-04-03",
    address: { street: "Molenstraat 12", postalCode: "3000", municipality: "Leuven" },
  },
  heldOn: "2025-09-22",
  intake: {
    location: "home",
    household: { childrenBirthYears: [2016, 2021] },
    situation: [
      {
        domain: "housing",
        wantsToWorkOnIt: true,
        note: "Woont met twee kinderen in een studio. Vocht in de badkamer.",
      },
      {
        domain: "finances",
        wantsToWorkOnIt: true,
        note: "Rekeningen stapelen zich op; ze wil overzicht.",
      },
      { domain: "social-network", wantsToWorkOnIt: false },
    ],
  },
  consentScopes: ["processing", "research"],
  caseManager: "An Peeters",
};

const rightsCheck: RightsCheckData = {
  participant: { givenName: "Samira", familyName: "El Amrani" },
  checkedOn: "2025-10-20",
  rights: [
    { right: "increased-reimbursement", status: "granted", updatedOn: "2025-10-06" },
    {
      right: "maintenance-advance",
      status: "applied",
      updatedOn: "2025-10-20",
      note: "Dossier bij DAVO ingediend.",
    },
    { right: "family-allowance-social-supplement", status: "eligible" },
    { right: "study-grant", status: "not-applicable" },
  ],
};

const personalPlan: PersonalPlanData = {
  participant: { givenName: "Samira" },
  agreedOn: "2025-10-06",
  goals,
  nextReview: "2026-01-19",
};

const contactLog: ContactLogData = {
  participant: { givenName: "Samira", familyName: "El Amrani" },
  contacts: [
    {
      at: "2025-10-06T10:00:00+02:00",
      mode: "home",
      domains: ["housing", "finances"],
      minutes: 75,
      note: "Plan samen opgesteld.",
    },
    {
      at: "2025-10-20T14:00:00+02:00",
      mode: "escort",
      domains: ["rights"],
      minutes: 120,
      note: "Samen naar het ziekenfonds.",
    },
    { at: "2025-11-03T09:30:00+01:00", mode: "phone", domains: ["finances"], minutes: 20 },
  ],
  referrals: [
    { at: "2025-10-20T14:00:00+02:00", partner: "CAW Oost-Brabant", domain: "wellbeing" },
  ],
};

const groupSession: GroupSessionData = {
  groupName: "Groep A",
  session: {
    date: "2025-10-14",
    time: "09:30",
    topic: "Budget: waar gaat mijn geld naartoe?",
    kind: "workshop",
    partner: "CAW Oost-Brabant",
    place: "Buurthuis De Linde",
    agenda: [
      "Koffie en welkom",
      "Workshop budgetschrift",
      "Vragenronde",
      "Afspraken voor de volgende keer",
    ],
  },
  participants: [
    { trajectoryId: "groep-a-01", givenName: "Samira", familyName: "El Amrani" },
    { trajectoryId: "groep-a-02", givenName: "Kelly", familyName: "Janssens" },
    { trajectoryId: "groep-a-03", givenName: "Nadia", familyName: "Bakker" },
  ],
  facilitator: "An Peeters",
  topics: {
    proposed: ["Kinderopvang vinden", "Budget en sparen"],
    chosen: ["Budget en sparen", "Werk zoeken met kleine kinderen"],
  },
};

const midTermReview: MidTermReviewData = {
  participant: { givenName: "Samira" },
  reviewedOn: "2026-01-19",
  goals,
  review: { note: "Samira wil meer tijd voor de woonzoektocht; de budgetgroep blijft ze volgen." },
  contacts: 8,
  sessionsAttended: 7,
  sessionsHeld: 9,
  caseManager: "An Peeters",
};

const endEvaluation: EndEvaluationData = {
  participant: { givenName: "Samira", familyName: "El Amrani" },
  evaluatedOn: "2026-06-22",
  startedOn: "2025-09-22",
  groupName: "Groep A",
  goals,
  scores: [
    { domain: "finances", t0: 3, t1: 7 },
    { domain: "housing", t0: 2, t1: 4 },
    { domain: "work-training", t0: 4, t1: 5 },
    { domain: "children", t0: 6, t1: 8 },
    { domain: "health", t0: 5, t1: 6 },
    { domain: "wellbeing", t0: 3, t1: 6.5 },
    { domain: "social-network", t0: 2, t1: 6 },
    { domain: "rights", t0: 4, t1: null },
  ],
  overallImprovement: true,
  words: "Ik sta er niet meer alleen voor.",
  caseManager: "An Peeters",
};

const handover: HandoverData = {
  participant: { givenName: "Samira", familyName: "El Amrani" },
  handedOverOn: "2026-06-29",
  startedOn: "2025-09-22",
  handover: {
    to: "social-worker",
    receivingWorkerId: "mw-07",
    note: "Afspraak bij de huisvestingsmaatschappij op 15 juli. Budgetschrift loopt goed.",
  },
  receivingWorker: "Pieter Claes",
  caseManager: "An Peeters",
  openGoals: goals.filter((goal) => goal.status !== "achieved"),
  pendingRights: [
    {
      right: "maintenance-advance",
      status: "applied",
      note: "Antwoord DAVO verwacht in augustus.",
    },
    { right: "family-allowance-social-supplement", status: "eligible" },
  ],
};

const followUpQuestionnaire: FollowUpQuestionnaireData = {
  givenName: "Samira",
  monthsAfterEnd: 12,
};

// The annual report's figures come from @miriam/evaluation's funder report of the
// example cohort, so the golden files also show how its suppression prints.
const cohort = exampleCohort();
const annualReport: AnnualReportData = {
  ...annualReportFromEvents({
    settings: cohort.settings,
    groupEvents: cohort.groupEvents,
    trajectoryEvents: cohort.trajectoryEvents,
    period: { from: "2025-09-01", to: "2026-08-31" },
  }),
  coordinator: "Leen Wouters",
};

// Her own view: some steps done, one marked done by her and waiting, her chart shown.
const myPlan: MyPlanData = {
  participant: { givenName: "Samira" },
  printedOn: "2026-02-02",
  caseManager: "An Peeters",
  goals: [
    {
      domain: "housing",
      description: "Een woning met twee slaapkamers, zodat de kinderen elk een eigen plek hebben.",
      status: "in-progress",
      steps: [
        {
          description: "Inschrijven bij de sociale huisvestingsmaatschappij",
          who: "together",
          due: "2025-11-15",
          done: true,
        },
        {
          description: "Huurpremie aanvragen",
          who: "participant",
          due: "2026-01-31",
          done: false,
          waiting: true,
        },
        { description: "Brief van het woonloket uitleggen", who: "case-manager", done: false },
      ],
    },
    {
      domain: "finances",
      description: "Weten wat er elke maand binnenkomt en buitengaat.",
      status: "achieved",
      steps: [{ description: "Budgetschrift bijhouden", who: "participant", done: true }],
    },
  ],
  stepsTaken: { done: 2, of: 4 },
  selfEvaluation: {
    t0: { finances: 3, housing: 2, "social-network": 4, wellbeing: 5, health: 6 },
    t1: { finances: 6, housing: 5, "social-network": 7, wellbeing: 6, health: 6 },
  },
  comingSessions: [
    {
      date: "2026-02-06",
      time: "09:30",
      place: "Buurthuis De Linde",
      topic: "Budget en sparen",
      withChildren: false,
    },
    {
      date: "2026-02-20",
      time: "13:30",
      place: "Stadspark",
      topic: "Uitstap met de kinderen",
      withChildren: true,
    },
  ],
  chosenTopics: ["Budget en sparen", "Werk zoeken met kleine kinderen"],
  proposedTopics: [{ topic: "Kinderopvang vinden", status: "waiting" }],
  rights: [
    { right: "maintenance-advance", status: "applied", stage: "applied" },
    { right: "increased-reimbursement", status: "granted", stage: "found" },
    { right: "social-housing", status: "unknown", stage: "open" },
  ],
  consentScopes: ["processing", "partner-sharing", "her-page"],
  privacyContact: "dpo@voorbeeldstad.be",
};

/** One sample per built-in template, by id. */
export const samples: {
  readonly [Id in TemplateId]: TemplateInput<Extract<BuiltInTemplate, { id: Id }>>;
} = {
  "information-sheet": informationSheet,
  consent,
  "intake-report": intakeReport,
  "rights-check": rightsCheck,
  "personal-plan": personalPlan,
  "my-plan": myPlan,
  "contact-log": contactLog,
  "group-session": groupSession,
  "mid-term-review": midTermReview,
  "end-evaluation": endEvaluation,
  handover,
  "follow-up-questionnaire": followUpQuestionnaire,
  "annual-report": annualReport,
};

/** Each built-in template with its sample data, in the order of {@link templates}. */
export const templatesWithSamples = templates.map((template) => ({
  template: template as BuiltInTemplate,
  data: samples[template.id] as unknown,
}));
