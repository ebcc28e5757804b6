import { expect, type Page } from "@playwright/test";

// Shared by the specs: the e2e administrator (scripts/e2e.sh creates it) and signing in.
export const PASSWORD = "chinar-tree-1947";
export const ADMIN_LOGIN = process.env.SABAQ_E2E_ADMIN_LOGIN ?? "e2e.admin";
export const ADMIN_PASSWORD = process.env.SABAQ_E2E_ADMIN_PASSWORD ?? "";

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.fill("#login", login);
  await page.fill("#password", password);
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
