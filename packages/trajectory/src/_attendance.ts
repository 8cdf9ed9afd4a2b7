/**
 * One mother's presence at one group session, as the statechart sees it. It is not an
 * event of her own log: attendance is recorded once, on the group's session
 * (`group-session.held`), and `groupSessionAttendance` derives one of these per
 * attendee.
 */
export interface GroupSessionAttendance {
  /** Always `group-session.attended`. */
  readonly type: "group-session.attended";
  /** The trajectory of the mother who was present. */
  readonly trajectoryId: string;
  /** The group that held the session. */
  readonly groupId: string;
  /** Id of the `group-session.held` event. */
  readonly sessionId: string;
  /** Timestamp of the session event; orders it among her own events. */
  readonly at: string;
  /** Calendar date of the session. */
  readonly date: string;
  /** Whether children took part. */
  readonly withChildren: boolean;
  /** 1-based line of the session in the group log, when it came from a parsed log. */
  readonly line?: number;
}
