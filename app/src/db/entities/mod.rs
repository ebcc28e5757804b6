//! SeaORM entities, one file per table. Behaviour lives in the domain repositories.

pub mod district;
pub mod login_throttle;
pub mod session;
pub mod user;
