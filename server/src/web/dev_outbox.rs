//! `/dev/outbox` (development only): the mails in the outbox folder, newest
//! first, with their links clickable, so a developer can follow an
//! invitation or a reset without a mail server.

use std::path::{Path, PathBuf};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use super::plain_page::{locale_of, plain_document};

/// One mail as read back from its `.eml` file.
pub struct OutboxMail {
    pub file_name: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Reads an `.eml` file as the outbox writes it: headers, an empty line,
/// a plain text body in 8bit.
fn read_mail(file_name: String, text: &str) -> OutboxMail {
    let (head, body) = text
        .split_once("\r\n\r\n")
        .or_else(|| text.split_once("\n\n"))
        .unwrap_or((text, ""));
    let header = |name: &str| {
        head.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|value| value.trim().to_owned())
            .unwrap_or_default()
    };
    OutboxMail {
        file_name,
        to: header("To:"),
        subject: header("Subject:"),
        body: body.replace("\r\n", "\n"),
    }
}

/// Every mail in `folder`, newest first (the file names start with the time).
pub async fn mails_in(folder: &Path) -> Vec<OutboxMail> {
    let mut names = Vec::new();
    if let Ok(mut entries) = tokio::fs::read_dir(folder).await {
        while let Ok(Some(entry)) = entries.next_entry().await {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".eml") {
                names.push(name);
            }
        }
    }
    names.sort_unstable_by(|a, b| b.cmp(a));
    let mut mails = Vec::new();
    for name in names.into_iter().take(50) {
        if let Ok(text) = tokio::fs::read_to_string(folder.join(&name)).await {
            mails.push(read_mail(name, &text));
        }
    }
    mails
}

pub async fn show(State(folder): State<PathBuf>, headers: HeaderMap) -> Response {
    let locale = locale_of(&headers);
    let texts = locale.account_texts();
    let mails = mails_in(&folder).await;
    let list = if mails.is_empty() {
        view! { <p>{texts.outbox_empty}</p> }.into_any()
    } else {
        mails
            .into_iter()
            .map(|mail| {
                let lines = mail
                    .body
                    .lines()
                    .map(|line| {
                        if line.starts_with("http://") || line.starts_with("https://") {
                            view! { <a href=line.to_owned()>{line.to_owned()}</a>"\n" }.into_any()
                        } else {
                            view! { {line.to_owned()}"\n" }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <article class="outbox-mail">
                        <h2>{mail.subject}</h2>
                        <p>{mail.to}" · "{mail.file_name}</p>
                        <pre class="outbox-mail__body">{lines}</pre>
                    </article>
                }
            })
            .collect_view()
            .into_any()
    };
    let main = view! {
        <h1>{texts.outbox_title}</h1>
        <p>{texts.outbox_intro}</p>
        {list}
    }
    .to_html();
    plain_document(StatusCode::OK, locale, texts.outbox_title, &main)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_eml_file_reads_back_as_to_subject_and_body() {
        let mail = read_mail(
            "x.eml".to_owned(),
            "From: a@b.example\r\nTo: an@gemeente.example\r\nSubject: Je account\r\n\r\nHallo,\r\nhttp://x/y\r\n",
        );
        assert_eq!(mail.to, "an@gemeente.example");
        assert_eq!(mail.subject, "Je account");
        assert_eq!(mail.body, "Hallo,\nhttp://x/y\n");
    }
}
