//! What the auth server functions do, from validated input to stored state.

use super::{password, session, throttle, users, validate, Gender, LearnerGroup, Role};
use crate::{error::AppError, i18n::Lang};
use sea_orm::DatabaseConnection;
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

/// Creates a learner account and opens a session; returns the session token. Registrations
/// from one address are throttled (every attempt that gets as far as hashing counts).
pub async fn register(
    db: &DatabaseConnection,
    form: Registration,
    ip: Option<IpAddr>,
) -> Result<String, AppError> {
    let login = validate::normalize_login(&form.login)?;
    let display_name = validate::display_name(&form.display_name)?;
    validate::password(&form.password, &login)?;
    validate::password_confirmed(&form.password, &form.password_confirm)?;
    if form.district.is_empty() {
        return Err(AppError::invalid("district", "register-error-district"));
    }
    let group = choice(LearnerGroup::from_code(&form.group), "group")?;
    let gender = choice(Gender::from_code(&form.gender), "gender")?;
    let language = choice(Lang::from_code(&form.language), "language")?;
    // Every cheap check comes before the throttle and the deliberately slow hash.
    let keys: Vec<_> = ip.map(throttle::registration).into_iter().collect();
    throttle::reserve(db, &keys).await?;
    let new = users::NewUser {
        group: Some(group),
        gender: Some(gender),
        district: Some(form.district),
        language: Some(language),
        password_hash: password::hash(form.password).await?,
        role: Role::Learner,
        login,
        display_name,
    };
    let user = users::create(db, new).await?;
    Ok(session::start(db, user.id).await?)
}

/// The throttle keys of a password check: the address first (so a locked address does not
/// count against accounts), then the account when the login could exist.
fn password_keys(login: Option<&str>, ip: Option<IpAddr>) -> Vec<throttle::Key> {
    ip.map(throttle::address)
        .into_iter()
        .chain(login.map(throttle::account))
        .collect()
}

/// Checks a login and password under the throttle; returns a new session token. Unknown logins
/// and wrong passwords fail alike, in the same time.
pub async fn sign_in(
    db: &DatabaseConnection,
    login: &str,
    password: String,
    ip: Option<IpAddr>,
) -> Result<String, AppError> {
    // A login that cannot exist is not stored as a throttle key; it still costs a hash.
    let login = validate::normalize_login(login).ok();
    let keys = password_keys(login.as_deref(), ip);
    throttle::reserve(db, &keys).await?;
    let user = match &login {
        Some(login) => users::find_by_login(db, login).await?,
        None => None,
    };
    // An account still waiting for its start code has no password: it fails like an unknown one.
    let stored = user
        .as_ref()
        .map(|u| u.password_hash.clone())
        .filter(|h| !h.is_empty());
    let ok = password::verify(password, stored).await?;
    match user.filter(|_| ok) {
        Some(user) => {
            throttle::succeeded(db, &keys).await?;
            // Only after the right password, so a stranger learns nothing from it.
            users::can_sign_in(&user)?;
            Ok(session::start(db, user.id).await?)
        }
        None => Err(AppError::BadCredentials),
    }
}

/// Replaces a user's password after checking the current one (throttled like a sign-in);
/// every other session ends and a fresh session token is returned.
pub async fn change_password(
    db: &DatabaseConnection,
    user_id: i32,
    current: String,
    new: String,
    confirm: String,
    ip: Option<IpAddr>,
) -> Result<String, AppError> {
    let user = users::find(db, user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let keys = password_keys(Some(&user.login), ip);
    throttle::reserve(db, &keys).await?;
    if !password::verify(current, Some(user.password_hash.clone())).await? {
        return Err(AppError::invalid(
            "current_password",
            "password-error-current-wrong",
        ));
    }
    throttle::succeeded(db, &keys).await?;
    validate::password(&new, &user.login)?;
    validate::password_confirmed(&new, &confirm)?;
    let hash = password::hash(new).await?;
    let txn = crate::db::begin_write(db).await?;
    users::set_password_hash(&txn, user_id, hash).await?;
    session::end_all(&txn, user_id).await?;
    let token = session::start(&txn, user_id).await?;
    txn.commit().await?;
    Ok(token)
}

/// A trainer, official or admin account as the admin's form posts it.
pub struct NewStaff<'a> {
    pub login: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    /// Home district slug; required for trainers (their cohorts are there), optional otherwise.
    pub district: &'a str,
    /// Coverage scope code (`ut`, `division:<slug>`, `district:<slug>`); required for officials.
    pub scope: &'a str,
}

/// Creates a trainer, official or admin account with an initial password.
pub async fn create_staff(
    db: &DatabaseConnection,
    staff: NewStaff<'_>,
    initial_password: String,
) -> Result<(), AppError> {
    let role = staff.role;
    if role == Role::Learner {
        return Err(AppError::invalid("role", "register-error-choose"));
    }
    let login = validate::normalize_login(staff.login)?;
    let display_name = validate::display_name(staff.display_name)?;
    let district = Some(staff.district.trim()).filter(|d| !d.is_empty());
    if role == Role::Trainer && district.is_none() {
        return Err(AppError::invalid("district", "register-error-district"));
    }
    let scope = match role {
        Role::Official => Some(
            crate::access::CoverageScope::parse(staff.scope)
                .ok_or_else(|| AppError::invalid("scope", "admin-error-scope"))?,
        ),
        _ => None,
    };
    if let Some(crate::access::CoverageScope::District(slug)) = &scope {
        if crate::districts::repo::id_of(db, slug).await?.is_none() {
            return Err(AppError::invalid("scope", "admin-error-scope"));
        }
    }
    validate::password(&initial_password, &login)?;
    let new = users::NewUser {
        password_hash: password::hash(initial_password).await?,
        role,
        group: None,
        gender: None,
        district: district.map(str::to_owned),
        language: None,
        login,
        display_name,
    };
    let user = users::create(db, new).await?;
    if let Some(scope) = scope {
        // An official whose scope could not be stored sees nothing until an admin sets one.
        let txn = crate::db::begin_write(db).await?;
        crate::access::set_scope(&txn, user.id, &scope).await?;
        txn.commit().await?;
    }
    Ok(())
}
