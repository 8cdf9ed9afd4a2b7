import { lifeDomains } from "../vocabulary";
import { makeProblem } from "./problem";
import type { Problem } from "./problem-shape";

/**
 * Finds life-domain codes that are not in the project's domain set. Schemas only check
 * the shape of a domain code because each project may define its own set; membership
 * needs the set, so it is checked here, on any field named `domain` or `domains`.
 */
export function unknownDomainProblems(
  value: unknown,
  domains: ReadonlySet<string>,
  line?: number,
): Problem[] {
  const problems: Problem[] = [];
  // One path, pushed and popped as the walk goes: it is copied only for a problem, so a
  // valid record costs no allocation per key (this runs on every line of a log).
  const path: PropertyKey[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const item: unknown = node[index];
        if (item === null || typeof item !== "object") continue;
        path.push(index);
        visit(item);
        path.pop();
      }
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      // An embedded instrument carries the domains of its own definition.
      if (key === "instrument") continue;
      const child: unknown = (node as Record<string, unknown>)[key];
      if (key === "domain" && typeof child === "string") {
        if (!domains.has(child)) problems.push(unknownDomain([...path, key], child, domains, line));
      } else if (key === "domains" && Array.isArray(child)) {
        child.forEach((code, index) => {
          if (typeof code === "string" && !domains.has(code))
            problems.push(unknownDomain([...path, key, index], code, domains, line));
        });
      } else if (child !== null && typeof child === "object") {
        path.push(key);
        visit(child);
        path.pop();
      }
    }
  };
  visit(value);
  return problems;
}

function unknownDomain(
  path: PropertyKey[],
  code: string,
  domains: ReadonlySet<string>,
  line?: number,
): Problem {
  return makeProblem({
    code: "unknown-domain",
    path,
    expected: { kind: "life-domain", domains: [...domains] },
    found: { kind: "string", value: code },
    line,
  });
}

/** The default domain set's codes. */
export const DEFAULT_DOMAIN_CODES: ReadonlySet<string> = new Set(lifeDomains.codes);
