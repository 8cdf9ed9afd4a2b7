import {
  type DocumentCode,
  documentTitles,
  type GroupEvent,
  type Labels,
  type ParticipantProfile,
  type ProjectSettingsInput,
  type TrajectoryEvent,
} from "@miriam/schemas";
import type { TrajectoryState } from "@miriam/trajectory";
import { comingSessions } from "./_coming-sessions";
import {
  annualReportData,
  consentData,
  contactLogData,
  endEvaluationData,
  followUpQuestionnaireData,
  type GroupSessionSource,
  groupSessionData,
  handoverData,
  historyOf,
  intakeReportData,
  midTermReviewData,
  type PeriodSource,
  personalPlanData,
  rightsCheckData,
  type TrajectorySource,
} from "./_derive";
import { myPlanData } from "./_derive-my-plan";
import type { MessageTable } from "./messages";
import type { Template } from "./template";
import { annualReport } from "./templates/annual-report";
import { consent } from "./templates/consent";
import { contactLog } from "./templates/contact-log";
import { endEvaluation } from "./templates/end-evaluation";
import { followUpQuestionnaire } from "./templates/follow-up-questionnaire";
import { groupSession } from "./templates/group-session";
import { handover } from "./templates/handover";
import { informationSheet } from "./templates/information-sheet";
import { intakeReport } from "./templates/intake-report";
import { midTermReview } from "./templates/mid-term-review";
import { myPlan } from "./templates/my-plan";
import { personalPlan } from "./templates/personal-plan";
import { rightsCheck } from "./templates/rights-check";

export type { GroupSessionSource, PeriodSource, TrajectorySource } from "./_derive";

/**
 * What one copy of a document is about, and so what it is made from: the project (the
 * information sheet), one trajectory (her plan, her reviews...), one group session (its
 * plan and register), or the project over a period (the annual report).
 */
export type DocumentScope = "project" | "trajectory" | "group-session" | "period";

/** What a project-wide document is made from: the project's settings alone. */
export interface ProjectSource {
  /** The project's settings. */
  readonly settings: ProjectSettingsInput;
}

/** What a document of each scope is made from. */
export interface DocumentSources {
  /** A project-wide document. */
  readonly project: ProjectSource;
  /** A document of one trajectory: her profile and her replay. */
  readonly trajectory: TrajectorySource;
  /** A group session's document. */
  readonly "group-session": GroupSessionSource;
  /** A report over a period. */
  readonly period: PeriodSource;
}

/** A template whose data type is left open, so that every document fits in one list. */
export type AnyTemplate = Template<string, unknown, unknown, MessageTable>;

/**
 * One document of the catalogue: its id, its name, its template, what it is about
 * (`scope`), when it can be made and how its data is read from the replayed state. The
 * CLI (`miriam render`), the case-manager app and create-miriam's blank forms read
 * these entries and nothing else, so a document added here reaches all of them.
 */
export type CatalogueEntry<S extends DocumentScope = DocumentScope> = S extends DocumentScope
  ? {
      /** The document's id: its template's id, e.g. `"personal-plan"`. */
      readonly id: string;
      /** The document's name in each language, for lists, pickers and file names. */
      readonly title: Labels;
      /** Its template. */
      readonly template: AnyTemplate;
      /** What one copy is about. */
      readonly scope: S;
      /**
       * Whether her replayed state has what the document is made from (e.g. a personal
       * plan needs the plan to be agreed). Always true for other scopes. Pure.
       */
      readonly ready: (state: TrajectoryState) => boolean;
      /**
       * Its data, read from its source (for a trajectory: her replayed state). Pure.
       * @throws {Error} when the source lacks what it is made from (see `ready`).
       */
      readonly data: (source: DocumentSources[S]) => unknown;
      /**
       * The stem of its blank form's file name in a new project kit (create-miriam
       * numbers them in catalogue order), when the template prints blank.
       */
      readonly blankForm?: string;
    }
  : never;

