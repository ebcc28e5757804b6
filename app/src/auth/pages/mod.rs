//! Sign-in, registration and password pages. Plain POST forms: they work without JavaScript.

mod login;
mod password;
mod register;
mod start;

pub use login::LoginPage;
pub use password::ChangePasswordPage;
pub use register::RegisterPage;
pub use start::StartPage;

use crate::{i18n::t, islands::PasswordInput, web::flash::Flash};
use leptos::prelude::*;

/// A password field with its translated show/hide toggle.
fn password_field(name: &str, label: &str, autocomplete: &str, flash: &Flash) -> impl IntoView {
    view! {
        <PasswordInput
            name=name.to_owned()
            label=t(label)
            show_label=t("password-show")
            hide_label=t("password-hide")
            autocomplete=autocomplete.to_owned()
            invalid=flash.field.as_deref() == Some(name)
        />
    }
}
