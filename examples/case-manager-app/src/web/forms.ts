import {
  closingOutcomes,
  closingReasons,
  consentScopes,
  contactModes,
  type DomainDefinition,
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
  type Vocabulary,
} from "@miriam/schemas";
import type { TrajectoryState } from "@miriam/trajectory";
import { type Html, html } from "./html";
import type { T } from "./i18n";
import { titleOf } from "./terms";

/** A parsed form body: one string or several per field. */
export type FormBody = Record<string, string | string[]>;

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

// ---------------------------------------------------------------------------------------
// Field renderers
// ---------------------------------------------------------------------------------------

/** The choices of a select or a group of checkboxes: a vocabulary's terms, or a list. */
type Choices<C extends string> = Vocabulary<C> | readonly { code: C; label: string }[];

function choicesOf<C extends string>(
  from: Choices<C>,
  language: Language,
): readonly { code: C; label: string }[] {
  return "terms" in from
    ? from.terms.map((term) => ({ code: term.code, label: term.labels[language] }))
    : from;
}

/** The project's life domains as choices, in its order. */
const domainChoices = (domains: readonly DomainDefinition[], language: Language) =>
  domains.map((domain) => ({ code: domain.code, label: domain.labels[language] }));

function select<C extends string>(
  name: string,
  label: string,
  from: Choices<C>,
  language: Language,
  options: { empty?: string; selected?: string; required?: boolean } = {},
): Html {
  const items = choicesOf(from, language);
  return html`<label for="f-${name}">${label}</label>
<select id="f-${name}" name="${name}" ${options.required === false ? "" : "required"}>
${options.empty !== undefined ? html`<option value="">${options.empty}</option>` : ""}
${items.map((item) => html`<option value="${item.code}" ${item.code === options.selected ? "selected" : ""}>${item.label}</option>`)}
</select>`;
}

/** The reason picker of a closing: its outcome's reasons, or nothing when it has none. */
function reasonSelect(outcome: string | undefined, label: string, language: Language): Html | "" {
  const reasons = closingReasons(outcome ?? "completed");
  return reasons === undefined ? "" : select("reason", label, reasons, language);
}

function checks<C extends string>(
  name: string,
  label: string,
  from: Choices<C>,
  language: Language,
  checked: readonly string[] = [],
): Html {
  return html`<fieldset><legend>${label}</legend><div class="checks">
${choicesOf(from, language).map(
  (item) =>
    html`<label class="check"><input type="checkbox" name="${name}" value="${item.code}" ${checked.includes(item.code) ? "checked" : ""}> ${item.label}</label>`,
)}</div></fieldset>`;
}

const text = (name: string, label: string, options: { required?: boolean; value?: string } = {}) =>
  html`<label for="f-${name}">${label}</label><input type="text" id="f-${name}" name="${name}" value="${options.value ?? ""}" ${options.required ? "required" : ""} maxlength="2000">`;

const textarea = (name: string, label: string) =>
  html`<label for="f-${name}">${label}</label><textarea id="f-${name}" name="${name}" maxlength="10000"></textarea>`;

const number = (name: string, label: string, min: number, max: number, value?: number) =>
  html`<label for="f-${name}">${label}</label><input type="number" id="f-${name}" name="${name}" min="${min}" max="${max}" value="${value ?? ""}">`;

const checkbox = (name: string, label: string, checked = false) =>
  html`<label class="check"><input type="checkbox" name="${name}" ${checked ? "checked" : ""}> ${label}</label>`;

function goalFields(prefix: string, ctx: FormContext, required: boolean): Html {
  const { t, language } = ctx;
  return html`${select(`${prefix}domain`, titleOf(lifeDomains, language), domainChoices(ctx.domains, language), language, { empty: "—", required })}
${text(`${prefix}description`, t("goalInHerWords"), { required })}
<div class="grid2">
<div>${text(`${prefix}step`, t("firstStep"))}</div>
<div>${select(`${prefix}who`, t("who"), stepOwners, language, { required: false })}</div>
</div>`;
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
}

// ---------------------------------------------------------------------------------------
// One form per event type: the fields, and how they become the event's data.
// ---------------------------------------------------------------------------------------

interface EventForm {
  fields(ctx: FormContext): Html;
  data(form: FormReader, ctx: FormContext): unknown;
}

