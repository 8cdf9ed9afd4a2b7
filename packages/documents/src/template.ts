import type { Language, ProjectSettings, Vocabulary } from "@miriam/schemas";
import type { z } from "zod";
import type { DocumentBody, Inline } from "./blocks";
import type { commonMessages } from "./common-messages";
import type { MessageTable, PlaceholderValue } from "./messages";

/** Who reads a document; it sets the tone of its texts. */
export type Audience = "participant" | "worker" | "funder";

/** Values for a message's placeholders, by name. */
export type Placeholders = Readonly<Record<string, PlaceholderValue | readonly Inline[]>>;

/**
 * What a template's `build` function gets besides its data: the language, the validated
 * project settings and helpers that turn texts and values into escaped-later
 * {@link Inline} content, with a blank wherever a value is missing.
 */
export interface RenderContext<M extends MessageTable = MessageTable> {
  /** The language of the document. */
  readonly language: Language;
  /** The project's settings, defaults filled in. */
  readonly settings: ProjectSettings;
  /** A message of the template, with its placeholders filled in (missing values become blanks). */
  t(key: keyof M & string, placeholders?: Placeholders): Inline[];
  /** A message as plain text, for titles and text alternatives (missing values become "……"). */
  text(key: keyof M & string, placeholders?: Placeholders): string;
  /** A shared message (see `commonMessages`). */
  common(key: keyof typeof commonMessages, placeholders?: Placeholders): Inline[];
  /** A value as text, or a blank when it is missing or empty. */
  value(value: PlaceholderValue, size?: "short" | "long"): Inline[];
  /** A date (`YYYY-MM-DD` or ISO date-time) written out in the document's language, or a blank. */
  date(value: string | undefined): Inline[];
  /** A date as plain text, or "……" when missing. */
  dateText(value: string | undefined): string;
  /** A number written in the document's language. */
  number(value: number, fractionDigits?: number): string;
  /**
   * A count with its noun in the right plural form of the document's language: the
   * message `<key>_<category>` for the `Intl.PluralRules` category of `howMany` ("one",
   * "other"...), else `<key>_other`, with `{count}` filled in.
   */
  count(key: string, howMany: number): Inline[];
  /** The label of a life domain: the project's own label, else the vocabulary's. */
  domain(code: string): string;
  /** The label of a vocabulary's code in the document's language. */
  label<Code extends string>(vocabulary: Vocabulary<Code>, code: Code): string;
  /** Content for yes, no or a blank (`undefined`). */
  yesNo(value: boolean | undefined): Inline[];
  /** Joins pieces of content with a separator. */
  join(parts: readonly (readonly Inline[])[], separator?: string): Inline[];
}

/** What a template's blank form is made for: the project, and for a register its rows. */
export interface BlankFormOptions {
  /** The project's settings, defaults filled in. */
  readonly settings: ProjectSettings;
  /** How many numbered rows a register (the attendance register) gets. */
  readonly rows: number;
  /** The group a register is for, when there is one; else its name prints as a blank. */
  readonly groupName?: string;
}

/**
 * How a template prints as a blank form, to fill in by hand: the data it is built from
 * (nothing about her, so every field prints as a blank) and, where a filled document would
 * say that a list is empty ("no open goals"), lines to write on instead.
 */
export interface BlankForm<M extends MessageTable = MessageTable> {
  /**
   * The data of the blank form. It is not validated as a whole: the schema asks for what a
   * filled document has (her given name, at least one goal). When it does pass the schema,
   * the schema's defaults are filled in as by `render`. Pure.
   */
  readonly data: (options: BlankFormOptions) => unknown;
  /** Turns the built document into a form: lines to write on, blank goals. Pure. */
  readonly adapt?: (body: DocumentBody, context: RenderContext<M>) => DocumentBody;
}

/**
 * A document template: its data schema, its texts in four languages and a pure
 * function that builds the document's blocks. The built-in templates are made with it,
 * and a project can make its own the same way.
 */
export interface Template<
  Id extends string = string,
  Data = unknown,
  Input = Data,
  M extends MessageTable = MessageTable,
> {
  /** Kebab-case id; also the prefix of the template's override keys. */
  readonly id: Id;
  /** Who reads the document. */
  readonly audience: Audience;
  /** The zod schema of the document's data; data is refused unless it parses. */
  readonly schema: z.ZodType<Data, Input>;
  /** The template's texts. Every key has NL, FR, DE and EN; `title` is the document's title. */
  readonly messages: M & { readonly title: M["title"] };
  /** Builds the document from valid data. Pure: no clock, no I/O. */
  readonly build: (data: Data, context: RenderContext<M>) => DocumentBody;
  /** How it prints as a blank form (see `renderBlank`); none when it has no blank form. */
  readonly blank?: BlankForm<M>;
}

/** The data a template accepts (before parsing: defaults may be left out). */
export type TemplateInput<T extends { readonly schema: z.ZodType }> = z.input<T["schema"]>;

/** The data a template works with (after parsing: defaults filled in). */
export type TemplateData<T extends { readonly schema: z.ZodType }> = z.output<T["schema"]>;

/**
 * Defines a template. An identity function that infers the types of the data and of the
 * message keys. Pure.
 *
 * @example
 * ```ts
 * const note = defineTemplate({
 *   id: "note",
 *   audience: "worker",
 *   schema: z.strictObject({ text: z.string() }),
 *   messages: defineMessages({ title: { nl: "Nota", fr: "Note", de: "Notiz", en: "Note" } }),
 *   build: (data, ctx) => ({
 *     title: ctx.text("title"),
 *     confidential: true,
 *     blocks: [{ kind: "paragraph", content: ctx.value(data.text) }],
 *   }),
 * });
 * ```
 */
export function defineTemplate<
  const Id extends string,
  Data,
  Input,
  const M extends MessageTable & { readonly title: MessageTable[string] },
>(template: {
  readonly id: Id;
  readonly audience: Audience;
  readonly schema: z.ZodType<Data, Input>;
  readonly messages: M;
  readonly build: (data: Data, context: RenderContext<M>) => DocumentBody;
  readonly blank?: BlankForm<M>;
}): Template<Id, Data, Input, M> {
  return template;
}
