//! The directory's server function.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::api_codec::JsonText;

use super::query::{DirectoryQuery, ParseNotes};
use super::types::DirectoryView;
use crate::errors::AppError;

/// One page of the sociale kaart for a filter state, drawn for the user's
/// language. `notes` says what parsing the address had to drop or cut; the
/// results then say so too.
#[server(prefix = "/api", endpoint = "kaart", input = GetUrl, output = JsonText)]
pub async fn search_directory(
    query: DirectoryQuery,
    #[server(default)] notes: ParseNotes,
) -> Result<DirectoryView, AppError> {
    let state = crate::state::app_state()?;
    let index = state.directory.get(&state.db).await?;
    let mut page = index.search(&query, chrono::Utc::now());
    page.ignored_something |= notes.something_ignored;
    page.query_was_cut = notes.query_was_cut;
    Ok(super::drawing::draw(&page))
}
