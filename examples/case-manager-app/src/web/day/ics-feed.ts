import { createHash } from "node:crypto";
import { icalendar } from "@miriam/documents";
import { addDays, groupEventTypes } from "@miriam/schemas";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit, findUser } from "../../db/accounts";
import { activeFeed, createFeed, feedOfToken, revokeFeeds } from "../../db/calendar-feeds";
import { type AppContext, type AppEnv, bodyOf, type Deps, requireUser } from "../context";
import { html } from "../html";
import { translator } from "../i18n";
import { csrfField, type PageContext, page } from "../layout";
import { capitalise } from "../terms";
import { type AgendaEntry, agendaBetween } from "./agenda";
import { formatDay } from "./dates";

// A worker's personal agenda feed (RFC 5545, written by @miriam/documents' `icalendar`),
// at a secret, revocable address she subscribes to in her agenda app. The feed holds the
// sessions of her groups and what is due for her mothers, with their first names only if
// she chose so, else no name at all; never a family name, a note or a file number. The
// address's token is in the path, and the request log writes the route pattern
// (`/calendar/feed/:file`), never the path itself.

/** Days before and after today the feed covers. */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 180;
const TOKEN_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/** An event id that does not show the pseudonymous trajectory id it is about. */
const opaque = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 22);

function feedEvents(
  entries: readonly AgendaEntry[],
  withNames: boolean,
  ctx: Pick<PageContext, "t" | "language">,
) {
  const { t, language } = ctx;
  return entries.map((entry) =>
    entry.kind === "due"
      ? {
          uid: `${opaque(`${entry.member.trajectoryId}|${entry.action.code}|${entry.date}`)}@miriam-app`,
          date: entry.date,
          summary:
            withNames && entry.member.profile
              ? `${entry.action.label[language]} · ${entry.member.profile.givenName}`
              : entry.action.label[language],
        }
      : {
          uid: `${opaque(`${entry.group.groupId}|${entry.date}`)}@miriam-app`,
          date: entry.date,
          summary: `${entry.held ? capitalise(groupEventTypes.label("group-session.held", language)) : t("plannedSession")}: ${entry.group.name}`,
        },
  );
}

export function registerCalendarFeed(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  const settingsPage = async (c: AppContext, shown?: string) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const ctx = c.get("page");
    const { t, language } = ctx;
    const feed = await activeFeed(kit.db, user.id);
    const base = new URL(c.req.url);
    // Behind a TLS proxy the request arrives over http: the address says https then.
    const protocol = deps.secureCookies(c) ? "https:" : base.protocol;
    const address = shown ? `${protocol}//${base.host}/calendar/feed/${shown}.ics` : undefined;
    const body = html`<p>${t("feedExplain")}</p>
${address ? html`<div class="card" role="status"><p><strong>${t("feedShownOnce")}</strong></p><p class="feed-url" id="feed-url">${address}</p></div>` : ""}
<p>${feed ? t("feedActive", { date: formatDay(feed.createdAt.slice(0, 10), language), names: feed.withNames ? t("feedWithFirstNames") : t("feedWithoutNames") }) : t("feedNone")}</p>
<form method="post" action="/settings/calendar/feed" class="stack card">${csrfField(ctx)}
<fieldset><legend>${t("calendarFeed")}</legend>
<label class="check"><input type="radio" name="names" value="none" checked> ${t("feedNoNames")}</label>
<label class="check"><input type="radio" name="names" value="first"> ${t("feedNames")}</label></fieldset>
<div class="actions"><button type="submit">${t("feedCreate")}</button></div></form>
${feed ? html`<form method="post" action="/settings/calendar/feed/revoke" class="card">${csrfField(ctx)}<button type="submit" class="danger">${t("feedRevoke")}</button></form>` : ""}
<p><a href="/calendar">← ${t("calendar")}</a></p>`;
    return c.html(
      page(ctx, t("calendarFeed"), body, c.req.query("revoked") ? { flash: t("feedRevoked") } : {}),
    );
  };

  app.get("/settings/calendar", (c) => settingsPage(c));

  app.post("/settings/calendar/feed", async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const withNames = bodyOf(c).names === "first";
    const token = await createFeed(kit.db, user.id, withNames);
    await audit(
      kit.db,
      user.id,
      "calendar-feed.created",
      `user:${user.id}`,
      withNames ? "first-names" : "no-names",
    );
    return settingsPage(c, token);
  });

  app.post("/settings/calendar/feed/revoke", async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    if ((await revokeFeeds(kit.db, user.id)) > 0)
      await audit(kit.db, user.id, "calendar-feed.revoked", `user:${user.id}`);
    return c.redirect("/settings/calendar?revoked=1", 303);
  });

  // The feed itself: no session (an agenda app has none), the secret address is the key.
  app.get("/calendar/feed/:file", async (c) => {
    const match = TOKEN_FILE.exec(c.req.param("file"));
    const feed = match ? await feedOfToken(kit.db, match[1]!) : undefined;
    const user = feed ? await findUser(kit.db, feed.userId) : undefined;
    if (feed === undefined || user === undefined || !user.active || user.role === "admin")
      throw new HTTPException(404, { message: "Not found." });
    const today = kit.todayOf();
    const entries = await agendaBetween(
      deps,
      user,
      addDays(today, -FEED_PAST_DAYS),
      addDays(today, FEED_FUTURE_DAYS),
    );
    const t = translator(user.language);
    const ics = icalendar({
      name: `MIRIAM · ${t("calendar")}`,
      product: "case-manager-app",
      events: feedEvents(entries, feed.withNames, { t, language: user.language }),
    });
    return c.body(ics, 200, { "Content-Type": "text/calendar; charset=utf-8" });
  });
}
