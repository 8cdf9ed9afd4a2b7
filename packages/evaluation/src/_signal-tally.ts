import { dateOf, type SignalTheme, type TrajectoryEvent } from "@miriam/schemas";

/** The policy signals of a funder report (`signal.raised` events that were accepted). */
export interface FunderReportSignals {
  /** How many signals per project, theme (`signalThemes`) and life domain; none are zero. */
  readonly counts: readonly {
    readonly projectId: string;
    readonly theme: SignalTheme;
    readonly domain: string;
    readonly count: number;
  }[];
  /**
   * The observations a coordinator reviewed and marked `shareable`, with their month
   * only: no trajectory id, no day, no worker.
   */
  readonly shareable: readonly {
    readonly projectId: string;
    readonly theme: SignalTheme;
    readonly domain: string;
    readonly month: string;
    readonly observation: string;
  }[];
}

/**
 * The policy signals of a report, counted as trajectories are added: only accepted
 * `signal.raised` events, and only the text of those a coordinator marked shareable.
 * Nothing that points at a mother (trajectory id, day, worker) is kept.
 */
export class SignalTally {
  private readonly counts = new Map<string, number>();
  private readonly shareable: FunderReportSignals["shareable"][number][] = [];

  addTrajectory(
    projectId: string,
    events: readonly TrajectoryEvent[],
    refused: readonly { readonly eventId: string }[],
  ): void {
    const refusedIds = refused.length === 0 ? undefined : new Set(refused.map((r) => r.eventId));
    for (const event of events) {
      if (event.type !== "signal.raised" || refusedIds?.has(event.id)) continue;
      const theme: SignalTheme = event.data.theme ?? "other";
      const key = JSON.stringify([projectId, theme, event.data.domain]);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      if (event.data.shareable === true)
        this.shareable.push({
          projectId,
          theme,
          domain: event.data.domain,
          month: dateOf(event.at).slice(0, 7),
          observation: event.data.observation,
        });
    }
  }

  build(): FunderReportSignals {
    const counts = [...this.counts]
      .map(([key, count]) => {
        const [projectId, theme, domain] = JSON.parse(key) as [string, SignalTheme, string];
        return { projectId, theme, domain, count };
      })
      .sort(
        (a, b) =>
          compare(a.projectId, b.projectId) ||
          compare(a.theme, b.theme) ||
          compare(a.domain, b.domain),
      );
    // In an order that says nothing about which trajectory came first.
    const shareable = [...this.shareable].sort(
      (a, b) =>
        compare(a.projectId, b.projectId) ||
        compare(a.month, b.month) ||
        compare(a.theme, b.theme) ||
        compare(a.observation, b.observation),
    );
    return { counts, shareable };
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
