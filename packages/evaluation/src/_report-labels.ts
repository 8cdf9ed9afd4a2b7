import {
  closingOutcomes,
  dropOutReasons,
  type GroupSessionKind,
  groupSessionKinds,
  LANGUAGES,
  type Labels,
  lifeDomains,
  outcomeIndicators,
  positiveExitReasons,
  type ReportIndicator,
  reportIndicators,
  timepoints,
  type Vocabulary,
} from "@miriam/schemas";
import { fidelitySignalDefinitions } from "@miriam/trajectory";
import { texts } from "./_texts";
import type { DomainLabel } from "./options";
import type { ParticipationStatus } from "./participant";

// Every label a report table reads, looked up in one place: the vocabularies of
// @miriam/schemas for the method's terms, the fidelity signals' titles of
// @miriam/trajectory, and `texts` for the report's own words. When a vocabulary moves
// or appears in @miriam/schemas, only this file changes.

/** Labels made per language, e.g. from other labels. */
export function mapLabels(make: (language: (typeof LANGUAGES)[number]) => string): Labels {
  return Object.fromEntries(LANGUAGES.map((language) => [language, make(language)])) as Labels;
}

/** Labels with `{name}` placeholders filled in. */
export function fill(template: Labels, values: Readonly<Record<string, string>>): Labels {
  return mapLabels((language) =>
    template[language].replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all),
  );
}

const fidelityTitles = new Map(fidelitySignalDefinitions.map((d) => [d.code as string, d.title]));

/** The label lookups of report tables. */
export const reportLabels = {
  /** An indicator of the report by its id (`referred`, `completion-rate`...). */
  indicator: (id: ReportIndicator): Labels => reportIndicators.labelsOf(id),
  closingOutcome: (code: Parameters<typeof closingOutcomes.label>[0]) =>
    closingOutcomes.labelsOf(code),
  /** A term of any vocabulary, in every language. */
  term: <Code extends string>(vocabulary: Vocabulary<Code>, code: Code): Labels =>
    vocabulary.labelsOf(code),
  dropOutReason: (code: Parameters<typeof dropOutReasons.label>[0]) =>
    dropOutReasons.labelsOf(code),
  dropOutReasonTitle: dropOutReasons.title,
  positiveExitReason: (code: Parameters<typeof positiveExitReasons.label>[0]) =>
    positiveExitReasons.labelsOf(code),
  positiveExitReasonTitle: positiveExitReasons.title,
  outcomeIndicator: (code: string): Labels | string =>
    outcomeIndicators.has(code) ? outcomeIndicators.labelsOf(code) : code,
  outcomeIndicatorTitle: outcomeIndicators.title,
  timepoint: (code: Parameters<typeof timepoints.label>[0]) => timepoints.labelsOf(code),
  lifeDomainTitle: lifeDomains.title,
  /** A life domain of the project's set; an unknown code is shown as it is. */
  domain: (domains: readonly DomainLabel[], code: string): Labels | string =>
    domains.find((d) => d.code === code)?.labels ?? code,
  /** A fidelity signal's title; a code the kit does not know is shown as it is. */
  fidelitySignal: (code: string): Labels | string => fidelityTitles.get(code) ?? code,
  participationStatus: (status: ParticipationStatus): Labels =>
    closingOutcomes.has(status)
      ? closingOutcomes.labelsOf(status)
      : status === "active"
        ? reportIndicators.labelsOf("active")
        : reportIndicators.labelsOf("not-started"),
  /** A group session's kind, from the vocabulary (the app and the register say the same). */
  sessionKind: (kind: GroupSessionKind): Labels => groupSessionKinds.labelsOf(kind),
  yesNo: (value: boolean): Labels => (value ? texts.yes : texts.no),
} as const;
