//! The mail task over SMTP, against a small SMTP server in this test (no
//! network): a mail is delivered and leaves the queue; a refused mail stays
//! queued for a later try, and what is kept about the failure does not
//! quote the mail server (which names the recipient).

mod common;

use std::sync::{Arc, Mutex};

use chrono::Utc;
use common::{TestDb, test_config};
use sea_orm::EntityTrait;
use server::mail::MailSender;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// What the fake server received: the envelope recipients and the data.
#[derive(Default)]
struct Received {
    recipients: Vec<String>,
    data: String,
}

/// A minimal SMTP server on a free port. `refuse` makes it answer RCPT TO
/// with a permanent error that quotes the address, as real servers do.
async fn smtp_server(refuse: bool) -> (u16, Arc<Mutex<Received>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Received::default()));
    let store = received.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            let mut received = store.lock().unwrap();
                            received.data.push_str(&line);
                            received.data.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_uppercase();
                    let answer: String = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                        "250-test\r\n250 8BITMIME\r\n".into()
                    } else if upper.starts_with("MAIL FROM") {
                        "250 ok\r\n".into()
                    } else if upper.starts_with("RCPT TO") {
                        let address = line[8..].trim().to_owned();
                        if refuse {
                            format!("550 5.1.1 {address}: user unknown\r\n")
                        } else {
                            store.lock().unwrap().recipients.push(address);
                            "250 ok\r\n".into()
                        }
                    } else if upper.starts_with("DATA") {
                        in_data = true;
                        "354 go on\r\n".into()
                    } else if upper.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        break;
                    } else {
                        "250 ok\r\n".into()
                    };
                    write.write_all(answer.as_bytes()).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

async fn queue_one(db: &sea_orm::DatabaseConnection) {
    let mail = app::mail::Mail {
        to: "ria@welzijn.example".to_owned(),
        subject: "Je account voor Buurtkracht".to_owned(),
        body: "Hallo Ria,\n\nKies je wachtwoord:\nhttp://127.0.0.1:3000/wachtwoord-instellen/abc\n"
            .to_owned(),
    };
    app::mail::queue(db, mail, Utc::now()).await.unwrap();
}

#[test]
fn a_queued_mail_goes_out_over_smtp_and_leaves_the_queue() {
    common::on_shared_runtime(async {
        let (port, received) = smtp_server(false).await;
        let db = TestDb::migrated().await;
        queue_one(&db.db).await;
        let mut config = test_config();
        config.mail.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        let sender = MailSender::from_config(&config.mail).unwrap();

        let round = sender.send_due(&db.db, Utc::now()).await.unwrap();
        assert_eq!((round.sent, round.failed), (1, 0));
        let left = entity::outgoing_mail::Entity::find()
            .all(&db.db)
            .await
            .unwrap();
        assert!(left.is_empty());
        let received = received.lock().unwrap();
        assert_eq!(received.recipients, ["<ria@welzijn.example>"]);
        assert!(
            received
                .data
                .contains("Subject: Je account voor Buurtkracht")
        );
        // The link arrives whole, on its own line.
        assert!(
            received
                .data
                .contains("\nhttp://127.0.0.1:3000/wachtwoord-instellen/abc\n")
        );
    });
}

#[test]
fn a_refused_mail_stays_queued_for_later_without_the_servers_words() {
    common::on_shared_runtime(async {
        let (port, _) = smtp_server(true).await;
        let db = TestDb::migrated().await;
        queue_one(&db.db).await;
        let mut config = test_config();
        config.mail.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        let sender = MailSender::from_config(&config.mail).unwrap();

        let now = Utc::now();
        let round = sender.send_due(&db.db, now).await.unwrap();
        assert_eq!((round.sent, round.failed), (0, 1));
        let left = entity::outgoing_mail::Entity::find()
            .all(&db.db)
            .await
            .unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].attempts, 1);
        assert!(left[0].next_attempt_at > now, "tried again later");
        let error = left[0].last_error.clone().unwrap();
        assert!(error.contains("permanent SMTP error"), "{error}");
        assert!(!error.contains("ria@"), "{error}");
        // Not due yet: the next round leaves it alone.
        let round = sender.send_due(&db.db, now).await.unwrap();
        assert_eq!((round.sent, round.failed), (0, 0));
    });
}
