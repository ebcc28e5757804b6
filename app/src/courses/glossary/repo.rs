//! Storing the glossary on import, and reading it for the glossary page.

use super::{Entry, Glossary};
use crate::{
    courses::{repo::pick_from, Localized},
    db::entities::glossary_term,
    i18n::Lang,
};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A term's word and definition in one language, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Stored {
    word: String,
    definition: String,
}

fn rows(glossary: &Glossary) -> Vec<(String, i32, String)> {
    glossary
        .terms
        .iter()
        .enumerate()
        .map(|(position, term)| {
            let texts: BTreeMap<&str, Stored> = term
                .texts
                .iter()
                .map(|(lang, t)| {
                    let stored = Stored {
                        word: t.word.clone(),
                        definition: t.definition.clone(),
                    };
                    (lang.as_str(), stored)
                })
                .collect();
            let json = serde_json::to_string(&texts).unwrap_or_else(|_| "{}".into());
            (term.id.clone(), position as i32, json)
        })
        .collect()
}

/// Replaces the stored glossary with `glossary` in one transaction, unless it is the same.
/// Whether anything was written.
pub async fn save(db: &DatabaseConnection, glossary: &Glossary) -> Result<bool, DbErr> {
    let txn = crate::db::begin_write(db).await?;
    let stored: Vec<(String, i32, String)> = glossary_term::Entity::find()
        .order_by_asc(glossary_term::Column::Position)
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| (m.key, m.position, m.texts))
        .collect();
    let wanted = rows(glossary);
    if stored == wanted {
        return Ok(false);
    }
    glossary_term::Entity::delete_many().exec(&txn).await?;
    for (key, position, texts) in wanted {
        glossary_term::ActiveModel {
            key: Set(key),
            position: Set(position),
            texts: Set(texts),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// Every term in `lang` (or its fallback), in the glossary's order.
pub async fn entries(db: &DatabaseConnection, lang: Lang) -> Result<Vec<Entry>, DbErr> {
    let rows = glossary_term::Entity::find()
        .order_by_asc(glossary_term::Column::Position)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let texts: BTreeMap<String, Stored> =
                serde_json::from_str(&row.texts).unwrap_or_default();
            let words = texts
                .iter()
                .map(|(l, t)| (l.clone(), t.word.clone()))
                .collect();
            let word = pick_from(&words, lang);
            let definition = Localized {
                text: texts
                    .get(word.lang.code())
                    .map(|t| t.definition.clone())
                    .unwrap_or_default(),
                lang: word.lang,
            };
            Entry {
                id: row.key,
                english: texts.get("en").map(|t| t.word.clone()).unwrap_or_default(),
                word,
                definition,
            }
        })
        .collect())
}
