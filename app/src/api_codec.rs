//! How server functions send their answers to the browser.
//!
//! The same data also reaches the browser inside the page, for hydration,
//! where Leptos reads it with `serde_json::from_str`. Server functions'
//! standard JSON encoding reads with `serde_json::from_slice` instead, and
//! every data type then gets its deserializer twice in the wasm bundle.
//! This encoding reads the answer as text, so both paths share one.
//!
//! Parts of some answers are HTML drawn on the server. In a page, that HTML
//! is already in the document, and sending it a second time inside the
//! hydration data would double the page; [`html_already_in_page`] leaves it
//! out there, while a server function's answer (for a page the browser
//! updates itself) keeps it.

use std::cell::Cell;

use leptos::server_fn::codec::Post;
use leptos::server_fn::{ContentType, Decodes, Encodes, Format, FormatType};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub struct JsonTextEncoding;

impl ContentType for JsonTextEncoding {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl FormatType for JsonTextEncoding {
    const FORMAT_TYPE: Format = Format::Text;
}

impl<T: Serialize> Encodes<T> for JsonTextEncoding {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<leptos::server_fn::Bytes, Self::Error> {
        ENCODING_ANSWER.set(true);
        let encoded = serde_json::to_vec(output);
        ENCODING_ANSWER.set(false);
        encoded.map(Into::into)
    }
}

impl<T: DeserializeOwned> Decodes<T> for JsonTextEncoding {
    type Error = serde_json::Error;

    fn decode(bytes: leptos::server_fn::Bytes) -> Result<T, Self::Error> {
        let text = std::str::from_utf8(&bytes).map_err(serde::de::Error::custom)?;
        serde_json::from_str(text)
    }
}

/// Use as `#[server(..., output = JsonText)]`.
pub type JsonText = Post<JsonTextEncoding>;

thread_local! {
    /// True while a server function's answer is being encoded (serializing
    /// is synchronous, so this cannot leak into another request).
    static ENCODING_ANSWER: Cell<bool> = const { Cell::new(false) };
}

/// Use as `#[serde(default, skip_serializing_if = "html_already_in_page")]`
/// on server-drawn HTML that the page shows as it was drawn. On hydration the
/// field is then empty, which `inner_html` takes as "keep what is there".
pub fn html_already_in_page(_html: &String) -> bool {
    !ENCODING_ANSWER.get()
}

/// A part of a page drawn on the server, for a page that has nothing to
/// interact with in that part (a list, a plain form that posts).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct DrawnHtml {
    /// The page's title, for pages whose title depends on what is drawn
    /// (empty for the others). One type for every drawn part means one JSON
    /// decoder in the browser bundle.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "html_already_in_page")]
    pub html: String,
}
