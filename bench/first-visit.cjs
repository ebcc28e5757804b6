// What a browser really transfers on a first visit (empty cache) to a page, by language, with and
// without JavaScript: Chromium's own count of bytes on the wire (compressed as served), after
// the page and everything it loads (fonts, pictures, WASM) have arrived.
// Usage: NODE_PATH=end2end/node_modules node bench/first-visit.cjs http://127.0.0.1:3200 /path
const { chromium } = require("@playwright/test");

const [origin, path] = process.argv.slice(2);
const LANGS = ["en", "hi", "ur", "ks", "doi"];

// `readAloud`: pretend the browser has a speech voice for `lang` (headless Chromium has none) and
// press "Read aloud", which fetches the WASM, as a learner with such a voice would.
async function visit(browser, lang, javaScriptEnabled, headers = {}, readAloud = false) {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: headers });
  await context.addCookies([{ name: "sabaq_lang", value: lang, url: origin }]);
  const page = await context.newPage();
  if (readAloud) {
    await page.addInitScript((lang) => {
      const v = Object.create(SpeechSynthesisVoice.prototype);
      Object.defineProperty(v, "lang", { value: lang });
      speechSynthesis.getVoices = () => [v];
      Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", { set() {}, get() { return v; } });
      speechSynthesis.speak = () => {};
      speechSynthesis.cancel = () => {};
    }, lang);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map();
  const bytes = new Map();
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => bytes.set(e.requestId, e.encodedDataLength));
  await page.goto(origin + path, { waitUntil: "networkidle" });
  // Pictures load lazily: bring each into view, then let the islands wake up.
  for (const img of await page.locator("img").all()) await img.scrollIntoViewIfNeeded();
  await page.waitForLoadState("networkidle");
  if (readAloud) {
    const button = page.locator("button.read-aloud").first();
    await button.click();
    await page.waitForFunction(() => document.querySelector("button.read-aloud").getAttribute("aria-pressed") === "true");
  }
  await page.waitForTimeout(500);
  const parts = {};
  let total = 0;
  for (const [id, size] of bytes) {
    const url = new URL(urls.get(id));
    const kind = url.pathname.startsWith("/fonts/") ? "fonts"
      : url.pathname.startsWith("/content/") ? "pictures"
      : url.pathname.endsWith(".wasm") ? "wasm"
      : url.pathname.endsWith(".js") ? "js"
      : url.pathname.endsWith(".css") ? "css" : "html";
    parts[kind] = (parts[kind] || 0) + size;
    total += size;
  }
  await context.close();
  return { total, parts };
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic"],
  });
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  console.log("| language | with JavaScript | after pressing Read aloud | of which WASM + JS | fonts | pictures | without JavaScript |");
  console.log("|---|---|---|---|---|---|---|");
  const rows = LANGS.map((lang) => [lang, lang, {}]);
  rows.push(["ur", "ur, Save-Data: on", { "Save-Data": "on" }]);
  for (const [lang, label, headers] of rows) {
    const js = await visit(browser, lang, true, headers);
    const voiced = await visit(browser, lang, true, headers, true);
    const nojs = await visit(browser, lang, false, headers);
    const code = (voiced.parts.wasm || 0) + (voiced.parts.js || 0);
    console.log(`| ${label} | ${kb(js.total)} | ${kb(voiced.total)} | ${kb(code)} | ${kb(js.parts.fonts || 0)} | ${kb(js.parts.pictures || 0)} | ${kb(nojs.total)} |`);
  }
  await browser.close();
})();
