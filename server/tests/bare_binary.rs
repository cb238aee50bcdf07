//! The `buurtkracht` binary started as a stranger would: no configuration
//! at all, only a port to listen on. Such a server is a production server;
//! this probes it over real TCP from this machine.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Stops the server when the test ends, also when it fails.
struct Server {
    child: Child,
    port: u16,
    _folder: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

/// The binary in an empty folder with an empty environment, but the port.
fn start_bare_server() -> Server {
    let folder = tempfile::tempdir().expect("a folder to run in");
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_buurtkracht"))
        .env_clear()
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .current_dir(folder.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let server = Server {
        child,
        port,
        _folder: folder,
    };
    let started = Instant::now();
    while request(&server, "GET", "/healthz", "").0 != 200 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not answer /healthz within a minute"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    server
}

/// One HTTP/1.1 request; the status (0 when there is no answer) and body.
fn request(server: &Server, method: &str, path: &str, form: &str) -> (u16, String) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", server.port)) else {
        return (0, String::new());
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n",
        server.port,
        form.len()
    );
    if stream.write_all(head.as_bytes()).is_err() || stream.write_all(form.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn a_server_without_configuration_shows_no_outbox_even_on_this_machine() {
    let server = start_bare_server();
    // The attack the outbox made possible: ask a reset for someone, then
    // read the mail with its link.
    let (status, _) = request(
        &server,
        "POST",
        "/wachtwoord-vergeten",
        "email=beheerder%40gemeente.example",
    );
    assert_eq!(status, 303, "the reset form works as usual");
    let (status, body) = request(&server, "GET", "/dev/outbox", "");
    assert_eq!(status, 404);
    assert!(
        body.contains("Deze pagina bestaat niet"),
        "the normal 404 page"
    );
    assert!(!body.contains("E-mail in de outbox"), "not the outbox");
    // Pages for professionals need a session.
    assert_eq!(request(&server, "GET", "/beheer/accounts", "").0, 403);
}
