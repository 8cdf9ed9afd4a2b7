import {
  type ConsentScope,
  type ContactMode,
  type InformationTalkDecision,
  type Right,
  type RightStatus,
  type TrajectoryEvent,
  validate,
} from "@miriam/schemas";
import { brusselsTimestamp } from "./brussels-time.js";
import type { DossioDossier, DossioJournalRow } from "./dossio.js";

// The mapping tables: Dossio's codes on the left, MIRIAM's vocabulary on the right. A
// code missing here is reported (never guessed), so a new code in Dossio shows up in the
// tests instead of as wrong data in a report to the funder.

/** Dossio's conversation themes → MIRIAM life domains (METHODOLOGY.md §4). */
export const THEME_TO_DOMAIN: Readonly<Record<string, string>> = {
  FIN: "finances",
  SCHULD: "finances",
  WON: "housing",
  WERK: "work-training",
  OPV: "children",
  KO: "childcare",
  GEZ: "health",
  WELZ: "wellbeing",
  NETW: "social-network",
  VRIJ: "leisure",
  MOB: "mobility",
  ADM: "rights",
};

/** Where a Dossio conversation took place → MIRIAM contact mode. */
export const PLACE_TO_MODE: Readonly<Record<string, ContactMode>> = {
  THUIS: "home",
  KANTOOR: "office",
  TELEFOON: "phone",
  VIDEO: "online",
  BEGELEIDING: "escort",
};

/** Dossio's right codes → the MIRIAM rights catalogue. */
export const RIGHT_TO_RIGHT: Readonly<Record<string, Right>> = {
  ALIMENTATIE: "child-maintenance",
  DAVO: "maintenance-advance",
  VT: "increased-reimbursement",
  GROEIPAKKET: "family-allowance",
  SOC_TOESLAG: "family-allowance-social-supplement",
  EENOUDER: "family-allowance-single-parent-supplement",
  KO_TARIEF: "income-related-childcare",
  VDAB: "employment-service-registration",
  SCHULDBEMIDDELING: "debt-mediation",
  SOC_WONING: "social-housing",
  PRO_DEO: "legal-aid",
  STUDIETOELAGE: "study-grant",
  OCMW_STEUN: "local-supplement",
};

/** Dossio's right statuses → MIRIAM right statuses. */
export const STATUS_TO_STATUS: Readonly<Record<string, RightStatus>> = {
  NAGAAN: "unknown",
  NVT: "not-applicable",
  RECHT: "eligible",
  AANGEVRAAGD: "applied",
  TOEGEKEND: "granted",
  GEWEIGERD: "refused",
};

const SERVICE: Readonly<Record<string, string>> = {
  LL: "living-wage",
  GLL: "equivalent-aid",
  AANV: "supplementary-aid",
  SB: "debt-mediation",
  ANDER: "other-service",
};
const ANSWER: Readonly<Record<string, InformationTalkDecision>> = {
  JA: "interested",
  NEE: "declined",
  TWIJFEL: "undecided",
};
const SCOPE: Readonly<Record<string, ConsentScope>> = {
  VERWERKING: "processing",
  PARTNERS: "partner-sharing",
  ONDERZOEK: "research",
  FOTO: "photos",
};
const OUTCOME: Readonly<Record<string, string>> = {
  AFGEROND: "completed",
  GEWEIGERD: "declined",
  AFGEHAAKT: "dropped-out",
  NIET_TOELAATBAAR: "not-eligible",
  VERHUISD: "moved",
};
// Dossio records leaving for work, training or an internship as a drop-out; in MIRIAM it is
// a positive early exit (a result, not a drop-out), with the same reason codes.
const POSITIVE_EXIT_REASON: Readonly<Record<string, string>> = {
  WERK: "found-work",
  OPLEIDING: "started-training",
  STAGE: "started-internship",
};
const DROP_OUT_REASON: Readonly<Record<string, string>> = {
  GEZONDHEID: "health",
  ZWANGER: "pregnancy-birth",
  OPVANG: "childcare",
  GEZIN: "family-situation",
  CRISIS: "crisis",
  GEEN_INTERESSE: "not-interested",
  GROEP: "group-not-suitable",
};

/** A Dossio record the adapter could not map, and why (never with the record's content). */
export interface SkippedRecord {
  /** Which record: "D-2025-0412" or "D-2025-0412 journal row 17". */
  readonly record: string;
  /** What is missing from the mapping tables, or which MIRIAM rule the result breaks. */
  readonly reason: string;
}

/** The MIRIAM events of one Dossio file, and the records that could not be mapped. */
export interface MappedDossier {
  /** The trajectory's events, valid against @miriam/schemas, in the order they happened. */
  readonly events: TrajectoryEvent[];
  readonly skipped: SkippedRecord[];
}

const workerId = (code: string) => code.trim().toLowerCase();

function codes<T>(
  table: Readonly<Record<string, T>>,
  values: readonly string[],
  what: string,
): { mapped: T[]; unknown?: string } {
  const unknown = values.filter((value) => !(value in table));
  if (unknown.length > 0) return { mapped: [], unknown: `${what} ${unknown.join(", ")}` };
  return { mapped: values.map((value) => table[value]!) };
}

/**
 * Maps one Dossio file and its journal to MIRIAM trajectory events: the referral, the
 * information talk, consent, every conversation (`contact.held`), every right checked
 * (`right.updated`) and the closing. Every event is validated with @miriam/schemas; a
 * record that cannot be mapped, or maps to an invalid event, is skipped and reported.
 * Free-text reports are never exported. Pure.
 */
