# syntax=docker/dockerfile:1
#
# Paylera's one image: both servers from the release artifact of `cargo xtask dist`,
# laid out exactly as in the tarball (/opt/paylera = the artifact's `paylera/`).
# The command picks the server:
#
#   docker build -t paylera --build-arg PAYLERA_COMMIT=$(git rev-parse HEAD) .
#   docker run … paylera paylera-api serve     # the API (the default command)
#   docker run … paylera paylera-portal        # the portal server
#
# compose.yaml runs PostgreSQL, 2 API, 2 portal and HAProxy from it. See README.md,
# "Release artifact and containers", for what was and was not run where.

# --- build: `cargo xtask dist` ------------------------------------------------------
FROM rust:1.95-bookworm AS builder

# The bundle's target (xtask's setup would add it too; its own layer caches it).
RUN rustup target add wasm32-unknown-unknown

# xtask installs the pinned wasm-bindgen CLI itself, into PAYLERA_TOOLS_DIR.
ENV CARGO_TARGET_DIR=/build/target \
    PAYLERA_TOOLS_DIR=/build/tools
WORKDIR /src
COPY . .

# The build context has no .git (.dockerignore): VERSION takes the commit from here.
ARG PAYLERA_COMMIT=unknown
ENV PAYLERA_COMMIT=${PAYLERA_COMMIT}

# The registry, the target directory and the tools persist between builds (BuildKit
# cache mounts); the artifact itself is written outside them, into /dist.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/build/target \
    --mount=type=cache,target=/build/tools \
    cargo xtask dist --out /dist \
 && cd /dist/paylera && sha256sum --quiet -c MANIFEST.sha256

# --- run: the artifact on Debian slim, as a non-root user -----------------------------
FROM debian:bookworm-slim AS runtime

# ca-certificates: TLS to PostgreSQL (sslmode=verify-full), to webhook receivers and,
# for the portal, to an https API URL. fonts-noto-cjk: the CJK faces the API reads at
# start-up for invoice PDFs in Japanese, Korean and Chinese (PAYLERA_PDF_FONT_DIR's
# default, /usr/share/fonts/opentype/noto; the other scripts' fonts are compiled in).
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates fonts-noto-cjk \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 paylera \
 && useradd --system --uid 10001 --gid paylera --home-dir /var/lib/paylera --create-home \
        --shell /usr/sbin/nologin paylera

COPY --from=builder /dist/paylera /opt/paylera

# Listen on every interface of the container; the admin listeners (/metrics) are not
# published by compose.yaml. The data dir only matters in development (generated
# secrets); production refuses to start without explicit ones.
ENV PATH=/opt/paylera/bin:$PATH \
    PAYLERA_PORTAL_SITE_ROOT=/opt/paylera/site \
    PAYLERA_API_ADDR=0.0.0.0:8080 \
    PAYLERA_API_ADMIN_ADDR=0.0.0.0:9080 \
    PAYLERA_PORTAL_ADDR=0.0.0.0:3000 \
    PAYLERA_PORTAL_ADMIN_ADDR=0.0.0.0:9081 \
    PAYLERA_DATA_DIR=/var/lib/paylera \
    PAYLERA_LOG_FORMAT=json

USER paylera:paylera
WORKDIR /var/lib/paylera
EXPOSE 8080 9080 3000 9081
# SIGTERM starts the servers' drain (not ready first, then finish what is in flight).
STOPSIGNAL SIGTERM
CMD ["paylera-api", "serve"]
