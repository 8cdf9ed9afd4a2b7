// Screenshots of the pages a case manager uses every day, to look at by eye (issue #18):
// the worklist, a participant's page, the calendar by week and by month, a form sent with
// errors, the group page and the group session's correction form, in NL and FR, on a 360 px phone and a
// 1280 px desktop. Written to /tmp/miriam-shots/ (or the folder given), never committed.
//
//   pnpm --filter @miriam/example-case-manager-app screenshots [folder]

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  chooseLanguage,
  DESKTOP,
  loginAndLand,
  overflowX,
  PHONE,
  startBrowserApp,
} from "../test/fixtures/browser";

const LOCALES = { nl: "nl-BE", fr: "fr-BE" } as const;
const OUT = process.argv[2] ?? "/tmp/miriam-shots";
const PARTICIPANT = "gent-2026-b-05";
const GROUP = "gent-2026-b";
/** The height of one part of a long phone page. */
const SLICE = 1200;

/** Each page: its name and how to get there from a signed-in page. */
const PAGES: readonly { name: string; open: (page: Page, origin: string) => Promise<unknown> }[] = [
  { name: "worklist", open: (page, origin) => page.goto(`${origin}/`) },
  {
    name: "participant",
    open: (page, origin) => page.goto(`${origin}/participants/${PARTICIPANT}`),
  },
  { name: "calendar-week", open: (page, origin) => page.goto(`${origin}/calendar?view=week`) },
  { name: "calendar-month", open: (page, origin) => page.goto(`${origin}/calendar?view=month`) },
  {
    name: "form-errors",
    open: async (page, origin) => {
      await page.goto(`${origin}/participants/${PARTICIPANT}/record/contact.held`);
      // Sent with a duration no one can have and no domain: refused, with the errors.
      await page.fill("#f-minutes", "0");
      await Promise.all([
        page.waitForNavigation(),
        page.click("main form.stack button[type=submit]"),
      ]);
    },
  },
  { name: "group", open: (page, origin) => page.goto(`${origin}/groups/${GROUP}`) },
  {
    name: "group-correction",
    open: (page, origin) => page.goto(`${origin}/groups/${GROUP}/correct/${GROUP}.002`),
  },
];

async function main() {
  mkdirSync(join(OUT, "parts"), { recursive: true });
  const app = await startBrowserApp();
  try {
    for (const language of ["nl", "fr"] as const) {
      for (const [device, viewport] of [
        ["phone", PHONE],
        ["desktop", DESKTOP],
      ] as const) {
        // Her browser speaks her language: date and time fields are drawn in its order.
        const context = await app.browser.newContext({ viewport, locale: LOCALES[language] });
        const page = await context.newPage();
        await loginAndLand(page, { origin: app.server.url, username: "casemanager" });
        if (language !== "nl") await chooseLanguage(page, language);
        for (const { name, open } of PAGES) {
          await open(page, app.server.url);
          await page.waitForLoadState("load");
          const file = join(OUT, `${name}-${language}-${device}.png`);
          await page.screenshot({ path: file, fullPage: true });
          // A long phone page also in screen-sized parts, small enough to read at full size.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          if (device === "phone")
            for (let y = 0, part = 1; y < height; y += SLICE, part++)
              await page.screenshot({
                path: join(OUT, "parts", `${name}-${language}-${device}-${part}.png`),
                fullPage: true,
                clip: { x: 0, y, width: viewport.width, height: Math.min(SLICE, height - y) },
              });
          const header = await page.$eval("header", (h) => h.getBoundingClientRect().height);
          console.log(
            `${file}  overflow-x ${await overflowX(page)} px, header ${Math.round(header)} px`,
          );
        }
        await context.close();
      }
    }
  } finally {
    await app.close();
  }
}

await main();
