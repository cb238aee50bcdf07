//! Indexes held in memory (the sociale kaart's initiatives, the agenda's
//! dates) and how they are kept fresh.
//!
//! A filtered list page reads an index instead of running its queries on
//! every request. An index is at most `max_age` old: after that the next
//! request starts a rebuild in the background and is served from the
//! previous index, so no request waits for a rebuild except the very first.
//! A change made through this server forgets the index at once.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};

/// What an index needs to be kept by an [`IndexCache`].
pub trait Index: Send + Sync + Sized + 'static {
    /// For the log when a background rebuild fails.
    const NAME: &'static str;

    fn build(
        db: &DatabaseConnection,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Self, DbErr>> + Send;

    fn built_at(&self) -> Instant;
}

pub struct IndexCache<T> {
    current: RwLock<Option<Arc<T>>>,
    rebuilding: AtomicBool,
    first_build: tokio::sync::Mutex<()>,
    max_age: Duration,
}

impl<T: Index> IndexCache<T> {
    pub fn new(max_age: Duration) -> Self {
        IndexCache {
            current: RwLock::new(None),
            rebuilding: AtomicBool::new(false),
            first_build: tokio::sync::Mutex::new(()),
            max_age,
        }
    }

    fn current(&self) -> Option<Arc<T>> {
        self.current.read().ok().and_then(|current| current.clone())
    }

    fn store(&self, index: Arc<T>) {
        if let Ok(mut current) = self.current.write() {
            *current = Some(index);
        }
    }

    /// Forget the index; the next request builds a new one.
    pub fn invalidate(&self) {
        if let Ok(mut current) = self.current.write() {
            *current = None;
        }
    }

    pub async fn get(self: &Arc<Self>, db: &DatabaseConnection) -> Result<Arc<T>, DbErr> {
        if let Some(index) = self.current() {
            if index.built_at().elapsed() > self.max_age
                && !self.rebuilding.swap(true, Ordering::AcqRel)
            {
                let cache = Arc::clone(self);
                let db = db.clone();
                tokio::spawn(async move {
                    match T::build(&db, Utc::now()).await {
                        Ok(index) => cache.store(Arc::new(index)),
                        Err(error) => tracing::error!(%error, index = T::NAME, "rebuilding failed"),
                    }
                    cache.rebuilding.store(false, Ordering::Release);
                });
            }
            return Ok(index);
        }
        // No index yet: one request builds it, the others wait for it.
        let _building = self.first_build.lock().await;
        if let Some(index) = self.current() {
            return Ok(index);
        }
        let index = Arc::new(T::build(db, Utc::now()).await?);
        self.store(Arc::clone(&index));
        Ok(index)
    }
}

/// Answers written from one index, by their address: until the index is
/// renewed, the same address gets the same answer, so it is written once.
/// They go with the index. At most `MAX_KEPT` addresses are kept, so a
/// flood of odd addresses cannot fill the memory (those are then written
/// for every request, as without this).
pub struct Kept<V> {
    answers: Mutex<HashMap<String, V>>,
}

const MAX_KEPT: usize = 200;

impl<V> Default for Kept<V> {
    fn default() -> Self {
        Kept {
            answers: Mutex::default(),
        }
    }
}

impl<V: Clone> Kept<V> {
    pub fn get(&self, address: &str) -> Option<V> {
        self.answers.lock().ok()?.get(address).cloned()
    }

    /// A page drawn from this index for `address`, drawn now if it is not
    /// kept yet. A drawing depends on the language, the local day (what
    /// "vandaag" and the default period are) and the address.
    pub fn page(&self, now: DateTime<Utc>, address: &str, draw: impl FnOnce() -> V) -> V {
        let today = now
            .with_timezone(&chrono_tz::Europe::Amsterdam)
            .date_naive();
        let key = format!("{:?} {today} {address}", crate::i18n::current_locale());
        if let Some(page) = self.get(&key) {
            return page;
        }
        let page = draw();
        self.keep(&key, page.clone());
        page
    }

    pub fn keep(&self, address: &str, answer: V) {
        if let Ok(mut answers) = self.answers.lock()
            && answers.len() < MAX_KEPT
        {
            answers.insert(address.to_owned(), answer);
        }
    }
}
