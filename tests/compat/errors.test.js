'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { client, customer, numbers, accountSid } = require('./helpers');

const from = numbers[0];

async function failure(promise) {
  const error = await promise.then(() => null, (e) => e);
  assert.ok(error, 'the request should have failed');
  return error;
}

test('bad credentials are a RestException with status 401 and code 20003', async () => {
  const error = await failure(client(accountSid, '0'.repeat(32)).messages.list({ limit: 1 }));

  assert.equal(error.status, 401);
  assert.equal(error.code, 20003);
  assert.match(error.moreInfo, /20003/);
});

test('Twilio-shaped validation errors reach the SDK with their codes', async () => {
  const cases = [
    [{ to: customer(), body: 'no sender' }, 21603],
    [{ to: 'not-a-number', from, body: 'x' }, 21211],
    [{ to: customer(), from }, 21602],
    [{ to: customer(), from, body: 'x'.repeat(1601) }, 21617],
    [{ to: customer(), from: '+15550000000', body: 'x' }, 21606],
  ];
  for (const [params, code] of cases) {
    const error = await failure(client().messages.create(params));
    assert.equal(error.status, 400, `status for ${code}`);
    assert.equal(error.code, code);
    assert.equal(error.moreInfo, `https://www.twilio.com/docs/errors/${code}`);
    assert.ok(error.message.length > 0);
  }
});

test('an unknown message sid is a 404 with code 20404', async () => {
  const error = await failure(client().messages('SM' + '0'.repeat(32)).fetch());

  assert.equal(error.status, 404);
  assert.equal(error.code, 20404);
});
