import { closingOutcomes, type Language, trajectoryPhases } from "@miriam/schemas";
import type { currentPhase } from "@miriam/trajectory";
import { Rows } from "./_output";

type Outcome = Parameters<typeof closingOutcomes.label>[0];

/** @internal A trajectory as `miriam replay` prints it. */
export interface TrajectoryRow {
  readonly id: string;
  readonly phase: ReturnType<typeof currentPhase>;
  readonly phaseLabel: string;
  readonly paused: boolean;
  readonly outcome: Outcome | null;
  readonly outcomeLabel: string | null;
  readonly state: readonly string[];
  readonly accepted: number;
  readonly refused: number;
}

/**
 * @internal The trajectories of `miriam replay`, kept in columns until they are written
 * or printed: as objects (nine fields and a list of states each), the 86,085 rows of a
 * 1 GB export were about 20 MB of the command's peak (issue #14). Each distinct list of
 * states is kept once, and the labels are read when a row is made.
 */
export class TrajectoryRows {
  private readonly ids: string[] = [];
  private readonly phases: TrajectoryRow["phase"][] = [];
  private readonly paused: boolean[] = [];
  private readonly outcomes: (Outcome | null)[] = [];
  private readonly states: (readonly string[])[] = [];
  private readonly accepted: number[] = [];
  private readonly refused: number[] = [];
  private readonly stateLists = new Map<string, readonly string[]>();

  constructor(private readonly language: Language) {}

  /** Adds a trajectory's row; its labels come from `language`. */
  add(row: Omit<TrajectoryRow, "phaseLabel" | "outcomeLabel">): void {
    const key = row.state.join("\n");
    let state = this.stateLists.get(key);
    if (state === undefined) {
      state = row.state;
      this.stateLists.set(key, state);
    }
    this.ids.push(row.id);
    this.phases.push(row.phase);
    this.paused.push(row.paused);
    this.outcomes.push(row.outcome);
    this.states.push(state);
    this.accepted.push(row.accepted);
    this.refused.push(row.refused);
  }

  /** The rows in the order of their ids, each made when it is read. */
  byId(): Rows<TrajectoryRow> {
    const { ids } = this;
    const order = Array.from(ids.keys()).sort((a, b) =>
      ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0,
    );
    return new Rows(order.length, (index) => this.row(order[index]!));
  }

  private row(at: number): TrajectoryRow {
    const phase = this.phases[at]!;
    const outcome = this.outcomes[at]!;
    return {
      id: this.ids[at]!,
      phase,
      phaseLabel: phase === null ? "—" : trajectoryPhases.label(phase, this.language),
      paused: this.paused[at]!,
      outcome,
      outcomeLabel: outcome === null ? null : closingOutcomes.label(outcome, this.language),
      state: this.states[at]!,
      accepted: this.accepted[at]!,
      refused: this.refused[at]!,
    };
  }
}
