import { LANGUAGES, type Language, languageName } from "@miriam/schemas";
import type { User } from "../db/accounts";
import { type Html, html } from "./html";
import type { T } from "./i18n";

export interface PageContext {
  readonly t: T;
  readonly language: Language;
  readonly user: User | undefined;
  readonly csrfToken: string | undefined;
  /** The current path, to come back to after a language change. */
  readonly path: string;
}

/** The hidden CSRF field every form carries. */
export const csrfField = (ctx: PageContext) =>
  html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ""}">`;

export function page(
  ctx: PageContext,
  title: string,
  body: Html,
  options: { flash?: Html | string; wide?: boolean } = {},
): string {
  const { t, user } = ctx;
  const nav = user
    ? html`<nav aria-label="${t("mainMenu")}">
        ${user.role === "case-manager" ? html`<a href="/">${t("worklist")}</a>` : ""}
        ${user.role !== "admin" ? html`<a href="/groups">${t("groups")}</a>` : ""}
        ${user.role !== "admin" ? html`<a href="/search">${t("search")}</a><a href="/calendar">${t("calendar")}</a>` : ""}
        ${user.role === "coordinator" ? html`<a href="/project/report">${t("funderReport")}</a>` : ""}
        ${user.role === "admin" ? html`<a href="/admin/users">${t("users")}</a>` : ""}
        ${user.role !== "case-manager" ? html`<a href="/admin/audit">${t("auditLog")}</a>` : ""}
      </nav>
      <form method="post" action="/preferences/language" class="inline">
        ${csrfField(ctx)}
        <input type="hidden" name="back" value="${ctx.path}">
        <label>${t("language")}
          <select name="language">${LANGUAGES.map(
            (code) =>
              html`<option value="${code}" ${code === ctx.language ? "selected" : ""}>${languageName(code)}</option>`,
          )}</select></label>
        <button type="submit" class="small">${t("save")}</button>
      </form>
      <span class="who">${user.displayName} (${user.id})</span>
      <form method="post" action="/logout" class="inline">${csrfField(ctx)}<button type="submit" class="small">${t("logOut")}</button></form>`
    : html`<nav aria-label="${t("language")}">${LANGUAGES.map(
        (code) => html`<a href="?lang=${code}" lang="${code}">${languageName(code)}</a>`,
      )}</nav>`;
  return html`<!doctype html>
<html lang="${ctx.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · MIRIAM</title>
<link rel="stylesheet" href="/static/app.css">
${ctx.user ? html`<script src="/static/offline.js" defer></script>` : ""}
</head>
<body>
<a class="skip" href="#main">${t("skipToContent")}</a>
<header><a class="brand" href="/">${t("appName")}</a>${nav}</header>
<main id="main" class="${options.wide ? "wide" : ""}">
${options.flash ? html`<p class="flash" role="status">${options.flash}</p>` : ""}
${ctx.user ? html`<p id="miriam-offline-banner" class="card" role="status" hidden><a href="/offline">${t("offlineBanner")}</a></p>` : ""}
<h1>${title}</h1>
${body}
</main>
</body>
</html>`.toString();
}

