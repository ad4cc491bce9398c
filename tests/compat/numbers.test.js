'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { client } = require('./helpers');

test('searches available local numbers by area code', async () => {
  const found = await client().availablePhoneNumbers('US').local.list({ areaCode: 415, smsEnabled: true, limit: 3 });

  assert.ok(found.length > 0 && found.length <= 3);
  for (const n of found) {
    assert.match(n.phoneNumber, /^\+1415\d{7}$/);
    assert.equal(n.isoCountry, 'US');
    assert.equal(n.capabilities.sms ?? n.capabilities.SMS, true);
  }
});

test('buys a number, configures its webhooks, finds it in the list and releases it', async () => {
  const [candidate] = await client().availablePhoneNumbers('US').local.list({ areaCode: 212, limit: 1 });

  const bought = await client().incomingPhoneNumbers.create({ phoneNumber: candidate.phoneNumber, friendlyName: 'compat' });
  const updated = await client().incomingPhoneNumbers(bought.sid).update({ smsUrl: 'https://example.com/sms', voiceUrl: 'https://example.com/voice' });
  const listed = await client().incomingPhoneNumbers.list({ phoneNumber: candidate.phoneNumber });
  const released = await client().incomingPhoneNumbers(bought.sid).remove();
  const gone = await client().incomingPhoneNumbers(bought.sid).fetch().catch((e) => e);

  assert.match(bought.sid, /^PN[0-9a-f]{32}$/);
  assert.equal(bought.phoneNumber, candidate.phoneNumber);
  assert.equal(bought.friendlyName, 'compat');
  assert.equal(updated.smsUrl, 'https://example.com/sms');
  assert.equal(updated.smsMethod, 'POST');
  assert.equal(updated.voiceUrl, 'https://example.com/voice');
  assert.deepEqual(listed.map((n) => n.sid), [bought.sid]);
  assert.equal(released, true);
  assert.equal(gone.status, 404);
});
