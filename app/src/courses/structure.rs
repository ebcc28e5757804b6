//! The shape of a course (course row, modules, lessons in order), shared by the outline and the
//! lesson reader. It changes only on import, so pages keep it in memory for a short while
//! instead of querying it on every request; an import shows up within [`TTL`].

use crate::db::entities::{course, lesson, module};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

/// How long a course's structure is reused before it is read again.
pub const TTL: Duration = Duration::from_secs(30);

/// A course with its modules and lessons, both in order.
#[derive(Debug)]
pub struct CourseStructure {
    pub course: course::Model,
    pub modules: Vec<module::Model>,
    pub lessons: Vec<lesson::Model>,
}

/// A structure and when it was read.
type Entry = (Instant, Arc<CourseStructure>);

/// Course structures by slug, shared by all requests of one server process.
#[derive(Clone, Default)]
pub struct StructureCache(Arc<Mutex<HashMap<String, Entry>>>);

impl StructureCache {
    /// The structure of course `slug`, from memory when fresh. Unknown courses are not cached.
    pub async fn get(
        &self,
        db: &DatabaseConnection,
        slug: &str,
    ) -> Result<Option<Arc<CourseStructure>>, DbErr> {
        if let Some((at, s)) = self.0.lock().ok().and_then(|m| m.get(slug).cloned()) {
            if at.elapsed() < TTL {
                return Ok(Some(s));
            }
        }
        let Some(fresh) = read(db, slug).await? else {
            return Ok(None);
        };
        let fresh = Arc::new(fresh);
        if let Ok(mut map) = self.0.lock() {
            map.insert(slug.to_owned(), (Instant::now(), fresh.clone()));
        }
        Ok(Some(fresh))
    }
}

async fn read(db: &DatabaseConnection, slug: &str) -> Result<Option<CourseStructure>, DbErr> {
    let Some(course) = course::Entity::find()
        .filter(course::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let modules = module::Entity::find()
        .filter(module::Column::CourseId.eq(course.id))
        .order_by_asc(module::Column::Position)
        .all(db)
        .await?;
    let lessons = lesson::Entity::find()
        .filter(lesson::Column::CourseId.eq(course.id))
        .order_by_asc(lesson::Column::Position)
        .all(db)
        .await?;
    Ok(Some(CourseStructure {
        course,
        modules,
        lessons,
    }))
}

/// The structure of course `slug` through the cache provided as context (or straight from the
/// database outside a request).
pub async fn load(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<Option<Arc<CourseStructure>>, DbErr> {
    match leptos::prelude::use_context::<StructureCache>() {
        Some(cache) => cache.get(db, slug).await,
        None => Ok(read(db, slug).await?.map(Arc::new)),
    }
}
