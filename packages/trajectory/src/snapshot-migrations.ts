/**
 * One step of a snapshot's upgrade: reads a persisted snapshot of version `from` and
 * returns it as version `to`. Pure. Migrations keep stored snapshots usable across kit
 * versions; when one cannot be written, `restore` refuses and the state is rebuilt from
 * the event log.
 */
export interface SnapshotMigration {
  /** The version read. */
  readonly from: number;
  /** The version returned (`from + 1`). */
  readonly to: number;
  /** What changed, for the changelog and for people reading a failed restore. */
  readonly description: string;
  /** The migration itself. Pure: returns a new object. */
  readonly migrate: (snapshot: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

type Flat = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const orNull = (value: unknown): unknown => value ?? null;

/**
 * Version 0, the development draft, kept the context as one flat object of thirty
 * fields. The replay bench showed XState copies the top level of the context on every
 * event, and a wide object copies slowly, so version 1 groups the fields. Version 0 did
 * not record which group sessions she attended, only their dates: the ids start empty
 * and come back with the next replay.
 */
const groupTheContext: SnapshotMigration = {
  from: 0,
  to: 1,
  description:
    "The context's thirty flat fields are grouped (referral, consent, milestones, goals, individual and collective tracks, pauses, follow-up).",
  migrate: (snapshot) => {
    const c = (snapshot.context ?? {}) as Flat;
    const referral =
      typeof c.trajectoryId === "string"
        ? {
            trajectoryId: c.trajectoryId,
            projectId: c.projectId,
            groupId: c.groupId,
            at: c.referredAt,
          }
        : null;
    return {
      ...snapshot,
      version: 1,
      context: {
        referral,
        consent: {
          enrolledAt: orNull(c.enrolledAt),
          scopes: list(c.consentScopes),
          withdrawnAt: orNull(c.consentWithdrawnAt),
        },
        milestones: {
          informationTalkAt: orNull(c.informationTalkAt),
          decision: orNull(c.decision),
          intakeAt: orNull(c.intakeAt),
          baselineAt: orNull(c.baselineAt),
          planAgreedAt: orNull(c.planAgreedAt),
          endMeasurementAt: orNull(c.endMeasurementAt),
          evaluationAt: orNull(c.evaluationAt),
          certificateHandedOver: orNull(c.certificateHandedOver),
          handover: orNull(c.handover),
          closing: orNull(c.closing),
        },
        goals: c.goals ?? {},
        individual: {
          contactsAt: list(c.contactsAt),
          partnerReferrals: c.partnerReferrals ?? 0,
          rights: c.rights ?? {},
          reviewsAt: list(c.reviewsAt),
          midMeasurementsAt: list(c.midMeasurementsAt),
        },
        collective: { sessionDates: list(c.groupSessionDates), sessionIds: [] },
        pauses: list(c.pauses),
        followUp: { talksAt: list(c.followUpsAt), measurementsAt: list(c.followUpMeasurementsAt) },
        signalsRaised: c.signalsRaised ?? 0,
        lastEventAt: orNull(c.lastEventAt),
      },
    };
  },
};

/** The migrations between snapshot versions, oldest first: `restore` applies them in turn. */
export const snapshotMigrations: readonly SnapshotMigration[] = [groupTheContext];
