import { exampleCohort, LANGUAGES, lifeDomains, timepoints } from "@miriam/schemas";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { attendanceChart } from "./attendance-chart";
import { domainChangeChart } from "./domain-change-chart";
import { eventsByTrajectory } from "./events-by-trajectory";
import { groupReport } from "./group-report";
import { SUPPRESSED } from "./indicators";
import { radarChart } from "./radar-chart";

const cohort = exampleCohort();
const report = groupReport({
  groupEvents: cohort.groupEvents,
  trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
});
const participant = report.participants.find((p) => p.status === "completed")!;

/** Parses with a real XML parser that throws on any warning or error. */
function parse(svg: string) {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
  return document.documentElement as Element;
}

function textContent(root: Element, tag: string): string[] {
  return Array.from(root.getElementsByTagName(tag)).map((node) => node.textContent ?? "");
}

/** Checks the accessibility contract every chart keeps. */
function expectAccessible(svg: string) {
  const root = parse(svg);
  expect(root.tagName).toBe("svg");
  expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
  expect(root.getAttribute("role")).toBe("img");
  const [titleId, descId] = (root.getAttribute("aria-labelledby") ?? "").split(" ");
  const title = root.getElementsByTagName("title")[0]!;
  const desc = root.getElementsByTagName("desc")[0]!;
  expect(title.getAttribute("id")).toBe(titleId);
  expect(desc.getAttribute("id")).toBe(descId);
  expect(title.textContent?.length).toBeGreaterThan(5);
  expect(desc.textContent?.length).toBeGreaterThan(20);
  // The title and description come first, as screen readers expect.
  const elements = Array.from(root.childNodes).filter((n) => n.nodeType === 1) as Element[];
  expect(elements.slice(0, 2).map((e) => e.tagName)).toEqual(["title", "desc"]);
  return root;
}

const charts = {
  radar: (language: (typeof LANGUAGES)[number]) => radarChart(participant.scores, { language }),
  change: (language: (typeof LANGUAGES)[number]) =>
    domainChangeChart(report.indicators.domains, { language }),
  attendance: (language: (typeof LANGUAGES)[number]) =>
    attendanceChart(report.sessions, { language, groupSize: 14 }),
};

describe("charts", () => {
  for (const [name, draw] of Object.entries(charts))
    for (const language of LANGUAGES)
      it(`${name} in ${language} is well-formed, accessible SVG`, () => {
        expectAccessible(draw(language));
      });

  it("labels the radar's domains and timepoints from the vocabularies, in each language", () => {
    for (const language of LANGUAGES) {
      const root = parse(radarChart(participant.scores, { language }));
      const texts = textContent(root, "text").join(" ") + textContent(root, "tspan").join(" ");
      expect(texts).toContain(timepoints.label("t0", language));
      expect(texts).toContain(timepoints.label("t1", language));
      // Labels are wrapped over lines, so look for the first word of each.
      for (const domain of lifeDomains.terms)
        expect(texts).toContain(domain.labels[language].split(" ")[0]!);
    }
  });

  it("tells t0 and t1 apart without colour: dashed with circles, solid with squares", () => {
    const root = parse(radarChart(participant.scores));
    const paths = Array.from(root.getElementsByTagName("path"));
    expect(paths).toHaveLength(2);
    expect(paths.filter((p) => p.getAttribute("stroke-dasharray"))).toHaveLength(1);
    expect(root.getElementsByTagName("circle").length).toBeGreaterThanOrEqual(11);
    expect(root.getElementsByTagName("pattern")).toHaveLength(1);
  });

  it("breaks the radar line where a score is missing, and says so", () => {
    const svg = radarChart(
      {
        t0: { domains: { finances: 3, housing: null, health: 5 } },
        t1: { domains: { finances: 6, housing: 7, health: 6 } },
      },
      { language: "nl" },
    );
    const root = parse(svg);
    expect(textContent(root, "desc")[0]).toContain("wonen: niet gemeten → 7");
    const dashed = Array.from(root.getElementsByTagName("path")).find((p) =>
      p.getAttribute("stroke-dasharray"),
    )!;
    // Two separate strokes: finances alone, then health.
    expect(dashed.getAttribute("d")?.match(/M/g)).toHaveLength(2);
  });

  it("draws falls to the left with a hatched pattern, and writes out suppressed values", () => {
    const svg = domainChangeChart(
      [
        { domain: "finances", meanChange: 1.5, n: 12 },
        { domain: "housing", meanChange: -0.75, n: 12 },
        { domain: "health", meanChange: SUPPRESSED, n: SUPPRESSED },
        { domain: "leisure", meanChange: null, n: 0 },
      ],
      { language: "fr" },
    );
    const root = expectAccessible(svg);
    const bars = Array.from(root.getElementsByTagName("rect")).filter(
      (r) => (r.getAttribute("height") ?? "0") === "20",
    );
    expect(bars).toHaveLength(2);
    const [rise, fall] = bars;
    expect(Number(fall!.getAttribute("x"))).toBeLessThan(Number(rise!.getAttribute("x")));
    expect(fall!.getAttribute("fill")).toMatch(/^url\(#/);
    const desc = textContent(root, "desc")[0]!;
    expect(desc).toContain("logement\u202f: \u22120,8");
    expect(desc).toContain("santé\u202f: masqué (petits effectifs)");
    expect(desc).toContain("loisirs\u202f: non mesuré");
  });

  it("escapes every text, so a label cannot break or script the SVG", () => {
    const hostile = `<script>alert("x")</script> & 'quotes' \u0007`;
    const domains = [
      { code: "finances", labels: { nl: hostile, fr: hostile, de: hostile, en: hostile } },
    ];
    for (const svg of [
      radarChart(
        { t0: { domains: { finances: 2 } }, t1: { domains: { finances: 4 } } },
        { domains, title: hostile },
      ),
      domainChangeChart([{ domain: "finances", meanChange: 1 }], {
        domains,
        title: hostile,
        idPrefix: `a"b`,
      }),
      attendanceChart([{ date: "2025-10-07", attendees: 9 }], { title: hostile }),
    ]) {
      const root = parse(svg);
      expect(root.getElementsByTagName("script")).toHaveLength(0);
      expect(textContent(root, "title")[0]).toBe(hostile.replace("\u0007", ""));
    }
  });

  it("lists every session's attendance in the attendance chart's description", () => {
    const root = parse(attendanceChart(report.sessions, { language: "de", groupSize: 14 }));
    const desc = textContent(root, "desc")[0]!;
    expect(desc).toContain(`${report.sessions.length} × Treffen`);
    expect(desc).toContain(`7. Okt. 2025: ${report.sessions[0]!.attendees}`);
    const bars = Array.from(root.getElementsByTagName("rect")).filter(
      (r) => r.getAttribute("stroke-width") === "1",
    );
    expect(bars).toHaveLength(report.sessions.length);
  });
});
