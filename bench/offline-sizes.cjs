// What "Save for offline" keeps of each shipped course in each language, for a signed-in learner:
// the size the page announces first, and the bytes the page script stored (uncompressed, as kept
// on the phone). Prints a Markdown table.
// Usage: NODE_PATH=end2end/node_modules node bench/offline-sizes.cjs http://127.0.0.1:3200 [course…]
const { chromium } = require("@playwright/test");

const [origin, ...asked] = process.argv.slice(2);
const COURSES = asked.length ? asked : ["digital-literacy-basics", "staying-safe-online", "digital-tools-for-shgs"];
const LANGS = ["en", "hi", "ur", "ks", "doi"];
const PASSWORD = "bench-offline-42";

/** A learner reading `lang` (one per language: registrations per address are limited). */
async function learner(browser, lang) {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: "allow" });
  const page = await context.newPage();
  await page.goto("/register");
  await page.fill("#display_name", "Bench Offline");
  await page.fill("#login", `off${lang}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`);
  await page.fill("#password", PASSWORD);
  await page.fill("#password_confirm", PASSWORD);
  await page.selectOption("#group", "student");
  await page.selectOption("#gender", "female");
  await page.selectOption("#district", "jammu");
  await page.selectOption("#language", lang);
  await page.locator("form.card button[type=submit]").click();
  await page.waitForURL(/\/dashboard$/);
  return { context, page };
}

async function savedSize(page, course) {
  await page.goto(`/courses/${course}/offline`);
  const announced = (await page.locator("#offline-save strong").textContent()).replace(/\s+/g, " ");
  await page.locator("#offline-save-button").click();
  await page.locator("#offline-remove-button").waitFor({ state: "visible", timeout: 120_000 });
  const saved = await page.evaluate(async (course) => (await (await caches.open("sabaq-saved")).match(`/saved/${course}`)).json(), course);
  // The announced size is the number before "KB", in whatever digits the language uses.
  const digits = (announced.match(/([\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F,\u066C]+)\s*KB/) ?? [])[1] ?? "?";
  const latin = digits.replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g, (d) => String([0x660, 0x6f0, 0x966].map((z) => d.charCodeAt(0) - z).find((n) => n >= 0 && n < 10))).replace(/\D/g, "");
  return `${(saved.bytes / 1024).toFixed(1)} KB (${saved.files} files; announced ≈ ${latin} KB)`;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  const cells = new Map(COURSES.map((c) => [c, []]));
  for (const lang of LANGS) {
    const { context, page } = await learner(browser, lang);
    for (const course of COURSES) cells.get(course).push(await savedSize(page, course));
    await context.close();
  }
  console.log(`| course | ${LANGS.join(" | ")} |`);
  console.log(`|---|${LANGS.map(() => "---").join("|")}|`);
  for (const [course, row] of cells) console.log(`| ${course} | ${row.join(" | ")} |`);
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
