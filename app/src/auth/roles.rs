use serde::{Deserialize, Serialize};

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code stored in the database and posted by forms.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// What a user may do. Learners register themselves; admins create the others.
    Role { Learner = "learner", Trainer = "trainer", Official = "official", Admin = "admin" }
);

string_enum!(
    /// The learner groups officials report on.
    LearnerGroup { GovernmentOfficial = "government-official", Student = "student", ShgMember = "shg-member", Other = "other" }
);

string_enum!(
    /// Self-described gender, for coverage reports.
    Gender { Female = "female", Male = "male", Other = "other", Unstated = "unstated" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_code(r.code()), Some(*r));
        }
        for g in LearnerGroup::ALL {
            assert_eq!(LearnerGroup::from_code(g.code()), Some(*g));
        }
        for g in Gender::ALL {
            assert_eq!(Gender::from_code(g.code()), Some(*g));
        }
        assert_eq!(Role::from_code("root"), None);
    }
}
