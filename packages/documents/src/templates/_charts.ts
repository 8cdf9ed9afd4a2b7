import { radarChart } from "@miriam/evaluation";
import { projectDomains } from "@miriam/schemas";
import type { Block, Inline } from "../blocks";
import type { RenderContext } from "../template";

/** The project's life domains with their labels, as @miriam/evaluation's charts take them. */
export function domainLabels(ctx: RenderContext) {
  return projectDomains(ctx.settings);
}

/**
 * Her radar chart of t0 and t1, drawn by @miriam/evaluation, or nothing when fewer than
 * three domains have a score: a radar of one or two spokes says nothing a table does not.
 */
export function radarFigure(
  ctx: RenderContext,
  scores: readonly { domain: string; t0: number | null; t1: number | null }[],
  alt: string,
  caption: Inline[],
): Block | undefined {
  const scored = scores.filter((s) => s.t0 !== null || s.t1 !== null);
  if (scored.length < 3) return undefined;
  const at = (key: "t0" | "t1") => ({
    domains: Object.fromEntries(scored.map((s) => [s.domain, s[key]])),
  });
  const svg = radarChart(
    { t0: at("t0"), t1: at("t1") },
    { language: ctx.language, domains: domainLabels(ctx), idPrefix: "radar", title: alt },
  );
  return { kind: "figure", svg, alt, caption };
}
