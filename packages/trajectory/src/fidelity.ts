import type { Labels } from "@miriam/schemas";
import { dateOf, dateOfDayNumber, dayNumber, monthsBetween } from "@miriam/schemas";
import { activeDays, activeDaysBetween } from "./_clock";
import { type MessageTemplate, message } from "./_labels";
import type { TrajectoryState } from "./machine";
import { resolveSettings, type TrajectorySettings } from "./settings";

/** The fidelity signals the kit computes (METHODOLOGY.md §3). */
export type FidelitySignalCode =
  | "information-talk-before-enrolment"
  | "plan-within-days"
  | "individual-contact-gap"
  | "group-session-gap"
  | "group-size"
  | "groups-per-project"
  | "trajectory-length";

/** What a fidelity signal is about: one trajectory, one group or one project. */
export interface FidelitySubject {
  /** The kind of subject. */
  readonly kind: "trajectory" | "group" | "project";
  /** Its pseudonymous id. */
  readonly id: string;
}

/**
 * How closely a project follows the method, on one point: what (code and message in four
 * languages), when (a moment or a period) and how far from the threshold. A signal never
 * blocks work; it is for the coordinator and the case manager to look at.
 */
export interface FidelitySignal {
  /** Which signal. */
  readonly code: FidelitySignalCode;
  /** What it is about. */
  readonly subject: FidelitySubject;
  /** What happened, with the numbers, in each language. */
  readonly message: Labels;
  /** When, for a signal about a moment (a timestamp of the event concerned). */
  readonly at?: string;
  /** When, for a signal about a period (calendar dates, `from` to `to`). */
  readonly period?: { readonly from: string; readonly to: string };
  /** The measured value. */
  readonly value: number;
  /** The threshold it was measured against (the bound that was crossed). */
  readonly threshold: number;
  /** `value - threshold`: positive above a maximum, negative below a minimum. */
  readonly difference: number;
  /** Unit of value, threshold and difference. */
  readonly unit: "days" | "months" | "participants" | "groups" | "talks";
}

/** A fidelity signal's definition: its code, name and the setting it is measured against. */
export interface FidelitySignalDefinition {
  /** The signal's code. */
  readonly code: FidelitySignalCode;
  /** Its name in each language. */
  readonly title: Labels;
  /** The `FidelityThresholds` setting it uses, if any. */
  readonly setting:
    | "planWithinDays"
    | "individualContactMaxGapDays"
    | "groupSessionMaxGapDays"
    | "groupSize"
    | "maxGroupsPerProject"
    | "trajectoryLengthMonths"
    | null;
}

/** The fidelity signals, as data for docs and pickers. */
export const fidelitySignalDefinitions: readonly FidelitySignalDefinition[] = [
  {
    code: "information-talk-before-enrolment",
    title: {
      nl: "Informatief gesprek vóór het instappen",
      fr: "Entretien d'information avant l'entrée",
      de: "Informationsgespräch vor dem Einstieg",
      en: "Information talk before enrolment",
    },
    setting: null,
  },
  {
    code: "plan-within-days",
    title: {
      nl: "Plan van aanpak op tijd",
      fr: "Plan d'accompagnement dans les délais",
      de: "Begleitplan rechtzeitig",
      en: "Personal plan on time",
    },
    setting: "planWithinDays",
  },
  {
    code: "individual-contact-gap",
    title: {
      nl: "Regelmatig individueel contact",
      fr: "Contact individuel régulier",
      de: "Regelmäßiger Einzelkontakt",
      en: "Regular individual contact",
    },
    setting: "individualContactMaxGapDays",
  },
  {
    code: "group-session-gap",
    title: {
      nl: "Regelmatige groepssessies",
      fr: "Séances de groupe régulières",
      de: "Regelmäßige Gruppensitzungen",
      en: "Regular group sessions",
    },
    setting: "groupSessionMaxGapDays",
  },
  {
    code: "group-size",
    title: { nl: "Groepsgrootte", fr: "Taille du groupe", de: "Gruppengröße", en: "Group size" },
    setting: "groupSize",
  },
  {
    code: "groups-per-project",
    title: {
      nl: "Aantal groepen per project",
      fr: "Nombre de groupes par projet",
      de: "Anzahl Gruppen pro Projekt",
      en: "Groups per project",
    },
    setting: "maxGroupsPerProject",
  },
  {
    code: "trajectory-length",
    title: {
      nl: "Duur van het traject",
      fr: "Durée du parcours",
      de: "Dauer der Begleitung",
      en: "Trajectory length",
    },
    setting: "trajectoryLengthMonths",
  },
];

