//! "Học trên điện thoại": the facilitator starts and stops the hub, makes a join QR code per
//! learner and watches the phones. The server (`hocso-hub`) serves the UI embedded in this app.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use hocso_core::store::LearnerId;
use hocso_core::views::{PhoneHubView, PhoneJoinView};
use hocso_core::UiError;
use tauri::{AppHandle, State};

use crate::state::AppState;

/// The UI this app embeds, served to phones as it is to the window.
struct EmbeddedUi(AppHandle);

impl hocso_hub::Assets for EmbeddedUi {
    fn get(&self, path: &str) -> Option<hocso_hub::Asset> {
        let asset = self.0.asset_resolver().get(path.to_owned())?;
        Some(hocso_hub::Asset { mime: asset.mime_type().to_owned(), bytes: asset.bytes().to_vec() })
    }
}

/// The computer's addresses, local network first, to choose the one the phones reach.
#[tauri::command(async)]
pub fn hub_addresses(state: State<'_, AppState>) -> Result<Vec<String>, UiError> {
    state.with(|core| core.check_facilitator())?;
    Ok(hocso_hub::lan_addresses().iter().map(IpAddr::to_string).collect())
}

/// Starts the hub on the chosen address, on the first free port from 8765.
#[tauri::command(async)]
pub fn hub_start(app: AppHandle, state: State<'_, AppState>, address: String) -> Result<PhoneHubView, UiError> {
    state.with(|core| core.check_facilitator())?;
    let ip: IpAddr = state.with(|_| {
        address.trim().parse().map_err(|e: std::net::AddrParseError| hocso_core::Error::HubListen {
            address: address.clone(),
            detail: e.to_string(),
        })
    })?;
    // Held from stopping the old server to keeping the new one: two quick presses start one.
    let mut running = state.hub.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(old) = running.take() {
        old.stop();
    }
    let assets: Arc<dyn hocso_hub::Assets> = Arc::new(EmbeddedUi(app.clone()));
    let mut last = None;
    for port in hocso_hub::DEFAULT_PORT..hocso_hub::DEFAULT_PORT + 10 {
        match hocso_hub::Hub::start(state.shared(), SocketAddr::new(ip, port), assets.clone()) {
            Ok(hub) => {
                *running = Some(hub);
                drop(running);
                return state.with(|core| core.phone_hub_view());
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last.expect("ten ports tried"))
}

/// Stops the hub: every phone is signed out.
#[tauri::command(async)]
pub fn hub_stop(state: State<'_, AppState>) -> Result<PhoneHubView, UiError> {
    state.with(|core| core.check_facilitator())?;
    state.stop_hub();
    state.with(|core| core.phone_hub_view())
}

/// The phones, as the panel refreshes them every few seconds: asking does not count as a
/// facilitator action, so facilitator mode still closes when nobody uses it.
#[tauri::command(async)]
pub fn hub_view(state: State<'_, AppState>) -> Result<PhoneHubView, UiError> {
    state.with(|core| core.phone_hub_glance())
}

/// A one-time join QR code for a learner.
#[tauri::command(async)]
pub fn hub_join(state: State<'_, AppState>, learner: LearnerId) -> Result<PhoneJoinView, UiError> {
    state.with(|core| core.phone_join_code(learner))
}

/// Signs a phone out (left behind, or its learner went home).
#[tauri::command(async)]
pub fn hub_sign_out(state: State<'_, AppState>, phone: u32) -> Result<PhoneHubView, UiError> {
    state.with(|core| core.sign_out_phone(phone))
}
