import type { OpenStep } from "@miriam/evaluation";
import {
  closingOutcomes,
  closingReasons,
  consentScopes,
  contactModes,
  type DomainDefinition,
  type Goal,
  goalStatuses,
  helplines,
  informationTalkDecisions,
  intakeLocations,
  intakeSafety,
  type Language,
  lifeDomains,
  OcmwService,
  outcomeIndicators,
  pauseReasons,
  proposalKinds,
  providerNames,
  type Region,
  rightStatuses,
  rightsCatalogue,
  roles,
  selfEvaluationInstrument,
  stepOwners,
  type Timepoint,
  type TrajectoryEvent,
  timepoints,
} from "@miriam/schemas";
import type { TrajectoryState } from "@miriam/trajectory";
import type { Fields } from "./form-fields";
import { eventFieldOf, type FieldOf } from "./form-problems";
import { readStepChoice, stepChoices } from "./her-page/step-choices";
import { type Html, html } from "./html";
import type { T } from "./i18n";
import { term, titleOf } from "./terms";

/** A parsed form body: one string or several per field (defined in parsed-form.ts). */
export type FormBody = import("./parsed-form").FormBody;

/** Reads fields of a parsed form body. */
export class FormReader {
  constructor(private readonly body: FormBody) {}
  str(name: string): string {
    const value = this.body[name];
    return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
  }
  /** The text, or undefined when empty (optional fields are left out, not ""). */
  opt(name: string): string | undefined {
    return this.str(name) || undefined;
  }
  all(name: string): string[] {
    const value = this.body[name] ?? this.body[`${name}[]`];
    if (value === undefined) return [];
    return (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
  }
  int(name: string): number | undefined {
    const text = this.str(name);
    if (text === "") return undefined;
    const n = Number(text);
    return Number.isFinite(n) ? n : Number.NaN;
  }
  bool(name: string): boolean {
    return this.str(name) === "on" || this.str(name) === "true";
  }
}

const opt = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** The project's life domains as choices, in its order. */
const domainChoices = (domains: readonly DomainDefinition[], language: Language) =>
  domains.map((domain) => ({ code: domain.code, label: domain.labels[language] }));

/** The reason picker of a closing: its outcome's reasons, or nothing when it has none. */
function reasonSelect(f: Fields, outcome: string | undefined, label: string): Html | "" {
  const reasons = closingReasons(outcome ?? "completed");
  return reasons === undefined ? "" : f.select("reason", label, reasons);
}

function goalFields(prefix: string, ctx: FormContext, required: boolean): Html {
  const { t, language, f } = ctx;
  return html`${f.select(`${prefix}domain`, titleOf(lifeDomains, language), domainChoices(ctx.domains, language), { empty: "—", required })}
${f.text(`${prefix}description`, t("goalInHerWords"), { required })}
<div class="grid2">
<div>${f.text(`${prefix}step`, t("firstStep"))}</div>
<div>${f.select(`${prefix}who`, t("who"), stepOwners, { required: false })}</div>
</div>`;
}

/** A goal's form field from the path of a problem in it (key, and a step's key). */
function goalField(prefix: string, key: unknown, stepKey: unknown): string {
  if (key === "steps") return `${prefix}${stepKey === "who" ? "who" : "step"}`;
  return `${prefix}${key === "description" ? "description" : "domain"}`;
}

function readGoal(form: FormReader, prefix: string, id: string) {
  const domain = form.str(`${prefix}domain`);
  const description = form.str(`${prefix}description`);
  if (domain === "" && description === "") return undefined;
  const step = form.str(`${prefix}step`);
  return {
    id,
    domain,
    description,
    owner: "participant" as const,
    steps: step ? [{ description: step, who: form.str(`${prefix}who`) || "participant" }] : [],
  };
}

/** What a form needs to know besides the language. */
export interface FormContext {
  readonly t: T;
  readonly language: Language;
  readonly state: TrajectoryState;
  readonly region: Region;
  /** The project's life domains (its own set, else the kit's default set), in its order. */
  readonly domains: readonly DomainDefinition[];
  /** From the step's query: the measurement timepoint or closing outcome. */
  readonly timepoint?: Timepoint;
  readonly outcome?: string;
  /**
   * The steps of her open goals she may still mark done, in the words agreed with her,
   * from the replay of her log (`herView`); read only by the form of her proposals.
   */
  readonly openSteps: readonly OpenStep[];
  /** The goal a goal's line leads to: preselected in the goal update. */
  readonly goalId?: string;
  /** Her goals with their words (from the projection), to name them in a choice. */
  readonly goals?: readonly Goal[];
  /** Draws the fields with what she sent and the errors beside them. */
  readonly f: Fields;
}

// ---------------------------------------------------------------------------------------
// One form per event type: the fields, and how they become the event's data.
// ---------------------------------------------------------------------------------------

interface EventForm {
  fields(ctx: FormContext): Html;
  data(form: FormReader, ctx: FormContext): unknown;
  /**
   * The form field a problem of the event's data points at (`rest`: its path after
   * `data`), when it is not the field of the same name.
   */
  fieldOf?: FieldOf;
}

const noteOnly: EventForm = {
  fields: ({ t, f }) => f.textarea("note", t("note")),
  data: (form) => ({ ...opt("note", form.opt("note")) }),
};

/** The field of an event form that a problem's path points at. */
export const fieldOfEvent = (type: TrajectoryEvent["type"]): FieldOf =>
  eventFieldOf(EVENT_FORMS[type]?.fieldOf);

export const EVENT_FORMS: Partial<Record<TrajectoryEvent["type"], EventForm>> = {
  "information-talk.held": {
    fields: ({ t, f }) => f.select("decision", t("decision"), informationTalkDecisions),
    data: (form) => ({ decision: form.str("decision") }),
  },
  "consent.given": {
    fields: ({ t, f }) =>
      html`${f.checks("scopes", t("scopes"), consentScopes, ["processing"])}
${f.text("noticeVersion", t("noticeVersion"), { value: "2025-1" })}`,
    data: (form) => ({
      scopes: form.all("scopes"),
      ...opt("noticeVersion", form.opt("noticeVersion")),
    }),
  },
  "consent.withdrawn": {
    fields: ({ t, f }) => f.checks("scopes", t("scopes"), consentScopes),
    data: (form) => ({ scopes: form.all("scopes") }),
  },
  "intake.held": {
    fields: ({
      t,
      language,
      domains,
      f,
    }) => html`${f.select("location", t("location"), intakeLocations)}
${f.text("children", t("childrenBirthYears"))}
<fieldset><legend>${t("situation")}</legend>
<div class="scroll"><table><thead><tr><th>${titleOf(lifeDomains, language)}</th><th>${t("wantsToWorkOnIt")}</th><th>${t("note")}</th></tr></thead><tbody>
${domains.map(
  (term) => html`<tr><td>${term.labels[language]}</td>
<td><input type="checkbox" name="want-${term.code}" aria-label="${t("wantsToWorkOnIt")}: ${term.labels[language]}" ${f.value(`want-${term.code}`) ? "checked" : ""}></td>
<td><input type="text" name="situation-${term.code}" aria-label="${t("note")}: ${term.labels[language]}" maxlength="2000" value="${f.value(`situation-${term.code}`)}"></td></tr>`,
)}</tbody></table></div></fieldset>
${f.checks("safety", intakeSafety.title[language], intakeSafety)}
${f.checks("helplines", helplines.title[language], helplines)}`,
    data: (form, { domains }) => ({
      location: form.str("location"),
      household: {
        childrenBirthYears: form
          .str("children")
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map(Number),
      },
      situation: domains.map(({ code }) => ({
        domain: code,
        wantsToWorkOnIt: form.bool(`want-${code}`),
        ...opt("note", form.opt(`situation-${code}`)),
      })),
      // Asked and referred only, never her answer (issue #16).
      safety: {
        asked: form.all("safety").includes("asked"),
        referred: form.all("safety").includes("referred"),
        ...(form.all("helplines").length > 0 ? { helplines: form.all("helplines") } : {}),
      },
    }),
    fieldOf: ([key]) => (key === "household" ? "children" : undefined),
  },
  "measurement.recorded": {
    fields: ({ t, language, timepoint, f }) => {
      const at = timepoint ?? "t0";
      const instrument = selfEvaluationInstrument;
      const items = instrument.items.filter(
        (item) => item.timepoints === undefined || item.timepoints.includes(at),
      );
      const scale = instrument.scale;
      return html`${f.hidden("timepoint", at)}
<p class="muted">${instrument.title[language]} · ${timepoints.label(at, language)} · ${instrument.notice?.[language] ?? ""}</p>
<p class="muted">${t("scaleHint", { min: scale?.minLabel?.[language] ?? "", max: scale?.maxLabel?.[language] ?? "" })}</p>
<fieldset><legend>${t("answer")}</legend>
${items.map((item) =>
  item.response === "yes-no"
    ? f.select(
        `item-${item.id}`,
        item.text[language],
        [
          { code: "", label: t("notAnswered") },
          { code: "1", label: t("yes") },
          { code: "0", label: t("no") },
        ],
        { required: false },
      )
    : f.select(
        `item-${item.id}`,
        item.text[language],
        [
          { code: "", label: t("notAnswered") },
          ...Array.from({ length: 11 }, (_, i) => ({ code: String(i), label: String(i) })),
        ],
        { required: false },
      ),
)}</fieldset>
<fieldset><legend>${titleOf(outcomeIndicators, language)}</legend><div class="grid2">
${outcomeIndicators.terms.map((term) =>
  f.select(
    `ind-${term.code}`,
    term.labels[language],
    [
      { code: "", label: t("unknown") },
      { code: "yes", label: t("yes") },
      { code: "no", label: t("no") },
    ],
    { required: false },
  ),
)}</div></fieldset>`;
    },
    data: (form) => {
      const at = form.str("timepoint") as Timepoint;
      const instrument = selfEvaluationInstrument;
      const answers: Record<string, number | null> = {};
      for (const item of instrument.items) {
        if (item.timepoints !== undefined && !item.timepoints.includes(at)) continue;
        const value = form.int(`item-${item.id}`);
        answers[item.id] = value === undefined ? null : value;
      }
      const indicators: Record<string, boolean> = {};
      for (const code of outcomeIndicators.codes) {
        const value = form.str(`ind-${code}`);
        if (value === "yes" || value === "no") indicators[code] = value === "yes";
      }
      return {
        timepoint: at,
        instrument: { id: instrument.id, version: instrument.version },
        answers,
        ...(Object.keys(indicators).length > 0 ? { indicators } : {}),
      };
    },
    fieldOf: ([key, id]) =>
      key === "answers" ? `item-${id}` : key === "indicators" ? `ind-${id}` : undefined,
  },
  "plan.agreed": {
    fields: (ctx) => html`<p class="muted">${ctx.t("planGoalsHint")}</p>
${[1, 2, 3].map((n) => html`<fieldset><legend>${ctx.t("goal")} ${n}</legend>${goalFields(`g${n}-`, ctx, n === 1)}</fieldset>`)}
${ctx.f.checkbox("integrationContractLinked", ctx.t("integrationContract"))}`,
    data: (form) => ({
      goals: [1, 2, 3].flatMap((n) => readGoal(form, `g${n}-`, `g${n}`) ?? []),
      ...(form.bool("integrationContractLinked") ? { integrationContractLinked: true } : {}),
    }),
    fieldOf: ([, index, key, , stepKey]) =>
      goalField(`g${typeof index === "number" ? index + 1 : 1}-`, key, stepKey),
  },
  "goal.added": {
    fields: (ctx) =>
      html`<fieldset><legend>${ctx.t("goal")}</legend>${goalFields("g-", ctx, true)}</fieldset>`,
    data: (form, { state }) => {
      const taken = new Set(Object.keys(state.context.goals));
      let n = taken.size + 1;
      while (taken.has(`g${n}`)) n++;
      return { goal: readGoal(form, "g-", `g${n}`) ?? {} };
    },
    fieldOf: ([, key, , stepKey]) => goalField("g-", key, stepKey),
  },
  "goal.updated": {
    fields: ({ t, language, state, domains, f, goalId, goals: worded }) => {
      // Named by her own words when they are known, else by the goal's id.
      const words = new Map(worded?.map((goal) => [goal.id, goal.description]));
      const goals = Object.entries(state.context.goals).map(([id, goal]) => ({
        code: id,
        label: `${words.get(id) ?? id} · ${domainLabel(domains, goal.domain, language)} · ${goalStatuses.label(goal.status, language)}`,
      }));
      return html`${f.select("goalId", t("goal"), goals, goalId ? { selected: goalId } : {})}
${f.select("status", t("status"), goalStatuses)}${f.textarea("note", t("note"))}`;
    },
    data: (form) => ({
      goalId: form.str("goalId"),
      status: form.str("status"),
      ...opt("note", form.opt("note")),
    }),
  },
  "contact.held": {
    fields: ({ t, language, domains, f }) => html`${f.select("mode", t("mode"), contactModes)}
${f.checks("domains", titleOf(lifeDomains, language), domainChoices(domains, language))}
${f.number("minutes", t("minutes"), 1, 600, { value: 60, required: true })}${f.textarea("note", t("note"))}`,
    data: (form) => ({
      mode: form.str("mode"),
      domains: form.all("domains"),
      minutes: form.int("minutes"),
      ...opt("note", form.opt("note")),
    }),
  },
  "referral.made": {
    fields: ({ t, language, domains, f }) =>
      html`${f.text("partner", t("partner"), { required: true })}${f.select("domain", titleOf(lifeDomains, language), domainChoices(domains, language))}`,
    data: (form) => ({ partner: form.str("partner"), domain: form.str("domain") }),
  },
  "right.updated": {
    fields: ({ t, language, region, f }) => {
      const catalogue = rightsCatalogue(region).map((right) => {
        const provider = providerNames(right, language);
        return {
          code: right.code,
          label: provider ? `${right.labels[language]} (${provider})` : right.labels[language],
        };
      });
      return html`${f.select("right", t("right"), catalogue)}
${f.select("status", t("status"), rightStatuses)}${f.textarea("note", t("note"))}`;
    },
    data: (form) => ({
      right: form.str("right"),
      status: form.str("status"),
      ...opt("note", form.opt("note")),
    }),
  },
  "trajectory.paused": {
    fields: ({ t, f }) =>
      html`${f.select("reason", t("reason"), pauseReasons)}${f.textarea("note", t("note"))}`,
    data: (form) => ({ reason: form.str("reason"), ...opt("note", form.opt("note")) }),
  },
  "trajectory.resumed": noteOnly,
  "review.held": noteOnly,
  "evaluation.held": {
    fields: ({ t, f }) =>
      html`${f.checkbox("certificate", t("certificate"), true)}${f.textarea("note", t("note"))}`,
    data: (form) => ({
      certificateHandedOver: form.bool("certificate"),
      ...opt("note", form.opt("note")),
    }),
  },
  "handover.done": {
    fields: ({ t, language, f }) => html`${f.select("to", t("handoverTo"), [
      { code: "social-worker", label: roles.label("social-worker", language) },
      { code: "none-needed", label: t("noneNeeded") },
    ])}
${f.text("receivingWorkerId", t("receivingWorker"))}${f.textarea("note", t("note"))}`,
    data: (form) =>
      form.str("to") === "none-needed"
        ? { to: "none-needed", ...opt("note", form.opt("note")) }
        : {
            to: "social-worker",
            receivingWorkerId: form.str("receivingWorkerId"),
            ...opt("note", form.opt("note")),
          },
  },
  "follow-up.held": {
    fields: ({ t, f }) =>
      f.number("monthsAfterEnd", t("monthsAfterEnd"), 1, 60, { value: 12, required: true }),
    data: (form) => ({ monthsAfterEnd: form.int("monthsAfterEnd") }),
  },
  "trajectory.closed": {
    fields: ({ t, language, outcome, f }) => html`${f.hidden("outcome", outcome ?? "completed")}
<p><strong>${closingOutcomes.label((outcome ?? "completed") as never, language)}</strong></p>
${reasonSelect(f, outcome, t("reason"))}
${f.textarea("note", t("note"))}`,
    data: (form) => ({
      outcome: form.str("outcome"),
      ...(closingReasons(form.str("outcome")) ? { reason: form.str("reason") } : {}),
      ...opt("note", form.opt("note")),
    }),
  },
  // What she proposed on paper, typed in by her case manager (issue #20): a topic for the
  // group, or a step of her plan she did; her page records its own. Either waits, like
  // hers, for the case manager to confirm it, and changes nothing in her record before.
  "proposal.made": {
    fields: ({ t, language, openSteps, f }) => {
      const kinds = proposalKinds.terms
        .filter(({ code }) => code !== "step-done" || openSteps.length > 0)
        .map(({ code }) => ({ code, label: term(proposalKinds, code, language) }));
      return html`${f.select("kind", t("kind"), kinds)}
${f.text("topic", t("topic"), { maxlength: 200 })}
${openSteps.length === 0 ? "" : f.select("step", term(proposalKinds, "step-done", language), stepChoices(openSteps), { empty: "—", required: false })}`;
    },
    data: (form) =>
      form.str("kind") === "step-done"
        ? { kind: "step-done", ...readStepChoice(form.str("step")), via: "paper" }
        : { kind: "group-topic", topic: form.str("topic"), via: "paper" },
    fieldOf: ([key]) => (key === "goalId" || key === "step" ? "step" : undefined),
  },
  "signal.raised": {
    fields: ({ t, language, domains, f }) =>
      html`${f.select("domain", titleOf(lifeDomains, language), domainChoices(domains, language))}${f.textarea("observation", t("observation"))}`,
    data: (form) => ({ domain: form.str("domain"), observation: form.str("observation") }),
  },
};

/**
 * A life domain's label in the project's set; a code the set does not name (a domain
 * dropped from the settings later) is shown as it is.
 */
export function domainLabel(
  domains: readonly DomainDefinition[],
  code: string,
  language: Language,
): string {
  return domains.find((domain) => domain.code === code)?.labels[language] ?? code;
}

/** The OCMW services, for the referral form. */
export const ocmwServices = OcmwService.options;
