import type { Language, Vocabulary } from "@miriam/schemas";
import { localeOf } from "@miriam/schemas";
import { formatDate } from "./day/dates";
import type { FormError } from "./form-problems";
import { type Html, html } from "./html";
import type { T } from "./i18n";
import { csrfField, type PageContext } from "./layout";
import type { FormBody } from "./parsed-form";

// Every form of the app is drawn by one `Fields`: it labels each field, fills in what she
// typed when the form comes back refused or invalid (nothing is lost), puts each error
// beside its field (aria-invalid, aria-describedby) and lists them all at the top, each
// linked to its field. Forms post with `novalidate`: the server checks and answers in her
// language, the browser's own bubbles would speak the browser's.

/** The choices of a select or a group of checkboxes: a vocabulary's terms, or a list. */
export type Choices<C extends string = string> =
  | Vocabulary<C>
  | readonly { readonly code: C; readonly label: string }[];

export function choicesOf<C extends string>(
  from: Choices<C>,
  language: Language,
): readonly { code: C; label: string }[] {
  return "terms" in from
    ? from.terms.map((term) => ({ code: term.code, label: term.labels[language] }))
    : from;
}

/** What a form shows again after a refused or invalid post. */
export interface FormState {
  /** What she sent; undefined for a new, empty form (defaults apply). */
  readonly values?: FormBody;
  readonly errors?: readonly FormError[];
  /** The heading of the error list, when "not saved, correct this" says too little. */
  readonly title?: string;
}

const first = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? "") : (value ?? "");

/** Draws the fields of one form with its state. */
export class Fields {
  private readonly labels = new Map<string, string>();

  constructor(
    readonly t: T,
    readonly language: Language,
    readonly state: FormState = {},
  ) {}

  /** Whether the form shows what was sent (then defaults no longer apply). */
  get submitted(): boolean {
    return this.state.values !== undefined;
  }

  /** The value sent for a field, or its default on a new form. */
  value(name: string, fallback = ""): string {
    return this.submitted ? first(this.state.values?.[name]) : fallback;
  }

  /** The values sent for a group of checkboxes, or its defaults on a new form. */
  values(name: string, fallback: readonly string[] = []): readonly string[] {
    if (!this.submitted) return fallback;
    const value = this.state.values?.[name] ?? this.state.values?.[`${name}[]`];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  }

  /** The errors beside a field. */
  errorsOf(name: string): string[] {
    return (this.state.errors ?? []).filter((e) => e.field === name).map((e) => e.message);
  }

  private field(name: string, label: string) {
    this.labels.set(name, label);
    const errors = this.errorsOf(name);
    const invalid = errors.length > 0;
    return {
      attrs: invalid ? html`aria-invalid="true" aria-describedby="e-${name}"` : html``,
      message: invalid
        ? html`<p class="field-error" id="e-${name}"><span class="visually-hidden">${this.t("errorPrefix")}: </span>${errors.join(" ")}</p>`
        : html``,
    };
  }

  select<C extends string>(
    name: string,
    label: string,
    from: Choices<C>,
    options: { empty?: string; selected?: string; required?: boolean } = {},
  ): Html {
    const { attrs, message } = this.field(name, label);
    const chosen = this.value(name, options.selected ?? "");
    return html`<div class="field"><label for="f-${name}">${label}</label>${message}
<select id="f-${name}" name="${name}" ${options.required === false ? "" : "required"} ${attrs}>
${options.empty !== undefined ? html`<option value="">${options.empty}</option>` : ""}
${choicesOf(from, this.language).map((item) => html`<option value="${item.code}"${item.code === chosen ? " selected" : ""}>${item.label}</option>`)}
</select></div>`;
  }

  /** A group of checkboxes; the first box carries the group's id, for the error links. */
  checks<C extends string>(
    name: string,
    label: string,
    from: Choices<C>,
    checked: readonly string[] = [],
  ): Html {
    const { message } = this.field(name, label);
    const on = this.values(name, checked);
    // A group takes no aria-invalid (ARIA allows it on form controls): it is described by
    // its error instead, and marked for the eye.
    const invalid = this.errorsOf(name).length > 0;
    return html`<fieldset ${invalid ? html`class="invalid" aria-describedby="e-${name}"` : ""}><legend>${label}</legend>${message}<div class="checks">
${choicesOf(from, this.language).map(
  (item, i) =>
    html`<label class="check"><input type="checkbox" ${i === 0 ? html`id="f-${name}"` : ""} name="${name}" value="${item.code}" ${on.includes(item.code) ? "checked" : ""}> ${item.label}</label>`,
)}</div></fieldset>`;
  }

  text(
    name: string,
    label: string,
    options: {
      required?: boolean;
      value?: string;
      type?: "text" | "email" | "tel" | "password";
      pattern?: string;
      autocomplete?: string;
      maxlength?: number;
      hint?: string;
      disabled?: boolean;
    } = {},
  ): Html {
    const { attrs, message } = this.field(name, label);
    const type = options.type ?? "text";
    // A password is never sent back into the page.
    const value = type === "password" ? "" : this.value(name, options.value ?? "");
    return html`<div class="field"><label for="f-${name}">${label}</label>${options.hint ? html`<p class="hint" id="h-${name}">${options.hint}</p>` : ""}${message}
<input type="${type}" id="f-${name}" name="${name}" value="${value}" ${options.required ? "required" : ""} ${options.pattern ? html`pattern="${options.pattern}"` : ""} ${options.autocomplete ? html`autocomplete="${options.autocomplete}"` : ""} ${options.disabled ? "disabled" : ""} maxlength="${options.maxlength ?? 2000}" ${attrs}></div>`;
  }

