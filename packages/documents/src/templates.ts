import { type builtInDocuments, documentCatalogue } from "./catalogue";
import type { commonMessages } from "./common-messages";
import type { MessageOverride } from "./messages";

/** A built-in template. */
export type BuiltInTemplate = (typeof builtInDocuments)[keyof typeof builtInDocuments]["template"];

/**
 * Every built-in template, in the order of the trajectory (METHODOLOGY.md §9), for
 * pickers, docs and the completeness tests: the templates of `documentCatalogue`.
 */
export const templates: readonly BuiltInTemplate[] = documentCatalogue.map(
  (entry) => entry.template as unknown as BuiltInTemplate,
);

/** The id of a built-in template, e.g. `"personal-plan"`. */
export type TemplateId = BuiltInTemplate["id"];

/**
 * Every key a project can override: `"<template id>.<key>"` for each built-in
 * template's messages, and `"common.<key>"` for the shared texts.
 */
export type MessageKey =
  | (BuiltInTemplate extends infer T
      ? T extends { readonly id: infer Id extends string; readonly messages: infer M }
        ? `${Id}.${keyof M & string}`
        : never
      : never)
  | `common.${keyof typeof commonMessages & string}`;

/** A project's own wording for any built-in texts, by {@link MessageKey}. */
export type MessageOverrides = { readonly [K in MessageKey]?: MessageOverride };

/**
 * Declares a project's overrides in one typed table, to pass to every `render` call.
 * An identity function: a misspelt key does not compile. Pure.
 *
 * @example
 * ```ts
 * export const overrides = defineOverrides({
 *   "consent.howLong": { nl: "We bewaren je gegevens 5 jaar na het einde van je traject." },
 *   "common.caseManager": "Trajectbegeleider",
 * });
 * ```
 */
export function defineOverrides<const O extends MessageOverrides>(overrides: O): O {
  return overrides;
}
