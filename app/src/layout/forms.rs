use crate::{
    i18n::{t, t_args},
    web::flash::Flash,
};
use leptos::prelude::*;

/// The error or notice left by the previous form post (with the flash's arguments), announced
/// to screen readers.
#[component]
pub fn FlashMessage(flash: Flash) -> impl IntoView {
    let args: Vec<(&str, String)> = flash
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let error = flash
        .error
        .map(|id| view! { <p class="alert error" role="alert">{t_args(&id, &args)}</p> });
    let notice = flash
        .notice
        .map(|id| view! { <p class="alert notice" role="status">{t_args(&id, &args)}</p> });
    view! { {error} {notice} }
}

/// A labelled input that shows its error from the flash.
#[component]
pub fn Field(
    name: &'static str,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] value: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(default = 200)] maxlength: u32,
    #[prop(optional)] flash: Option<Flash>,
    /// May be left empty.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let invalid = flash
        .as_ref()
        .is_some_and(|f| f.field.as_deref() == Some(name));
    let hint_id = format!("{name}-hint");
    view! {
        <div class="field" class:invalid=invalid>
            <label for=name>{label}</label>
            <input
                id=name
                name=name
                type=kind
                // A login, a mobile number or a password reads left to right in an RTL page;
                // a name in Urdu still reads right to left.
                dir="auto"
                value=value
                required=!optional
                maxlength=maxlength
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-invalid=invalid.then_some("true")
                aria-describedby=hint.is_some().then(|| hint_id.clone())
            />
            {hint.map(|h| view! { <small id=hint_id>{h}</small> })}
        </div>
    }
}

/// A labelled `<select>` of `(value, label)` options.
#[component]
pub fn SelectField(
    name: &'static str,
    label: String,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(optional)] flash: Option<Flash>,
    /// Makes the choice optional, naming the empty choice (else "Choose…", and required).
    #[prop(optional)]
    none_label: Option<String>,
) -> impl IntoView {
    let invalid = flash
        .as_ref()
        .is_some_and(|f| f.field.as_deref() == Some(name));
    let required = none_label.is_none();
    let empty = none_label.unwrap_or_else(|| t("form-choose"));
    view! {
        <div class="field" class:invalid=invalid>
            <label for=name>{label}</label>
            <select id=name name=name required=required aria-invalid=invalid.then_some("true")>
                <option value="" selected=selected.is_empty()>{empty}</option>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
