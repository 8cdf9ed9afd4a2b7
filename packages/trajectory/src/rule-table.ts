import type { Language } from "@miriam/schemas";
import { hardRules } from "./rules";

const HEADERS: Record<Language, readonly [string, string, string, string, string]> = {
  nl: ["Regel", "Geldt voor", "Naam", "Waarom geweigerd", "Wat het mogelijk maakt"],
  fr: ["Règle", "S'applique à", "Nom", "Pourquoi refusé", "Ce qui le rend possible"],
  de: ["Regel", "Gilt für", "Name", "Warum abgelehnt", "Was es möglich macht"],
  en: ["Rule", "Applies to", "Name", "Why it is refused", "What makes it possible"],
};

const EVERY_EVENT: Record<Language, string> = {
  nl: "elke gebeurtenis",
  fr: "tout événement",
  de: "jedes Ereignis",
  en: "every event",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The hard rules as a Markdown table in one language, generated from the rule data
 * (`hardRules`), in the order they are checked. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("docs/rules.fr.md", ruleTable("fr"));
 * ```
 */
export function ruleTable(language: Language = "en"): string {
  const [rule, appliesTo, name, why, remedy] = HEADERS[language];
  const lines = [
    `| ${rule} | ${appliesTo} | ${name} | ${why} | ${remedy} |`,
    "| --- | --- | --- | --- | --- |",
  ];
  for (const r of hardRules) {
    const types =
      r.appliesTo === "*" ? EVERY_EVENT[language] : r.appliesTo.map((t) => `\`${t}\``).join(", ");
    lines.push(
      `| \`${r.id}\` | ${types} | ${cell(r.title[language])} | ${cell(r.message[language])} | ${cell(r.remedy[language])} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
