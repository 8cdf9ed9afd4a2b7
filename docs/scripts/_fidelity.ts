import {
  FidelityThresholds,
  type TrajectoryPhase,
  tracks,
  trajectoryPhases,
} from "@miriam/schemas";
import type { FidelitySignalCode, FidelitySignalDefinition } from "@miriam/trajectory";
import { code, page, table, text } from "./_markdown";
import type { SiteLocale } from "./_vocabulary";

/**
 * The table of fidelity signals that the method pages include, one per site language:
 * each signal's name and code from `fidelitySignalDefinitions` of @miriam/trajectory, its
 * default threshold from `FidelityThresholds.parse({})` of @miriam/schemas, the setting
 * that changes it, and the phase of the trajectory page where it is explained.
 */

type Setting = NonNullable<FidelitySignalDefinition["setting"]>;
type Thresholds = ReturnType<typeof FidelityThresholds.parse>;

/** Where the trajectory page explains each signal: its phase and the section's anchor. */
const WHERE: Record<
  FidelitySignalCode,
  { phase: TrajectoryPhase; track?: "individual" | "collective"; anchor: string }
> = {
  "information-talk-before-enrolment": { phase: "information-talk", anchor: "information-talk" },
  "plan-within-days": { phase: "personal-plan", anchor: "personal-plan" },
  "individual-contact-gap": { phase: "active", track: "individual", anchor: "individual-track" },
  "group-session-gap": { phase: "active", track: "collective", anchor: "collective-track" },
  "group-size": { phase: "active", track: "collective", anchor: "collective-track" },
  "groups-per-project": { phase: "active", track: "collective", anchor: "collective-track" },
  "trajectory-length": { phase: "closed", anchor: "closed" },
};

const TEXT = {
  en: {
    headers: ["signal", "default", "setting", "phase"],
    none: "no threshold",
    planWithinDays: (days: number) =>
      `within ${days} days of the intake${days % 7 === 0 ? ` (${days / 7} weeks)` : ""}`,
    maxGap: (days: number) => `at most ${days} days apart`,
    groupSize: (min: number, max: number) => `${min}–${max} participants`,
    maxGroups: (groups: number) => `at most ${groups}`,
    months: (min: number, max: number) => `${min}–${max} months`,
  },
  nl: {
    headers: ["signaal", "standaard", "instelling", "fase"],
    none: "geen drempel",
    planWithinDays: (days: number) =>
      `binnen ${days} dagen na het intakegesprek${days % 7 === 0 ? ` (${days / 7} weken)` : ""}`,
    maxGap: (days: number) => `hoogstens ${days} dagen uit elkaar`,
    groupSize: (min: number, max: number) => `${min} tot ${max} deelneemsters`,
    maxGroups: (groups: number) => `hoogstens ${groups}`,
    months: (min: number, max: number) => `${min} tot ${max} maanden`,
  },
  fr: {
    headers: ["signal", "par défaut", "paramètre", "phase"],
    none: "pas de seuil",
    planWithinDays: (days: number) =>
      `dans les ${days} jours après l'entretien d'accueil${days % 7 === 0 ? ` (${days / 7} semaines)` : ""}`,
    maxGap: (days: number) => `espacés de ${days} jours au plus`,
    groupSize: (min: number, max: number) => `de ${min} à ${max} participantes`,
    maxGroups: (groups: number) => `au plus ${groups}`,
    months: (min: number, max: number) => `de ${min} à ${max} mois`,
  },
} as const satisfies Record<SiteLocale, unknown>;

/** A setting's default in words. Every setting has a case, or this does not compile. */
function thresholdText(setting: Setting, defaults: Thresholds, locale: SiteLocale): string {
  const t = TEXT[locale];
  switch (setting) {
    case "planWithinDays":
      return t.planWithinDays(defaults.planWithinDays);
    case "individualContactMaxGapDays":
      return t.maxGap(defaults.individualContactMaxGapDays);
    case "groupSessionMaxGapDays":
      return t.maxGap(defaults.groupSessionMaxGapDays);
    case "groupSize":
      return t.groupSize(defaults.groupSize.min, defaults.groupSize.max);
    case "maxGroupsPerProject":
      return t.maxGroups(defaults.maxGroupsPerProject);
    case "trajectoryLengthMonths":
      return t.months(defaults.trajectoryLengthMonths.min, defaults.trajectoryLengthMonths.max);
  }
}

/** The phase cell: its number and name in the locale, linked to the page's section. */
function phaseCell(signal: FidelitySignalCode, locale: SiteLocale): string {
  const where = WHERE[signal];
  const number = trajectoryPhases.terms.findIndex((term) => term.code === where.phase) + 1;
  const name = trajectoryPhases.label(where.phase, locale);
  const track = where.track === undefined ? "" : `, ${tracks.label(where.track, locale)}`;
  return `[${number}. ${text(name)}${text(track)}](#${where.anchor})`;
}

/** The fidelity signals as a table in the locale's language. Pure. */
export function fidelityTable(
  definitions: readonly FidelitySignalDefinition[],
  locale: SiteLocale,
): string {
  const defaults = FidelityThresholds.parse({});
  const t = TEXT[locale];
  const rows = definitions.map((definition) => [
    `${text(definition.title[locale])}<br>${code(definition.code)}`,
    definition.setting === null
      ? t.none
      : text(thresholdText(definition.setting, defaults, locale)),
    definition.setting === null ? "–" : code(`fidelity.${definition.setting}`),
    phaseCell(definition.code, locale),
  ]);
  return table(t.headers, rows);
}

/**
 * The snippet included by the method's trajectory page in each language. Always written,
 * so the include never breaks: empty (only the generated comment) while the trajectory
 * package has no `fidelitySignalDefinitions`.
 */
export function fidelitySnippet(
  module: Readonly<Record<string, unknown>> | undefined,
  locale: SiteLocale,
): string {
  const definitions = module?.fidelitySignalDefinitions as
    | readonly FidelitySignalDefinition[]
    | undefined;
  return page({
    source:
      definitions === undefined
        ? "@miriam/trajectory (no fidelitySignalDefinitions yet: this snippet stays empty)"
        : "fidelitySignalDefinitions of @miriam/trajectory and the FidelityThresholds defaults of @miriam/schemas",
    body: definitions === undefined ? [] : [fidelityTable(definitions, locale)],
  });
}
