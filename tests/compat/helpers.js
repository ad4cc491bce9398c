'use strict';
// Shared set-up for the compatibility tests. The .NET harness starts the emulator and passes its
// address and sandbox account in the environment; run `dotnet test --filter Compatibility` or
// ./test.sh rather than these files alone.
const twilio = require('twilio');

function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests through the .NET harness`);
  return value;
}

const emulatorUrl = env('EMULATOR_URL').replace(/\/$/, '');
const accountSid = env('TWILIO_ACCOUNT_SID');
const authToken = env('TWILIO_AUTH_TOKEN');
const numbers = env('EMULATOR_NUMBERS').split(',');

/** The official client, aimed at the emulator as FACTS.md section 11 describes. */
function client(sid = accountSid, token = authToken) {
  const c = twilio(sid, token);
  c.api.baseUrl = emulatorUrl;
  return c;
}

/** A raw request with Basic auth, for checking JSON exactly as the emulator writes it. */
async function raw(path, { method = 'GET', form, sid = accountSid, token = authToken } = {}) {
  const headers = {
    Authorization: 'Basic ' + Buffer.from(`${sid}:${token}`).toString('base64'),
    Accept: 'application/json',
  };
  let body;
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  const response = await fetch(emulatorUrl + path, { method, headers, body });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

async function control(path, body) {
  const response = await fetch(emulatorUrl + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** Waits for a condition with a deadline; never a fixed sleep. */
async function waitFor(what, check, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let counter = 0;
/** A fresh customer number per test, so tests never see each other's messages. */
function customer() {
  counter += 1;
  return `+1555${String(process.pid % 1000).padStart(3, '0')}${String(counter).padStart(4, '0')}`;
}

module.exports = { twilio, client, raw, control, waitFor, customer, emulatorUrl, accountSid, authToken, numbers };
