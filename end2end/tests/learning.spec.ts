import { expect, test, type Page } from "@playwright/test";
import { answerAll, answerKey, registerLearner } from "./helpers";

test("a learner completes a module and the final assessment in Hindi and gets a verifiable certificate", async ({ page, browser }) => {
  await registerLearner(page, { language: "hi", name: "सुनीता देवी", group: "student", district: "kathua" });
  await page.goto("/courses/digital-literacy-basics");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await page.locator("ol.lessons a").first().click();
  // Read the three lessons of the first module, marking each complete.
  for (let i = 0; i < 3; i++) {
    await expect(page.locator("article.lesson")).toHaveAttribute("lang", "hi");
    await page.locator("form.complete button").click();
  }
  await expect(page).toHaveURL(/\/quizzes\/devices-practice$/);
  await answerAll(page, answerKey("digital-literacy-basics", "devices-practice"));
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.locator(".score")).toHaveAttribute("data-correct", "10");

  await page.goto("/courses/digital-literacy-basics/quizzes/final");
  await answerAll(page, answerKey("digital-literacy-basics", "final"));
  await expect(page.locator(".alert.passed")).toBeVisible();
  await page.locator("a[href^='/certificates/']").click();
  await expect(page.locator(".cert-name")).toHaveText("सुनीता देवी");
  await expect(page.locator(".cert-qr svg")).toBeVisible();
  const pdfHref = await page.locator("a[href$='/certificate.pdf']").getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 4).toString()).toBe("%PDF");
  const verifyUrl = await page.locator(".cert-verify a").getAttribute("href");
  expect(verifyUrl).toMatch(/^\/verify\/[0-9A-Z-]{19}$/);

  // Anyone can check the certificate, without an account.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(verifyUrl!);
  await expect(other.locator(".verified")).toBeVisible();
  await expect(other.locator("dl.verify")).toContainText("सुनीता देवी");
  await stranger.close();
});

test("an Urdu lesson renders right to left", async ({ page }) => {
  await page.goto("/");
  await page.locator(".lang-menu summary").click();
  await page.getByRole("button", { name: "اردو" }).click();
  await page.goto("/courses/staying-safe-online/lessons/never-share-your-otp");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("article.lesson")).toHaveAttribute("dir", "rtl");
  const box = await page.locator("article.lesson h2, article.lesson p").first().boundingBox();
  expect(box).not.toBeNull();
});

test("lesson pictures load and describe themselves", async ({ page }) => {
  await page.goto("/courses/digital-literacy-basics/lessons/parts-of-a-smartphone");
  const picture = page.locator("article.lesson img").first();
  await picture.scrollIntoViewIfNeeded();
  await expect(picture).toHaveAttribute("alt", /smartphone/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
});

test("the WASM bundle is fetched only by pages with islands", async ({ page }) => {
  const bundles: string[] = [];
  page.on("request", (r) => { if (/\.wasm$/.test(r.url())) bundles.push(r.url()); });
  await page.goto("/courses");
  await page.waitForLoadState("networkidle");
  expect(bundles).toEqual([]);
  // Headless Chromium has no speech voices: the read-aloud button stays hidden, no bundle.
  await page.goto("/courses/digital-literacy-basics/lessons/paying-with-upi");
  await page.waitForTimeout(1000);
  expect(bundles).toEqual([]);
  await expect(page.locator("button.read-aloud")).toBeHidden();
  await page.goto("/login");
  await expect(page.locator("#password ~ button")).toBeVisible();
  expect(bundles).toHaveLength(1);
});

test("read aloud: shown where the browser has a voice, the bundle fetched when pressed", async ({ page }) => {
  // A stand-in English voice (Chromium here has none) and a speech engine that records what it
  // is asked to say.
  await page.addInitScript(() => {
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    Object.defineProperty(voice, "lang", { value: "en-IN" });
    speechSynthesis.getVoices = () => [voice];
    Object.defineProperty(SpeechSynthesisUtterance.prototype, "voice", { set() {}, get() { return voice; } });
    (window as any).spoken = [];
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => (window as any).spoken.push(u.text);
    speechSynthesis.cancel = () => {};
  });
  const bundles: string[] = [];
  page.on("request", (r) => { if (/\.wasm$/.test(r.url())) bundles.push(r.url()); });
  await page.goto("/courses/digital-literacy-basics/lessons/paying-with-upi");
  const button = page.locator("button.read-aloud");
  await expect(button).toBeVisible();
  await page.waitForTimeout(500);
  expect(bundles).toEqual([]);
  // The network drops the first try; the next press tries again.
  let dropped = false;
  await page.route(/\.wasm$/, (route) => (dropped ? route.continue() : ((dropped = true), route.abort())));
  await button.click();
  await expect(button).not.toHaveAttribute("aria-busy");
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  expect(bundles).toHaveLength(2);
  const spoken: string[] = await page.evaluate(() => (window as any).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toContain(await page.locator("#lesson-body h2").first().innerText());
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a learner submits a quiz and sees the result", async ({ page }) => {
    await registerLearner(page, { language: "en", name: "सुनीता देवी", group: "student", district: "kathua" });
    await page.goto("/courses/staying-safe-online/quizzes/fraud-practice");
    await answerAll(page, answerKey("staying-safe-online", "fraud-practice"));
    await expect(page).toHaveURL(/\/attempts\//);
    const total = await page.locator(".score").getAttribute("data-total");
    await expect(page.locator(".score")).toHaveAttribute("data-correct", total!);
    await expect(page.locator(".explanation").first()).not.toBeEmpty();
  });

  test("a learner checks practice answers one at a time, then submits", async ({ page }) => {
    await registerLearner(page, { language: "en", name: "सुनीता देवी", group: "student", district: "kathua" });
    await page.goto("/courses/staying-safe-online/quizzes/fraud-practice");
    const key = answerKey("staying-safe-online", "fraud-practice");
    const q = key.find((k) => k.kind === "single")!;
    await page.check(`input[name="answers[${q.id}]"][value="${q.answer[0]}"]`);
    await page.locator(`button.check[value="${q.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`\\?attempt=[0-9a-f-]+#feedback-${q.id}$`));
    const feedback = page.locator(`#feedback-${q.id}`);
    await expect(feedback).toHaveClass(/right/);
    await expect(feedback.locator(".explanation")).not.toBeEmpty();
    await expect(page.locator(`input[name="answers[${q.id}]"]`).first()).toBeDisabled();
    await answerAll(page, key.filter((k) => k.id !== q.id));
    await expect(page).toHaveURL(/\/attempts\//);
    const total = await page.locator(".score").getAttribute("data-total");
    await expect(page.locator(".score")).toHaveAttribute("data-correct", total!);
  });
});

test("a lesson's word leads to its glossary entry, in Urdu and without JavaScript", async ({ browser }) => {
  for (const [lang, javaScriptEnabled] of [["en", true], ["ur", false]] as const) {
    const context = await browser.newContext({ javaScriptEnabled });
    await context.addCookies([{ name: "sabaq_lang", value: lang, url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();
    await page.goto("/courses/staying-safe-online/lessons/never-share-your-otp");
    const word = page.locator("article.lesson a[href='/glossary#otp']");
    await expect(word).toHaveCount(1);
    await expect(word).toHaveAttribute("title", /.{10,}/);
    await word.click();
    await expect(page).toHaveURL(/\/glossary#otp$/);
    const entry = page.locator("dl.glossary dt#otp");
    await expect(entry).toBeInViewport();
    await expect(page.locator("dl.glossary dt#otp + dd > span")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ur" ? "rtl" : "ltr");
    await context.close();
  }
});
