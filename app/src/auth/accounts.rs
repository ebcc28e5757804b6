//! What the auth server functions do, from validated input to stored state.

use super::{password, session, throttle, users, validate, Gender, LearnerGroup, Role};
use crate::{error::AppError, i18n::Lang};
use sea_orm::{DatabaseConnection, TransactionTrait};
use std::net::IpAddr;

/// A learner's self-registration form as posted.
pub struct Registration {
    pub login: String,
    pub display_name: String,
    pub password: String,
    pub password_confirm: String,
    pub group: String,
    pub gender: String,
    pub district: String,
    pub language: String,
}

fn choice<T>(parsed: Option<T>, field: &str) -> Result<T, AppError> {
    parsed.ok_or_else(|| AppError::invalid(field, "register-error-choose"))
}

/// Creates a learner account and opens a session; returns the session token.
pub async fn register(db: &DatabaseConnection, form: Registration) -> Result<String, AppError> {
    let login = validate::normalize_login(&form.login)?;
    let display_name = validate::display_name(&form.display_name)?;
    validate::password(&form.password, &login)?;
    validate::password_confirmed(&form.password, &form.password_confirm)?;
    if form.district.is_empty() {
        return Err(AppError::invalid("district", "register-error-district"));
    }
    // Every cheap check comes before the deliberately slow hash.
    let new = users::NewUser {
        group: Some(choice(LearnerGroup::from_code(&form.group), "group")?),
        gender: Some(choice(Gender::from_code(&form.gender), "gender")?),
        district: Some(form.district),
        language: Some(choice(Lang::from_code(&form.language), "language")?),
        password_hash: password::hash(form.password).await?,
        role: Role::Learner,
        login,
        display_name,
    };
    let user = users::create(db, new).await?;
    Ok(session::start(db, user.id).await?)
}

/// Checks a login and password under the throttle; returns a new session token. Unknown logins
/// and wrong passwords fail alike, in the same time.
pub async fn sign_in(
    db: &DatabaseConnection,
    login: &str,
    password: String,
    ip: Option<IpAddr>,
) -> Result<String, AppError> {
    let login = validate::normalize_login(login).unwrap_or_else(|_| login.trim().to_lowercase());
    let keys = throttle::keys(&login, ip);
    throttle::check(db, &keys).await?;
    let user = users::find_by_login(db, &login).await?;
    let ok = password::verify(password, user.as_ref().map(|u| u.password_hash.clone())).await;
    match user.filter(|_| ok) {
        Some(user) => {
            throttle::clear(db, &keys[0].0).await?;
            Ok(session::start(db, user.id).await?)
        }
        None => {
            throttle::record_failure(db, &keys).await?;
            throttle::check(db, &keys).await?;
            Err(AppError::BadCredentials)
        }
    }
}

/// Replaces a user's password after checking the current one; every other session ends and a
/// fresh session token is returned.
pub async fn change_password(
    db: &DatabaseConnection,
    user_id: i32,
    current: String,
    new: String,
    confirm: String,
) -> Result<String, AppError> {
    let user = users::find(db, user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !password::verify(current, Some(user.password_hash.clone())).await {
        return Err(AppError::invalid(
            "current_password",
            "password-error-current-wrong",
        ));
    }
    validate::password(&new, &user.login)?;
    validate::password_confirmed(&new, &confirm)?;
    let hash = password::hash(new).await?;
    let txn = db.begin().await?;
    users::set_password_hash(&txn, user_id, hash).await?;
    session::end_all(&txn, user_id).await?;
    let token = session::start(&txn, user_id).await?;
    txn.commit().await?;
    Ok(token)
}

/// Creates a trainer, official or admin account with an initial password.
pub async fn create_staff(
    db: &DatabaseConnection,
    login: &str,
    display_name: &str,
    role: Role,
    initial_password: String,
) -> Result<(), AppError> {
    if role == Role::Learner {
        return Err(AppError::invalid("role", "register-error-choose"));
    }
    let login = validate::normalize_login(login)?;
    let display_name = validate::display_name(display_name)?;
    validate::password(&initial_password, &login)?;
    let new = users::NewUser {
        password_hash: password::hash(initial_password).await?,
        role,
        group: None,
        gender: None,
        district: None,
        language: None,
        login,
        display_name,
    };
    users::create(db, new).await.map(|_| ())
}
