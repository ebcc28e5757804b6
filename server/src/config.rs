//! Every setting the server reads, from the command line or the environment, in one place.

use clap::{Parser, Subcommand};
use std::net::SocketAddr;

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

    #[command(subcommand)]
    pub command: Option<Command>,
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
    },
    /// Import or update the course packs in a folder (each sub-folder with a `course.toml`).
    /// A pack with any error is rejected whole, with file and line, and changes nothing.
    ImportContent {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: std::path::PathBuf,
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
