//! `sabaq-load`: simulated learners for `bench/statewide.sh`, a goose load test. Goose's options
//! (`--host`, `--users`, `--increase-rate`, `--run-time`, `--request-log`, …) come from the
//! command line; the learners to sign in as and where to log submissions, from the environment:
//! `SABAQ_LOAD_LOGINS`, `SABAQ_LOAD_PASSWORD`, `SABAQ_LOAD_LEDGER`, `SABAQ_LOAD_THINK`.

mod form;
mod learner;
mod ledger;
mod settings;

use goose::prelude::*;
use learner::{complete_lesson, dashboard, final_and_certificate, practice, read_lesson, sign_in};
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), GooseError> {
    let logins = settings::load_logins().unwrap_or_else(|e| {
        eprintln!("sabaq-load: {e}");
        std::process::exit(2);
    });
    ledger::open(std::env::var("SABAQ_LOAD_LEDGER").ok().as_deref()).map_err(|e| {
        GooseError::InvalidOption {
            option: "SABAQ_LOAD_LEDGER".into(),
            value: e.to_string(),
            detail: "the ledger file cannot be written".into(),
        }
    })?;
    eprintln!("sabaq-load: {logins} seeded learners to sign in as");
    let (min, max) = settings::think_time();
    let learner = scenario!("Learner")
        .set_wait_time(Duration::from_secs(min), Duration::from_secs(max))?
        .register_transaction(transaction!(set_up).set_on_start().set_sequence(1))
        .register_transaction(transaction!(sign_in).set_on_start().set_sequence(2))
        .register_transaction(transaction!(dashboard).set_sequence(1))
        .register_transaction(transaction!(read_lesson).set_sequence(2))
        .register_transaction(transaction!(complete_lesson).set_sequence(3))
        .register_transaction(transaction!(practice).set_sequence(4))
        .register_transaction(transaction!(final_and_certificate).set_sequence(5));
    let result = GooseAttack::initialize()?
        .register_scenario(learner)
        .execute()
        .await;
    ledger::flush();
    result.map(|_| ())
}

/// Each learner's own client, as each phone has: its own cookies, connections and address (as
/// an outer proxy would name it to nginx), and redirects left to the learner (a plain form post
/// answers a redirect; the page it names is a request of its own).
async fn set_up(user: &mut GooseUser) -> TransactionResult {
    let mut headers = reqwest::header::HeaderMap::new();
    let address = settings::next_address();
    headers.insert(
        "X-Forwarded-For",
        address.parse().expect("an address is a header value"),
    );
    let builder = reqwest::Client::builder()
        .default_headers(headers)
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .user_agent("sabaq-load");
    user.set_client_builder(builder).await?;
    Ok(())
}
