#!/usr/bin/env bash
# Runs every Switchboard test suite, installing what the suites need where it is missing.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== %s\n' "$*"; }

apt_updated=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then echo "test.sh: need root to install $*" >&2; return 1; fi
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Browser suites drive Debian's Chromium through Playwright.
if ls tests/*/Browser* >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  log "installing Debian's chromium"
  apt_install chromium
fi

# Compatibility tests run the official Twilio Node SDK.
if [ -f tests/compat/package-lock.json ]; then
  if [ ! -d tests/compat/node_modules ] || [ tests/compat/package-lock.json -nt tests/compat/node_modules ]; then
    log "installing the compatibility tests' Node packages"
    (cd tests/compat && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

export SWITCHBOARD_REQUIRE_ALL_SUITES=${SWITCHBOARD_REQUIRE_ALL_SUITES:-${CI:-false}}

log "building"
dotnet build Switchboard.slnx -c Release -nologo -clp:ErrorsOnly

results=$(mktemp -d)
log "running the test suites"
set +e
dotnet test Switchboard.slnx -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@"
status=$?
set -e

# One closing line over every suite, whatever the runner printed above it.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
rm -rf "$results"
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
if [ "$SWITCHBOARD_REQUIRE_ALL_SUITES" = true ] && [ $skipped -ne 0 ]; then
  echo "test.sh: $skipped tests were skipped under CI; every suite must run" >&2
  failed=$((failed + skipped))
fi
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
