//! How server functions send their answers to the browser.
//!
//! The same data also reaches the browser inside the page, for hydration,
//! where Leptos reads it with `serde_json::from_str`. Server functions'
//! standard JSON encoding reads with `serde_json::from_slice` instead, and
//! every data type then gets its deserializer twice in the wasm bundle.
//! This encoding reads the answer as text, so both paths share one.

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
        serde_json::to_vec(output).map(Into::into)
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
