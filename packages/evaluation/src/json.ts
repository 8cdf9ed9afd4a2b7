import type { FunderReport } from "./funder-report";
import type { GroupReport } from "./group-report";

/**
 * A report as JSON text (2-space indentation): the typed data as it is, with
 * `"suppressed"` for hidden figures and `null` where there was nothing to compute on.
 * Pure.
 *
 * @example
 * ```ts
 * writeFileSync("funder-report.json", reportToJson(report));
 * ```
 */
export function reportToJson(report: GroupReport | FunderReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
