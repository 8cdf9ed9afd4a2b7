import { type InstrumentDefinition, lifeDomains, selfEvaluationInstrument } from "@miriam/schemas";
import type { TrajectorySettings } from "@miriam/trajectory";
import type { DomainLabel, EvaluationOptions } from "./options";

/** Options with their defaults filled in. */
export interface ResolvedOptions {
  readonly instruments: ReadonlyMap<string, InstrumentDefinition>;
  readonly domains: readonly DomainLabel[];
  readonly asOf: string | undefined;
  readonly settings: TrajectorySettings | undefined;
}

/** Key of an instrument version in {@link ResolvedOptions.instruments}. */
export const instrumentKey = (id: string, version: number): string => `${id}@${version}`;

/** Fills in the defaults of {@link EvaluationOptions}. */
export function resolveOptions(options: EvaluationOptions = {}): ResolvedOptions {
  const instruments = options.instruments ?? [selfEvaluationInstrument];
  return {
    instruments: new Map(instruments.map((i) => [instrumentKey(i.id, i.version), i])),
    domains: options.domains ?? lifeDomains.terms,
    asOf: options.asOf,
    settings: options.settings,
  };
}
