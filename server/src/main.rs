use clap::Parser;
use server::config::{Command, Config};
use std::{process::ExitCode, time::Duration};

#[tokio::main]
async fn main() -> ExitCode {
    let cfg = Config::parse();
    let filter = tracing_subscriber::EnvFilter::new(&cfg.log);
    if cfg.log_format == "json" {
        tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .with_env_filter(filter)
            .init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
    match run(cfg).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cfg: Config) -> Result<(), String> {
    if let Some(dir) = cfg
        .database_url
        .strip_prefix("sqlite://")
        .and_then(|p| std::path::Path::new(p.split('?').next()?).parent())
    {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
    }
    let db = app::db::connect(&cfg.database_url).await.map_err(|e| {
        format!(
            "cannot connect to the database ({}): {e}",
            redact(&cfg.database_url)
        )
    })?;
    app::db::migrate(&db)
        .await
        .map_err(|e| format!("database migration failed: {e}"))?;
    let result = command(cfg, &db).await;
    // Closing the pool checkpoints SQLite's write-ahead log into the database file.
    match tokio::time::timeout(Duration::from_secs(5), db.close()).await {
        Ok(Ok(())) => {}
        Ok(Err(err)) => tracing::warn!(error = %err, "closing the database failed"),
        Err(_) => tracing::warn!("closing the database timed out"),
    }
    result
}

async fn command(cfg: Config, db: &sea_orm::DatabaseConnection) -> Result<(), String> {
    match cfg.command {
        None | Some(Command::Serve) => serve(cfg, db.clone()).await,
        Some(Command::Migrate) => {
            println!("migrations applied");
            Ok(())
        }
        Some(Command::ImportContent { ref dir }) => {
            let report = app::courses::import::import_dir(db, dir)
                .await
                .map_err(|e| format!("import failed: {e}"))?;
            for slug in &report.imported {
                if report.unchanged.contains(slug) {
                    println!("unchanged {slug}");
                } else {
                    println!("imported {slug}");
                }
            }
            for (slug, errors) in &report.rejected {
                eprintln!("rejected {slug}:");
                for error in errors {
                    eprintln!("  {error}");
                }
            }
            if report.rejected.is_empty() {
                Ok(())
            } else {
                Err(format!("{} pack(s) rejected", report.rejected.len()))
            }
        }
        Some(Command::Backup { ref to }) => {
            let started = std::time::Instant::now();
            app::db::backup(db, to)
                .await
                .map_err(|e| format!("backup failed: {e}"))?;
            let bytes = std::fs::metadata(to).map(|m| m.len()).unwrap_or(0);
            println!(
                "backed up to {} ({bytes} bytes, {:.1} s)",
                to.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Some(Command::SeedSynthetic { learners, password }) => {
            let password_hash = match password {
                Some(p) => Some(
                    app::auth::password::hash(p)
                        .await
                        .map_err(|e| format!("cannot hash the password: {e:?}"))?,
                ),
                None => None,
            };
            let seeded = server::synthetic::seed(db, learners, password_hash).await?;
            println!(
                "seeded {} learners and {} progress rows",
                seeded.learners, seeded.progress_rows
            );
            Ok(())
        }
        Some(Command::SeedDemo) => {
            let created = server::demo::seed(db)
                .await
                .map_err(|e| format!("seeding failed: {e}"))?;
            if created.is_empty() {
                println!("Demo accounts already exist (their passwords were printed when they were created).");
            } else {
                println!("Demo accounts (shown only this once):");
                for (login, password) in created {
                    println!("  {login:<16} {password}");
                }
                // Officials' reports need a population to show: once, with the demo accounts.
                println!("Adding 5,000 synthetic learners with two years of activity for the coverage report…");
                if let Err(err) = server::synthetic::seed(db, 5_000, None).await {
                    println!("  skipped: {err}");
                }
            }
            Ok(())
        }
        Some(Command::CreateAdmin {
            ref login,
            ref name,
        }) => {
            let password = match std::env::var("SABAQ_ADMIN_PASSWORD") {
                Ok(pw) => pw,
                Err(_) => {
                    eprintln!("Password for {login}:");
                    let mut line = String::new();
                    std::io::stdin()
                        .read_line(&mut line)
                        .map_err(|e| e.to_string())?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            app::auth::accounts::create_staff(
                db,
                app::auth::accounts::NewStaff {
                    login,
                    display_name: name,
                    role: app::auth::Role::Admin,
                    district: "",
                    scope: "",
                },
                password,
            )
            .await
            .map_err(|e| app::i18n::t_in(app::i18n::Lang::En, e.message_id(), &[]))?;
            println!("administrator {login} created");
            Ok(())
        }
    }
}

async fn serve(cfg: Config, db: sea_orm::DatabaseConnection) -> Result<(), String> {
    let options = server::leptos_options(&cfg);
    let state = server::state(db, options, &cfg)
        .await
        .map_err(|e| format!("cannot load reference data: {e}"))?;
    let app = server::router(state);
    let listener = tokio::net::TcpListener::bind(cfg.site_addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", cfg.site_addr))?;
    tracing::info!("listening on http://{}", cfg.site_addr);
    let shutdown = async {
        server::serve::shutdown_signal().await;
        tracing::info!("shutting down: finishing the requests in flight");
    };
    if !server::serve::run(listener, app, shutdown).await {
        tracing::warn!("requests still running after the grace period were cut off");
    }
    Ok(())
}

/// The database URL without its password, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => match url[s + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
            None => url.to_owned(),
        },
        _ => url.to_owned(),
    }
}