/** What {@link defineDocument} takes: the entry, with its data typed by its template. */
export interface DocumentDefinition<
  Id extends string,
  Data,
  Input,
  M extends MessageTable,
  S extends DocumentScope,
> {
  /** The document's template; its id is the document's. */
  readonly template: Template<Id, Data, Input, M>;
  /** The document's name in each language. */
  readonly title: Labels;
  /** What one copy is about. */
  readonly scope: S;
  /** Whether her replayed state has what it is made from. Default: always. */
  readonly ready?: (state: TrajectoryState) => boolean;
  /** Its data from its source: what the template takes. */
  readonly data: (source: DocumentSources[S]) => NoInfer<Input>;
  /** The stem of its blank form's file name, when its template prints blank. */
  readonly blankForm?: string;
}

const always = () => true;

/**
 * Defines a catalogue entry; the data function must give what the template takes. A
 * project can list its own documents next to the kit's with it
 * (`[...documentCatalogue, ownDocument]`). Pure.
 *
 * @example
 * ```ts
 * const note = defineDocument({
 *   template: noteTemplate,
 *   title: { nl: "Nota", fr: "Note", de: "Notiz", en: "Note" },
 *   scope: "trajectory",
 *   data: ({ profile }) => ({ givenName: profile.givenName }),
 * });
 * ```
 */
export function defineDocument<
  const Id extends string,
  Data,
  Input,
  M extends MessageTable,
  const S extends DocumentScope,
>(definition: DocumentDefinition<Id, Data, Input, M, S>): CatalogueEntry<S> {
  const { template, title, scope, ready, data, blankForm } = definition;
  return {
    id: template.id,
    title,
    template: template as unknown as AnyTemplate,
    scope,
    ready: ready ?? always,
    data,
    ...(blankForm === undefined ? {} : { blankForm }),
  } as unknown as CatalogueEntry<S>;
}

/**
 * A built-in entry: it keeps its template's own type (for the typed override keys) and
 * the type of its data.
 */
export type BuiltInEntry<T, S extends DocumentScope, Input> = Omit<
  CatalogueEntry<S>,
  "template" | "data"
> & {
  /** Its template, with its own type. */
  readonly template: T;
  /** Its data from its source. */
  readonly data: (source: DocumentSources[S]) => Input;
};

// A built-in document's name is the vocabulary's (@miriam/schemas `documentTitles`).
function builtIn<
  const Id extends DocumentCode,
  Data,
  Input,
  M extends MessageTable,
  const S extends DocumentScope,
>(
  template: Template<Id, Data, Input, M>,
  entry: Omit<DocumentDefinition<Id, Data, Input, M, S>, "template" | "title">,
): BuiltInEntry<Template<Id, Data, Input, M>, S, Input> {
  const title = documentTitles.terms.find((term) => term.code === template.id)!.labels;
  return defineDocument({ ...entry, title, template }) as unknown as BuiltInEntry<
    Template<Id, Data, Input, M>,
    S,
    Input
  >;
}

/**
 * The kit's documents by id: one entry for every term of the `documentTitles`
 * vocabulary, which the type requires (a new term does not compile without its entry).
 */
