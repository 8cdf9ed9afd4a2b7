import { FidelityThresholds, ProjectSettings } from "@miriam/schemas";

/**
 * The project settings this package reads: the fidelity thresholds and the planned
 * length of a trajectory. A validated `ProjectSettings` (from `miriam.config.json`) fits;
 * anything left out takes the method's default.
 */
export interface TrajectorySettings {
  /** Fidelity thresholds; missing ones take the method's defaults. */
  readonly fidelity?: Partial<FidelityThresholds>;
  /** Planned length of a trajectory in months (default 10). */
  readonly trajectoryLengthMonths?: number;
  /**
   * The project's groups, for their session cadence: a weekly group (7) is held to its
   * own rhythm by the session-gap signal.
   */
  readonly groups?: readonly {
    readonly id: string;
    readonly sessionCadenceDays?: number;
  }[];
}

/** Settings with every default filled in. */
export interface ResolvedSettings {
  /** Fidelity thresholds. */
  readonly fidelity: FidelityThresholds;
  /** Planned length of a trajectory in months. */
  readonly trajectoryLengthMonths: number;
}

// The defaults are the schemas' own, read from them rather than retyped here.
const DEFAULT_FIDELITY: FidelityThresholds = FidelityThresholds.parse({});
const DEFAULT_LENGTH: number = ProjectSettings.shape.trajectoryLengthMonths.parse(undefined);

/**
 * The most days allowed between two sessions of a group: the project's
 * `fidelity.groupSessionMaxGapDays`, or the group's own `sessionCadenceDays` when that is
 * shorter (a weekly group that meets every fortnight drifts from its plan). Pure.
 */
export function groupSessionMaxGap(
  settings: TrajectorySettings | undefined,
  fidelity: FidelityThresholds,
  groupId: string,
): number {
  const cadence = settings?.groups?.find((group) => group.id === groupId)?.sessionCadenceDays;
  return cadence === undefined
    ? fidelity.groupSessionMaxGapDays
    : Math.min(cadence, fidelity.groupSessionMaxGapDays);
}

/** Fills in the method's defaults. Pure. */
export function resolveSettings(settings: TrajectorySettings = {}): ResolvedSettings {
  return {
    fidelity: { ...DEFAULT_FIDELITY, ...settings.fidelity },
    trajectoryLengthMonths: settings.trajectoryLengthMonths ?? DEFAULT_LENGTH,
  };
}
