import { timingSafeEqual } from "node:crypto";
import { LANGUAGES, type Language, languageName } from "@miriam/schemas";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { HTTPException } from "hono/http-exception";
import { audit, deleteSession, findSession, setLanguage } from "../db/accounts";
import { ErasedError } from "../db/event-store";
import { RetentionNotSetError } from "../domain/retention";
import type { Trajectories } from "../domain/trajectories";
import { safeRedirect } from "../security/redirects";
import { limitBodies } from "../security/request-limits";
import { LoginThrottle } from "../security/throttle";
import { registerAdminRoutes } from "./admin";
import { registerApiRoutes } from "./api";
import type { AppContext, AppEnv, Deps } from "./context";
import { DAY_STYLES, registerCalendar } from "./day/calendar";
import { registerCalendarFeed } from "./day/ics-feed";
import { registerSearch } from "./day/search";
import { registerWorklist } from "./day/worklist";
import { registerGroupRoutes } from "./groups";
import { registerHerPageAdmin } from "./her-page/case-manager";
import { registerGroupTopicRoutes } from "./her-page/group-topics";
import { registerHerRoutes } from "./her-page/her-routes";
import { html } from "./html";
import { fromAcceptLanguage, isLanguage, translator } from "./i18n";
import { csrfField, PRINT_SCRIPT, page, STYLESHEET } from "./layout";
import { attemptLogin, clientAddress } from "./login";
import { registerOfflineRoutes } from "./offline";
import { registerParticipantRoutes } from "./participants";
import { checkUrl, readBody, sameOrigin } from "./request-body";

export interface AppOptions {
  readonly kit: Trajectories;
  /**
   * Where request lines go (default: stdout). Lines hold the method, the route pattern,
   * the status and the time: never a name, a form value or a query string.
   */
  readonly log?: (line: string) => void;
  /**
   * Mark cookies `Secure`: `true` behind TLS, `"auto"` (default) when the request came
   * over https (with `trustProxy`, as the proxy's X-Forwarded-Proto says).
   */
  readonly secureCookies?: boolean | "auto";
  readonly trustProxy?: boolean;
  /** Failed-login throttling (default: a fresh one with the kit's rules). */
  readonly loginThrottle?: LoginThrottle;
}

export const SESSION_COOKIE = "miriam_session";
const LOGIN_CSRF_COOKIE = "miriam_login_csrf";
const LANGUAGE_COOKIE = "miriam_lang";

