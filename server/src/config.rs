//! Every setting the server reads, from the command line or the environment, in one place.

use app::{
    certificates::issuer::{Issuer, LocalizedText, Logo, MAX_LOGO_BYTES},
    i18n::Lang,
};
use clap::{Args, Parser, Subcommand};
use std::{io::Read, net::SocketAddr};

/// Sabaq: digital-literacy learning for Jammu & Kashmir.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Config {
    /// Database: `sqlite://<file>?mode=rwc` (embedded default) or `postgres://user@host/db`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/sabaq.db?mode=rwc",
        global = true
    )]
    pub database_url: String,

    /// Address and port to listen on.
    #[arg(
        long,
        env = "LEPTOS_SITE_ADDR",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub site_addr: SocketAddr,

    /// Folder with the built site (`pkg/`, fonts, icons).
    #[arg(
        long,
        env = "LEPTOS_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: String,

    /// Public origin(s) allowed to POST forms, comma-separated, e.g. `https://sabaq.example`
    /// behind a proxy. The request's own host is always allowed.
    #[arg(
        long,
        env = "SABAQ_PUBLIC_ORIGINS",
        value_delimiter = ',',
        global = true
    )]
    pub public_origins: Vec<String>,

    /// Mark cookies `Secure` (set to true when served over HTTPS).
    #[arg(
        long,
        env = "SABAQ_SECURE_COOKIES",
        default_value_t = false,
        global = true
    )]
    pub secure_cookies: bool,

    /// Trust `X-Forwarded-For` for the client address (only behind your own proxy).
    #[arg(
        long,
        env = "SABAQ_TRUST_PROXY",
        default_value_t = false,
        global = true
    )]
    pub trust_proxy: bool,

    /// With `SABAQ_TRUST_PROXY`: how many proxies of our own stand in front (each appends to
    /// `X-Forwarded-For`; the client address is the entry the outermost one added).
    #[arg(long, env = "SABAQ_PROXY_HOPS", default_value_t = 1, global = true)]
    pub proxy_hops: usize,

    /// Log filter, e.g. `info` or `server=debug,app=debug`.
    #[arg(long, env = "RUST_LOG", default_value = "info", global = true)]
    pub log: String,

    /// A token that opens `/metrics` to other hosts (`Authorization: Bearer <token>`); without
    /// it only a direct connection from this machine may read them.
    #[arg(
        long,
        env = "SABAQ_METRICS_TOKEN",
        global = true,
        hide_env_values = true
    )]
    pub metrics_token: Option<String>,

    /// `text` for people, `json` (one object per line) for a log collector.
    #[arg(long, env = "SABAQ_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"], global = true)]
    pub log_format: String,

    #[command(flatten)]
    pub issuer: IssuerConfig,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Who issues the certificates. Names and departments are given as a default text and, for a
/// language that needs its own, in that language; a language without its own shows the text of
/// the language its readers fall back to (Kashmiri: Urdu, Dogri: Hindi), else the default.
#[derive(Debug, Args)]
#[command(next_help_heading = "Certificate issuer")]
pub struct IssuerConfig {
    /// The issuer's name on certificates (default: Sabaq, in the page's language).
    #[arg(long, env = "SABAQ_ISSUER_NAME", value_parser = text, global = true)]
    pub issuer_name: Option<String>,
    /// The issuer's name in Hindi (without it: the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_NAME_HI",
        value_parser = text,
        requires = "issuer_name",
        global = true
    )]
    pub issuer_name_hi: Option<String>,
    /// The issuer's name in Urdu (without it: the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_NAME_UR",
        value_parser = text,
        requires = "issuer_name",
        global = true
    )]
    pub issuer_name_ur: Option<String>,
    /// The issuer's name in Kashmiri (without it: the Urdu one, else the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_NAME_KS",
        value_parser = text,
        requires = "issuer_name",
        global = true
    )]
    pub issuer_name_ks: Option<String>,
    /// The issuer's name in Dogri (without it: the Hindi one, else the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_NAME_DOI",
        value_parser = text,
        requires = "issuer_name",
        global = true
    )]
    pub issuer_name_doi: Option<String>,
    /// The issuing department, under the issuer's name (default: none).
    #[arg(long, env = "SABAQ_ISSUER_DEPARTMENT", value_parser = text, global = true)]
    pub issuer_department: Option<String>,
    /// The issuing department in Hindi (without it: the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_DEPARTMENT_HI",
        value_parser = text,
        requires = "issuer_department",
        global = true
    )]
    pub issuer_department_hi: Option<String>,
    /// The issuing department in Urdu (without it: the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_DEPARTMENT_UR",
        value_parser = text,
        requires = "issuer_department",
        global = true
    )]
    pub issuer_department_ur: Option<String>,
    /// The issuing department in Kashmiri (without it: the Urdu one, else the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_DEPARTMENT_KS",
        value_parser = text,
        requires = "issuer_department",
        global = true
    )]
    pub issuer_department_ks: Option<String>,
    /// The issuing department in Dogri (without it: the Hindi one, else the default).
    #[arg(
        long,
        env = "SABAQ_ISSUER_DEPARTMENT_DOI",
        value_parser = text,
        requires = "issuer_department",
        global = true
    )]
    pub issuer_department_doi: Option<String>,
    /// The issuer's logo: an SVG or PNG file of at most 64 KB, read at start-up (default: none).
    /// The PDF draws a PNG logo; an SVG one shows on the certificate page only.
    #[arg(long, env = "SABAQ_ISSUER_LOGO", value_parser = logo_file, global = true)]
    pub issuer_logo: Option<Logo>,
}

