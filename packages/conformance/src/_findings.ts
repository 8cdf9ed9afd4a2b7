import { type Language, type Problem, problemInLanguage } from "@miriam/schemas";
import { eventTypeLabel, type FindingMessages, findingCatalogue } from "./_finding-messages";
import { type Finding, MAX_FINDINGS } from "./conformance-report";

/**
 * @internal Findings by requirement id (the first {@link MAX_FINDINGS} of each, which is
 * all a report shows, and how many there were), and the requirements that do not apply.
 * An export that breaks a requirement on every line costs a count, not a list. The
 * findings are worded in the report's language.
 */
export class Findings {
  /** The sentences of the findings, in the report's language. */
  readonly say: FindingMessages;
  readonly byRequirement = new Map<string, Finding[]>();
  readonly counts = new Map<string, number>();
  readonly notApplicable = new Set<string>();

  constructor(readonly language: Language = "en") {
    this.say = findingCatalogue[language];
  }

  /** A problem of `@miriam/schemas` as a finding, worded in the report's language. */
  problem(file: string, problem: Problem): Finding {
    return {
      file,
      ...(problem.line === undefined ? {} : { line: problem.line }),
      path: problem.path,
      message: problemInLanguage(problem, this.language).message,
    };
  }

  /** An event type's label in the report's language. */
  eventType(type: string): string {
    return eventTypeLabel(type, this.language);
  }

  add(requirement: string, finding: Finding): void {
    this.counts.set(requirement, (this.counts.get(requirement) ?? 0) + 1);
    const list = this.byRequirement.get(requirement);
    if (list === undefined) this.byRequirement.set(requirement, [finding]);
    else if (list.length < MAX_FINDINGS) list.push(finding);
  }
}
