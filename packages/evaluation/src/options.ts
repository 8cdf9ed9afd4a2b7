import type { InstrumentDefinition, Language } from "@miriam/schemas";
import type { TrajectorySettings } from "@miriam/trajectory";

/** A life domain as reports and charts show it: its code and its labels. */
export interface DomainLabel {
  /** The domain's code, as in the events. */
  readonly code: string;
  /** Its name in NL, FR, DE and EN. */
  readonly labels: Readonly<Record<Language, string>>;
}

/** Options shared by scoring, indicators and reports. */
export interface EvaluationOptions {
  /**
   * The instruments measurements may refer to (by id and version). Default: the kit's
   * own self-evaluation, `selfEvaluationInstrument` of `@miriam/schemas`.
   */
  readonly instruments?: readonly InstrumentDefinition[];
  /**
   * The project's life domains, in the order reports and charts list them. Default: the
   * kit's default set (`lifeDomains` of `@miriam/schemas`). A project's own `domains`
   * setting has this shape.
   */
  readonly domains?: readonly DomainLabel[];
  /**
   * Until when an open trajectory counts for participant-months (ISO 8601). Default: the
   * trajectory's last event, so a report never depends on the clock.
   */
  readonly asOf?: string;
  /**
   * The project's settings (e.g. its `miriam.config.json`), for the fidelity thresholds
   * the signals are measured against. Default: the method's.
   */
  readonly settings?: TrajectorySettings;
}
