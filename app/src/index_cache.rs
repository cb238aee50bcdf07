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
///
/// When the index is renewed, many requests for a popular address can
/// arrive before its answer is written again. [`Kept::write_once`] lets
/// one of them write it while the others wait for that answer; otherwise
/// each would write the same answer at the same time, and a feed that
/// reads the database would make them all queue for it.
pub struct Kept<V> {
    answers: Mutex<HashMap<String, Arc<tokio::sync::OnceCell<V>>>>,
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
    /// The place of an address's answer, made if there is room.
    fn place(&self, address: &str) -> Option<Arc<tokio::sync::OnceCell<V>>> {
        let mut answers = self.answers.lock().ok()?;
        if let Some(place) = answers.get(address) {
            return Some(Arc::clone(place));
        }
        if answers.len() >= MAX_KEPT {
            return None;
        }
        let place = Arc::new(tokio::sync::OnceCell::new());
        answers.insert(address.to_owned(), Arc::clone(&place));
        Some(place)
    }

    /// The answer for `address`, written by `write` if nobody has yet.
    /// Requests that come while it is being written wait for it.
    pub async fn write_once<E, F, Written>(&self, address: &str, write: F) -> Result<V, E>
    where
        F: FnOnce() -> Written,
        Written: Future<Output = Result<V, E>>,
    {
        match self.place(address) {
            Some(place) => place.get_or_try_init(write).await.cloned(),
            None => write().await,
        }
    }

    /// A page drawn from this index for `address`, drawn now if it is not
    /// kept yet. A drawing depends on the language, the local day (what
    /// "vandaag" and the default period are) and the address. Drawing
    /// takes no waiting, so two requests may both draw it; the first
    /// drawing is kept.
    pub fn page(&self, now: DateTime<Utc>, address: &str, draw: impl FnOnce() -> V) -> V {
        let today = now
            .with_timezone(&chrono_tz::Europe::Amsterdam)
            .date_naive();
        let key = format!("{:?} {today} {address}", crate::i18n::current_locale());
        let place = self.place(&key);
        if let Some(page) = place.as_ref().and_then(|place| place.get()) {
            return page.clone();
        }
        let page = draw();
        if let Some(place) = place {
            // Lost the race: another request kept its drawing first.
            let _ = place.set(page.clone());
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn requests_that_arrive_together_wait_for_one_writing() {
        let kept: Arc<Kept<Arc<str>>> = Arc::default();
        let writings = Arc::new(AtomicUsize::new(0));
        let requests: Vec<_> = (0..16)
            .map(|_| {
                let (kept, writings) = (Arc::clone(&kept), Arc::clone(&writings));
                tokio::spawn(async move {
                    kept.write_once("/agenda.ics?wijk=WK192603", || async {
                        writings.fetch_add(1, Ordering::SeqCst);
                        // Long enough for the others to arrive meanwhile.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ok::<Arc<str>, ()>("BEGIN:VCALENDAR".into())
                    })
                    .await
                })
            })
            .collect();
        for request in requests {
            assert_eq!(request.await.unwrap().unwrap().as_ref(), "BEGIN:VCALENDAR");
        }
        assert_eq!(writings.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_failed_writing_is_tried_again_by_the_next_request() {
        let kept: Kept<String> = Kept::default();
        let failed = kept
            .write_once("/agenda.ics", || async {
                Err::<String, &str>("database gone")
            })
            .await;
        assert_eq!(failed, Err("database gone"));
        let written = kept
            .write_once("/agenda.ics", || async {
                Ok::<String, &str>("feed".into())
            })
            .await;
        assert_eq!(written.as_deref(), Ok("feed"));
    }

    #[tokio::test]
    async fn beyond_the_limit_answers_are_written_but_not_kept() {
        let kept: Kept<usize> = Kept::default();
        for at in 0..MAX_KEPT {
            let _ = kept
                .write_once(&format!("/{at}"), || async { Ok::<usize, ()>(at) })
                .await;
        }
        let writings = AtomicUsize::new(0);
        for _ in 0..2 {
            let answer = kept
                .write_once("/one-too-many", || async {
                    writings.fetch_add(1, Ordering::SeqCst);
                    Ok::<usize, ()>(7)
                })
                .await;
            assert_eq!(answer, Ok(7));
        }
        assert_eq!(writings.load(Ordering::SeqCst), 2, "written each time");
    }
}
