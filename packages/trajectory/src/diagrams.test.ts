import { LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { trajectoryMachine } from "./machine";
import { toMermaid } from "./mermaid";
import { ruleTable } from "./rule-table";
import { hardRules } from "./rules";

type Node = typeof trajectoryMachine.root;
const nodes = (node: Node): Node[] => [node, ...Object.values(node.states).flatMap(nodes)];

describe("the Mermaid statechart", () => {
  const diagram = toMermaid();

  it("is a stateDiagram-v2 with every state of the machine", () => {
    expect(diagram.startsWith("stateDiagram-v2\n")).toBe(true);
    for (const node of nodes(trajectoryMachine.root).slice(1)) {
      expect(diagram).toMatch(new RegExp(`(^|\\s|as )${node.key}(\\s|$)`, "m"));
    }
  });

  it("draws every transition that changes state, with its event", () => {
    for (const node of nodes(trajectoryMachine.root)) {
      for (const [event, transitions] of node.transitions) {
        for (const t of transitions) {
          if (t.target === undefined) continue;
          expect(diagram).toContain(` : ${event}`);
        }
      }
    }
    expect(diagram).toContain("active --> evaluation : measurement.recorded (t1)");
    expect(diagram).toContain("paused --> history : trajectory.resumed");
    expect(diagram).toContain("enrolled --> closed : trajectory.closed [closingOutcomeFits]");
  });

  it("shows the parallel tracks, the deep history and the final state", () => {
    expect(diagram).toMatch(/state individual \{[\s\S]*\n\s+--\n\s+state collective \{/);
    expect(diagram).toContain('state "H*" as history');
    expect(diagram).toContain("closed --> [*]");
  });

  it("balances its braces and notes", () => {
    expect(diagram.split("{").length).toBe(diagram.split("}").length);
    expect(diagram.split("note right of").length).toBe(diagram.split("end note").length);
  });
});

describe("the rule table", () => {
  it.each(LANGUAGES)("has a row per rule, in %s", (language) => {
    const table = ruleTable(language);
    const rows = table.trim().split("\n");
    expect(rows).toHaveLength(hardRules.length + 2);
    hardRules.forEach((rule, i) => {
      expect(rows[i + 2]).toContain(`\`${rule.id}\``);
      expect(rows[i + 2]).toContain(rule.message[language]);
      expect(rows[i + 2]).toContain(rule.remedy[language]);
    });
  });
});
