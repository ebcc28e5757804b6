import { expect, test } from "@playwright/test";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { answerAll, answerKey, registerLearner } from "./helpers";

// A server of its own on the e2e database, so the test can take the network away (stop it)
// and bring it back on the same address (a service worker belongs to one origin).
const PORT = Number(process.env.SABAQ_E2E_OFFLINE_PORT ?? 3199);
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = join(__dirname, "..", "..");
const COURSE = "digital-literacy-basics";

async function startServer(): Promise<ChildProcess> {
  const server = spawn(join(ROOT, "target/release/server"), ["serve"], {
    cwd: ROOT,
    env: { ...process.env, LEPTOS_SITE_ADDR: `127.0.0.1:${PORT}` },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${BASE}/healthz`).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the offline test's server did not start");
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, "exit");
  server.kill("SIGKILL");
  await exited;
}

/** Rows of the e2e SQLite database (scripts/e2e.sh exports its URL). */
function sql(query: string): string {
  const file = (process.env.DATABASE_URL ?? "").replace(/^sqlite:\/\//, "").replace(/\?.*$/, "");
  return execFileSync("sqlite3", [file, query], { encoding: "utf8" }).trim();
}

let server: ChildProcess | undefined;
test.afterEach(async () => {
  if (server) await stopServer(server);
  server = undefined;
});

test("a saved course is read and practised with the network off, and the answers count once when it is back", async ({ browser }) => {
  test.setTimeout(120_000);
  server = await startServer();
  const context = await browser.newContext({ baseURL: BASE, serviceWorkers: "allow" });
  const page = await context.newPage();
  const login = await registerLearner(page, { language: "en", name: "Haleema Bano", district: "baramulla" });

  // Save the course: the size is said first, then the real size once saved.
  await page.goto(`/courses/${COURSE}`);
  await page.locator(".offline-link a").click();
  await expect(page.locator("#offline-save strong")).toContainText(/about [\d,]+ KB/);
  await page.locator("#offline-save-button").click();
  await expect(page.locator("#offline-status")).toContainText("Saved on this phone", { timeout: 60_000 });
  const saved = await page.evaluate(async () => {
    const cache = await caches.open("sabaq-saved");
    const [key] = await cache.keys();
    return (await (await cache.match(key))!.json()) as { bytes: number; files: number };
  });
  console.log(`saved ${COURSE} (en): ${saved.files} files, ${saved.bytes} bytes`);
  expect(saved.files).toBeGreaterThan(10);

  // The network goes away.
  await stopServer(server);
  await context.setOffline(true);

  // A lesson never opened reads from the phone, with its picture.
  await page.goto(`/courses/${COURSE}/lessons/paying-with-upi`);
  await expect(page.locator("article.lesson h2, article.lesson p").first()).toBeVisible();

  // A practice quiz: checking needs the network, so the page says so; answers are queued.
  const quiz = `/courses/${COURSE}/quizzes/devices-practice`;
  await page.goto(quiz);
  await expect(page.locator("#offline-quiz-hint")).toBeVisible();
  await expect(page.locator("button.check").first()).toBeHidden();
  await answerAll(page, answerKey(COURSE, "devices-practice"));
  await expect(page).toHaveURL(/\/offline\?waiting$/);
  await expect(page.locator("#offline-queue li.waiting")).toHaveCount(1);
  // As if a reply had been lost on the way: the same answers wait twice.
  await page.evaluate(async () => {
    const queue = await caches.open("sabaq-queue");
    const [key] = await queue.keys();
    await queue.put("/queued/9999999999999", (await queue.match(key))!);
  });
  await page.reload();
  await expect(page.locator("#offline-queue li.waiting")).toHaveCount(2);
  await expect(page.locator("#offline-banner")).toContainText("2");
  // Every page says so while the network is away, in the page's language.
  await page.goto(`/courses/${COURSE}/lessons/paying-with-upi`);
  await expect(page.locator("#offline-banner")).toContainText(/Answers waiting to send: \u2068?2/);
  await page.goto("/offline");
  expect(sql(`SELECT COUNT(*) FROM quiz_attempts a JOIN users u ON u.id = a.user_id WHERE u.login = '${login}'`)).toBe("0");

  // The network is back: the waiting answers go, and count once.
  server = await startServer();
  await context.setOffline(false);
  await page.locator("#offline-send").click();
  await expect(page.locator("#offline-queue li.sent")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.locator("#offline-queue li.waiting")).toHaveCount(0);
  expect(sql(`SELECT COUNT(*) FROM quiz_attempts a JOIN users u ON u.id = a.user_id WHERE u.login = '${login}'`)).toBe("1");
  await page.locator("#offline-queue li.sent a").first().click();
  await expect(page.locator(".score")).toHaveAttribute("data-correct", "10");

  // Signing out forgets what was kept on this phone.
  await page.goto("/dashboard");
  await page.locator("form.inline button.link").click();
  await expect(page).not.toHaveURL(/\/dashboard$/);
  expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("sabaq-course-")))).toEqual([]);
  await context.close();
});

test("without JavaScript the save page says what it needs and other pages carry no offline script", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/courses/${COURSE}/offline`);
  await expect(page.locator("#offline-needs-js")).toBeVisible();
  await expect(page.locator("#offline-save-button")).toBeHidden();
  await page.goto(`/courses/${COURSE}/lessons/paying-with-upi`);
  expect(await page.locator("script[src^='/scripts/offline']").count()).toBe(0);
  expect(await page.locator("link[rel=manifest]").count()).toBe(0);
  await context.close();
});
