//! Forms that post: the same pattern for every form in the app.
//!
//! A form is a plain HTML form that posts to the server, so it works
//! without JavaScript. The server checks every field with the functions in
//! [`validate`] (the browser runs the same ones as you type, where it can).
//! A post with problems gets the same page back, with the problems listed at
//! the top and next to their fields, and everything typed still in place; a
//! post without problems redirects (303), so reloading never posts twice.

#[cfg(feature = "ssr")]
pub mod fields;
pub mod validate;

#[cfg(feature = "ssr")]
/// The first value posted under `name`, or empty. A post comes as (name,
/// value) pairs, because lists of ticked boxes repeat a name.
pub fn posted_value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value.as_str())
}
