# Học Số — the two commands of the README are `make run` and `make test`. Both install what
# is missing on a fresh Debian 12 machine (apt packages, npm packages, cargo tools, a Python
# venv for the end-to-end tests) and never rely on what happens to be installed.

SHELL := /bin/bash
.DEFAULT_GOAL := run

# Outside the clone, so that repeat CI runs on this machine are incremental.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/hocso/target
export PATH := $(HOME)/.cargo/bin:$(PATH)
# Non-interactive: CI has no terminal; a password prompt would hang instead of failing clearly.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo -n)
APP_DEBUG := $(CARGO_TARGET_DIR)/debug/hocso-app
APP_RELEASE := $(CARGO_TARGET_DIR)/release/hocso-app

# What building and running the desktop app needs (see docs/building.md).
# espeak-ng is the offline voice, run as a program of its own (GPL; see docs/architecture.md);
# the GStreamer plugins play its WAV and the lessons' Ogg Vorbis recordings in WebKitGTK.
APT_BUILD := build-essential pkg-config file libssl-dev libxdo-dev libwebkit2gtk-4.1-dev \
	libayatana-appindicator3-dev librsvg2-dev fonts-dejavu-core espeak-ng \
	gstreamer1.0-plugins-base gstreamer1.0-plugins-good
# What the tests add: a virtual screen, the WebKit WebDriver, a Python venv, pgrep, and
# Chromium with chromedriver (a resident's phone joining the hub, in phone emulation).
APT_TEST := xvfb xauth webkit2gtk-driver python3-venv procps imagemagick chromium chromium-driver

.PHONY: run test test-long fuzz bench deps-build deps-test ui-deps ui ui-unchanged tools-tauri-driver tools-cargo-fuzz e2e-venv bindings bundle e2e clean-data

# Where the app keeps its progress database (the app's data folder, see src-tauri/src/state.rs).
DATA_DIR := $(or $(HOCSO_DATA_DIR),$(XDG_DATA_HOME),$(HOME)/.local/share)/vn.hocso.app

run: deps-build ui
	cargo build --release -p hocso-app
	@echo "Học Số: the progress database is $(if $(HOCSO_DATA_DIR),$(HOCSO_DATA_DIR),$(DATA_DIR))/hocso.sqlite3"
	@echo "To open the app again without make: $(APP_RELEASE)"
	$(APP_RELEASE)

test: deps-build deps-test ui-deps tools-tauri-driver tools-cargo-fuzz e2e-venv
	cargo fmt --all --check
	cargo test --locked
	$(MAKE) fuzz
	cd ui && npm run check
	$(MAKE) ui
	$(MAKE) ui-unchanged
	cargo build --locked -p hocso-app
	HOCSO_APP=$(APP_DEBUG) e2e/run

# The long proofs: 200 crash kills (and 200 import kills), 20,000 VietQR and 3,000 reader
# property-test cases, 10,000 guessed attempts per lesson and strategy, 10 minutes of fuzzing
# per target.
test-long: tools-cargo-fuzz
	HOCSO_CRASH_ROUNDS=200 cargo test --locked -p hocso-cli --test crash -- --nocapture
	PROPTEST_CASES=20000 cargo test --locked -p hocso-core --test tests vietqr_properties
	PROPTEST_CASES=3000 cargo test --locked -p hocso-core --test tests readers_properties
	HOCSO_GUESS_ATTEMPTS=10000 cargo test --release --locked -p hocso-core --test tests guessing -- --nocapture
	$(MAKE) fuzz FUZZ_SECONDS=600

# Every fuzz target for FUZZ_SECONDS each (12 by default, to keep `make test` under 15 minutes; the corpora carry over between runs), with libFuzzer through cargo-fuzz,
# on the stable toolchain (no sanitizer: the core has no unsafe code of its own).
FUZZ_SECONDS ?= 12
fuzz: tools-cargo-fuzz
	cargo build --locked -p hocso-cli
	HOCSO=$(CARGO_TARGET_DIR)/debug/hocso FUZZ_SECONDS=$(FUZZ_SECONDS) crates/hocso-core/fuzz/run

