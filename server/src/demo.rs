//! Demo accounts for trying Sabaq out. Passwords are random and printed once.

use app::{
    auth::{password, users, Gender, LearnerGroup, Role},
    cohorts,
    error::AppError,
    i18n::Lang,
};
use rand::{distributions::Alphanumeric, Rng};
use sea_orm::DatabaseConnection;

struct DemoUser {
    login: &'static str,
    name: &'static str,
    role: Role,
    learner: Option<(LearnerGroup, Gender, &'static str, Lang)>,
}

const DEMO_USERS: &[DemoUser] = &[
    DemoUser {
        login: "demo.admin",
        name: "Demo Administrator",
        role: Role::Admin,
        learner: None,
    },
    DemoUser {
        login: "demo.trainer",
        name: "Rakesh Sharma",
        role: Role::Trainer,
        learner: None,
    },
    DemoUser {
        login: "demo.official",
        name: "Farooq Ahmad",
        role: Role::Official,
        learner: None,
    },
    DemoUser {
        login: "demo.shazia",
        name: "شازیہ بٹ",
        role: Role::Learner,
        learner: Some((
            LearnerGroup::ShgMember,
            Gender::Female,
            "srinagar",
            Lang::Ur,
        )),
    },
    DemoUser {
        login: "demo.sunita",
        name: "सुनीता देवी",
        role: Role::Learner,
        learner: Some((LearnerGroup::Student, Gender::Female, "kathua", Lang::Hi)),
    },
    DemoUser {
        login: "demo.bilal",
        name: "Bilal Mir",
        role: Role::Learner,
        learner: Some((
            LearnerGroup::GovernmentOfficial,
            Gender::Male,
            "baramulla",
            Lang::En,
        )),
    },
];

/// A random password of 14 letters and digits.
pub fn random_password() -> String {
    rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(14)
        .map(char::from)
        .collect()
}

/// Creates the demo accounts that do not exist yet; returns `(login, password)` of those created.
pub async fn seed(db: &DatabaseConnection) -> Result<Vec<(String, String)>, AppError> {
    let mut created = Vec::new();
    for demo in DEMO_USERS {
        if users::find_by_login(db, demo.login).await?.is_some() {
            continue;
        }
        let pw = random_password();
        let new = users::NewUser {
            login: demo.login.into(),
            display_name: demo.name.into(),
            password_hash: password::hash(pw.clone()).await?,
            role: demo.role,
            group: demo.learner.map(|l| l.0),
            gender: demo.learner.map(|l| l.1),
            // The demo trainer's home district.
            district: demo
                .learner
                .map(|l| l.2.into())
                .or((demo.role == Role::Trainer).then(|| "srinagar".into())),
            language: demo.learner.map(|l| l.3),
        };
        let user = users::create(db, new).await?;
        if demo.role == Role::Official {
            // The demo official reports on one division, to show what a scope hides.
            let scope = app::access::CoverageScope::Division("kashmir".into());
            app::access::set_scope(db, user.id, &scope).await?;
        }
        created.push((demo.login.to_string(), pw));
    }
    if created.iter().any(|(login, _)| login == "demo.trainer") {
        demo_cohort(db).await?;
    }
    Ok(created)
}

/// The demo trainer's cohort with the three demo learners in it.
async fn demo_cohort(db: &DatabaseConnection) -> Result<(), AppError> {
    let Some(trainer) = users::find_by_login(db, "demo.trainer").await? else {
        return Ok(());
    };
    let new = cohorts::repo::validate("Lal Chowk SHG batch", "shg", "srinagar", "Tuesdays 11:00")?;
    let pid = cohorts::repo::create(db, trainer.id, new).await?;
    let viewer = users::to_viewer(trainer, None);
    let cohort = app::access::cohort(db, &viewer, &pid).await?;
    for login in ["demo.shazia", "demo.sunita", "demo.bilal"] {
        if let Some(learner) = users::find_by_login(db, login).await? {
            cohorts::members::add_existing(db, &cohort, &learner.pid).await?;
        }
    }
    Ok(())
}
