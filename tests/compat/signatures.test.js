'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const { twilio, client, control, customer, numbers, authToken, waitFor } = require('./helpers');

/** A receiver on loopback that records every request, standing in for an app's webhook. */
async function receiver() {
  const requests = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      requests.push({ url: req.url, headers: req.headers, params: Object.fromEntries(new URLSearchParams(body)) });
      res.writeHead(200, { 'Content-Type': 'text/xml' });
      res.end('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('the SDK accepts the signature of the inbound SMS webhook', async (t) => {
  const hook = await receiver();
  t.after(hook.close);
  const number = numbers[numbers.length - 1];
  const [pn] = await client().incomingPhoneNumbers.list({ phoneNumber: number });
  await client().incomingPhoneNumbers(pn.sid).update({ smsUrl: `${hook.base}/sms?tenant=a%20b&x=%27` });

  const sent = await control('/_emulator/sms', { from: customer(), to: number, body: 'Hi there ✓' });

  assert.equal(sent.status, 200);
  assert.equal(hook.requests.length, 1);
  const [request] = hook.requests;
  const url = `${hook.base}${request.url}`;
  assert.equal(request.params.Body, 'Hi there ✓');
  assert.equal(request.params.MessageSid, sent.json.messageSid);
  assert.equal(twilio.validateRequest(authToken, request.headers['x-twilio-signature'], url, request.params), true);
  assert.equal(twilio.validateRequest(authToken, request.headers['x-twilio-signature'], url, { ...request.params, Body: 'changed' }), false);
});

test('the SDK accepts the signatures of status callbacks', async (t) => {
  const hook = await receiver();
  t.after(hook.close);

  const message = await client().messages.create({
    to: customer(), from: numbers[0], body: 'callback me', statusCallback: `${hook.base}/status`,
  });
  await waitFor('the delivered callback', () => hook.requests.some((r) => r.params.MessageStatus === 'delivered'));

  for (const request of hook.requests) {
    assert.equal(request.params.MessageSid, message.sid);
    const url = `${hook.base}${request.url}`;
    assert.equal(twilio.validateRequest(authToken, request.headers['x-twilio-signature'], url, request.params), true,
      `signature of the ${request.params.MessageStatus} callback`);
  }
  assert.deepEqual(hook.requests.map((r) => r.params.MessageStatus).filter((s) => s !== 'queued'), ['sending', 'sent', 'delivered']);
});
