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
  const walk: Walk = { domains, line, path: [], problems: undefined };
  visit(walk, value);
  return walk.problems ?? [];
}

// This runs on every line of a log, so a valid record costs no allocation beyond `walk`:
// one path, pushed and popped as the walk goes and copied only for a problem; functions
// at module level rather than a closure made per call; the problem list made on the first.
interface Walk {
  readonly domains: ReadonlySet<string>;
  readonly line: number | undefined;
  readonly path: PropertyKey[];
  problems: Problem[] | undefined;
}

function visit(walk: Walk, node: unknown): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      const item: unknown = node[index];
      if (item === null || typeof item !== "object") continue;
      walk.path.push(index);
      visit(walk, item);
      walk.path.pop();
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
      if (!walk.domains.has(child)) found(walk, [...walk.path, key], child);
    } else if (key === "domains" && Array.isArray(child)) {
      for (let index = 0; index < child.length; index++) {
        const code: unknown = child[index];
        if (typeof code === "string" && !walk.domains.has(code))
          found(walk, [...walk.path, key, index], code);
      }
    } else if (child !== null && typeof child === "object") {
      walk.path.push(key);
      visit(walk, child);
      walk.path.pop();
    }
  }
}

function found(walk: Walk, path: PropertyKey[], code: string): void {
  walk.problems ??= [];
  walk.problems.push(unknownDomain(path, code, walk.domains, walk.line));
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
