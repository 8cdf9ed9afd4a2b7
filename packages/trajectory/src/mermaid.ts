import type { AnyStateMachine, AnyStateNode } from "xstate";
import { trajectoryMachine } from "./machine";

interface Transition {
  readonly eventType: string;
  readonly target?: readonly AnyStateNode[];
  readonly guard?: unknown;
}

function guardLabel(guard: unknown): string {
  if (guard === undefined) return "";
  if (typeof guard === "string") return ` [${guard}]`;
  const { type, params } = guard as { type?: unknown; params?: Record<string, unknown> };
  if (typeof type !== "string") return " [guard]";
  // Parameters that name a value (a timepoint) read better than the guard's name.
  const values = params === undefined ? [] : Object.values(params).map(String);
  return values.length > 0 ? ` (${values.join(", ")})` : ` [${type}]`;
}

function childrenOf(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states) as AnyStateNode[];
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...childrenOf(node).flatMap(allNodes)];
}

function isAncestor(ancestor: AnyStateNode, node: AnyStateNode): boolean {
  for (let n: AnyStateNode | undefined = node.parent; n !== undefined; n = n.parent) {
    if (n === ancestor) return true;
  }
  return false;
}

/** The deepest state that contains both, where Mermaid wants the edge declared. */
function commonParent(a: AnyStateNode, b: AnyStateNode): AnyStateNode {
  for (let n = a.parent; n !== undefined; n = n.parent) {
    if (isAncestor(n, b)) return n;
  }
  return a.machine.root;
}

/**
 * The statechart as a Mermaid `stateDiagram-v2`, generated from the machine definition:
 * states (nested and parallel regions), deep history, every transition with its event and
 * guard, and a note listing the events a state records without leaving it. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("docs/trajectory.mmd", toMermaid());
 * ```
 */
export function toMermaid(machine: AnyStateMachine = trajectoryMachine): string {
  const nodes = allNodes(machine.root).slice(1);
  const keyCount = new Map<string, number>();
  for (const node of nodes) keyCount.set(node.key, (keyCount.get(node.key) ?? 0) + 1);
  // State keys are the ids when they are unique: the diagram then reads like the code.
  const idOf = (node: AnyStateNode): string =>
    keyCount.get(node.key) === 1 ? node.key : node.path.join("_");

  // Edges are declared in the block of the deepest state holding both ends.
  const edgesIn = new Map<AnyStateNode, string[]>();
  const edge = (where: AnyStateNode, line: string) => {
    const list = edgesIn.get(where) ?? [];
    list.push(line);
    edgesIn.set(where, list);
  };
  for (const node of nodes) {
    for (const [eventType, transitions] of node.transitions as Map<string, Transition[]>) {
      for (const transition of transitions) {
        const label = `${eventType}${guardLabel(transition.guard)}`;
        for (const target of transition.target ?? []) {
          if (isAncestor(node, target)) {
            // A parent's event that leads into one of its children: drawn from each child.
            for (const child of childrenOf(node)) {
              if (child.type !== "history")
                edge(node, `${idOf(child)} --> ${idOf(target)} : ${label}`);
            }
          } else {
            edge(commonParent(node, target), `${idOf(node)} --> ${idOf(target)} : ${label}`);
          }
        }
      }
    }
    if (node.type === "final") edge(node.parent ?? machine.root, `${idOf(node)} --> [*]`);
  }

  const lines: string[] = ["stateDiagram-v2"];
  const declare = (node: AnyStateNode, indent: string): void => {
    const id = idOf(node);
    if (node.type === "history") {
      lines.push(`${indent}state "H${node.history === "deep" ? "*" : ""}" as ${id}`);
      return;
    }
    const children = childrenOf(node);
    if (children.length === 0) {
      lines.push(`${indent}${id}`);
    } else {
      lines.push(`${indent}state ${id} {`);
      block(node, children, `${indent}  `);
      lines.push(`${indent}}`);
    }
    const recorded: string[] = [];
    for (const [eventType, transitions] of node.transitions as Map<string, Transition[]>) {
      for (const transition of transitions) {
        if (transition.target !== undefined && transition.target.length > 0) continue;
        const label = `${eventType}${guardLabel(transition.guard)}`;
        if (!recorded.includes(label)) recorded.push(label);
      }
    }
    if (recorded.length > 0) {
      lines.push(`${indent}note right of ${id}`);
      lines.push(`${indent}  records ${recorded.join(", ")}`);
      lines.push(`${indent}end note`);
    }
  };
  const block = (node: AnyStateNode, children: AnyStateNode[], indent: string): void => {
    if (node.type === "parallel") {
      children.forEach((child, i) => {
        if (i > 0) lines.push(`${indent}--`);
        declare(child, indent);
      });
    } else {
      const initial = node.initial?.target?.[0] as AnyStateNode | undefined;
      if (initial !== undefined) lines.push(`${indent}[*] --> ${idOf(initial)}`);
      for (const child of children) declare(child, indent);
    }
    for (const line of edgesIn.get(node) ?? []) lines.push(`${indent}${line}`);
  };
  block(machine.root, childrenOf(machine.root), "  ");
  return `${lines.join("\n")}\n`;
}
