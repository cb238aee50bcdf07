//! Building links. Filter state lives in the query string, so every view
//! can be shared, bookmarked and rendered without JavaScript.

/// Percent-encodes a query value. Values that arrived in a URL are echoed
/// back in links, so they must always be encoded.
pub fn urlencode(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(char::from(byte));
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::urlencode;

    #[test]
    fn urlencode_leaves_codes_alone_and_escapes_the_rest() {
        assert_eq!(urlencode("WK192603"), "WK192603");
        assert_eq!(urlencode("a b&c=<d>"), "a%20b%26c%3D%3Cd%3E");
        assert_eq!(urlencode("é"), "%C3%A9");
    }
}
