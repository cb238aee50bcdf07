//! The outbox folder: without `SMTP_URL`, the mail task writes every mail
//! here as an `.eml` file instead of sending it.
//!
//! Those files hold personal data (an address, often a name, a link into
//! an account), so they fall under the same rules as the mail queue: they
//! are part of an AVG export, an erasure removes them, and the retention
//! task deletes them after the period for unsent mail (they never reached
//! anyone either).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, Utc};

use crate::accounts::users::normalise_email;

/// Where the folder is when the configuration does not say.
pub const DEFAULT_OUTBOX_DIR: &str = "data/outbox";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outbox {
    folder: PathBuf,
}

impl Default for Outbox {
    fn default() -> Self {
        Self::new(DEFAULT_OUTBOX_DIR)
    }
}

/// One mail as read back from its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboxMail {
    pub file_name: String,
    /// The `To:` header as written.
    pub to: String,
    pub subject: String,
    /// The plain text body, with `\n` line ends.
    pub body: String,
    /// When the file was written (its modification time).
    pub written_at: Option<DateTime<Utc>>,
}

impl OutboxMail {
    /// Reads an `.eml` file as the mail task writes it: headers, an empty
    /// line, a plain text body in 8bit.
    pub fn parse(file_name: String, text: &str, written_at: Option<DateTime<Utc>>) -> Self {
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
            written_at,
        }
    }

    /// Whether this mail went to `email` (already normalised). The header
    /// holds a bare address or `Name <address>`.
    pub fn is_to(&self, email: &str) -> bool {
        let address = match (self.to.rfind('<'), self.to.rfind('>')) {
            (Some(open), Some(close)) if open < close => &self.to[open + 1..close],
            _ => self.to.as_str(),
        };
        normalise_email(address) == email
    }
}

impl Outbox {
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self {
            folder: folder.into(),
        }
    }

    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Writes one mail. `file_name` must end in `.eml`; it should start with
    /// the time, so that names sort by age.
    pub async fn write(&self, file_name: &str, contents: &[u8]) -> std::io::Result<()> {
        tokio::fs::create_dir_all(&self.folder).await?;
        tokio::fs::write(self.folder.join(file_name), contents).await
    }

    /// The names of the `.eml` files, newest first. A missing folder is an
    /// empty outbox.
    async fn file_names(&self) -> std::io::Result<Vec<String>> {
        let mut names = Vec::new();
        let mut entries = match tokio::fs::read_dir(&self.folder).await {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(names),
            Err(error) => return Err(error),
        };
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".eml") {
                names.push(name);
            }
        }
        names.sort_unstable_by(|a, b| b.cmp(a));
        Ok(names)
    }

    async fn read(&self, file_name: String) -> std::io::Result<OutboxMail> {
        let path = self.folder.join(&file_name);
        let text = tokio::fs::read_to_string(&path).await?;
        let written_at = tokio::fs::metadata(&path)
            .await?
            .modified()
            .ok()
            .map(DateTime::<Utc>::from);
        Ok(OutboxMail::parse(file_name, &text, written_at))
    }

    /// Every mail, newest first. A file that vanished or cannot be read
    /// while we list is skipped.
    pub async fn mails(&self) -> std::io::Result<Vec<OutboxMail>> {
        let mut mails = Vec::new();
        for name in self.file_names().await? {
            if let Ok(mail) = self.read(name).await {
                mails.push(mail);
            }
        }
        Ok(mails)
    }

    /// The mails to `email`, newest first.
    pub async fn mails_to(&self, email: &str) -> std::io::Result<Vec<OutboxMail>> {
        let email = normalise_email(email);
        let mut mails = self.mails().await?;
        mails.retain(|mail| mail.is_to(&email));
        Ok(mails)
    }

    /// Deletes the mails to `email`; returns how many.
    pub async fn erase_mails_to(&self, email: &str) -> std::io::Result<u64> {
        let mut erased = 0;
        for mail in self.mails_to(email).await? {
            remove_if_there(&self.folder.join(&mail.file_name)).await?;
            erased += 1;
        }
        Ok(erased)
    }

    /// Deletes the mails written before `cutoff`; returns how many.
    pub async fn remove_written_before(&self, cutoff: DateTime<Utc>) -> std::io::Result<u64> {
        let cutoff = SystemTime::from(cutoff);
        let mut removed = 0;
        for name in self.file_names().await? {
            let path = self.folder.join(&name);
            let written = match tokio::fs::metadata(&path).await {
                Ok(metadata) => metadata.modified()?,
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
                Err(error) => return Err(error),
            };
            if written < cutoff {
                remove_if_there(&path).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}

/// Another task may have deleted the file first; that is fine.
async fn remove_if_there(path: &Path) -> std::io::Result<()> {
    match tokio::fs::remove_file(path).await {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_eml_file_reads_back_as_to_subject_and_body() {
        let mail = OutboxMail::parse(
            "x.eml".to_owned(),
            "From: a@b.example\r\nTo: an@gemeente.example\r\nSubject: Je account\r\n\r\nHallo,\r\nhttp://x/y\r\n",
            None,
        );
        assert_eq!(mail.to, "an@gemeente.example");
        assert_eq!(mail.subject, "Je account");
        assert_eq!(mail.body, "Hallo,\nhttp://x/y\n");
    }

    #[test]
    fn the_recipient_matches_with_or_without_a_name_in_any_case() {
        let mail = |to: &str| OutboxMail::parse("x.eml".into(), &format!("To: {to}\n\n"), None);
        assert!(mail("An@Gemeente.example").is_to("an@gemeente.example"));
        assert!(mail("An de Vries <an@gemeente.example>").is_to("an@gemeente.example"));
        assert!(!mail("jan@gemeente.example").is_to("an@gemeente.example"));
        assert!(!mail("ban@gemeente.example").is_to("an@gemeente.example"));
    }
}