export const STYLESHEET = `
:root { --ink: #1a1a1a; --muted: #5a5a5a; --line: #d0d4da; --accent: #1f4e79; --accent-bg: #e8f0f8;
  --warn: #8a4b00; --warn-bg: #fff4e0; --bad: #a11; --ok: #1c6b2e; --grey: #8a8f96; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "DejaVu Sans", Verdana, sans-serif; color: var(--ink); background: #f6f7f9; }
header { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: center; padding: 10px 20px; background: var(--accent); color: #fff; }
header a { color: #fff; } header .brand { font-weight: bold; text-decoration: none; margin-right: auto; }
header nav { display: flex; gap: 14px; } header .who { font-size: 14px; }
header select, header button { font-size: 13px; }
main { max-width: 980px; margin: 0 auto; padding: 16px 20px 60px; } main.wide { max-width: 1200px; }
h1 { font-size: 26px; margin: 10px 0 16px; } h2 { font-size: 20px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 18px 0 6px; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
td.num, th.num { text-align: right; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; background: var(--accent-bg); color: var(--accent); }
.badge.warn { background: var(--warn-bg); color: var(--warn); } .badge.bad { background: #fde8e8; color: var(--bad); }
.badge.grey { background: #eceef1; color: var(--muted); }
.due { margin: 0; padding: 0; list-style: none; } .due li { margin: 2px 0; }
.overdue { color: var(--bad); font-weight: 600; }
.flash { background: #e6f4ea; border-left: 4px solid var(--ok); padding: 8px 12px; }
.error { background: #fde8e8; border-left: 4px solid var(--bad); padding: 8px 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.steps { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
a.button, button { display: inline-block; font: inherit; padding: 6px 14px; border-radius: 4px; border: 1px solid var(--accent);
  background: var(--accent); color: #fff; text-decoration: none; cursor: pointer; }
a.button.secondary, button.secondary { background: #fff; color: var(--accent); }
button.small { padding: 2px 8px; font-size: 13px; background: #fff; color: var(--accent); }
button.danger { background: var(--bad); border-color: var(--bad); }
.refused { list-style: none; padding: 0; margin: 0; }
/* A form refused once sent (the offline page): the reason on a line of its own. */
#miriam-refused .why { display: block; }
.refused li { display: grid; grid-template-columns: minmax(180px, 260px) 1fr; gap: 4px 14px; padding: 6px 0; border-bottom: 1px dashed var(--line); }
.refused .buttons { display: flex; flex-direction: column; gap: 4px; }
.refused button[disabled] { background: #eceef1; color: var(--grey); border-color: #d5d8dc; cursor: not-allowed; width: 100%; text-align: left; }
.refused .why { color: var(--muted); font-size: 14px; } .refused .why strong { color: var(--ink); font-weight: 600; }
.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid var(--accent-bg); }
.timeline li { padding: 4px 0 4px 14px; position: relative; }
.timeline li::before { content: ""; position: absolute; left: -7px; top: 12px; width: 11px; height: 11px; border-radius: 50%; background: var(--accent); }
.timeline li.attendance::before { background: var(--grey); }
.timeline time { color: var(--muted); font-size: 14px; margin-right: 8px; }
.timeline .summary { color: var(--muted); }
/* An entry's own actions (its register, "correct", "void"): apart, each kept whole. */
.entry-actions { display: inline-flex; flex-wrap: wrap; gap: 2px 14px; } .entry-actions a, .corrections a { white-space: nowrap; }
form.inline { display: inline; margin: 0; }
form.stack label, fieldset label { display: block; margin: 8px 0 2px; font-weight: 600; }
form.stack label.check, fieldset label.check { font-weight: normal; display: flex; gap: 6px; align-items: center; margin: 2px 0; }
input[type=text], input[type=password], input[type=email], input[type=tel], input[type=number], input[type=date], input[type=datetime-local], input[type=time], select, textarea {
  font: inherit; padding: 5px 8px; border: 1px solid #9aa1a9; border-radius: 4px; max-width: 100%; }
input[type=text], input[type=email], textarea { width: 100%; } textarea { min-height: 70px; }
fieldset { border: 1px solid var(--line); border-radius: 6px; background: #fff; margin: 12px 0; padding: 8px 14px 12px; }
legend { font-weight: 600; padding: 0 4px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 0 20px; }
.checks { columns: 2; } .muted { color: var(--muted); }
/* Padding, not margin, between the boxes: a column drops its first margin, and misaligns. */
.checks label.check { margin: 0 !important; padding: 2px 0; break-inside: avoid; }
.actions { margin-top: 16px; display: flex; gap: 10px; align-items: center; }
img.chart { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); margin: 8px 0; }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
.kv dt { color: var(--muted); } .kv dd { margin: 0; }
.todo { margin: 0 0 8px; padding-left: 22px; } .todo li { margin: 3px 0; } .todo li.done { color: var(--muted); }
/* Forms: each error beside its field, and all of them listed first (form-fields.ts). */
.field { margin: 0; }
.hint { color: var(--muted); font-size: 14px; margin: 0 0 2px; }
.field-error { color: var(--bad); font-weight: 600; margin: 2px 0; }
[aria-invalid=true] { border: 2px solid var(--bad) !important; }
fieldset.invalid { border-left: 4px solid var(--bad) !important; }
.error-summary { border: 3px solid var(--bad); background: #fff; padding: 8px 16px; margin: 12px 0 16px; }
.error-summary h2 { border: 0; margin: 4px 0 8px; font-size: 19px; }
.error-summary a { color: var(--bad); font-weight: 600; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
/* Focus always shows, on the blue header as on white: yellow with a dark edge. */
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
.error-summary:focus { outline: 3px solid #ffbf47; box-shadow: 0 0 0 5px #0b0c0c; }
.skip { position: absolute; left: -999px; top: 8px; z-index: 10; }
.skip:focus { left: 8px; background: #fff; color: var(--accent); padding: 8px 12px; }
.scroll { overflow-x: auto; }
/* A long code or address in a cell may break anywhere; a column's name only between words
   ("Présentes", never "Présente|s"): the column is as wide as its longest word. */
td { overflow-wrap: anywhere; } th { overflow-wrap: normal; hyphens: manual; }
/* A figure stays whole: "86 %" and "4,6 → 6" never split over two lines. */
td.num { white-space: nowrap; }
input, select, textarea { max-width: 100%; }
/* A phone (360 px) and a tablet: one column, nothing wider than the screen. */
@media (max-width: 700px) {
  /* A compact header: the name and "log out" on one line, the menu, then the language. */
  header { padding: 6px 10px; gap: 4px 8px; font-size: 15px; line-height: 1.4; }
  header .brand { order: 0; font-size: 14px; } header form.inline:last-child { order: 1; }
  header nav { order: 2; flex: 1 1 100%; flex-wrap: wrap; gap: 2px 14px; }
  /* Who is signed in is said on the desktop; on a phone her own device, and room is short. */
  header form.inline:not(:last-child) { order: 3; } header .who { display: none; }
  header select { width: auto; padding: 1px 4px; } header label { display: inline; }
  main { padding: 12px 12px 48px; } h1 { font-size: 22px; }
  .grid2 { grid-template-columns: 1fr; } .refused li { grid-template-columns: 1fr; } .checks { columns: 1; }
  .kv { grid-template-columns: 1fr; } .kv dd { margin-bottom: 6px; }
  input[type=text], input[type=password], input[type=email], input[type=tel], input[type=number], input[type=date],
  input[type=datetime-local], input[type=time], select, textarea { width: 100%; }
  main table { display: block; overflow-x: auto; }
  /* A table of cards: one card per row, each cell under its column's name (data-label). */
  main table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards { background: transparent; }
  table.cards tr { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 0; }
  table.cards td { border: 0; padding: 2px 12px; overflow-wrap: normal; }
  table.cards td.num { text-align: left; }
  table.cards td[data-label]::before { content: attr(data-label); display: block; font-size: 13px; color: var(--muted); }
  .actions { flex-wrap: wrap; }
}
/* Print: the page's content on white, without the app's chrome or its buttons. */
@media print {
  header, .skip, .no-print, .actions, form.inline, details, .steps, .refused, a.button, button,
  section:has(> .steps) { display: none !important; }
  body { background: #fff; font-size: 11pt; } main, main.wide { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; } tr, li, fieldset { break-inside: avoid; }
  table { border: 1px solid #999; } th { background: #eee; }
  .badge { border: 1px solid #999; } .card, fieldset { border-color: #999; }
  main table { display: table; }
}
`;

export const PRINT_SCRIPT = `document.addEventListener("DOMContentLoaded", function () {
  var b = document.getElementById("miriam-print");
  if (b) b.addEventListener("click", function () { window.print(); });
});`;
