//! The operator's command line: configuration errors are one clear line and a non-zero exit.

use std::process::Command;

fn server() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.env_remove("DATABASE_URL").env("RUST_LOG", "off");
    cmd
}

#[test]
fn unreachable_database_is_one_line_and_exit_1() {
    // Port 9 (discard) on loopback: nothing listens there.
    let out = server()
        .args([
            "migrate",
            "--database-url",
            "postgres://sabaq:secret@127.0.0.1:9/sabaq",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("error: cannot connect to the database"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret"), "password leaked: {stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn help_lists_the_settings_and_subcommands() {
    let out = server().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "DATABASE_URL",
        "LEPTOS_SITE_ADDR",
        "migrate",
        "seed-demo",
        "create-admin",
        "SABAQ_ISSUER_NAME",
        "SABAQ_ISSUER_NAME_UR",
        "SABAQ_ISSUER_DEPARTMENT_DOI",
        "SABAQ_ISSUER_LOGO",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
}

#[test]
fn a_bad_issuer_setting_stops_start_up_and_names_the_setting() {
    // A database nothing listens on: were the settings accepted, the run would fail with 1.
    let run = |var: &str, value: &str| {
        let out = server()
            .args([
                "migrate",
                "--database-url",
                "postgres://sabaq@127.0.0.1:9/sabaq",
            ])
            .env(var, value)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8(out.stderr).unwrap())
    };
    let (code, stderr) = run("SABAQ_ISSUER_LOGO", "/nonexistent/issuer-logo.svg");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("SABAQ_ISSUER_LOGO: cannot read /nonexistent/issuer-logo.svg"),
        "{stderr}"
    );
    let (code, stderr) = run("SABAQ_ISSUER_NAME_UR", "محکمہ آئی ٹی");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("--issuer-name <ISSUER_NAME>"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn migrate_seed_and_create_admin_on_a_new_sqlite_file() {
    let dir = std::env::temp_dir().join(format!("sabaq-cli-{}", uuid::Uuid::new_v4()));
    let url = format!("sqlite://{}/nested/sabaq.db?mode=rwc", dir.display());
    let seed = server()
        .args(["seed-demo", "--database-url", &url])
        .output()
        .unwrap();
    assert!(
        seed.status.success(),
        "{}",
        String::from_utf8_lossy(&seed.stderr)
    );
    let printed = String::from_utf8(seed.stdout).unwrap();
    assert!(
        printed.contains("demo.admin") && printed.contains("demo.shazia"),
        "{printed}"
    );
    // Seeding again creates nothing and prints no passwords.
    let again = server()
        .args(["seed-demo", "--database-url", &url])
        .output()
        .unwrap();
    assert!(!String::from_utf8(again.stdout)
        .unwrap()
        .contains("demo.admin "));
    let admin = server()
        .args([
            "create-admin",
            "--login",
            "second.admin",
            "--name",
            "Second Admin",
            "--database-url",
            &url,
        ])
        .env("SABAQ_ADMIN_PASSWORD", "short")
        .output()
        .unwrap();
    assert_eq!(admin.status.code(), Some(1));
    assert!(String::from_utf8(admin.stderr)
        .unwrap()
        .contains("at least 8 characters"));
    let admin = server()
        .args([
            "create-admin",
            "--login",
            "second.admin",
            "--name",
            "Second Admin",
            "--database-url",
            &url,
        ])
        .env("SABAQ_ADMIN_PASSWORD", "chinar-tree-1947")
        .output()
        .unwrap();
    assert!(
        admin.status.success(),
        "{}",
        String::from_utf8_lossy(&admin.stderr)
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// `server serve` on a new SQLite file and a free port, stopped when dropped.
#[cfg(unix)]
struct Serving {
    child: std::process::Child,
    addr: std::net::SocketAddr,
    dir: std::path::PathBuf,
}

#[cfg(unix)]
impl Serving {
    fn start() -> Serving {
        Self::start_logging(&[], std::process::Stdio::null())
    }

    /// Like `start`, with extra environment variables and the server's output to `out`.
    fn start_logging(env: &[(&str, &str)], out: std::process::Stdio) -> Serving {
        use std::{net::TcpListener, process::Stdio};
        let dir = std::env::temp_dir().join(format!("sabaq-serve-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let addr = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let child = server()
            .args(["serve", "--site-addr", &addr.to_string()])
            .args(["--database-url", &Self::url(&dir)])
            .args(["--site-root", &dir.display().to_string()])
            .envs(env.iter().copied())
            .stdout(out)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let serving = Serving { child, addr, dir };
        let started = std::time::Instant::now();
        while !serving.answers_healthz() {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(60),
                "the server did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        serving
    }

    fn url(dir: &std::path::Path) -> String {
        format!("sqlite://{}/sabaq.db?mode=rwc", dir.display())
    }

    fn answers_healthz(&self) -> bool {
        use std::io::{Read, Write};
        let Ok(mut conn) = std::net::TcpStream::connect(self.addr) else {
            return false;
        };
        let _ = conn.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        let mut answer = String::new();
        let _ = conn.read_to_string(&mut answer);
        answer.starts_with("HTTP/1.1 200")
    }

    fn signal(&self, name: &str) {
        let sent = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// The exit code, waiting at most a minute.
    fn exit_code(&mut self) -> Option<i32> {
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(60),
                "the server did not stop"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

#[cfg(unix)]
impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A request in flight when the signal comes is answered, then the server exits 0 with the
/// database closed (SQLite's write-ahead log checkpointed and removed).
#[cfg(unix)]
fn stops_gracefully_on(signal: &str) {
    use std::io::{Read, Write};
    let mut serving = Serving::start();
    let mut conn = std::net::TcpStream::connect(serving.addr).unwrap();
    conn.set_read_timeout(Some(std::time::Duration::from_secs(60)))
        .unwrap();
    let host = serving.addr.to_string();
    let body = "login=nobody&password=not-the-password";
    let (first, rest) = body.split_at(10);
    write!(
        conn,
        "POST /api/login HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    )
    .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    serving.signal(signal);
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert!(
        serving.child.try_wait().unwrap().is_none(),
        "the server quit with a request in flight"
    );
    conn.write_all(rest.as_bytes()).unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    let status: u16 = answer
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no answer: {answer:?}"));
    assert!((400..500).contains(&status), "{answer}");
    assert_eq!(serving.exit_code(), Some(0));
    let db = serving.dir.join("sabaq.db");
    assert!(db.is_file());
    assert!(
        !serving.dir.join("sabaq.db-wal").exists(),
        "the database was not closed"
    );
    let reopened = server()
        .args(["migrate", "--database-url", &Serving::url(&serving.dir)])
        .output()
        .unwrap();
    assert!(reopened.status.success());
}

#[cfg(unix)]
#[test]
fn sigterm_finishes_requests_in_flight_and_closes_the_database() {
    stops_gracefully_on("TERM");
}

#[cfg(unix)]
#[test]
fn ctrl_c_finishes_requests_in_flight_and_closes_the_database() {
    stops_gracefully_on("INT");
}

/// Sends `start`, then one more `drip` every second until the server closes the connection;
/// returns what the server answered. Fails if it is still open after a minute.
#[cfg(unix)]
fn trickle(serving: &Serving, start: &str, drip: &str) -> String {
    use std::io::{ErrorKind, Read, Write};
    let mut conn = std::net::TcpStream::connect(serving.addr).unwrap();
    conn.set_read_timeout(Some(std::time::Duration::from_secs(1)))
        .unwrap();
    conn.write_all(start.as_bytes()).unwrap();
    let started = std::time::Instant::now();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "a trickled request held the connection for a minute"
        );
        match conn.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                if conn.write_all(drip.as_bytes()).is_err() {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    String::from_utf8_lossy(&answer).into_owned()
}

#[cfg(unix)]
#[test]
fn slowly_trickled_headers_are_cut_off() {
    let serving = Serving::start();
    let answer = trickle(&serving, "GET / HTTP/1.1\r\n", "X-Slow: a\r\n");
    assert!(!answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[cfg(unix)]
#[test]
fn a_slowly_trickled_body_is_cut_off() {
    let serving = Serving::start();
    let host = serving.addr.to_string();
    let start = format!(
        "POST /api/login HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nlogin="
    );
    let answer = trickle(&serving, &start, "a");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[test]
fn backup_copies_a_sqlite_database_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("sabaq-cli-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/sabaq.db?mode=rwc", dir.display());
    let to = dir.join("copy.db");
    let run = || {
        server()
            .args(["backup", "--database-url", &url, "--to"])
            .arg(&to)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stdout).contains("backed up to"));
    assert!(std::fs::metadata(&to).unwrap().len() > 0);
    let second = run();
    assert_eq!(second.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&second.stderr).contains("exists already"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `SABAQ_LOG_FORMAT=json`: every line is a JSON object; a request's line carries its id (the
/// one in `X-Request-Id`), and a sign-in's password appears nowhere.
#[cfg(unix)]
#[test]
fn json_logs_carry_request_ids_and_never_a_password() {
    use std::io::{Read, Write};
    let log = std::env::temp_dir().join(format!("sabaq-log-{}.txt", uuid::Uuid::new_v4()));
    let file = std::fs::File::create(&log).unwrap();
    let serving = Serving::start_logging(
        &[("SABAQ_LOG_FORMAT", "json"), ("RUST_LOG", "info")],
        file.into(),
    );
    let body = "login=nobody.here&password=Secret-Password-4711";
    let mut conn = std::net::TcpStream::connect(serving.addr).unwrap();
    write!(
        conn,
        "POST /api/login HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len(),
        addr = serving.addr
    )
    .unwrap();
    let mut answer = String::new();
    conn.read_to_string(&mut answer).unwrap();
    let id = answer
        .lines()
        .find_map(|l| l.strip_prefix("x-request-id: "))
        .expect("a request id")
        .trim()
        .to_owned();
    drop(serving);
    let text = std::fs::read_to_string(&log).unwrap();
    let _ = std::fs::remove_file(&log);
    assert!(!text.contains("Secret-Password-4711"), "{text}");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(
        lines.iter().any(|l| l["span"]["id"] == id.as_str()
            && l["span"]["path"] == "/api/login"
            && l["fields"]["status"].is_u64()),
        "{text}"
    );
}
