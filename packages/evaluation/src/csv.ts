import type { Language } from "@miriam/schemas";
import type { FunderReport } from "./funder-report";
import type { GroupReport } from "./group-report";
import type { DomainLabel } from "./options";
import { type CsvDialect, toCsv } from "./render-csv";
import { reportTables } from "./report-tables";

/** Options of {@link reportToCsv}. */
export interface CsvOptions {
  /** Language of the labels. Default `"en"`. */
  readonly language?: Language;
  /** The project's life domains, for their labels. Default: the kit's default set. */
  readonly domains?: readonly DomainLabel[];
  /** `rfc4180` (default) for programs, `excel-be` for a spreadsheet in Belgium. */
  readonly dialect?: CsvDialect;
}

/**
 * A report as CSV: `toCsv(reportTables(report, { domains }), { language, dialect })`.
 * In the default `rfc4180` dialect, one figure per line: `scope` (programme, project or
 * group id), `section` (the table), `item` (the row) and `measure` (the column) as stable
 * codes, `label` (in the chosen language), `value`, and `status` (`suppressed`, or
 * `no-data` when there was nothing to compute on). Text cells that a spreadsheet would
 * run as a formula are prefixed with `'`. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("funder-report.csv", reportToCsv(funderReport(input), { language: "fr" }));
 * ```
 */
export function reportToCsv(report: GroupReport | FunderReport, options: CsvOptions = {}): string {
  return toCsv(
    reportTables(report, options.domains === undefined ? {} : { domains: options.domains }),
    {
      ...(options.language === undefined ? {} : { language: options.language }),
      ...(options.dialect === undefined ? {} : { dialect: options.dialect }),
    },
  );
}
