'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { client, customer, numbers, waitFor } = require('./helpers');

test('creates, fetches, lists and hangs up a call', async () => {
  const to = customer();
  const call = await client().calls.create({ to, from: numbers[0], twiml: '<Response><Say>Hello</Say><Pause length="60"/></Response>' });

  const fetched = await client().calls(call.sid).fetch();
  const listed = await client().calls.list({ to });
  await waitFor('the call to be answered', async () => (await client().calls(call.sid).fetch()).status === 'in-progress');
  const ended = await client().calls(call.sid).update({ status: 'completed' });

  assert.match(call.sid, /^CA[0-9a-f]{32}$/);
  assert.equal(call.to, to);
  assert.equal(call.from, numbers[0]);
  assert.equal(fetched.sid, call.sid);
  assert.deepEqual(listed.map((c) => c.sid), [call.sid]);
  assert.equal(ended.status, 'completed');
});

test('a call needs Url, Twiml or ApplicationSid', async () => {
  const error = await client().calls.create({ to: customer(), from: numbers[0] }).catch((e) => e);

  assert.equal(error.status, 400);
  assert.ok(Number.isInteger(error.code));
});
