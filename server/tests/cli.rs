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
    ] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
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