/** Options of {@link fidelitySignals}. */
export interface FidelityOptions {
  /** The project's settings; defaults are the method's. */
  readonly settings?: TrajectorySettings;
  /**
   * Measure periods that are still open (no plan yet, no contact since...) up to this date
   * (`YYYY-MM-DD` or a timestamp). Without it, an open period ends at the trajectory's
   * closing or its last event: signals then describe the log, not today.
   */
  readonly asOf?: string;
}

// The messages of the trajectory's signals, one template per language.
const NO_PLAN_YET: MessageTemplate<{ days: number; t: number }> = {
  nl: (n, { days, t }) =>
    `${n(days)} dagen na de intake is er nog geen plan van aanpak (norm: binnen ${n(t)} dagen).`,
  fr: (n, { days, t }) =>
    `${n(days)} jours après l'entretien d'accueil, il n'y a toujours pas de plan d'accompagnement (norme : dans les ${n(t)} jours).`,
  de: (n, { days, t }) =>
    `${n(days)} Tage nach dem Aufnahmegespräch gibt es noch keinen Begleitplan (Richtwert: innerhalb von ${n(t)} Tagen).`,
  en: (n, { days, t }) =>
    `${n(days)} days after the intake there is still no personal plan (norm: within ${n(t)} days).`,
};
const PLAN_LATE: MessageTemplate<{ days: number; t: number }> = {
  nl: (n, { days, t }) =>
    `Het plan van aanpak kwam ${n(days)} dagen na de intake (norm: binnen ${n(t)} dagen).`,
  fr: (n, { days, t }) =>
    `Le plan d'accompagnement a été convenu ${n(days)} jours après l'entretien d'accueil (norme : dans les ${n(t)} jours).`,
  de: (n, { days, t }) =>
    `Der Begleitplan wurde ${n(days)} Tage nach dem Aufnahmegespräch vereinbart (Richtwert: innerhalb von ${n(t)} Tagen).`,
  en: (n, { days, t }) =>
    `The personal plan was agreed ${n(days)} days after the intake (norm: within ${n(t)} days).`,
};
const CONTACT_GAP: MessageTemplate<{ days: number; maxGap: number }> = {
  nl: (n, { days, maxGap }) =>
    `${n(days)} dagen zonder individueel contact in de actieve fase (norm: hoogstens ${n(maxGap)} dagen).`,
  fr: (n, { days, maxGap }) =>
    `${n(days)} jours sans contact individuel pendant la phase active (norme : au plus ${n(maxGap)} jours).`,
  de: (n, { days, maxGap }) =>
    `${n(days)} Tage ohne Einzelkontakt in der aktiven Phase (Richtwert: höchstens ${n(maxGap)} Tage).`,
  en: (n, { days, maxGap }) =>
    `${n(days)} days without an individual contact during the active phase (norm: at most ${n(maxGap)} days).`,
};
const TRAJECTORY_LENGTH: MessageTemplate<{ months: number; min: number; max: number }> = {
  nl: (n, { months, min, max }) =>
    `Het traject duurde ${n(months)} maanden van instap tot eindmeting (norm: ${n(min)} tot ${n(max)} maanden).`,
  fr: (n, { months, min, max }) =>
    `Le parcours a duré ${n(months)} mois de l'entrée à la mesure finale (norme : de ${n(min)} à ${n(max)} mois).`,
  de: (n, { months, min, max }) =>
    `Die Begleitung dauerte ${n(months)} Monate vom Einstieg bis zur Abschlussmessung (Richtwert: ${n(min)} bis ${n(max)} Monate).`,
  en: (n, { months, min, max }) =>
    `The trajectory lasted ${n(months)} months from enrolment to the end measurement (norm: ${n(min)} to ${n(max)} months).`,
};

