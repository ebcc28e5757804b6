import { expect, test, type Page } from "@playwright/test";
import { ADMIN_LOGIN, ADMIN_PASSWORD, PASSWORD, signIn } from "./helpers";
import { readFileSync } from "node:fs";

// The e2e database holds synthetic learners (scripts/e2e.sh runs seed-synthetic).
const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

async function newOfficial(page: Page, login: string, scope: string) {
  await signIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
  await page.goto("/admin/staff");
  await page.fill("#display_name", "Farooq Ahmad");
  await page.fill("#login", login);
  await page.selectOption("#role", "official");
  await page.selectOption("#scope", scope);
  await page.fill("#initial_password", PASSWORD);
  await page.locator("form.card button[type=submit]").click();
  await expect(page.locator("table.staff")).toContainText(login);
  await page.context().clearCookies();
}

for (const javaScriptEnabled of [true, false]) {
  test(`an official filters to SHG members in one district and downloads the CSV (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const page = await context.newPage();
    const login = `official.${tag}.${javaScriptEnabled ? "js" : "nojs"}`;
    await newOfficial(page, login, "division:kashmir");
    await signIn(page, login, PASSWORD);
    await expect(page.locator("strong.scope")).toHaveText("Kashmir division");
    await page.getByRole("link", { name: "Coverage report" }).click();
    await expect(page).toHaveURL(/\/reports\/coverage$/);
    // Only the division's districts are offered and shown.
    await expect(page.locator("select[name=district] option[value=jammu]")).toHaveCount(0);
    await expect(page.locator("#chart-districts")).toHaveCount(1);

    await page.selectOption("select[name=group]", "shg-member");
    await page.selectOption("select[name=district]", "srinagar");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/group=shg-member/);
    await expect(page).toHaveURL(/district=srinagar/);
    const rows = page.locator("section[aria-labelledby=by-district] tbody tr:not(.division)");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("Srinagar");
    const registered = Number((await rows.first().locator("td").first().innerText()).replace(/,/g, ""));
    expect(registered).toBeGreaterThan(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8");
    const srinagar = csv.split(/\r?\n/).find((l) => l.includes(",srinagar,"));
    expect(srinagar).toBeDefined();
    expect(srinagar!.split(",")[3]).toBe(String(registered));
    expect(csv).not.toContain(",jammu,");
    expect(csv).not.toMatch(/Learner \d/);

    // Another division's district in the URL is refused, not ignored.
    const refused = await page.goto("/reports/coverage?district=jammu");
    expect(refused?.status()).toBe(403);
    await context.close();
  });
}

test("the public coverage page reads right to left in Kashmiri, small counts hidden", async ({ page }) => {
  await page.goto("/coverage");
  await page.locator(".lang-menu summary").click();
  await page.getByRole("button", { name: "کٲشُر" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ks");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("table.report tbody tr").first()).toBeVisible();
  await expect(page.locator("#chart-districts")).toHaveCount(1);
  const svgDir = await page.locator("svg.chart text").first().getAttribute("direction");
  expect(svgDir).toBe("rtl");
  // No learner names on a public page.
  await expect(page.locator("body")).not.toContainText(/Learner \d/);
  await page.screenshot({ path: "test-results/coverage-ks.png", fullPage: true });
});
