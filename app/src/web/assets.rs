//! The built stylesheet and WASM bundle, and the small script that loads the bundle only on
//! pages that have islands.
//!
//! Leptos' own `HydrationScripts` preloads the WASM on every page, and browsers fetch preloads
//! even with JavaScript off: 83 KB for nothing on a page without islands or for a learner
//! without JavaScript. This loader fetches nothing unless the page has an island to wake up.

use leptos::config::LeptosOptions;
use std::sync::OnceLock;

/// `Cache-Control` for files whose URL changes with their content (hashed names, `?v=<hash>`).
pub const CACHED_FOR_GOOD: &str = "public, max-age=31536000, immutable";

/// The stylesheet only staff pages need (slips, cohorts, the progress grid, the coverage report
/// and its charts): a learner's first visit does not download it.
pub const STAFF_CSS: &str = include_str!("../../../style/staff.css");

/// Where [`STAFF_CSS`] is served: `/styles/staff.<hash>.css`, a name that changes with it.
pub fn staff_css_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| {
        use sha2::Digest;
        let hash = sha2::Sha256::digest(STAFF_CSS.as_bytes());
        let hex: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
        format!("/styles/staff.{hex}.css")
    })
}

/// The pages that link [`STAFF_CSS`]: trainers', officials' and admins' pages and the public
/// coverage page.
pub fn is_staff_page(path: &str) -> bool {
    ["/cohorts", "/learners", "/admin", "/reports", "/coverage"]
        .iter()
        .any(|p| {
            path == *p
                || path
                    .strip_prefix(p)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
}

/// File names under `/pkg/`, with the content hashes of a release build (`hash.txt` beside
/// the binary, written by cargo-leptos) when there are any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    pub css: String,
    pub js: String,
    pub wasm: String,
}

impl Assets {
    fn read(options: &LeptosOptions) -> Self {
        let name = options.output_name.to_string();
        let hashes = options
            .hash_files
            .then(|| {
                let exe = std::env::current_exe().ok()?;
                std::fs::read_to_string(exe.parent()?.join(options.hash_file.as_ref())).ok()
            })
            .flatten()
            .unwrap_or_default();
        let file = |kind: &str| {
            let hash = hashes.lines().find_map(|line| {
                let (k, v) = line.split_once(':')?;
                (k.trim() == kind).then(|| v.trim().to_owned())
            });
            match hash {
                Some(h) => format!("{name}.{h}.{kind}"),
                None => format!("{name}.{kind}"),
            }
        };
        Self {
            css: file("css"),
            js: file("js"),
            wasm: file("wasm"),
        }
    }

    /// Read once per process.
    pub fn get(options: &LeptosOptions) -> &'static Assets {
        static ASSETS: OnceLock<Assets> = OnceLock::new();
        ASSETS.get_or_init(|| Self::read(options))
    }

    /// The module script that loads the bundle and wakes up the islands of the page (islands
    /// here never nest) — or does nothing when there is none.
    ///
    /// Most islands wake once the browser is idle. A read-aloud button is worth its bundle only
    /// to a learner who presses it, and only where the browser has a voice for its language
    /// (often none for Urdu, Kashmiri or Dogri): the loader shows it only then, and its first
    /// press fetches the bundle, wakes every read-aloud island and presses it again. So a lesson
    /// costs no WASM until it is read aloud.
    pub fn island_loader(&self) -> String {
        format!(
            r#"((js, wasm) => {{
  let bundle;
  const wake = (islands) => (bundle ??= import(js).then(async (b) => {{
    await b.default({{ module_or_path: wasm }});
    b.hydrate();
    return b;
  }})).then(async (b) => {{
    for (const island of islands) await b[island.dataset.component]?.(island);
  }});
  const all = [...document.querySelectorAll("leptos-island")];
  const readers = all.filter((i) => i.dataset.component.includes("ReadAloud"));
  const others = all.filter((i) => !readers.includes(i));
  if (others.length) ("requestIdleCallback" in window ? requestIdleCallback : setTimeout)(() => wake(others));
  const speech = window.speechSynthesis;
  if (!readers.length || !speech) return;
  const show = () => {{
    const langs = speech.getVoices().map((v) => /^[a-z]+/.exec(v.lang.toLowerCase())?.[0]);
    const pressed = new AbortController();
    let waking;
    for (const island of readers) {{
      const button = island.querySelector("button");
      if (!button || !langs.includes(JSON.parse(island.dataset.props).lang)) continue;
      button.hidden = false;
      button.addEventListener("click", async () => {{
        if (waking) return;
        button.setAttribute("aria-busy", "true");
        try {{
          await (waking = wake(readers));
          pressed.abort();
          button.click();
        }} catch {{
          waking = bundle = undefined; // offline: the next press tries again
        }} finally {{
          button.removeAttribute("aria-busy");
        }}
      }}, {{ signal: pressed.signal }});
    }}
  }};
  if (speech.getVoices().length) show();
  else speech.addEventListener("voiceschanged", show, {{ once: true }});
}})("/pkg/{}", "/pkg/{}");"#,
            self.js, self.wasm
        )
    }
}
