//! The directory's server function.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::api_codec::JsonText;

use super::query::DirectoryQuery;
use super::types::DirectoryView;
use crate::errors::AppError;

/// One page of the sociale kaart for a filter state, drawn for the user's
/// language.
#[server(prefix = "/api", endpoint = "kaart", input = GetUrl, output = JsonText)]
pub async fn search_directory(query: DirectoryQuery) -> Result<DirectoryView, AppError> {
    let state = crate::state::app_state()?;
    let index = state.directory.get(&state.db).await?;
    let page = index.search(&query, chrono::Utc::now());
    Ok(super::drawing::draw(&page))
}