impl IssuerConfig {
    /// The issuer that pages and PDFs show.
    pub fn issuer(&self) -> Issuer {
        let localized = |default: &Option<String>, own: [&Option<String>; 4]| {
            let mut text = LocalizedText::new(default.clone()?);
            for (lang, own) in [Lang::Hi, Lang::Ur, Lang::Ks, Lang::Doi]
                .into_iter()
                .zip(own)
            {
                if let Some(own) = own {
                    text = text.with(lang, own.clone());
                }
            }
            Some(text)
        };
        Issuer {
            name: localized(
                &self.issuer_name,
                [
                    &self.issuer_name_hi,
                    &self.issuer_name_ur,
                    &self.issuer_name_ks,
                    &self.issuer_name_doi,
                ],
            ),
            department: localized(
                &self.issuer_department,
                [
                    &self.issuer_department_hi,
                    &self.issuer_department_ur,
                    &self.issuer_department_ks,
                    &self.issuer_department_doi,
                ],
            ),
            logo: self.issuer_logo.clone(),
        }
    }
}

/// A name or department: one line of visible text.
fn text(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err("must not be empty".into());
    }
    if value.chars().any(char::is_control) {
        return Err("must be one line without control characters".into());
    }
    Ok(value.to_owned())
}

/// Reads and checks the logo file (`SABAQ_ISSUER_LOGO`); an error stops the server starting.
fn logo_file(path: &str) -> Result<Logo, String> {
    let fail = |why: String| format!("SABAQ_ISSUER_LOGO: {why}");
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        // One byte more than allowed tells a file that is too big without reading all of it.
        .and_then(|file| file.take(MAX_LOGO_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(format!("cannot read {path}: {e}")))?;
    Logo::new(bytes).map_err(|e| fail(format!("{path}: {e}")))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations and serve the app (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create demo accounts (admin, trainer, official, learners) and print their passwords once.
    SeedDemo,
    /// Generate realistic learners with two years of activity, for benchmarks and demos
    /// (import the courses first). Not for a production database.
    SeedSynthetic {
        /// How many learners to add.
        #[arg(long, default_value_t = 10_000)]
        learners: usize,
        /// A password every generated learner can sign in with (Argon2id, as any account), for
        /// load tests; without it they cannot sign in.
        #[arg(long, env = "SABAQ_SYNTHETIC_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Import or update the course packs in a folder (each sub-folder with a `course.toml`).
    /// A pack with any error is rejected whole, with file and line, and changes nothing.
    ImportContent {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: std::path::PathBuf,
    },
    /// Copy a SQLite database to FILE while the server keeps serving (a consistent snapshot;
    /// FILE must not exist). For PostgreSQL use pg_dump (see the README).
    Backup {
        /// Where to write the copy.
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Create an administrator. The password is read from `SABAQ_ADMIN_PASSWORD` or standard input.
    CreateAdmin {
        /// Login name or mobile number.
        #[arg(long)]
        login: String,
        /// Display name.
        #[arg(long)]
        name: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::certificates::issuer::LogoFormat;

    fn parse(args: &[&str]) -> Result<Config, String> {
        Config::try_parse_from(["server"].iter().chain(args)).map_err(|e| e.to_string())
    }

    /// A temporary file with `bytes`, removed when dropped.
    struct TempFile(std::path::PathBuf);

    impl TempFile {
        fn new(name: &str, bytes: &[u8]) -> TempFile {
            let path = std::env::temp_dir().join(format!("sabaq-{}-{name}", uuid::Uuid::new_v4()));
            std::fs::write(&path, bytes).unwrap();
            TempFile(path)
        }

        fn arg(&self) -> &str {
            self.0.to_str().unwrap()
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    fn fixture(name: &str) -> String {
        format!(
            "{}/tests/fixtures/issuer/{name}",
            env!("CARGO_MANIFEST_DIR")
        )
    }

    #[test]
    fn without_settings_the_issuer_is_sabaq() {
        let issuer = parse(&[]).unwrap().issuer.issuer();
        assert!(issuer.name.is_none() && issuer.department.is_none() && issuer.logo.is_none());
        assert_eq!(issuer.name_in(Lang::En), "Sabaq");
    }

    #[test]
    fn names_and_departments_per_language() {
        let cfg = parse(&[
            "--issuer-name",
            "  Department of IT ",
            "--issuer-name-ur",
            "محکمہ آئی ٹی",
            "--issuer-department",
            "Government of J&K",
        ])
        .unwrap();
        let issuer = cfg.issuer.issuer();
        assert_eq!(issuer.name_in(Lang::En), "Department of IT");
        assert_eq!(issuer.name_in(Lang::Ur), "محکمہ آئی ٹی");
        assert_eq!(issuer.name_in(Lang::Hi), "Department of IT");
        assert_eq!(
            issuer.department_in(Lang::Ur).as_deref(),
            Some("Government of J&K")
        );
    }

    #[test]
    fn a_language_needs_the_default_text_and_text_must_be_one_visible_line() {
        let err = parse(&["--issuer-name-ur", "محکمہ"]).unwrap_err();
        assert!(err.contains("--issuer-name <ISSUER_NAME>"), "{err}");
        let err = parse(&["--issuer-department-doi", "महकमा"]).unwrap_err();
        assert!(err.contains("--issuer-department"), "{err}");
        assert!(parse(&["--issuer-name", "  "]).is_err());
        assert!(parse(&["--issuer-name", "Two\nlines"]).is_err());
    }

    #[test]
    fn logos_are_read_at_start_up() {
        let svg = parse(&["--issuer-logo", &fixture("logo.svg")]).unwrap();
        let logo = svg.issuer.issuer().logo.expect("logo");
        assert_eq!(logo.format(), LogoFormat::Svg);
        let png = parse(&["--issuer-logo", &fixture("logo.png")]).unwrap();
        assert_eq!(png.issuer.issuer_logo.unwrap().format(), LogoFormat::Png);
    }

    #[test]
    fn a_missing_logo_file_stops_start_up() {
        let err = parse(&["--issuer-logo", "/nonexistent/sabaq-logo.png"]).unwrap_err();
        assert!(
            err.contains("SABAQ_ISSUER_LOGO: cannot read /nonexistent/sabaq-logo.png"),
            "{err}"
        );
    }

    #[test]
    fn a_logo_over_64_kb_stops_start_up() {
        let mut big = std::fs::read(fixture("logo.png")).unwrap();
        big.resize(MAX_LOGO_BYTES + 1, 0);
        let file = TempFile::new("big.png", &big);
        let err = parse(&["--issuer-logo", file.arg()]).unwrap_err();
        assert!(err.contains("over 64 KB"), "{err}");
        // Exactly 64 KB of SVG is accepted.
        let mut svg = std::fs::read(fixture("logo.svg")).unwrap();
        svg.resize(MAX_LOGO_BYTES, b'\n');
        let file = TempFile::new("full.svg", &svg);
        assert!(parse(&["--issuer-logo", file.arg()]).is_ok());
    }

    #[test]
    fn a_logo_of_another_kind_stops_start_up() {
        for (name, bytes) in [
            ("logo.gif", &b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"[..]),
            ("logo.jpg", &b"\xFF\xD8\xFF\xE0\x00\x10JFIF"[..]),
            ("logo.txt", &b"Department of IT"[..]),
        ] {
            let file = TempFile::new(name, bytes);
            let err = parse(&["--issuer-logo", file.arg()]).unwrap_err();
            assert!(err.contains("neither an SVG nor a PNG"), "{name}: {err}");
        }
        let script = TempFile::new(
            "script.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
        );
        let err = parse(&["--issuer-logo", script.arg()]).unwrap_err();
        assert!(err.contains("SVG is refused"), "{err}");
    }
}