export const builtInDocuments = {
  "information-sheet": builtIn(informationSheet, {
    scope: "project",
    data: () => ({}),
    blankForm: "information-sheet",
  }),
  consent: builtIn(consent, {
    scope: "trajectory",
    ready: (state) => state.context.consent.enrolledAt !== null,
    data: consentData,
    blankForm: "consent",
  }),
  "intake-report": builtIn(intakeReport, {
    scope: "trajectory",
    ready: (state) => state.context.milestones.intakeAt !== null,
    data: intakeReportData,
    blankForm: "intake-report",
  }),
  "rights-check": builtIn(rightsCheck, {
    scope: "trajectory",
    data: rightsCheckData,
    blankForm: "rights-check",
  }),
  "personal-plan": builtIn(personalPlan, {
    scope: "trajectory",
    ready: (state) => state.context.milestones.planAgreedAt !== null,
    data: personalPlanData,
    blankForm: "personal-plan",
  }),
  "my-plan": builtIn(myPlan, {
    scope: "trajectory",
    ready: (state) => state.context.consent.enrolledAt !== null,
    data: myPlanData,
  }),
  "contact-log": builtIn(contactLog, {
    scope: "trajectory",
    data: contactLogData,
    blankForm: "contact-log",
  }),
  "group-session": builtIn(groupSession, {
    scope: "group-session",
    data: groupSessionData,
    blankForm: "attendance-register",
  }),
  "mid-term-review": builtIn(midTermReview, {
    scope: "trajectory",
    ready: (state) => state.context.individual.reviewsAt.length > 0,
    data: midTermReviewData,
    blankForm: "mid-term-review",
  }),
  "end-evaluation": builtIn(endEvaluation, {
    scope: "trajectory",
    ready: (state) => state.context.milestones.evaluationAt !== null,
    data: endEvaluationData,
  }),
  handover: builtIn(handover, {
    scope: "trajectory",
    ready: (state) => state.context.milestones.handover !== null,
    data: handoverData,
    blankForm: "handover",
  }),
  "follow-up-questionnaire": builtIn(followUpQuestionnaire, {
    scope: "trajectory",
    data: followUpQuestionnaireData,
    blankForm: "follow-up-questionnaire",
  }),
  "annual-report": builtIn(annualReport, {
    scope: "period",
    data: annualReportData,
  }),
} satisfies { readonly [Code in DocumentCode]: { readonly template: { readonly id: Code } } };

/**
 * Every document of the method, in the order of the trajectory (METHODOLOGY.md §9): the
 * one list that the CLI, the case-manager app and create-miriam read.
 *
 * @example
 * ```ts
 * // The documents her page offers: those her replayed state allows.
 * const offered = documentCatalogue.filter((doc) => doc.scope === "trajectory" && doc.ready(state));
 * for (const doc of offered) console.log(doc.title.nl);
 * ```
 */
export const documentCatalogue: readonly CatalogueEntry[] = documentTitles.codes.map(
  (code) => builtInDocuments[code] as unknown as CatalogueEntry,
);

/**
 * The source of her documents from her records: her own events (others' are ignored)
 * replayed as @miriam/trajectory replays them, with her attendance at her group's
 * sessions, and the project's life domains from its settings. Pure.
 *
 * @example
 * ```ts
 * const source = trajectorySource({ settings, profile, events, groupEvents, groupName });
 * const plan = builtInDocuments["personal-plan"];
 * if (plan.ready(source.history.state)) render(plan.template, plan.data(source), { settings });
 * ```
 */
export function trajectorySource(input: {
  /** The project's settings: its life domains order the end evaluation's scores. */
  readonly settings?: ProjectSettingsInput;
  /** Her profile. */
  readonly profile: ParticipantProfile;
  /** Her events; others' are ignored. */
  readonly events: readonly TrajectoryEvent[];
  /** Her group's log, for her attendance and the mid-term review's counts. */
  readonly groupEvents?: readonly GroupEvent[];
  /** Her group's name, printed on the certificate. */
  readonly groupName?: string;
  /**
   * The day it is printed (`YYYY-MM-DD`, Brussels): "My plan" then shows it and her
   * group's next planned sessions from the settings. Documents read no clock.
   */
  readonly today?: string;
}): TrajectorySource {
  const domains = input.settings?.domains?.map((domain) => domain.code);
  const history = historyOf(input);
  const coming =
    input.today === undefined
      ? undefined
      : comingSessions(input.settings, history, input.groupEvents ?? [], input.today);
  return {
    profile: input.profile,
    history,
    ...(input.groupEvents === undefined ? {} : { groupEvents: input.groupEvents }),
    ...(input.groupName === undefined ? {} : { groupName: input.groupName }),
    ...(domains === undefined ? {} : { domains }),
    ...(input.today === undefined
      ? {}
      : {
          myPlan: {
            printedOn: input.today,
            ...(coming === undefined ? {} : { comingSessions: coming }),
          },
        }),
  };
}