/**
 * The fidelity signals of one trajectory: information talk before enrolment, plan within
 * N days of intake, individual contacts at most N days apart while active (paused days do
 * not count), and trajectory length within range (enrolment to end measurement). Group
 * and project signals come from `replayProgramme`. Pure.
 *
 * @example
 * ```ts
 * for (const s of fidelitySignals(state, { settings })) console.log(s.message.nl);
 * ```
 */
export function fidelitySignals(
  state: TrajectoryState,
  options: FidelityOptions = {},
): FidelitySignal[] {
  const signals: FidelitySignal[] = [];
  findSignals(state, options, (_, signal) => signals.push(signal()));
  return signals;
}

/**
 * The codes of {@link fidelitySignals}, one per signal and in the same order, without
 * writing out their messages in four languages: for reports that only count signals (a
 * funder report counts them over every trajectory of a programme). Pure.
 *
 * @example
 * ```ts
 * const gaps = fidelitySignalCodes(state).filter((c) => c === "individual-contact-gap").length;
 * ```
 */
export function fidelitySignalCodes(
  state: TrajectoryState,
  options: FidelityOptions = {},
): FidelitySignalCode[] {
  const codes: FidelitySignalCode[] = [];
  findSignals(state, options, (code) => codes.push(code));
  return codes;
}

/** Told of each signal found: its code, and how to write it out in full when wanted. */
type Found = (code: FidelitySignalCode, signal: () => FidelitySignal) => void;

/** The one walk over a trajectory's signals, for both {@link fidelitySignals} and the codes. */
function findSignals(state: TrajectoryState, options: FidelityOptions, found: Found): void {
  const context = state.context;
  if (context.referral === null) return;
  const { fidelity } = resolveSettings(options.settings);
  const subject: FidelitySubject = { kind: "trajectory", id: context.referral.trajectoryId };
  const { milestones, consent, pauses } = context;
  const end = milestones.closing?.at ?? options.asOf ?? context.lastEventAt!;

  const enrolledAt = consent.enrolledAt;
  if (enrolledAt !== null && milestones.informationTalkAt === null) {
    found("information-talk-before-enrolment", () => ({
      code: "information-talk-before-enrolment",
      subject,
      message: {
        nl: "Zij stapte in zonder informatief gesprek vooraf.",
        fr: "Elle est entrée dans le parcours sans entretien d'information préalable.",
        de: "Sie ist ohne vorheriges Informationsgespräch eingestiegen.",
        en: "She enrolled without an information talk first.",
      },
      at: enrolledAt,
      value: 0,
      threshold: 1,
      difference: -1,
      unit: "talks",
    }));
  }

  const intakeAt = milestones.intakeAt;
  if (intakeAt !== null) {
    const planAt = milestones.planAgreedAt;
    const days = activeDays(intakeAt, planAt ?? end, pauses);
    const t = fidelity.planWithinDays;
    if (days > t) {
      found("plan-within-days", () => ({
        code: "plan-within-days",
        subject,
        message: message(planAt === null ? NO_PLAN_YET : PLAN_LATE, { days, t }),
        period: { from: dateOf(intakeAt), to: dateOf(planAt ?? end) },
        value: days,
        threshold: t,
        difference: days - t,
        unit: "days",
      }));
    }
  }

  if (milestones.planAgreedAt !== null) {
    contactGaps(
      state,
      milestones.planAgreedAt,
      end,
      fidelity.individualContactMaxGapDays,
      subject,
      found,
    );
  }

  const endMeasurementAt = milestones.endMeasurementAt;
  if (enrolledAt !== null && endMeasurementAt !== null) {
    const months = monthsBetween(dateOf(enrolledAt), dateOf(endMeasurementAt));
    const { min, max } = fidelity.trajectoryLengthMonths;
    if (months < min || months > max) {
      const t = months < min ? min : max;
      found("trajectory-length", () => ({
        code: "trajectory-length",
        subject,
        message: message(TRAJECTORY_LENGTH, { months, min, max }),
        period: { from: dateOf(enrolledAt), to: dateOf(endMeasurementAt) },
        value: months,
        threshold: t,
        difference: Math.round((months - t) * 10) / 10,
        unit: "months",
      }));
    }
  }
}

