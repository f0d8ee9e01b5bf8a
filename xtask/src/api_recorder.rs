//! A recording TCP relay in front of the API, for the secrets-at-rest scan.
//!
//! During the browser tests everything that talks to the API (the portal server and
//! the specs' merchant calls) talks to this relay instead, which copies the bytes
//! both ways unchanged and keeps a copy of each direction of each connection in
//! memory. Afterwards [`crate::secrets_scan`] reads every link secret, portal token,
//! `whsec_` secret, API key, card number and CVC that crossed the wire out of that
//! copy: the scan learns what the run created from the API's own answers, without
//! the specs or the servers having to report anything. The copy never touches the
//! disk. (The API speaks plain HTTP/1.1 without compression, so secrets appear
//! verbatim in the byte streams; each direction of a connection is kept as one
//! contiguous stream, so no secret is split between two buffers.)

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::{self, JoinHandle};

use anyhow::{Context, Result};

/// Above this many recorded bytes the copy stops growing and is marked incomplete
/// (the scan then fails: it cannot know what it missed).
const MAX_RECORDED_BYTES: usize = 1 << 30;

type Buffer = Arc<Mutex<Vec<u8>>>;

#[derive(Default)]
struct Shared {
    stop: AtomicBool,
    streams: Mutex<Vec<Buffer>>,
    connections: AtomicUsize,
    recorded: AtomicUsize,
    truncated: AtomicBool,
}

/// What the relay saw.
#[derive(Debug, Default)]
pub struct Recording {
    /// Each direction of each connection, in arrival order.
    pub streams: Vec<Vec<u8>>,
    pub connections: usize,
    pub bytes: usize,
    /// The copy hit [`MAX_RECORDED_BYTES`] and is incomplete.
    pub truncated: bool,
}

/// The running relay.
pub struct Recorder {
    addr: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl Recorder {
    /// Listens on a free loopback port and relays every connection to `upstream`.
    pub fn start(upstream: SocketAddr) -> Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").context("binding the API recorder to 127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared::default());
        let state = Arc::clone(&shared);
        let acceptor = thread::Builder::new()
            .name("api-recorder".to_owned())
            .spawn(move || accept_loop(&listener, upstream, &state))
            .context("starting the API recorder thread")?;
        Ok(Self {
            addr,
            shared,
            acceptor: Some(acceptor),
        })
    }

    /// `127.0.0.1:port` the clients should use instead of the API's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting and returns a copy of everything recorded so far (call it
    /// after the servers stopped, so every connection is complete).
    pub fn finish(&mut self) -> Recording {
        self.stop_accepting();
        let streams = self
            .shared
            .streams
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .map(|buffer| buffer.lock().unwrap_or_else(PoisonError::into_inner).clone())
            .collect();
        Recording {
            streams,
            connections: self.shared.connections.load(Ordering::SeqCst),
            bytes: self.shared.recorded.load(Ordering::SeqCst),
            truncated: self.shared.truncated.load(Ordering::SeqCst),
        }
    }

    fn stop_accepting(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            // Wake the blocking accept so it sees the flag.
            let _ = TcpStream::connect(self.addr);
            let _ = acceptor.join();
        }
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.stop_accepting();
    }
}

fn accept_loop(listener: &TcpListener, upstream: SocketAddr, shared: &Arc<Shared>) {
    for client in listener.incoming() {
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(client) = client else { continue };
        let Ok(server) = TcpStream::connect(upstream) else {
            // The API is not there (yet, or any more): the client sees a reset, as
            // it would without the relay.
            continue;
        };
        shared.connections.fetch_add(1, Ordering::SeqCst);
        let _ = client.set_nodelay(true);
        let _ = server.set_nodelay(true);
        let (Ok(client_read), Ok(server_read)) = (client.try_clone(), server.try_clone()) else {
            continue;
        };
        let up = register(shared);
        let down = register(shared);
        let shared_up = Arc::clone(shared);
        let shared_down = Arc::clone(shared);
        // Detached: each copy ends when its source closes (at the latest when the
        // servers stop).
        let _ = thread::Builder::new()
            .name("api-recorder-up".to_owned())
            .spawn(move || pump(client_read, server, &up, &shared_up));
        let _ = thread::Builder::new()
            .name("api-recorder-down".to_owned())
            .spawn(move || pump(server_read, client, &down, &shared_down));
    }
}

fn register(shared: &Shared) -> Buffer {
    let buffer = Buffer::default();
    shared
        .streams
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(Arc::clone(&buffer));
    buffer
}

/// Copies `from` to `to` and into `record` until `from` closes, then half-closes `to`.
fn pump(mut from: TcpStream, mut to: TcpStream, record: &Buffer, shared: &Shared) {
    let mut buf = [0_u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let chunk = &buf[..n];
        if shared.recorded.fetch_add(n, Ordering::SeqCst) + n <= MAX_RECORDED_BYTES {
            record
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend_from_slice(chunk);
        } else {
            shared.truncated.store(true, Ordering::SeqCst);
        }
        if to.write_all(chunk).is_err() {
            break;
        }
    }
    let _ = to.shutdown(Shutdown::Write);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relays_both_ways_and_records_both_directions() {
        let upstream = TcpListener::bind("127.0.0.1:0").expect("bind");
        let upstream_addr = upstream.local_addr().expect("addr");
        let server = thread::spawn(move || {
            let (mut conn, _) = upstream.accept().expect("accept");
            let mut request = [0_u8; 5];
            conn.read_exact(&mut request).expect("read");
            conn.write_all(b"pong:")
                .and_then(|()| conn.write_all(&request))
                .expect("write");
        });
        let mut recorder = Recorder::start(upstream_addr).expect("recorder");
        let mut client = TcpStream::connect(recorder.addr()).expect("connect");
        client.write_all(b"ping!").expect("write");
        client.shutdown(Shutdown::Write).expect("half-close");
        let mut answer = Vec::new();
        client.read_to_end(&mut answer).expect("read");
        server.join().expect("server");
        assert_eq!(answer, b"pong:ping!");
        let recording = recorder.finish();
        assert_eq!(recording.connections, 1);
        assert_eq!(recording.streams, vec![b"ping!".to_vec(), b"pong:ping!".to_vec()]);
        assert_eq!(recording.bytes, 15);
        assert!(!recording.truncated);
    }
}
