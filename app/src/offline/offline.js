// Sabaq's page script for offline use: linked by the "Save for offline" page and /offline, and
// added by the service worker to the pages it serves. It saves and removes courses, shows the
// answers waiting to be sent, and asks the worker to send them when the network is back.
(() => {
  const $ = (id) => document.getElementById(id);
  const sw = navigator.serviceWorker;
  const SAVED = "sabaq-saved"; // one entry per saved course: /saved/<slug> -> its record
  const kb = (bytes) => Math.max(1, Math.round(bytes / 1024)).toLocaleString(`${document.documentElement.lang}-IN`);

  // The messages, in the page's language: on this page, or from the copy of /offline.
  let strings;
  async function text(name, fill = {}) {
    strings ??= $("offline-strings")?.dataset ??
      (await fetch("/offline")
        .then((r) => (r.ok ? r : Promise.reject()))
        // With no network, the copy the worker keeps.
        .catch(() => caches.match("/offline", { ignoreVary: true }))
        .then((r) => r.text())
        .then((html) => new DOMParser().parseFromString(html, "text/html").getElementById("offline-strings")?.dataset)
        .catch(() => undefined)) ?? {};
    let s = strings[name] ?? "";
    for (const [k, v] of Object.entries(fill)) s = s.replace(`%${k}%`, v);
    return s;
  }

  async function records() {
    const cache = await caches.open(SAVED);
    return Promise.all((await cache.keys()).map(async (k) => (await cache.match(k)).json()));
  }

  // ---- Saving a course ---------------------------------------------------------------------
  const box = $("offline-save");
  if (box) {
    const save = $("offline-save-button"), remove = $("offline-remove-button");
    const status = $("offline-status"), bar = $("offline-progress");
    const { course, title, version } = box.dataset;
    const files = JSON.parse(box.dataset.files);
    const cacheName = (v) => `sabaq-course-${course}-${v}`;
    const show = async () => {
      const record = (await records()).find((r) => r.course === course);
      remove.hidden = !record;
      if (record) status.textContent = await text("saved", { SIZE: kb(record.bytes) });
      return record;
    };
    $("offline-needs-js").hidden = true;
    if (!sw || !window.caches) {
      text("unsupported").then((s) => (status.textContent = s));
    } else {
      save.hidden = false;
      $("offline-actions").hidden = false;
      show();
      save.addEventListener("click", async () => {
        save.disabled = true;
        bar.hidden = false;
        try {
          await sw.register("/sw.js");
          const cache = await caches.open(cacheName(version));
          let bytes = 0;
          for (const [i, url] of files.entries()) {
            status.textContent = await text("saving", { DONE: i + 1, TOTAL: files.length });
            bar.value = (100 * i) / files.length;
            const response = await fetch(url, { credentials: "same-origin" });
            if (!response.ok) throw new Error(`${url}: ${response.status}`);
            bytes += (await response.clone().blob()).size;
            await cache.put(url, response);
          }
          bar.value = 100;
          for (const name of await caches.keys()) {
            if (name.startsWith(`sabaq-course-${course}-`) && name !== cacheName(version)) await caches.delete(name);
          }
          const record = { course, title, version, bytes, files: files.length, at: Date.now() };
          await (await caches.open(SAVED)).put(`/saved/${course}`, new Response(JSON.stringify(record)));
          await show();
        } catch {
          status.textContent = await text("failed");
        } finally {
          save.disabled = false;
          bar.hidden = true;
        }
      });
      remove.addEventListener("click", async () => {
        for (const name of await caches.keys()) if (name.startsWith(`sabaq-course-${course}-`)) await caches.delete(name);
        await (await caches.open(SAVED)).delete(`/saved/${course}`);
        await show();
        status.textContent = await text("removed");
      });
    }
  }

  if (!sw?.controller || !window.caches) return;

  // ---- Answers waiting to be sent --------------------------------------------------------------
  const flush = () => sw.controller?.postMessage("flush");
  async function waiting() {
    const queue = await caches.open("sabaq-queue");
    return (await Promise.all((await queue.keys()).map(async (k) => (await queue.match(k)).json())));
  }
  async function sentItems() {
    const sent = await caches.open("sabaq-sent");
    return (await Promise.all((await sent.keys()).map(async (k) => (await sent.match(k)).json())));
  }
  const field = (item, name) => new URLSearchParams(item.body).get(name) ?? "";
  const when = (at) => new Date(at).toLocaleString(document.documentElement.lang, { dateStyle: "short", timeStyle: "short" });

  async function report() {
    const queued = await waiting();
    // A banner on every page while answers wait.
    let banner = $("offline-banner");
    if (queued.length && !banner) {
      banner = Object.assign(document.createElement("p"), { id: "offline-banner", className: "alert notice" });
      banner.setAttribute("role", "status");
      document.querySelector("main")?.prepend(banner);
    }
    if (banner) {
      banner.hidden = !queued.length;
      banner.innerHTML = "";
      const link = Object.assign(document.createElement("a"), { href: "/offline", textContent: await text("waiting", { COUNT: queued.length }) });
      banner.append(link);
    }
    // /offline: the list of what waits and what was sent.
    const list = $("offline-queue");
    if (list) {
      $("offline-waiting").hidden = false;
      list.innerHTML = "";
      for (const item of queued) {
        const li = document.createElement("li");
        li.className = "waiting";
        li.textContent = `${field(item, "course")} · ${field(item, "quiz")} · ${when(item.at)}`;
        list.append(li);
      }
      for (const item of await sentItems()) {
        const li = document.createElement("li");
        li.className = "sent";
        const course = field(item, "course"), quiz = field(item, "quiz"), attempt = field(item, "attempt");
        li.textContent = `${course} · ${quiz} · ${when(item.at)} · ${await text("sent")} `;
        if (item.path === "/api/submit-quiz" && item.status < 300) {
          li.append(Object.assign(document.createElement("a"), {
            href: `/courses/${course}/quizzes/${quiz}/attempts/${attempt}`, textContent: await text("result"),
          }));
        }
        list.append(li);
      }
      if (!list.children.length) $("offline-waiting").hidden = true;
    }
  }
  sw.addEventListener("message", (event) => {
    if (event.data?.type) report();
  });
  $("offline-send")?.addEventListener("click", flush);
  window.addEventListener("online", flush);

  // /offline: the courses saved on this phone.
  const courses = $("offline-courses");
  if (courses) {
    records().then(async (saved) => {
      $("offline-none").hidden = saved.length > 0;
      for (const r of saved) {
        const li = document.createElement("li");
        li.append(Object.assign(document.createElement("a"), { href: `/courses/${r.course}`, textContent: r.title }),
          ` · ${await text("saved", { SIZE: kb(r.bytes) })}`);
        courses.append(li);
      }
    });
  }

  // A quiz with no network: practice answers are kept and sent later; a final needs the network.
  const quiz = $("quiz");
  const offlineHint = async () => {
    document.getElementById("offline-quiz-hint")?.remove();
    quiz?.querySelectorAll("button.check").forEach((b) => (b.hidden = !navigator.onLine));
    if (!quiz || navigator.onLine) return;
    const isFinal = !!quiz.querySelector("input[name=screen]");
    const hint = Object.assign(document.createElement("p"), {
      id: "offline-quiz-hint", className: "alert notice", textContent: await text(isFinal ? "final" : "quiz"),
    });
    quiz.before(hint);
    if (isFinal) quiz.querySelectorAll("button").forEach((b) => (b.disabled = true));
  };
  window.addEventListener("offline", offlineHint);
  window.addEventListener("online", () => {
    offlineHint();
    quiz?.querySelectorAll("button").forEach((b) => (b.disabled = false));
  });
  offlineHint();
  report();
  flush();
})();
