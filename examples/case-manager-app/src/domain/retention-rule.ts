import type { ProjectSettingsInput } from "@miriam/schemas";

/**
 * A trajectory cannot be closed while its project has no retention period: from the
 * closing on, the app must know when her data is to be erased. The OCMW sets it
 * (`retention.monthsAfterClosing` in the project settings); the kit claims no default.
 */
export class RetentionNotSetError extends Error {
  constructor(readonly projectId: string) {
    super(
      `Project ${projectId} has no retention period (retention.monthsAfterClosing in its settings): set it before closing a trajectory.`,
    );
    this.name = "RetentionNotSetError";
  }
}

/** Throws {@link RetentionNotSetError} when a closing is recorded without a retention period. */
export function requireRetentionToClose(
  projectId: string,
  settings: ProjectSettingsInput | undefined,
  eventType: string,
): void {
  if (eventType === "trajectory.closed" && settings?.retention === undefined)
    throw new RetentionNotSetError(projectId);
}