# Installs the apt packages that are missing (nothing when all are there).
define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		{ $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; } || \
		{ echo "Could not install $$missing: run make as root or with password-less sudo."; exit 1; }; \
	fi
endef

deps-build:
	$(call apt_install,$(APT_BUILD))
	@command -v node >/dev/null || { echo "Node.js 20.19 or newer is needed (Debian 12's own is 18): see docs/building.md"; exit 1; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js 20.19 or newer is needed (found "+process.versions.node+"); see docs/building.md"); process.exit(1) }'
	@command -v cargo >/dev/null || { echo "Rust is needed: install it with rustup (https://rustup.rs), then run make again."; exit 1; }

deps-test:
	$(call apt_install,$(APT_TEST))

ui-deps: ui/node_modules/.package-lock.json

ui/node_modules/.package-lock.json: ui/package.json ui/package-lock.json
	# `npm ci` refuses this lock file: the registry mirror here omits the Tauri CLI binaries
	# of other platforms, so npm cannot record them. `npm install` keeps the locked versions.
	cd ui && npm install --no-audit --no-fund --no-save
	@touch $@

# The UI is built again only when its sources, lock file or configuration changed: a fresh
# ui/dist would look changed to the app's build script and relink the whole app.
UI_SOURCES := $(shell find ui/src -type f 2>/dev/null) ui/index.html ui/package.json ui/package-lock.json \
	ui/vite.config.ts ui/svelte.config.js ui/tsconfig.json

ui: ui-deps ui/dist/index.html

ui/dist/index.html: ui/node_modules/.package-lock.json $(UI_SOURCES)
	cd ui && npm run build
	@touch $@

# Fails when a `make ui` with nothing changed rewrites ui/dist (a check in `make test`).
ui-unchanged: ui
	@before=$$(find ui/dist -type f -printf '%p %T@\n' | sort | sha256sum); \
	$(MAKE) --no-print-directory ui >/dev/null; \
	after=$$(find ui/dist -type f -printf '%p %T@\n' | sort | sha256sum); \
	if [ "$$before" != "$$after" ]; then echo "make ui rewrote ui/dist although nothing changed"; exit 1; fi; \
	echo "make ui with nothing changed left ui/dist untouched"

tools-tauri-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --version '^2' --locked

tools-cargo-fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version '^0.13' --locked

e2e-venv: e2e/.venv/ok

e2e/.venv/ok: e2e/requirements.txt
	python3 -m venv e2e/.venv
	e2e/.venv/bin/pip install --quiet --disable-pip-version-check -r e2e/requirements.txt
	@touch $@

e2e: ui
	cargo build -p hocso-app
	HOCSO_APP=$(APP_DEBUG) e2e/run

# Benchmarks that print figures (release build; see docs/performance.md).
bench: deps-build deps-test ui
	cargo build --release -p hocso-app -p hocso-cli -p hocso-bench
	$(CARGO_TARGET_DIR)/release/hocso-bench --lessons lessons $(BENCH_ARGS)
	bench/app-start.sh $(APP_RELEASE) $(CARGO_TARGET_DIR)/release/hocso
	ui/node_modules/.bin/tauri build --bundles deb
	@ls -l $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb | awk '{printf "deb bundle: %s bytes (%.1f MB) %s\n", $$5, $$5/1048576, $$9}'

# Rewrites ui/src/lib/generated/types.ts from the Rust types (ts-rs).
bindings:
	UPDATE_BINDINGS=1 cargo test -p hocso-core --lib bindings

# The Debian package (AppImage needs the network; see docs/building.md).
bundle: deps-build ui
	ui/node_modules/.bin/tauri build --bundles deb