const noteOnly: EventForm = {
  fields: ({ t }) => textarea("note", t("note")),
  data: (form) => ({ ...opt("note", form.opt("note")) }),
};

export const EVENT_FORMS: Partial<Record<TrajectoryEvent["type"], EventForm>> = {
  "information-talk.held": {
    fields: ({ t, language }) =>
      select("decision", t("decision"), informationTalkDecisions, language),
    data: (form) => ({ decision: form.str("decision") }),
  },
  "consent.given": {
    fields: ({ t, language }) =>
      html`${checks("scopes", t("scopes"), consentScopes, language, ["processing"])}
${text("noticeVersion", t("noticeVersion"), { value: "2025-1" })}`,
    data: (form) => ({
      scopes: form.all("scopes"),
      ...opt("noticeVersion", form.opt("noticeVersion")),
    }),
  },
  "consent.withdrawn": {
    fields: ({ t, language }) => checks("scopes", t("scopes"), consentScopes, language),
    data: (form) => ({ scopes: form.all("scopes") }),
  },
  "intake.held": {
    fields: ({
      t,
      language,
      domains,
    }) => html`${select("location", t("location"), intakeLocations, language)}
${text("children", t("childrenBirthYears"))}
<fieldset><legend>${t("situation")}</legend>
<table><thead><tr><th>${titleOf(lifeDomains, language)}</th><th>${t("wantsToWorkOnIt")}</th><th>${t("note")}</th></tr></thead><tbody>
${domains.map(
  (term) => html`<tr><td>${term.labels[language]}</td>
<td><input type="checkbox" name="want-${term.code}" aria-label="${t("wantsToWorkOnIt")}: ${term.labels[language]}"></td>
<td><input type="text" name="situation-${term.code}" aria-label="${t("note")}: ${term.labels[language]}" maxlength="2000"></td></tr>`,
)}</tbody></table></fieldset>
${checks("safety", intakeSafety.title[language], intakeSafety, language)}
${checks("helplines", helplines.title[language], helplines, language)}`,
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
  },
  "measurement.recorded": {
    fields: ({ t, language, timepoint }) => {
      const at = timepoint ?? "t0";
      const instrument = selfEvaluationInstrument;
      const items = instrument.items.filter(
        (item) => item.timepoints === undefined || item.timepoints.includes(at),
      );
      const scale = instrument.scale;
      return html`<input type="hidden" name="timepoint" value="${at}">
<p class="muted">${instrument.title[language]} · ${timepoints.label(at, language)} · ${instrument.notice?.[language] ?? ""}</p>
<p class="muted">${t("scaleHint", { min: scale?.minLabel?.[language] ?? "", max: scale?.maxLabel?.[language] ?? "" })}</p>
<fieldset><legend>${t("answer")}</legend>
${items.map((item) =>
  item.response === "yes-no"
    ? select(
        `item-${item.id}`,
        item.text[language],
        [
          { code: "", label: t("notAnswered") },
          { code: "1", label: t("yes") },
          { code: "0", label: t("no") },
        ],
        language,
        { required: false },
      )
    : select(
        `item-${item.id}`,
        item.text[language],
        [
          { code: "", label: t("notAnswered") },
          ...Array.from({ length: 11 }, (_, i) => ({ code: String(i), label: String(i) })),
        ],
        language,
        { required: false },
      ),
)}</fieldset>
<fieldset><legend>${titleOf(outcomeIndicators, language)}</legend><div class="grid2">
${outcomeIndicators.terms.map((term) =>
  select(
    `ind-${term.code}`,
    term.labels[language],
    [
      { code: "", label: t("unknown") },
      { code: "yes", label: t("yes") },
      { code: "no", label: t("no") },
    ],
    language,
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
  },
  "plan.agreed": {
    fields: (ctx) => html`<p class="muted">${ctx.t("planGoalsHint")}</p>
${[1, 2, 3].map((n) => html`<fieldset><legend>${ctx.t("goal")} ${n}</legend>${goalFields(`g${n}-`, ctx, n === 1)}</fieldset>`)}
${checkbox("integrationContractLinked", ctx.t("integrationContract"))}`,
    data: (form) => ({
      goals: [1, 2, 3].flatMap((n) => readGoal(form, `g${n}-`, `g${n}`) ?? []),
      ...(form.bool("integrationContractLinked") ? { integrationContractLinked: true } : {}),
    }),
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
  },
  "goal.updated": {
    fields: ({ t, language, state, domains }) => {
      const goals = Object.entries(state.context.goals).map(([id, goal]) => ({
        code: id,
        label: `${id} · ${domainLabel(domains, goal.domain, language)} · ${goalStatuses.label(goal.status, language)}`,
      }));
      return html`${select("goalId", t("goal"), goals, language)}
${select("status", t("status"), goalStatuses, language)}${textarea("note", t("note"))}`;
    },
    data: (form) => ({
      goalId: form.str("goalId"),
      status: form.str("status"),
      ...opt("note", form.opt("note")),
    }),
  },
  "contact.held": {
    fields: ({ t, language, domains }) => html`${select("mode", t("mode"), contactModes, language)}
${checks("domains", titleOf(lifeDomains, language), domainChoices(domains, language), language)}
${number("minutes", t("minutes"), 1, 600, 60)}${textarea("note", t("note"))}`,
    data: (form) => ({
      mode: form.str("mode"),
      domains: form.all("domains"),
      minutes: form.int("minutes"),
      ...opt("note", form.opt("note")),
    }),
  },
  "referral.made": {
    fields: ({ t, language, domains }) =>
      html`${text("partner", t("partner"), { required: true })}${select("domain", titleOf(lifeDomains, language), domainChoices(domains, language), language)}`,
    data: (form) => ({ partner: form.str("partner"), domain: form.str("domain") }),
  },
  "right.updated": {
    fields: ({ t, language, region }) => {
      const catalogue = rightsCatalogue(region).map((right) => {
        const provider = providerNames(right, language);
        return {
          code: right.code,
          label: provider ? `${right.labels[language]} (${provider})` : right.labels[language],
        };
      });
      return html`${select("right", t("right"), catalogue, language)}
${select("status", t("status"), rightStatuses, language)}${textarea("note", t("note"))}`;
    },
    data: (form) => ({
      right: form.str("right"),
      status: form.str("status"),
      ...opt("note", form.opt("note")),
    }),
  },
  "trajectory.paused": {
    fields: ({ t, language }) =>
      html`${select("reason", t("reason"), pauseReasons, language)}${textarea("note", t("note"))}`,
    data: (form) => ({ reason: form.str("reason"), ...opt("note", form.opt("note")) }),
  },
  "trajectory.resumed": noteOnly,
  "review.held": noteOnly,
  "evaluation.held": {
    fields: ({ t }) =>
      html`${checkbox("certificate", t("certificate"), true)}${textarea("note", t("note"))}`,
    data: (form) => ({
      certificateHandedOver: form.bool("certificate"),
      ...opt("note", form.opt("note")),
    }),
  },
  "handover.done": {
    fields: ({ t, language }) => html`${select(
      "to",
      t("handoverTo"),
      [
        { code: "social-worker", label: roles.label("social-worker", language) },
        { code: "none-needed", label: t("noneNeeded") },
      ],
      language,
    )}
${text("receivingWorkerId", t("receivingWorker"))}${textarea("note", t("note"))}`,
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
    fields: ({ t }) => number("monthsAfterEnd", t("monthsAfterEnd"), 1, 60, 12),
    data: (form) => ({ monthsAfterEnd: form.int("monthsAfterEnd") }),
  },
  "trajectory.closed": {
    fields: ({
      t,
      language,
      outcome,
    }) => html`<input type="hidden" name="outcome" value="${outcome ?? "completed"}">
<p><strong>${closingOutcomes.label((outcome ?? "completed") as never, language)}</strong></p>
${reasonSelect(outcome, t("reason"), language)}
${textarea("note", t("note"))}`,
    data: (form) => ({
      outcome: form.str("outcome"),
      ...(closingReasons(form.str("outcome")) ? { reason: form.str("reason") } : {}),
      ...opt("note", form.opt("note")),
    }),
  },
  "signal.raised": {
    fields: ({ t, language, domains }) =>
      html`${select("domain", titleOf(lifeDomains, language), domainChoices(domains, language), language)}${textarea("observation", t("observation"))}`,
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
