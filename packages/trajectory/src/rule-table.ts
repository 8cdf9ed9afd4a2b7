import type { Language } from "@miriam/schemas";
import { type HardRule, hardRules } from "./rules";

const HEADERS: Record<Language, readonly [string, string, string, string, string, string]> = {
  nl: ["Regel", "Geldt voor", "Naam", "Waarom geweigerd", "Wat het mogelijk maakt", "Grond"],
  fr: ["Règle", "S'applique à", "Nom", "Pourquoi refusé", "Ce qui le rend possible", "Fondement"],
  de: ["Regel", "Gilt für", "Name", "Warum abgelehnt", "Was es möglich macht", "Grundlage"],
  en: ["Rule", "Applies to", "Name", "Why it is refused", "What makes it possible", "Basis"],
};

// The words of the basis, as the docs' badges say them in each language.
const BASIS: Record<Language, Record<HardRule["basis"], string>> = {
  nl: { source: "bron", kit: "keuze van de kit" },
  fr: { source: "source", kit: "choix du kit" },
  de: { source: "Quelle", kit: "Entscheidung des Kits" },
  en: { source: "source", kit: "kit decision" },
};

/** Options of {@link ruleTable}. */
export interface RuleTableOptions {
  /**
   * Write the basis as a VitePress `<Badge>` (the docs site's), instead of plain words.
   * Default false.
   */
  readonly badges?: boolean;
}

function basisCell(rule: HardRule, language: Language, badges: boolean): string {
  const word = BASIS[language][rule.basis];
  const mark = badges
    ? `<Badge type="${rule.basis === "source" ? "tip" : "warning"}" text="${word}" />`
    : word;
  return rule.source === undefined ? mark : `${mark}: ${cell(rule.source[language])}`;
}

const EVERY_EVENT: Record<Language, string> = {
  nl: "elke gebeurtenis",
  fr: "tout événement",
  de: "jedes Ereignis",
  en: "every event",
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The hard rules as a Markdown table in one language, generated from the rule data
 * (`hardRules`), in the order they are checked, each with its basis: stated by a source
 * (named) or the kit's decision. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("docs/rules.fr.md", ruleTable("fr"));
 * ```
 */
export function ruleTable(language: Language = "en", options: RuleTableOptions = {}): string {
  const [rule, appliesTo, name, why, remedy, basis] = HEADERS[language];
  const lines = [
    `| ${rule} | ${appliesTo} | ${name} | ${why} | ${remedy} | ${basis} |`,
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of hardRules) {
    const types =
      r.appliesTo === "*" ? EVERY_EVENT[language] : r.appliesTo.map((t) => `\`${t}\``).join(", ");
    lines.push(
      `| \`${r.id}\` | ${types} | ${cell(r.title[language])} | ${cell(r.message[language])} | ${cell(r.remedy[language])} | ${basisCell(r, language, options.badges === true)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
