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
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...path, index]);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      // An embedded instrument carries the domains of its own definition.
      if (key === "instrument") continue;
      if (key === "domain" && typeof child === "string" && !domains.has(child)) {
        problems.push(unknownDomain([...path, key], child, domains, line));
      } else if (key === "domains" && Array.isArray(child)) {
        child.forEach((code, index) => {
          if (typeof code === "string" && !domains.has(code))
            problems.push(unknownDomain([...path, key, index], code, domains, line));
        });
      } else {
        visit(child, [...path, key]);
      }
    }
  };
  visit(value, []);
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