const sameToken = (a: string, b: string) =>
  a.length === b.length && a.length > 0 && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function createApp(options: AppOptions): Hono<AppEnv> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const isSecure = (c: AppContext) => {
    if (options.secureCookies === true) return true;
    if (options.secureCookies === false) return false;
    const proto = options.trustProxy ? c.req.header("x-forwarded-proto") : undefined;
    return (proto ?? new URL(c.req.url).protocol.replace(":", "")) === "https";
  };

  const throttle = options.loginThrottle ?? new LoginThrottle();
  const deps: Deps = {
    kit: options.kit,
    log,
    secureCookies: (c) => isSecure(c),
    logIn: (c, username, password) =>
      attemptLogin(
        options.kit.db,
        throttle,
        clientAddress(c, options.trustProxy === true),
        username,
        password,
      ),
  };
  const { kit } = options;
  const app = new Hono<AppEnv>();

  // Request log: route pattern, never the path with its query or any body.
  app.use("*", async (c, next) => {
    const start = performance.now();
    await next();
    log(
      `${c.req.method} ${c.req.routePath} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`,
    );
  });

  // Security headers: no inline script, no framing, nothing cached (pages hold personal data).
  app.use("*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Content-Security-Policy"))
      c.header(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
    c.header("X-Content-Type-Options", "nosniff");
    c.header("X-Frame-Options", "DENY");
    c.header("Referrer-Policy", "no-referrer");
    if (!c.req.path.startsWith("/static/")) c.header("Cache-Control", "no-store");
  });

  // Body limits before anything reads the body or looks up the session.
  app.use("*", limitBodies);
  app.use("*", async (c, next) => {
    checkUrl(c);
    await next();
  });

  // Session and language.
  app.use("*", async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(kit.db, token) : undefined;
    const requested = c.req.query("lang");
    const cookieLanguage = getCookie(c, LANGUAGE_COOKIE);
    const language: Language = session
      ? session.user.language
      : isLanguage(requested)
        ? requested
        : isLanguage(cookieLanguage)
          ? cookieLanguage
          : fromAcceptLanguage(c.req.header("accept-language"));
    if (!session && isLanguage(requested))
      setCookie(c, LANGUAGE_COOKIE, requested, { path: "/", sameSite: "Lax", httpOnly: true });
    const t = translator(language);
    c.set("session", session);
    c.set("language", language);
    c.set("t", t);
    c.set("page", {
      t,
      language,
      user: session?.user,
      csrfToken: session?.csrfToken,
      path: c.req.path,
    });
    await next();
  });

  // CSRF: every state-changing request carries the session's token (form field `_csrf`
  // or header `X-CSRF-Token`); the login form uses a double-submit cookie, since there
  // is no session yet. A cross-site Origin is refused outright.
  app.use("*", async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const origin = c.req.header("origin");
    if (origin && origin !== "null" && !sameOrigin(origin, c.req.url))
      throw new HTTPException(403, { message: "Cross-site request refused." });
    const body = await readBody(c);
    c.set("body", body);
    const sent = c.req.header("x-csrf-token") ?? (typeof body._csrf === "string" ? body._csrf : "");
    const session = c.get("session");
    if (c.req.path === "/login") {
      if (!sameToken(sent, getCookie(c, LOGIN_CSRF_COOKIE) ?? ""))
        throw new HTTPException(403, { message: "csrf" });
    } else if (c.req.path.startsWith("/her/")) {
      // Her page has no account session: it checks its own form token (her-page/).
    } else if (c.req.path === "/api/session") {
      // JSON login: a cross-site form cannot send application/json without CORS.
      if (!(c.req.header("content-type") ?? "").startsWith("application/json"))
        throw new HTTPException(415, { message: "JSON expected." });
    } else if (session === undefined || !sameToken(sent, session.csrfToken)) {
      if (session === undefined && c.req.path.startsWith("/api/"))
        throw new HTTPException(401, { message: "Not signed in." });
      throw new HTTPException(403, { message: "csrf" });
    }
    return next();
  });

  app.get("/static/app.css", (c) =>
    c.body(STYLESHEET + DAY_STYLES, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "max-age=3600",
    }),
  );
  app.get("/static/print.js", (c) =>
    c.body(PRINT_SCRIPT, 200, {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "max-age=3600",
    }),
  );
  app.get("/healthz", (c) => c.text("ok"));

  // ---------------------------------------------------------------------------------------
  // Logging in and out
  // ---------------------------------------------------------------------------------------

  const loginPage = (
    c: AppContext,
    problem?: { kind: "failed" } | { kind: "throttled"; retryAfterSeconds: number },
  ) => {
    const token = crypto.randomUUID();
    setCookie(c, LOGIN_CSRF_COOKIE, token, {
      path: "/login",
      httpOnly: true,
      sameSite: "Lax",
      secure: isSecure(c),
    });
    const ctx = c.get("page");
    const { t } = ctx;
    return c.html(
      page(
        ctx,
        t("logIn"),
        html`${problem ? html`<p class="error" role="alert">${problem.kind === "throttled" ? t("loginThrottled", { n: problem.retryAfterSeconds }) : t("loginFailed")}</p>` : ""}
<form method="post" action="/login" class="stack card" novalidate>
<input type="hidden" name="_csrf" value="${token}">
<label for="username">${t("username")}</label><input type="text" id="username" name="username" autocomplete="username" required autofocus>
<label for="password">${t("password")}</label><input type="password" id="password" name="password" autocomplete="current-password" required>
<label for="login-language">${t("language")}</label><select id="login-language" name="language"><option value="">${t("savedLanguage")}</option>${LANGUAGES.map(
          (code) => html`<option value="${code}" lang="${code}">${languageName(code)}</option>`,
        )}</select>
<div class="actions"><button type="submit">${t("logIn")}</button></div>
</form>
<p class="muted">${t("demoHint")}</p>`,
      ),
      problem === undefined ? 200 : problem.kind === "throttled" ? 429 : 401,
    );
  };

  app.get("/login", (c) => (c.get("session") ? c.redirect("/") : loginPage(c)));

  app.post("/login", async (c) => {
    const body = c.get("body") ?? {};
    const outcome = await deps.logIn(
      c,
      String(body.username ?? "").trim(),
      String(body.password ?? ""),
    );
    if (outcome.kind === "throttled") c.header("Retry-After", String(outcome.retryAfterSeconds));
    if (outcome.kind !== "signed-in") return loginPage(c, outcome);
    setCookie(c, SESSION_COOKIE, outcome.token, {
      path: "/",
      httpOnly: true,
      sameSite: "Lax",
      secure: isSecure(c),
    });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: "/login" });
    // The language she chose at login is hers from now on, on every device.
    if (isLanguage(body.language) && body.language !== outcome.user.language)
      await setLanguage(kit.db, outcome.user.id, body.language);
    await audit(kit.db, outcome.user.id, "login", `user:${outcome.user.id}`);
    return c.redirect("/", 303);
  });

  app.post("/logout", async (c) => {
    const session = c.get("session");
    if (session) {
      await deleteSession(kit.db, session.tokenHash);
      await audit(kit.db, session.user.id, "logout", `user:${session.user.id}`);
    }
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.redirect("/login", 303);
  });

  app.post("/preferences/language", async (c) => {
    const session = c.get("session");
    const body = c.get("body") ?? {};
    if (session && isLanguage(body.language))
      await setLanguage(kit.db, session.user.id, body.language);
    return c.redirect(safeRedirect(body.back), 303);
  });

  // A case manager's day (#18): her worklist at "/", search, calendar and agenda feed.
  registerWorklist(app, deps);
  registerSearch(app, deps);
  registerCalendar(app, deps);
  registerCalendarFeed(app, deps);

  registerGroupRoutes(app, deps);
  registerParticipantRoutes(app, deps);
  registerHerPageAdmin(app, deps);
  registerHerRoutes(app, deps);
  registerGroupTopicRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerApiRoutes(app, deps);
  registerOfflineRoutes(app);

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return c.json({ error: "not-found" }, 404);
    const ctx = c.get("page");
    return c.html(
      page(ctx, ctx.t("notFound"), html`<p class="error">${ctx.t("notFoundExplain")}</p>`),
      404,
    );
  });

  app.onError((error, c) => {
    if (error instanceof RetentionNotSetError) {
      if (c.req.path.startsWith("/api/"))
        return c.json({ error: "retention-not-set", message: error.message }, 409);
      const ctx = c.get("page");
      return c.html(
        page(ctx, ctx.t("forbidden"), html`<p class="error">${error.message}</p>`),
        409,
      );
    }
    if (error instanceof ErasedError) {
      if (c.req.path.startsWith("/api/")) return c.json({ error: "erased" }, 410);
      const ctx = c.get("page");
      return c.html(
        page(ctx, ctx.t("forbidden"), html`<p class="error">${ctx.t("erased")}</p>`),
        410,
      );
    }
    if (error instanceof HTTPException) {
      if (error.status === 302) return error.getResponse();
      if (c.req.path.startsWith("/api/")) return c.json({ error: error.message }, error.status);
      const ctx = c.get("page");
      // Refused before the page context was set up (the address itself was bad).
      if (ctx === undefined) return c.text(error.message, error.status);
      const { t } = ctx;
      const title = error.status === 404 ? t("notFound") : t("forbidden");
      const message =
        error.message === "csrf"
          ? t("csrfFailed")
          : error.status === 404
            ? t("notFoundExplain")
            : t("forbiddenExplain");
      return c.html(page(ctx, title, html`<p class="error">${message}</p>`), error.status);
    }
    // The error's class and where it happened, never its message: a database error can
    // quote the values it refused, and those may be personal data.
    const where = (error.stack ?? "").split("\n").slice(1, 4).join(" | ").trim();
    log(`error ${error.name} in ${c.req.method} ${c.req.routePath}: ${where}`);
    if (c.req.path.startsWith("/api/")) return c.json({ error: "internal" }, 500);
    return c.html("<h1>500</h1>", 500);
  });

  return app;
}

export { csrfField };
