import {
  addMonths,
  type Language,
  type ProjectSettingsInput,
  type Region,
  selfEvaluationInstrument,
} from "@miriam/schemas";
import { validSettings } from "./_valid-settings";
import { type TargetGroup, targetGroupRules } from "./target-group";

/** What a coordinator answers to set up an `ocmw-project`: the prompts of `npm create miriam`. */
export interface ProjectAnswers {
  /** The OCMW / CPAS / ÖSHZ, or the consortium's name, e.g. `"OCMW Gent"`. */
  readonly ocmwName: string;
  /** The member OCMWs of a consortium. */
  readonly members?: readonly string[];
  /** The region, which sets the rights catalogue (family allowance, employment service...). */
  readonly region: Region;
  /** The project's languages, the first being its default (README, calendar). */
  readonly languages: readonly Language[];
  /** One or two groups (the programme's maximum is two per OCMW or consortium). */
  readonly groups: 1 | 2;
  /** The first group session, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Trajectory length in months. Default 10 (September to June). */
  readonly trajectoryLengthMonths?: number;
  /** Group sessions every 14 days (the programme's rule, default) or weekly. */
  readonly sessionCadenceDays?: 7 | 14;
  /** Who the project is for. Default: the 2023 call's rules. */
  readonly target?: TargetGroup;
  /** The project's id. Default: from the OCMW's name, e.g. `ocmw-gent-miriam`. */
  readonly projectId?: string;
}

const GROUP_WORD: Readonly<Record<Language, string>> = {
  nl: "groep",
  fr: "groupe",
  de: "Gruppe",
  en: "group",
};

/** A lowercase ASCII slug: accents dropped, anything else but letters and digits a dash. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/**
 * The project's settings (`miriam.config.json`) from a coordinator's answers, validated
 * with `@miriam/schemas` before anything is written. Groups get ids like
 * `ocmw-gent-2025-a`, placeholder case-manager ids (`cm-a`, `cm-b`) to replace with the
 * real pseudonymous ids, and the kit's self-evaluation instrument. Pure.
 *
 * @throws {ScaffoldError} `invalid-settings` with every problem when the answers do not
 * make valid settings.
 * @example
 * ```ts
 * const settings = projectSettings({
 *   ocmwName: "CPAS de Namur", region: "wallonia", languages: ["fr"], groups: 1, startDate: "2025-09-15",
 * });
 * settings.groups[0]?.id; // "cpas-de-namur-2025-a"
 * ```
 */
export function projectSettings(answers: ProjectAnswers): ProjectSettingsInput {
  const base = slugify(answers.ocmwName) || "ocmw";
  const languages = [...new Set(answers.languages)];
  const year = Number(answers.startDate.slice(0, 4));
  // A malformed date is left for validation to report, with every other problem.
  const lastYear = /^\d{4}-\d{2}-\d{2}$/.test(answers.startDate)
    ? Number(addMonths(answers.startDate, (answers.trajectoryLengthMonths ?? 10) - 1).slice(0, 4))
    : year;
  const years = lastYear > year ? `${year}-${lastYear}` : String(year);
  const first = languages[0] ?? "en";
  const groupLetters = answers.groups === 2 ? ["a", "b"] : ["a"];
  const settings: ProjectSettingsInput = {
    $schema: PROJECT_SCHEMA_PATH,
    id: answers.projectId ?? `${base}-miriam`,
    ocmw: {
      name: answers.ocmwName,
      ...(answers.members === undefined || answers.members.length === 0
        ? {}
        : { members: [...answers.members] }),
    },
    region: answers.region,
    languages,
    groups: groupLetters.map((letter) => ({
      id: `${base}-${year}-${letter}`,
      name: `MIRIAM ${answers.ocmwName} ${years}, ${GROUP_WORD[first]} ${letter.toUpperCase()}`,
      caseManagerId: `cm-${letter}`,
      startDate: answers.startDate,
      sessionCadenceDays: answers.sessionCadenceDays ?? 14,
    })),
    trajectoryLengthMonths: answers.trajectoryLengthMonths ?? 10,
    eligibility: targetGroupRules(answers.target),
    instruments: [{ id: selfEvaluationInstrument.id, version: selfEvaluationInstrument.version }],
  };
  validSettings(settings, "These answers do not make valid project settings");
  return settings;
}

/**
 * Where a project's `miriam.config.json` finds its JSON Schema: a copy written into the
 * project, so editors autocomplete without an install or a network connection.
 */
export const PROJECT_SCHEMA_PATH = "./schemas/project-settings.schema.json";
