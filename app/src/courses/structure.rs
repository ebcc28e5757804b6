//! The shape of a course (course row, modules, lessons in order), shared by the outline and the
//! lesson reader. It changes only on import, so pages keep it in memory for a short while
//! instead of querying it on every request. On PostgreSQL an import announces the change
//! (`NOTIFY`) and every server sharing the database forgets its copy at once ([`listen`]); on
//! SQLite an import by another process shows up within [`TTL`].

use crate::db::entities::{course, lesson, module};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Statement,
};
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

impl StructureCache {
    /// Forgets course `slug`, or every course.
    pub fn forget(&self, slug: Option<&str>) {
        if let Ok(mut map) = self.0.lock() {
            match slug {
                Some(slug) => {
                    map.remove(slug);
                }
                None => map.clear(),
            }
        }
    }
}

/// The PostgreSQL channel course imports are announced on, with the course's slug.
const CHANNEL: &str = "sabaq_courses";

/// Announces that course `slug` changed, to every server on this database (PostgreSQL delivers
/// it when the import's transaction `txn` commits; nothing to do on SQLite).
pub async fn announce_change(txn: &impl ConnectionTrait, slug: &str) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), slug.into()],
        ))
        .await?;
    }
    Ok(())
}

/// On PostgreSQL, keeps `cache` in step with imports made by any server or command: a task
/// listens for [`announce_change`] and forgets the course named; after a lost connection (when
/// announcements may have been missed) it forgets every course.
pub fn listen(db: &DatabaseConnection, cache: StructureCache) {
    use sea_orm::sqlx::postgres::PgListener;
    if db.get_database_backend() != DbBackend::Postgres {
        return;
    }
    let pool = db.get_postgres_connection_pool().clone();
    tokio::spawn(async move {
        loop {
            let mut listener = match PgListener::connect_with(&pool).await {
                Ok(l) => l,
                Err(err) => {
                    tracing::warn!(error = %err, "cannot listen for course imports; retrying");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            };
            if let Err(err) = listener.listen(CHANNEL).await {
                tracing::warn!(error = %err, "cannot listen for course imports; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
            // Anything announced before this point is not seen: start afresh.
            cache.forget(None);
            loop {
                match listener.try_recv().await {
                    Ok(Some(note)) => cache.forget(Some(note.payload())),
                    // The connection dropped and will be made again: announcements were missed.
                    Ok(None) => cache.forget(None),
                    Err(err) => {
                        tracing::warn!(error = %err, "listening for course imports failed");
                        cache.forget(None);
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        break;
                    }
                }
            }
        }
    });
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
