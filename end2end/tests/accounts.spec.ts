import { expect, test, type Page } from "@playwright/test";

import { PASSWORD, registerLearner } from "./helpers";

function uniqueLogin(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

async function signIn(page: Page, login: string) {
  await page.goto("/login");
  await page.fill("#login", login);
  await page.fill("#password", PASSWORD);
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test("a new learner registers in Urdu, right to left, signs out and in again", async ({ page }) => {
  await page.goto("/");
  await page.locator(".lang-menu summary").click();
  await page.getByRole("button", { name: "اردو" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  const login = uniqueLogin("urdu");
  await page.goto("/register");
  // The password island hydrated: its show/hide toggle appears and works.
  const toggle = page.locator("#password ~ button");
  await expect(toggle).toBeVisible();
  await page.fill("#password", PASSWORD);
  await toggle.click();
  await expect(page.locator("#password")).toHaveAttribute("type", "text");

  await registerLearner(page, { login, name: "شازیہ بٹ", language: "ur" });
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("bdi.name")).toHaveText("شازیہ بٹ");
  await expect(page.locator("dd.district")).toHaveText("سرینگر");
  // The layout mirrors: the brand sits on the right in RTL.
  const brand = await page.locator(".brand").boundingBox();
  const viewport = page.viewportSize();
  expect(brand && viewport && brand.x > viewport.width / 2).toBeTruthy();

  await page.locator(".site-header form.inline button").click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(".site-header a[href='/login']")).toBeVisible();
  await signIn(page, login);
  await expect(page.locator("bdi.name")).toHaveText("شازیہ بٹ");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same sign-in works, errors are shown, and the toggle stays hidden", async ({ page }) => {
    const login = uniqueLogin("nojs");
    await registerLearner(page, { login, name: "सुनीता देवी", language: "hi" });
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await page.locator(".site-header form.inline button").click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto("/login");
    await expect(page.locator("#password ~ button")).toBeHidden();
    await page.fill("#login", login);
    await page.fill("#password", "not-the-password");
    await page.locator("form.card button[type=submit]").click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.locator(".alert.error")).toBeVisible();
    await expect(page.locator("#login")).toHaveValue(login);

    await signIn(page, login);
    await expect(page.locator("bdi.name")).toHaveText("सुनीता देवी");
    await page.locator(".lang-menu summary").click();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
