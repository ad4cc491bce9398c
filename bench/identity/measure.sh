#!/usr/bin/env bash
# Sign-in and per-request session cost against a running sandbox app, with curl (sequential).
# Usage: bench/identity/measure.sh <base url> <api key> <admin email> <admin password> [n]
# Start the app with the sign-in and API rate limits raised, or later rounds measure 429s.
set -euo pipefail
base=$1 key=$2 email=$3 password=$4 n=${5:-200}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, p90 %.1f ms (n=%d)\n", a[int((NR+1)/2)]*1000, a[int(NR*0.9)]*1000, NR}'; }

echo -n "sign-in (JSON, right password):  "
for _ in $(seq 20); do
  curl -s -o /dev/null -c "$jar" -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/account/sign-in"
done | median
echo -n "sign-in (wrong password):        "
for i in $(seq 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"wrong password $i\"}" "$base/account/sign-in"
  # Four failures, then a success, so the account never locks.
  if (( i % 4 == 0 )); then curl -s -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/account/sign-in"; fi
done | median
echo -n "sign-in (unknown email):         "
for i in $(seq 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"email\":\"nobody$i@example.com\",\"password\":\"wrong password\"}" "$base/account/sign-in"
done | median
echo -n "GET /api/v1/organization, key:    "
for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $key" "$base/api/v1/organization"; done | median
echo -n "GET /api/v1/organization, cookie: "
for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' -b "$jar" "$base/api/v1/organization"; done | median
