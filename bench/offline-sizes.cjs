// What "Save for offline" keeps of each shipped course in each language, for a signed-in learner:
// the size the page announces first, and the bytes the page script stored (uncompressed, as kept
// on the phone). Prints a Markdown table.
// Usage: NODE_PATH=end2end/node_modules node bench/offline-sizes.cjs http://127.0.0.1:3200 [course…]
const { chromium } = require("@playwright/test");

const [origin, ...asked] = process.argv.slice(2);
const COURSES = asked.length ? asked : ["digital-literacy-basics", "staying-safe-online", "digital-tools-for-shgs"];
const LANGS = ["en", "hi", "ur", "ks", "doi"];
const PASSWORD = "bench-offline-42";

async function savedSize(browser, course, lang) {
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
  await page.goto(`/courses/${course}/offline`);
  const announced = (await page.locator("#offline-save strong").textContent()).replace(/\s+/g, " ");
  await page.locator("#offline-save-button").click();
  await page.locator("#offline-remove-button").waitFor({ state: "visible", timeout: 120_000 });
  const saved = await page.evaluate(async () => {
    const cache = await caches.open("sabaq-saved");
    const [key] = await cache.keys();
    return (await cache.match(key)).json();
  });
  await context.close();
  // The announced size is the number before "KB", in whatever digits the language uses.
  const digits = (announced.match(/([\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F,\u066C]+)\s*KB/) ?? [])[1] ?? "?";
  const latin = digits.replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) & 0xf)).replace(/\D/g, "");
  return { files: saved.files, kb: (saved.bytes / 1024).toFixed(1), announced: latin };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  console.log(`| course | ${LANGS.join(" | ")} |`);
  console.log(`|---|${LANGS.map(() => "---").join("|")}|`);
  for (const course of COURSES) {
    const cells = [];
    for (const lang of LANGS) {
      const s = await savedSize(browser, course, lang);
      cells.push(`${s.kb} KB (${s.files} files; announced ≈ ${s.announced} KB)`);
    }
    console.log(`| ${course} | ${cells.join(" | ")} |`);
  }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
