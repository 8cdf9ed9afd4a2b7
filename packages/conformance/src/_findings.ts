import { type Finding, MAX_FINDINGS } from "./conformance-report";

/**
 * @internal Findings by requirement id (the first {@link MAX_FINDINGS} of each, which is
 * all a report shows, and how many there were), and the requirements that do not apply.
 * An export that breaks a requirement on every line costs a count, not a list.
 */
export class Findings {
  readonly byRequirement = new Map<string, Finding[]>();
  readonly counts = new Map<string, number>();
  readonly notApplicable = new Set<string>();

  add(requirement: string, finding: Finding): void {
    this.counts.set(requirement, (this.counts.get(requirement) ?? 0) + 1);
    const list = this.byRequirement.get(requirement);
    if (list === undefined) this.byRequirement.set(requirement, [finding]);
    else if (list.length < MAX_FINDINGS) list.push(finding);
  }
}
