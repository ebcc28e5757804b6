import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// Shared by the specs: the e2e administrator (scripts/e2e.sh creates it) and signing in.
export const PASSWORD = "chinar-tree-1947";
export const ADMIN_LOGIN = process.env.SABAQ_E2E_ADMIN_LOGIN ?? "e2e.admin";
export const ADMIN_PASSWORD = process.env.SABAQ_E2E_ADMIN_PASSWORD ?? "";

export type Registration = { language: string; name: string; login?: string; group?: string; district?: string };

/** Registers a learner through the form (a unique login unless one is given); returns the login. */
export async function registerLearner(page: Page, r: Registration): Promise<string> {
  const login = r.login ?? `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  await page.goto("/register");
  await page.fill("#display_name", r.name);
  await page.fill("#login", login);
  await page.fill("#password", PASSWORD);
  await page.fill("#password_confirm", PASSWORD);
  await page.selectOption("#group", r.group ?? "shg-member");
  await page.selectOption("#gender", "female");
  await page.selectOption("#district", r.district ?? "srinagar");
  await page.selectOption("#language", r.language);
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return login;
}

export async function signIn(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.fill("#login", login);
  await page.fill("#password", password);
  await page.locator("form.card button[type=submit]").click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

const CONTENT = join(__dirname, "..", "..", "content");

export type Question = { id: string; kind: string; answer: string[] };

/** The answer key of a quiz, read from the course's content pack (a minimal TOML reader). */
export function answerKey(course: string, quiz: string): Question[] {
  const text = readFileSync(join(CONTENT, course, "quizzes", `${quiz}.toml`), "utf8");
  return text
    .split("[[questions]]")
    .slice(1)
    .map((block) => {
      const field = (name: string) => block.match(new RegExp(`^${name}\\s*=\\s*(.*)$`, "m"))?.[1] ?? "";
      const list = (raw: string) => [...raw.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      return { id: list(field("id"))[0], kind: list(field("kind"))[0], answer: list(field("answer")) };
    });
}

/** Answers the questions shown, screen by screen for a final ("Next"), then submits. */
export async function answerAll(page: Page, questions: Question[]) {
  for (;;) {
    for (const q of questions) {
      if ((await page.locator(`[id="q-${q.id}"]`).count()) === 0) continue;
      if (q.kind === "single" || q.kind === "true-false") {
        await page.check(`input[name="answers[${q.id}]"][value="${q.answer[0]}"]`);
      } else if (q.kind === "multiple") {
        for (const option of q.answer) await page.check(`input[name="answers[${q.id}:${option}]"]`);
      } else {
        for (const [i, option] of q.answer.entries()) {
          await page.selectOption(`select[name="answers[${q.id}#${i + 1}]"]`, option);
        }
      }
    }
    const next = page.locator(".quiz-nav > button").first();
    if ((await next.count()) === 0) break;
    const to = await next.getAttribute("value");
    if (!to) break;
    await next.click();
    await page.waitForURL(new RegExp(`screen=${to}`));
  }
  await page.locator("form.quiz button[type=submit]:not([name])").click();
}