  textarea(name: string, label: string, options: { maxlength?: number; rows?: number } = {}): Html {
    const { attrs, message } = this.field(name, label);
    return html`<div class="field"><label for="f-${name}">${label}</label>${message}<textarea id="f-${name}" name="${name}" maxlength="${options.maxlength ?? 10000}" ${options.rows ? html`rows="${options.rows}"` : ""} ${attrs}>${this.value(name)}</textarea></div>`;
  }

  number(
    name: string,
    label: string,
    min: number,
    max: number,
    options: { value?: number; required?: boolean } = {},
  ): Html {
    const { attrs, message } = this.field(name, label);
    return html`<div class="field"><label for="f-${name}">${label}</label>${message}<input type="number" inputmode="numeric" id="f-${name}" name="${name}" min="${min}" max="${max}" value="${this.value(name, options.value === undefined ? "" : String(options.value))}" ${options.required ? "required" : ""} ${attrs}></div>`;
  }

  /**
   * A date (`date`) or a date and time (`datetime-local`) picker with its limits: `min`
   * and `max` in the input's own format, so the picker offers only plausible days. The
   * browser draws the field in its own locale's order; the input carries her language
   * (`lang`, `nl-BE`...) and a hint under the label says the limits in words in her
   * language, so the days allowed read the same whatever the browser's language
   * (docs/decisions.md).
   */
  date(
    name: string,
    label: string,
    options: {
      type?: "date" | "datetime-local" | "time";
      value?: string;
      min?: string;
      max?: string;
      required?: boolean;
      disabled?: boolean;
    } = {},
  ): Html {
    const { message } = this.field(name, label);
    const type = options.type ?? "date";
    const day = (value: string | undefined) =>
      value === undefined ? undefined : formatDate(value.slice(0, 10), this.language);
    const from = type === "time" ? undefined : day(options.min);
    const to = type === "time" ? undefined : day(options.max);
    const hint =
      from && to
        ? this.t("dateHintBetween", { from, to })
        : to
          ? this.t("dateHintUntil", { to })
          : from
            ? this.t("dateHintFrom", { from })
            : undefined;
    const invalid = this.errorsOf(name).length > 0;
    const describedBy = [hint ? `h-${name}` : "", invalid ? `e-${name}` : ""]
      .filter(Boolean)
      .join(" ");
    return html`<div class="field"><label for="f-${name}">${label}</label>${hint ? html`<p class="hint" id="h-${name}">${hint}</p>` : ""}${message}<input type="${type}" id="f-${name}" name="${name}" lang="${localeOf(this.language)}" value="${this.value(name, options.value ?? "")}" ${options.min ? html`min="${options.min}"` : ""} ${options.max ? html`max="${options.max}"` : ""} ${options.required === false ? "" : "required"} ${options.disabled ? "disabled" : ""} ${invalid ? html`aria-invalid="true"` : ""} ${describedBy ? html`aria-describedby="${describedBy}"` : ""}></div>`;
  }

  /** A single checkbox; `short` names it in the error list when its label is a sentence. */
  checkbox(name: string, label: string, checked = false, short?: string): Html {
    const { attrs, message } = this.field(name, short ?? label);
    const on = this.submitted ? this.value(name) !== "" : checked;
    return html`<div class="field">${message}<label class="check"><input type="checkbox" id="f-${name}" name="${name}" ${on ? "checked" : ""} ${attrs}> ${label}</label></div>`;
  }

  /** A hidden field: what was sent comes back (an event id stays the same on a resend). */
  hidden(name: string, value: string): Html {
    return html`<input type="hidden" name="${name}" value="${this.value(name, value)}">`;
  }

  /**
   * The list of every error at the top of the form, each linked to its field; focused
   * when the page opens, so a screen reader reads it first. Call after drawing the fields
   * (it names them by their labels).
   */
  summary(): Html {
    // In the order of the form: errors of the whole form first, then field by field.
    const order = [...this.labels.keys()];
    const place = (error: FormError) =>
      error.field === undefined ? -1 : order.indexOf(error.field) + 1 || order.length + 1;
    const errors = [...(this.state.errors ?? [])].sort((a, b) => place(a) - place(b));
    if (errors.length === 0) return html``;
    return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${this.state.title ?? this.t("errorSummary")}</h2>
<ul>${errors.map((error) => {
      const label = error.field === undefined ? undefined : this.labels.get(error.field);
      return label === undefined
        ? html`<li>${error.message}</li>`
        : html`<li><a href="#f-${error.field!}">${this.t("fieldError", { label, message: error.message })}</a></li>`;
    })}</ul></div>`;
  }
}

/**
 * A form that posts: its error list first, its hidden fields (the CSRF token, and any the
 * caller adds, such as a client-made event id), its fields and its buttons. Draw `body`
 * with `f` before calling, so the error list can name the fields.
 */
export function postForm(
  ctx: PageContext,
  f: Fields,
  options: {
    readonly action: string;
    readonly body: Html;
    readonly hidden?: Readonly<Record<string, string>>;
    readonly submit: string;
    readonly cancel?: string;
    readonly card?: boolean;
    readonly danger?: boolean;
  },
): Html {
  const hidden = Object.entries(options.hidden ?? {}).map(([name, value]) => f.hidden(name, value));
  return html`${f.summary()}<form method="post" action="${options.action}" class="stack${options.card ? " card" : ""}" novalidate>${csrfField(ctx)}${hidden}
${options.body}
<div class="actions"><button type="submit" ${options.danger ? html`class="danger"` : ""}>${options.submit}</button>${options.cancel ? html`<a href="${options.cancel}">${ctx.t("cancel")}</a>` : ""}</div></form>`;
}
