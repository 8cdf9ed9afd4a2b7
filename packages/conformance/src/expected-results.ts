import { loadExport } from "./_load-export";
import { type KitResults, kitResults, replayExport } from "./kit-results";

/**
 * What the kit computes from an export directory: each trajectory's end state, the
 * refused events, the fidelity signals and each group's indicators, in the shape of the
 * `expected/` files. The fixtures' `expected/` files are written with it; a vendor can
 * diff its own results against it while fixing a failed `MIR-CALCULATION-*`
 * requirement. Invalid lines are left out, as in `runConformance`. Reads the files, one
 * trajectory at a time.
 *
 * @example
 * ```ts
 * const kit = await expectedResults("export/");
 * kit.trajectories["t-001"]?.state; // ["closed"]
 * ```
 */
export async function expectedResults(dir: string): Promise<KitResults> {
  const loaded = await loadExport(dir);
  try {
    return await kitResults(await replayExport(loaded, { states: true, signals: true }), loaded);
  } finally {
    loaded.index.close();
  }
}
