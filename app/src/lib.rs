//! Sabaq: components, pages and server functions.
//!
//! The app runs in Leptos' islands mode: pages render on the server only, and just the
//! `#[island]` components in [`islands`] ship to the browser as WASM. Page modules are therefore
//! compiled for the server only; wire types and server function signatures compile for both.

pub mod access;
pub mod admin;
pub mod auth;
pub mod certificates;
pub mod cohorts;
pub mod courses;
pub mod coverage;
pub mod districts;
pub mod error;
pub mod i18n;
pub mod ids;
pub mod islands;
pub mod offline;
pub mod quiz;

#[cfg(feature = "ssr")]
mod dashboard;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
mod home;
#[cfg(feature = "ssr")]
mod layout;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(feature = "ssr")]
pub mod web;

/// Entry point of the WASM bundle: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
