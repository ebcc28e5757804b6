//! Demo accounts for trying Sabaq out. Passwords are random and printed once.

use app::{
    auth::{password, users, Gender, LearnerGroup, Role},
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
            district: demo.learner.map(|l| l.2.into()),
            language: demo.learner.map(|l| l.3),
        };
        users::create(db, new).await?;
        created.push((demo.login.to_string(), pw));
    }
    Ok(created)
}
