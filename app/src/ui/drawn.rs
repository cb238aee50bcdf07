//! Parts of pages drawn on the server (see [`crate::api_codec::DrawnHtml`]).

use leptos::prelude::*;

use super::ErrorPanel;
use crate::api_codec::DrawnHtml;
use crate::errors::AppError;

/// Shows a server-drawn part of the page once it is there (`loading`
/// meanwhile, if given), or the error that stopped it.
#[component]
pub fn Drawn(
    part: Resource<Result<DrawnHtml, AppError>>,
    #[prop(optional)] loading: Option<&'static str>,
) -> impl IntoView {
    view! {
        <Suspense fallback=move || loading.map(|text| view! { <p>{text}</p> })>
            {move || Suspend::new(async move {
                match part.await {
                    Ok(drawn) => view! { <div inner_html=drawn.html></div> }.into_any(),
                    Err(error) => view! { <ErrorPanel error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
