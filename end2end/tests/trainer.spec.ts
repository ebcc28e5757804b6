import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN_LOGIN, ADMIN_PASSWORD, PASSWORD, signIn } from "./helpers";

const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

/** A CSV of `count` learners, names in three scripts, as a trainer's spreadsheet would export it. */
function learnersCsv(prefix: string, count: number): Buffer {
  const rows = ["name,mobile_or_login,gender,group,district,language"];
  const names = ["Shazia Bhat", "शाज़िया देवी", "شازیہ بٹ"];
  for (let i = 0; i < count; i++) {
    rows.push(`${names[i % 3]} ${i + 1},${prefix}.${i + 1},female,shg-member,srinagar,ur`);
  }
  // Excel's "CSV UTF-8" starts with a byte-order mark.
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.join("\r\n") + "\r\n", "utf8")]);
}

async function newTrainer(browser: Browser, login: string) {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, ADMIN_LOGIN, ADMIN_PASSWORD);
  await admin.goto("/admin/staff");
  await admin.fill("#display_name", "Rakesh Sharma");
  await admin.fill("#login", login);
  await admin.selectOption("#role", "trainer");
  await admin.selectOption("#district", "srinagar");
  await admin.fill("#initial_password", PASSWORD);
  await admin.locator("form.card button[type=submit]").click();
  await expect(admin.locator("table.staff")).toContainText(login);
  await context.close();
}

async function createCohort(page: Page, name: string): Promise<string> {
  await page.goto("/cohorts");
  await page.fill("#name", name);
  await page.selectOption("#kind", "shg");
  await page.selectOption("#district", "srinagar");
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(/\/cohorts\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

async function uploadLearners(page: Page, cohort: string, csv: Buffer, count: number) {
  await page.goto(`${cohort}/upload`);
  await page.setInputFiles("#file", { name: "learners.csv", mimeType: "text/csv", buffer: csv });
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(/\/uploads\//);
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`${cohort}$`));
  await expect(page.locator("ul.members > li")).toHaveCount(count);
}

test("a trainer enrols 20 learners from a CSV, assigns a course, prints slips; a learner starts with the code; the grid shows it", async ({ browser, page }) => {
  test.skip(!ADMIN_PASSWORD, "needs SABAQ_E2E_ADMIN_PASSWORD (scripts/e2e.sh creates the admin)");
  const trainerLogin = `trainer.${tag}`;
  await newTrainer(browser, trainerLogin);
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, trainerLogin, PASSWORD);
  // On a phone the links are behind the menu button.
  await page.locator(".site-menu summary").click();
  await expect(page.locator(".site-header a[href='/cohorts']")).toBeVisible();
  const cohort = await createCohort(page, `Lal Chowk SHG ${tag}`);
  await uploadLearners(page, cohort, learnersCsv(`shg${tag}`, 20), 20);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Assign Digital Literacy Basics, due in a month.
  await page.goto(`${cohort}/assignments`);
  await page.selectOption("#course", "digital-literacy-basics");
  const due = new Date(Date.now() + 30 * 86400e3).toISOString().slice(0, 10);
  await page.fill("#due_on", due);
  await page.locator("form.card button[type=submit]").click();
  await expect(page.locator("table")).toContainText(due.split("-").reverse().join("-"));

  // Print slips for everyone: 20 slips on A4 pages of 8.
  await page.goto(`${cohort}/slips`);
  await page.locator("button[name=scope][value=chosen]").click();
  await expect(page.locator("article.slip")).toHaveCount(20);
  await expect(page.locator("section.slip-page")).toHaveCount(3);
  await expect(page.locator("article.slip .slip-qr svg").first()).toBeVisible();
  const first = page.locator("article.slip").first();
  const login = (await first.locator("dd bdi").first().innerText()).trim();
  const code = (await first.locator("code.slip-code").innerText()).trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

  // The learner signs in with the code on a phone, in Urdu, and sets a password.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ur-IN" });
  const learner = await phone.newPage();
  await learner.goto(`/start?login=${encodeURIComponent(login)}`);
  await expect(learner.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(learner.locator("#login")).toHaveValue(login);
  await learner.fill("#code", code.toLowerCase());
  await learner.fill("#new_password", PASSWORD);
  await learner.fill("#password_confirm", PASSWORD);
  await learner.locator("form.card button[type=submit]").click();
  await expect(learner).toHaveURL(/\/dashboard$/);
  // The assigned course comes first, with its due date.
  await expect(learner.locator("main")).toContainText(due.split("-").reverse().join("-"));
  await learner.goto("/courses/digital-literacy-basics");
  await learner.locator("ol.lessons a").first().click();
  await learner.locator("form.complete button").click();
  await phone.close();

  // The trainer's grid shows one lesson done by that learner.
  await page.goto(`${cohort}/progress`);
  const row = page.locator("table.progress-grid tbody tr", { hasText: login });
  await expect(row.locator("td.cell[data-done='1']")).toHaveCount(1);
  await expect(page.locator("table.progress-grid tbody tr")).toHaveCount(20); // totals are in the tfoot
});

test("with JavaScript off, a trainer uploads a list and reads the grid", async ({ browser }) => {
  test.skip(!ADMIN_PASSWORD, "needs SABAQ_E2E_ADMIN_PASSWORD (scripts/e2e.sh creates the admin)");
  const trainerLogin = `nojs.${tag}`;
  await newTrainer(browser, trainerLogin);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, trainerLogin, PASSWORD);
  const cohort = await createCohort(page, `Class 10 B ${tag}`);
  await uploadLearners(page, cohort, learnersCsv(`cls${tag}`, 5), 5);
  await page.goto(`${cohort}/assignments`);
  await page.selectOption("#course", "staying-safe-online");
  await page.locator("form.card button[type=submit]").click();
  await page.goto(`${cohort}/progress`);
  await expect(page.locator("table.progress-grid tbody tr")).toHaveCount(5);
  // Sorting is a plain link.
  await page.locator("table.progress-grid thead a").first().click();
  await expect(page).toHaveURL(/sort=/);
  await context.close();
});
