import { herView, type OpenStep, openSteps } from "@miriam/evaluation";
import {
  closingOutcomes,
  type ProjectSettingsInput,
  projectDomains,
  type Region,
  timepoints,
} from "@miriam/schemas";
import { replayHistory } from "@miriam/trajectory";
import type { User } from "../../db/accounts";
import type { LoadedTrajectory } from "../../domain/trajectories";
import { type AppContext, type Deps, participantStream, requireUser } from "../context";
import { Fields } from "../form-fields";
import type { FormContext } from "../forms";
import type { PageContext } from "../layout";

/** One participant's trajectory as a handler needs it, once access is checked. */
export interface LoadedParticipant {
  readonly user: User;
  readonly stream: Awaited<ReturnType<typeof participantStream>>;
  readonly loaded: LoadedTrajectory;
  readonly settings: ProjectSettingsInput;
}

/**
 * Her trajectory, replayed, with her project's settings. Only her case manager gets it;
 * anyone else gets the same "not found" or "no access" whether she exists or not.
 */
export async function loadParticipant(
  deps: Deps,
  c: AppContext,
  trajectoryId: string,
): Promise<LoadedParticipant> {
  const user = requireUser(c, "case-manager");
  const stream = await participantStream(deps, user, trajectoryId);
  const loaded = (await deps.kit.load(trajectoryId, true))!;
  const settings = (await deps.kit.projectSettings(stream.projectId))!;
  return { user, stream, loaded, settings };
}

/**
 * What an event's form reads besides the form body: the language, her replayed state,
 * the project's region and life domains, the steps she may mark done, and the step's
 * timepoint or closing outcome (from the query or the form). Both the form page and the recording of its answers build it
 * here, so the two see the same domains and the same step.
 */
export function formContext(
  page: PageContext,
  { loaded, settings }: Pick<LoadedParticipant, "loaded" | "settings">,
  step: {
    readonly timepoint?: string | undefined;
    readonly outcome?: string | undefined;
    /** The goal chosen beforehand (a goal's line leads to its update). */
    readonly goalId?: string | undefined;
    /** The fields' drawer, with what she sent (default: a new, empty form). */
    readonly f?: Fields;
  },
): FormContext {
  // Replayed only when a form reads them (her proposals), not for every form.
  let open: readonly OpenStep[] | undefined;
  return {
    t: page.t,
    language: page.language,
    state: loaded.state,
    goals: loaded.goals,
    region: settings.region as Region,
    domains: projectDomains(settings),
    ...(timepoints.has(step.timepoint) ? { timepoint: step.timepoint } : {}),
    ...(step.outcome ? { outcome: step.outcome } : {}),
    ...(step.goalId !== undefined && step.goalId in loaded.state.context.goals
      ? { goalId: step.goalId }
      : {}),
    f: step.f ?? new Fields(page.t, page.language),
    get openSteps() {
      open ??= openSteps(herView(replayHistory(loaded.events)));
      return open;
    },
  };
}

/**
 * The step's timepoint and closing outcome from a form page's query, when valid, and the
 * goal to preselect (checked against her goals by {@link formContext}).
 */
export function stepQuery(c: AppContext) {
  const timepoint = c.req.query("timepoint");
  const outcome = c.req.query("outcome");
  const goal = c.req.query("goal");
  return {
    timepoint: timepoints.has(timepoint) ? timepoint : undefined,
    outcome: closingOutcomes.has(outcome) ? outcome : undefined,
    goalId: goal === undefined || goal.length > 100 ? undefined : goal,
  };
}
