//! The built stylesheet and WASM bundle, and the small script that loads the bundle only on
//! pages that have islands.
//!
//! Leptos' own `HydrationScripts` preloads the WASM on every page, and browsers fetch preloads
//! even with JavaScript off: 83 KB for nothing on a page without islands or for a learner
//! without JavaScript. This loader fetches nothing unless the page has an island to wake up.

use leptos::config::LeptosOptions;
use std::sync::OnceLock;

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

    /// The module script that, once the browser is idle, loads the bundle and wakes up each
    /// island of the page (islands here never nest) — or does nothing when there is none.
    ///
    /// A read-aloud button stays hidden when the browser has no voice for its language (the
    /// case for Urdu, Kashmiri and Dogri on many phones), so its island is only woken, and the
    /// bundle only fetched for it, when such a voice exists.
    pub fn island_loader(&self) -> String {
        format!(
            r#"((js, wasm) => {{
  const voices = () => new Promise((done) => {{
    const s = window.speechSynthesis;
    if (!s || s.getVoices().length) return done(s ? s.getVoices() : []);
    s.addEventListener("voiceschanged", () => done(s.getVoices()), {{ once: true }});
    setTimeout(() => done(s.getVoices()), 2000);
  }});
  const reader = (island) => island.dataset.component.includes("ReadAloud");
  const speaks = (island, all) => {{
    const lang = JSON.parse(island.dataset.props).lang;
    return all.some((v) => /^([a-z]+)/.exec(v.lang.toLowerCase())?.[1] === lang);
  }};
  const wake = async () => {{
    let islands = [...document.querySelectorAll("leptos-island")];
    if (islands.some(reader)) {{
      const all = await voices();
      islands = islands.filter((i) => !reader(i) || speaks(i, all));
    }}
    if (islands.length === 0) return;
    const bundle = await import(js);
    await bundle.default({{ module_or_path: wasm }});
    bundle.hydrate();
    for (const island of islands) {{
      const start = bundle[island.dataset.component];
      if (start) await start(island);
    }}
  }};
  if ("requestIdleCallback" in window) requestIdleCallback(wake); else wake();
}})("/pkg/{}", "/pkg/{}");"#,
            self.js, self.wasm
        )
    }
}
