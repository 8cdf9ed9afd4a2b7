import type { commonMessages } from "./common-messages";
import type { MessageOverride } from "./messages";
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
import { personalPlan } from "./templates/personal-plan";
import { rightsCheck } from "./templates/rights-check";

/**
 * Every built-in template, in the order of the trajectory (METHODOLOGY.md §9), for
 * pickers, docs and the completeness tests.
 */
export const templates = [
  informationSheet,
  consent,
  intakeReport,
  rightsCheck,
  personalPlan,
  contactLog,
  groupSession,
  midTermReview,
  endEvaluation,
  handover,
  followUpQuestionnaire,
  annualReport,
] as const;

/** A built-in template. */
export type BuiltInTemplate = (typeof templates)[number];

/** The id of a built-in template, e.g. `"personal-plan"`. */
export type TemplateId = BuiltInTemplate["id"];

/**
 * Every key a project can override: `"<template id>.<key>"` for each built-in
 * template's messages, and `"common.<key>"` for the shared texts.
 */
export type MessageKey =
  | (BuiltInTemplate extends infer T
      ? T extends { readonly id: infer Id extends string; readonly messages: infer M }
        ? `${Id}.${keyof M & string}`
        : never
      : never)
  | `common.${keyof typeof commonMessages & string}`;

/** A project's own wording for any built-in texts, by {@link MessageKey}. */
export type MessageOverrides = { readonly [K in MessageKey]?: MessageOverride };

/**
 * Declares a project's overrides in one typed table, to pass to every `render` call.
 * An identity function: a misspelt key does not compile. Pure.
 *
 * @example
 * ```ts
 * export const overrides = defineOverrides({
 *   "consent.howLong": { nl: "We bewaren je gegevens 5 jaar na het einde van je traject." },
 *   "common.caseManager": "Trajectbegeleider",
 * });
 * ```
 */
export function defineOverrides<const O extends MessageOverrides>(overrides: O): O {
  return overrides;
}