export function mapDossier(
  dossier: DossioDossier,
  journal: readonly DossioJournalRow[],
  projectId: string,
): MappedDossier {
  const trajectoryId = dossier.dossierNr;
  const candidates: { record: string; order: number; event: unknown }[] = [];
  const skipped: SkippedRecord[] = [];
  const base = (suffix: string, at: string, by: string) => ({
    id: `${trajectoryId}.${suffix}`,
    trajectoryId,
    at: brusselsTimestamp(at),
    by: workerId(by),
  });

  const services = codes(SERVICE, dossier.services, "unknown service code");
  if (services.unknown !== undefined)
    skipped.push({ record: trajectoryId, reason: services.unknown });
  else
    candidates.push({
      record: trajectoryId,
      order: 0,
      event: {
        ...base("referred", dossier.referredAt, dossier.referredBy),
        type: "trajectory.referred",
        data: {
          projectId,
          groupId: dossier.miriamGroup,
          referredBy: workerId(dossier.referredBy),
          eligibility: {
            singleMother: dossier.singleMother,
            services: services.mapped,
            ...(dossier.age === undefined ? {} : { age: dossier.age }),
            ...(dossier.youngestChildAge === undefined
              ? {}
              : { youngestChildAge: dossier.youngestChildAge }),
          },
        },
      },
    });

  if (dossier.infoTalk !== undefined) {
    const decision = ANSWER[dossier.infoTalk.answer];
    if (decision === undefined)
      skipped.push({ record: trajectoryId, reason: `unknown answer ${dossier.infoTalk.answer}` });
    else
      candidates.push({
        record: trajectoryId,
        order: 1,
        event: {
          ...base("info-talk", dossier.infoTalk.at, dossier.infoTalk.by),
          type: "information-talk.held",
          data: { decision },
        },
      });
  }

  if (dossier.consent !== undefined) {
    const scopes = codes(SCOPE, dossier.consent.scopes, "unknown consent scope");
    if (scopes.unknown !== undefined)
      skipped.push({ record: trajectoryId, reason: scopes.unknown });
    else
      candidates.push({
        record: trajectoryId,
        order: 2,
        event: {
          ...base("consent", dossier.consent.at, dossier.consent.by),
          type: "consent.given",
          data: { scopes: scopes.mapped },
        },
      });
  }

  for (const row of journal) {
    if (row.dossierNr !== trajectoryId) continue;
    const record = `${trajectoryId} journal row ${row.rowId}`;
    if (row.kind === "GESPREK") {
      const mode = PLACE_TO_MODE[row.place];
      const domains = codes(THEME_TO_DOMAIN, row.themes, "unknown theme");
      if (mode === undefined) skipped.push({ record, reason: `unknown place ${row.place}` });
      else if (domains.unknown !== undefined) skipped.push({ record, reason: domains.unknown });
      else
        candidates.push({
          record,
          order: 3,
          event: {
            ...base(`j${row.rowId}`, row.at, row.worker),
            type: "contact.held",
            // The report stays in Dossio: free text may name her, her children or others.
            data: { mode, domains: [...new Set(domains.mapped)], minutes: row.minutes },
          },
        });
    } else {
      const right = RIGHT_TO_RIGHT[row.right];
      const status = STATUS_TO_STATUS[row.status];
      if (right === undefined) skipped.push({ record, reason: `unknown right ${row.right}` });
      else if (status === undefined)
        skipped.push({ record, reason: `unknown status ${row.status}` });
      else
        candidates.push({
          record,
          order: 3,
          event: {
            ...base(`j${row.rowId}`, row.at, row.worker),
            type: "right.updated",
            data: { right, status },
          },
        });
    }
  }

  if (dossier.closed !== undefined) {
    const code = dossier.closed.reason;
    const positive = code === undefined ? undefined : POSITIVE_EXIT_REASON[code];
    const outcome =
      positive !== undefined && dossier.closed.outcome === "AFGEHAAKT"
        ? "positive-early-exit"
        : OUTCOME[dossier.closed.outcome];
    const reason = code === undefined ? undefined : (positive ?? DROP_OUT_REASON[code]);
    if (outcome === undefined)
      skipped.push({ record: trajectoryId, reason: `unknown outcome ${dossier.closed.outcome}` });
    else
      candidates.push({
        record: trajectoryId,
        order: 4,
        event: {
          ...base("closed", dossier.closed.at, dossier.closed.by),
          type: "trajectory.closed",
          data: { outcome, ...(reason === undefined ? {} : { reason }) },
        },
      });
  }

  const events: TrajectoryEvent[] = [];
  // Same-minute records keep the method's order: referral, talk, consent, journal, closing.
  const ordered = candidates
    .map((candidate, index) => ({ ...candidate, index }))
    .sort(
      (a, b) =>
        Date.parse((a.event as { at: string }).at) - Date.parse((b.event as { at: string }).at) ||
        a.order - b.order ||
        a.index - b.index,
    );
  for (const candidate of ordered) {
    const result = validate("trajectory-event", candidate.event);
    if (result.ok) events.push(result.value);
    else
      skipped.push({
        record: candidate.record,
        reason: result.problems.map((problem) => problem.message).join("; "),
      });
  }
  return { events, skipped };
}
