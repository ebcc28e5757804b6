use super::CertificateView;
use crate::{
    courses::repo::pick,
    db::{
        entities::{certificate, course, district, user},
        now,
    },
    i18n::Lang,
};
use rand::Rng;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

/// Crockford's base32 without look-alikes: 16 characters carry 80 random bits, too many to guess.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new random code such as `7K3Q-M9XD-2RTW-HB4N`.
pub fn new_code() -> String {
    let mut rng = rand::rngs::OsRng;
    let raw: String = (0..16)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect();
    raw.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("-")
}

/// Issues the certificate of a course to a learner, once.
pub async fn issue(
    db: &impl ConnectionTrait,
    user: i32,
    course: i32,
    score_percent: i32,
) -> Result<(), DbErr> {
    certificate::Entity::insert(certificate::ActiveModel {
        code: Set(new_code()),
        user_id: Set(user),
        course_id: Set(course),
        score_percent: Set(score_percent),
        issued_at: Set(now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([certificate::Column::UserId, certificate::Column::CourseId])
    .exec(db)
    .await
    .map(|_| ())
}

pub async fn code_for(
    db: &DatabaseConnection,
    user: i32,
    course: i32,
) -> Result<Option<String>, DbErr> {
    Ok(certificate::Entity::find()
        .filter(certificate::Column::UserId.eq(user))
        .filter(certificate::Column::CourseId.eq(course))
        .one(db)
        .await?
        .map(|c| c.code))
}

/// The certificate with `code`. `owner`: only if it belongs to that user.
pub async fn find(
    db: &DatabaseConnection,
    code: &str,
    lang: Lang,
    owner: Option<i32>,
) -> Result<Option<CertificateView>, DbErr> {
    let code = code.trim().to_uppercase();
    let Some((cert, Some(c))) = certificate::Entity::find()
        .filter(certificate::Column::Code.eq(&code))
        .find_also_related(course::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if owner.is_some_and(|o| o != cert.user_id) {
        return Ok(None);
    }
    let Some(u) = user::Entity::find_by_id(cert.user_id).one(db).await? else {
        return Ok(None);
    };
    let district = match u.district_id {
        Some(id) => district::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|d| crate::districts::District::from(d).name(lang).to_owned()),
        None => None,
    };
    Ok(Some(CertificateView {
        code: cert.code,
        learner_name: u.display_name,
        course: pick(&c.title, lang).text,
        course_slug: c.slug,
        issued_at: cert.issued_at,
        district,
        score_percent: cert.score_percent as u32,
    }))
}

/// Certificates of a learner: `(course slug, code)`.
/// A learner's certificates, newest first: (code, course title in `lang`, issued at).
pub async fn of_user(
    db: &DatabaseConnection,
    user: i32,
    lang: Lang,
) -> Result<Vec<(String, crate::courses::Localized, i64)>, DbErr> {
    Ok(certificate::Entity::find()
        .find_also_related(course::Entity)
        .filter(certificate::Column::UserId.eq(user))
        .order_by_desc(certificate::Column::IssuedAt)
        .all(db)
        .await?
        .into_iter()
        .map(|(c, course)| {
            let title = course
                .map(|co| pick(&co.title, lang))
                .unwrap_or_else(|| pick("{}", lang));
            (c.code, title, c.issued_at)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_random_and_well_formed() {
        let a = new_code();
        assert_eq!(a.len(), 19);
        assert!(a
            .split('-')
            .all(|p| p.len() == 4 && p.bytes().all(|b| ALPHABET.contains(&b))));
        assert_ne!(a, new_code());
    }
}
