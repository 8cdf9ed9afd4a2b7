import { type Language, regions } from "@miriam/schemas";
import { fill } from "./_report-labels";
import { texts } from "./_texts";
import type { ProgrammeReport, ProgrammeScope } from "./aggregate";
import { type DomainChange, domainChangeChart } from "./domain-change-chart";
import { SUPPRESSED } from "./indicators";
import type { DomainLabel } from "./options";
import { radarChart } from "./radar-chart";

/** A chart of a report, for the section of one scope (`programme`, `region:…`, `year:…`). */
export interface ReportFigure {
  /** The scope's id, as in the report tables' scopes. */
  readonly scope: string;
  /** A stable name, for a file name or an HTML id (`programme-change`). */
  readonly name: string;
  /** The chart, an accessible SVG document. */
  readonly svg: string;
}

/** Options of {@link programmeCharts}. */
export interface ProgrammeChartsOptions {
  /** Language of the charts. Default `"en"`. */
  readonly language?: Language;
  /** The life domains, for their labels. Default: the kit's default set. */
  readonly domains?: readonly DomainLabel[];
}

/**
 * The charts of a programme report: the mean change per life domain for the programme
 * (measured on the mothers when the report has the effect of the method), its scores at
 * t0 and t1, and the change per domain of each region and programme year. Hidden figures
 * draw no bar. Pure.
 */
export function programmeCharts(
  report: ProgrammeReport,
  options: ProgrammeChartsOptions = {},
): ReportFigure[] {
  const language = options.language ?? "en";
  const chartOptions = (idPrefix: string, title?: string) => ({
    language,
    idPrefix,
    ...(options.domains === undefined ? {} : { domains: options.domains }),
    ...(title === undefined ? {} : { title }),
  });
  const changeOf = (scope: ProgrammeScope): DomainChange[] =>
    scope.indicators.domains.map((d) => ({ domain: d.domain, meanChange: d.meanChange, n: d.n }));
  const effect = report.effect?.programme;
  const programmeChange: DomainChange[] =
    effect !== undefined && "domains" in effect
      ? Object.entries(effect.domains).map(([domain, c]) => ({
          domain,
          meanChange: c.meanChange,
          n: c.n,
        }))
      : changeOf(report.programme);
  const means = (key: "meanT0" | "meanT1") =>
    Object.fromEntries(
      report.programme.indicators.domains.map((d) => [
        d.domain,
        d[key] === SUPPRESSED ? null : d[key],
      ]),
    );
  const titled = (scopeLabel: string) =>
    fill(texts.scopedChangeTitle, { scope: scopeLabel })[language];
  const figures: ReportFigure[] = [
    {
      scope: "programme",
      name: "programme-change",
      svg: domainChangeChart(programmeChange, chartOptions("programme-change")),
    },
    {
      scope: "programme",
      name: "programme-scores",
      svg: radarChart(
        { t0: { domains: means("meanT0") }, t1: { domains: means("meanT1") } },
        chartOptions("programme-scores"),
      ),
    },
  ];
  for (const region of report.regions)
    figures.push({
      scope: `region:${region.id}`,
      name: `region-${region.id}-change`,
      svg: domainChangeChart(
        changeOf(region),
        chartOptions(`region-${region.id}-change`, titled(regionName(region.id, language))),
      ),
    });
  for (const year of report.years)
    figures.push({
      scope: `year:${year.id}`,
      name: `year-${year.id}-change`,
      svg: domainChangeChart(
        changeOf(year),
        chartOptions(
          `year-${year.id}-change`,
          titled(`${texts.programmeYear[language]} ${year.id}`),
        ),
      ),
    });
  return figures;
}

function regionName(id: string, language: Language): string {
  return regions.has(id) ? regions.label(id, language) : texts.unknownRegion[language];
}
