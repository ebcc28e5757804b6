//! Learners without a network: a course saved on the phone ("Save for offline"), lessons kept as
//! they are opened, and practice answers queued until the network is back. A service worker
//! (`sw.js`) does it, registered only when a learner saves a course; `offline.js` is its page
//! script.

#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod scripts;

#[cfg(feature = "ssr")]
pub use pages::{OfflinePage, SaveCoursePage, SaveForOfflineLink};
