import { z } from "zod";
import { GroupEvent, TrajectoryEvent } from "./events";

/**
 * Any event of the interchange format: a trajectory's or a group's. Logs of either kind
 * validate against it, so one parser serves both.
 */
export const MiriamEvent = z.discriminatedUnion("type", [TrajectoryEvent, GroupEvent]).meta({
  id: "event",
  title: "MIRIAM event",
  description:
    "Any event of the MIRIAM interchange format v1: a trajectory event or a group event.",
});

/** Any event of the interchange format. */
export type MiriamEvent = z.infer<typeof MiriamEvent>;
