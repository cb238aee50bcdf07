//! The directory's server function.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::api_codec::JsonText;

use super::types::DirectoryView;
use crate::errors::AppError;

/// One page of the sociale kaart for the query part of its address
/// (`wijk=…&q=…`), drawn for the user's language. The server reads the
/// address, so the browser needs no code for the filters; what reading it
/// had to drop or cut is said in the results.
#[server(prefix = "/api", endpoint = "kaart", input = GetUrl, output = JsonText)]
pub async fn search_directory(address: String) -> Result<DirectoryView, AppError> {
    let state = crate::state::app_state()?;
    let index = state.directory.get(&state.db).await?;
    let now = chrono::Utc::now();
    Ok(index.pages.page(now, &address, || {
        let (query, notes) = super::DirectoryQuery::parse(&address);
        let mut page = index.search(&query, now);
        page.ignored_something |= notes.something_ignored;
        page.query_was_cut = notes.query_was_cut;
        super::drawing::draw(&page)
    }))
}