/**
 * The moments that count as individual contact in the active phase: contacts and
 * reviews, with the plan talk as the start. The evaluation comes after t1, outside it.
 */
export function individualContactMoments(state: TrajectoryState): string[] {
  const dates = contactMomentTimes(state).flat().map(dateOf);
  // Contacts and reviews are each recorded in time order: the sort is needed only when the
  // two lists (or the plan talk, last) interleave, and is skipped when they do not.
  for (let i = 1; i < dates.length; i++) if (dates[i - 1]! > dates[i]!) return dates.sort();
  return dates;
}

/**
 * The timestamps of her individual contact moments, list by list, each in time order:
 * contacts, reviews and, once agreed, the plan talk.
 */
function contactMomentTimes(state: TrajectoryState): readonly (readonly string[])[] {
  const { milestones, individual } = state.context;
  return milestones.planAgreedAt === null
    ? [individual.contactsAt, individual.reviewsAt]
    : [individual.contactsAt, individual.reviewsAt, [milestones.planAgreedAt]];
}

function contactGaps(
  state: TrajectoryState,
  planAgreedAt: string,
  openEnd: string,
  maxGap: number,
  subject: FidelitySubject,
  found: Found,
): void {
  const { milestones, pauses } = state.context;
  // Her contact moments as day numbers read in place from the timestamps (no date string
  // per contact: this runs for every mother of a programme), within the active phase, in
  // order, and ending on its last day.
  const first = dayNumber(planAgreedAt);
  const last = dayNumber(milestones.endMeasurementAt ?? openEnd);
  const days: number[] = [];
  let sorted = true;
  for (const times of contactMomentTimes(state))
    sorted = daysWithin(times, first, last, days, sorted);
  if (!sorted) days.sort((a, b) => a - b);
  if (days[days.length - 1] !== last) days.push(last);
  for (let i = 1; i < days.length; i++) {
    const from = days[i - 1]!;
    const to = days[i]!;
    const gap = activeDaysBetween(from, to, pauses);
    if (gap <= maxGap) continue;
    found("individual-contact-gap", () => ({
      code: "individual-contact-gap",
      subject,
      message: message(CONTACT_GAP, { days: gap, maxGap }),
      period: { from: dateOfDayNumber(from), to: dateOfDayNumber(to) },
      value: gap,
      threshold: maxGap,
      difference: gap - maxGap,
      unit: "days",
    }));
  }
}

/**
 * Pushes the day numbers of `times` from `first` to `last` onto `days`; returns whether
 * `days` is still in order (false once it is not, or if `sorted` was false).
 */
function daysWithin(
  times: readonly string[],
  first: number,
  last: number,
  days: number[],
  sorted: boolean,
): boolean {
  let inOrder = sorted;
  for (const at of times) {
    const day = dayNumber(at);
    if (day < first || day > last) continue;
    if (days.length > 0 && days[days.length - 1]! > day) inOrder = false;
    days.push(day);
  }
  return inOrder;
}
