//! The hub: while a practice session runs, the cultural-house computer serves the same Svelte UI
//! and a JSON API over the hall's Wi-Fi, so that residents learn on their own phones. It is a
//! thin adapter: every call goes to the same core methods as the desktop window's Tauri
//! commands, with the phone's [`hocso_core::Seat`]; every rule (who may do what, grading,
//! durability) stays in `hocso-core`. See docs/architecture.md ("The hub") and
//! docs/security.md ("Learning on phones").
//!
//! The server runs on a tokio runtime of its own thread, so that the desktop app and
//! `hocso hub` start and stop it the same way.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use hocso_core::{Error, SharedHocSo};

mod api;
pub use api::CSP;
#[cfg(feature = "sim")]
pub mod sim;

/// The port tried first (then the next few), when the facilitator starts the hub.
pub const DEFAULT_PORT: u16 = 8765;

/// A file of the built UI.
pub struct Asset {
    pub bytes: Vec<u8>,
    pub mime: String,
}

/// Where the built UI comes from: the files embedded in the desktop app, or a folder
/// (`hocso hub --ui DIR`).
pub trait Assets: Send + Sync + 'static {
    /// `path` is relative, such as `index.html` or `assets/index-3f2a.js`.
    fn get(&self, path: &str) -> Option<Asset>;
}

/// The built UI in a folder (`ui/dist`).
pub struct DirAssets(pub PathBuf);

impl Assets for DirAssets {
    fn get(&self, path: &str) -> Option<Asset> {
        // Only plain relative names: never `..`, never an absolute path, no drive letter or
        // backslash (which Windows would read as a path of its own).
        let plain = |part: &str| !part.is_empty() && part != "." && part != ".." && !part.contains(['\\', ':']);
        let relative = std::path::Path::new(path).components().all(|c| matches!(c, std::path::Component::Normal(_)));
        if path.is_empty() || !relative || !path.split('/').all(plain) {
            return None;
        }
        let bytes = std::fs::read(self.0.join(path)).ok()?;
        let mime = mime_guess::from_path(path).first_or_octet_stream().to_string();
        Some(Asset { bytes, mime })
    }
}

/// A running hub. Stopped by [`Hub::stop`] or when dropped; either way every phone is signed
/// out (the core's join codes and phone keys are dropped).
pub struct Hub {
    address: SocketAddr,
    core: SharedHocSo,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The base URL phones open for a hub listening at `address`.
pub fn base_url(address: SocketAddr) -> String {
    format!("http://{address}")
}

impl Hub {
    /// Listens at `listen` (a LAN address chosen by the facilitator; port 0 picks a free one)
    /// and opens the core's hub with this address. The port is taken before this returns, so a
    /// port in use is reported here, in the person's language.
    pub fn start(core: SharedHocSo, listen: SocketAddr, assets: Arc<dyn Assets>) -> Result<Hub, hocso_core::UiError> {
        let listen_error = |e: std::io::Error| Error::HubListen { address: listen.to_string(), detail: e.to_string() };
        let listener =
            std::net::TcpListener::bind(listen).and_then(|l| l.set_nonblocking(true).map(|()| l)).map_err(listen_error);
        let listener = core.with(|_| listener)?;
        let address = core.with(|_| listener.local_addr().map_err(listen_error))?;
        let (shutdown, stopped) = tokio::sync::oneshot::channel();
        let router = api::router(core.clone(), assets);
        let thread = std::thread::Builder::new()
            .name("hocso-hub".into())
            .spawn(move || serve(listener, router, stopped))
            .map_err(|e| Error::HubListen { address: address.to_string(), detail: e.to_string() });
        let thread = core.with(|_| thread)?;
        // Opened last: nothing above can fail after phones could be given codes.
        let hub = Hub { address, core: core.clone(), shutdown: Some(shutdown), thread: Some(thread) };
        core.with(|c| c.open_phone_hub_unlocked(&base_url(address)).map(|_| ()))?;
        Ok(hub)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn base_url(&self) -> String {
        base_url(self.address)
    }

    /// Stops listening and signs every phone out.
    pub fn stop(mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        // Not while holding the core's lock: this locks it (a `Hub` is never dropped inside
        // `SharedHocSo::with`).
        if let Ok(core) = self.core.lock().as_mut() {
            core.close_phone_hub_at(&base_url(self.address));
        }
    }
}

impl Drop for Hub {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// Serves until told to stop; open connections get two seconds to finish their request.
fn serve(listener: std::net::TcpListener, router: axum::Router, stopped: tokio::sync::oneshot::Receiver<()>) {
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("hocso-hub: no runtime: {e}");
            return;
        }
    };
    runtime.block_on(async move {
        let Ok(listener) = tokio::net::TcpListener::from_std(listener) else { return };
        let (stop_serving, serving_stopped) = tokio::sync::oneshot::channel::<()>();
        let server = axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async move {
                let _ = serving_stopped.await;
            });
        let server = tokio::spawn(async move { server.await });
        let _ = stopped.await;
        let _ = stop_serving.send(());
        // A phone's keep-alive connection must not hold the app open.
        let _ = tokio::time::timeout(std::time::Duration::from_secs(2), server).await;
    });
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
}

/// The computer's addresses the facilitator may choose from: private network addresses first
/// (192.168.x.x, 10.x.x.x, 172.16-31.x.x: a hall's Wi-Fi), then any other, then this computer
/// only (127.0.0.1, for trying). Link-local addresses (169.254.x.x, a Wi-Fi without a router
/// handing out addresses) are left out: phones cannot be sent there by a QR code reliably.
pub fn lan_addresses() -> Vec<IpAddr> {
    let mut found: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.ip())
        .filter(|ip| match ip {
            IpAddr::V4(v4) => !v4.is_unspecified() && !v4.is_link_local(),
            IpAddr::V6(_) => false,
        })
        .collect();
    let private = |ip: &IpAddr| matches!(ip, IpAddr::V4(v4) if v4.is_private());
    found.sort_by_key(|ip| (ip.is_loopback(), !private(ip), *ip));
    found.dedup();
    if !found.iter().any(IpAddr::is_loopback) {
        found.push(IpAddr::from([127, 0, 0, 1]));
    }
    found
}
