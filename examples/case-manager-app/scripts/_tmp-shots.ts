import {
  chooseLanguage,
  DESKTOP,
  loginAndLand,
  overflowX,
  PHONE,
  startBrowserApp,
} from "../test/fixtures/browser";

const app = await startBrowserApp();
try {
  for (const [device, viewport] of [
    ["phone", PHONE],
    ["desktop", DESKTOP],
  ] as const) {
    const context = await app.browser.newContext({ viewport, locale: "fr-BE" });
    const page = await context.newPage();
    await loginAndLand(page, { origin: app.server.url, username: "coordinator" });
    await chooseLanguage(page, "fr");
    await page.goto(`${app.server.url}/groups/gent-2026-b`);
    await page.goto(`${app.server.url}/admin/audit`);
    await page.screenshot({ path: `/tmp/shots-ui/audit-fr-${device}.png`, fullPage: false });
    console.log(device, "audit overflow", await overflowX(page));
    await page.goto(`${app.server.url}/groups/gent-2025-a/report`);
    await page.screenshot({ path: `/tmp/shots-ui/report-fr-${device}.png`, fullPage: true });
    console.log(device, "report overflow", await overflowX(page));
    await context.close();
  }
} finally {
  await app.close();
}
