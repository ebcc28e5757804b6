import { expect, test, type Page } from "@playwright/test";
import { ADMIN_LOGIN, ADMIN_PASSWORD, registerLearner, signIn } from "./helpers";

// A 360 × 740 Android phone, the screen most learners have.
test.use({ viewport: { width: 360, height: 740 } });

const GUEST_PAGES = ["/", "/courses", "/courses/digital-literacy-basics", "/login", "/register", "/coverage", "/verify", "/offline", "/courses/digital-literacy-basics/offline"];
const LEARNER_PAGES = [
  "/dashboard",
  "/courses/digital-literacy-basics",
  "/courses/digital-literacy-basics/lessons/paying-with-upi",
  "/courses/staying-safe-online/quizzes/final",
  "/courses/staying-safe-online/offline",
  "/account/password",
];
const ADMIN_PAGES = [
  "/dashboard",
  "/admin/staff",
  "/admin/accounts",
  "/admin/learners",
  "/admin/audit",
  "/admin/targets",
  "/reports/coverage",
  "/cohorts",
];

async function setLanguage(page: Page, lang: string) {
  await page.context().addCookies([{ name: "sabaq_lang", value: lang, url: page.url() }]);
}

/** The header is one row at most 80 px high, and nothing scrolls sideways. */
async function fitsThePhone(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const header = await page.locator(".site-header").boundingBox();
  expect(header!.height, `header height on ${path}`).toBeLessThanOrEqual(80);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width on ${path}`).toBeLessThanOrEqual(360);
}

for (const lang of ["en", "ur"]) {
  test(`every page fits a 360 px phone with a one-row header (${lang})`, async ({ page }) => {
    await page.goto("/");
    await setLanguage(page, lang);
    for (const path of GUEST_PAGES) await fitsThePhone(page, path);

    // As long a login as allowed (32), without a place to break it.
    const login = `phone${lang}${Date.now().toString(36)}abcdefghijklmnopqrstuvwxyz`.slice(0, 32);
    await registerLearner(page, { login, name: "Shabnam Akhter Bhat-Wani-Khan-Qureshi", language: lang });
    for (const path of LEARNER_PAGES) await fitsThePhone(page, path);

    await page.context().clearCookies();
    await signIn(page, ADMIN_LOGIN, ADMIN_PASSWORD);
    await setLanguage(page, lang);
    for (const path of ADMIN_PAGES) await fitsThePhone(page, path);
    // A cohort of the synthetic learners, with its wide progress grid.
    await page.goto("/cohorts");
    const cohort = await page.locator("main a[href^='/cohorts/']").first().getAttribute("href");
    for (const tail of ["", "/progress", "/assignments", "/attendance", "/upload"]) {
      await fitsThePhone(page, `${cohort}${tail}`);
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menu and the language control open, switch language, and are big enough to tap", async ({ page }) => {
    await page.goto("/courses/digital-literacy-basics");
    const menuLinks = page.locator(".site-menu nav a");
    await expect(menuLinks.first()).toBeHidden();
    await page.locator(".site-menu summary").click();
    await expect(menuLinks.first()).toBeVisible();
    for (const link of await menuLinks.all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    for (const link of await page.locator("ol.lessons a, .breadcrumb a").all()) {
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }

    // The closed language menu shows only the current language; opening it closes the menu.
    const hindi = page.locator(".lang-switcher button[value=hi]");
    await expect(hindi).toBeHidden();
    await page.locator(".lang-menu summary").click();
    await expect(hindi).toBeVisible();
    await expect(menuLinks.first()).toBeHidden();
    expect((await hindi.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // Each name in its own script's bundled font, not the Latin interface font.
    expect(await hindi.evaluate((b) => getComputedStyle(b).fontFamily)).toContain("Sabaq Devanagari");
    const kashmiri = page.locator(".lang-switcher button[value=ks]");
    expect(await kashmiri.evaluate((b) => getComputedStyle(b).fontFamily)).toContain("Sabaq Naskh");

    await page.locator(".lang-switcher button[value=ur]").click();
    await expect(page).toHaveURL(/\/courses\/digital-literacy-basics$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator(".lang-menu summary")).toContainText("اردو");
    // Sign-in fields read left to right on a right-to-left page.
    await page.goto("/login");
    expect(await page.locator("#login").evaluate((i) => getComputedStyle(i).direction)).toBe("ltr");
    expect(await page.locator("#password").evaluate((i) => getComputedStyle(i).direction)).toBe("ltr");
  });
});

/** Registers a learner reading `lang` and opens the final of Staying Safe Online. */
async function openFinal(page: Page, lang: string) {
  await registerLearner(page, { language: lang, name: "Rubeena Akhter", group: "student", district: "kupwara" });
  await page.goto("/courses/staying-safe-online/quizzes/final");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a final on a phone (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("shows a few questions per screen and keeps the answers through a reload", async ({ page }) => {
      await openFinal(page, "ur");
      await expect(page.locator("fieldset.question")).toHaveCount(5);
      await expect(page.locator(".quiz-progress progress")).toHaveAttribute("value", "0");
      const first = page.locator("fieldset.question").first();
      const choice = first.locator("input").first();
      await choice.check();
      if (javaScriptEnabled) {
        // The page saves as the learner answers: a reload (or a tab the phone closed) keeps it.
        await page.waitForResponse((r) => r.url().endsWith("/api/save-answers") && r.ok());
      } else {
        await page.locator(".quiz-nav button[name=go]").nth(0).click(); // "Next": saves this screen
        await expect(page).toHaveURL(/screen=2/);
        await page.locator(".quiz-nav button[name=go]").last().click(); // "Back"
        await expect(page).toHaveURL(/screen=1/);
      }
      await page.goto("/courses/staying-safe-online/quizzes/final");
      await expect(page.locator("fieldset.question").first().locator("input").first()).toBeChecked();
      await expect(page.locator(".quiz-progress progress")).toHaveAttribute("value", "1");
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, "a screen of the final on a phone").toBeLessThan(4000);
    });
  });
}
