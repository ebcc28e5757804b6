use super::District;
use crate::db::entities::district;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QueryOrder};

/// All districts, Jammu division first, then by English name.
pub async fn all(db: &DatabaseConnection) -> Result<Vec<District>, DbErr> {
    let rows = district::Entity::find()
        .order_by_asc(district::Column::Division)
        .order_by_asc(district::Column::NameEn)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(District::from).collect())
}

impl From<district::Model> for District {
    fn from(d: district::Model) -> Self {
        District {
            slug: d.slug,
            division: d.division,
            names: [d.name_en, d.name_hi, d.name_ur, d.name_ks, d.name_doi],
        }
    }
}

/// The internal id of the district `slug`.
pub async fn id_of(db: &impl sea_orm::ConnectionTrait, slug: &str) -> Result<Option<i32>, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
    district::Entity::find()
        .filter(district::Column::Slug.eq(slug))
        .select_only()
        .column(district::Column::Id)
        .into_tuple()
        .one(db)
        .await
}

/// The name in `lang` of the district with internal id `id` (empty if there is none).
pub async fn name_of(
    db: &impl sea_orm::ConnectionTrait,
    id: i32,
    lang: crate::i18n::Lang,
) -> Result<String, DbErr> {
    Ok(district::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|d| District::from(d).name(lang).to_owned())
        .unwrap_or_default())
}
