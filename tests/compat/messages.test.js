'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { client, customer, numbers, waitFor, control } = require('./helpers');

const from = numbers[0];

test('creates a message and reads back the same resource', async () => {
  const to = customer();
  const created = await client().messages.create({ to, from, body: 'héllo ✓ world' });

  assert.match(created.sid, /^SM[0-9a-f]{32}$/);
  assert.equal(created.status, 'queued');
  assert.equal(created.direction, 'outbound-api');
  assert.equal(created.to, to);
  assert.equal(created.from, from);
  assert.equal(created.body, 'héllo ✓ world');
  assert.equal(created.numSegments, '1');
  assert.equal(created.numMedia, '0');
  assert.ok(created.dateCreated instanceof Date && !Number.isNaN(created.dateCreated.getTime()));

  const fetched = await client().messages(created.sid).fetch();
  assert.equal(fetched.sid, created.sid);
  assert.equal(fetched.body, created.body);
  assert.equal(fetched.accountSid, created.accountSid);
});

test('counts segments the way Twilio does', async () => {
  const gsm = await client().messages.create({ to: customer(), from, body: 'a'.repeat(161) });
  const ucs2 = await client().messages.create({ to: customer(), from, body: '✓'.repeat(71) });

  assert.equal(gsm.numSegments, '2');
  assert.equal(ucs2.numSegments, '2');
});

test('lists messages across pages by following next_page_uri', async () => {
  const to = customer();
  const sids = [];
  for (let i = 0; i < 5; i += 1) {
    sids.push((await client().messages.create({ to, from, body: `page test ${i}` })).sid);
  }

  const listed = await client().messages.list({ to, pageSize: 2 });
  const page = await client().messages.page({ to, pageSize: 2 });

  assert.deepEqual(new Set(listed.map((m) => m.sid)), new Set(sids));
  assert.equal(listed.length, 5);
  assert.equal(page.instances.length, 2);
  assert.ok(page.nextPageUrl, 'a first page of 2 out of 5 has a next page');
});

test('delivers a message to the handset and moves its status forward', async () => {
  const to = customer();
  const created = await client().messages.create({ to, from, body: 'deliver me' });

  const delivered = await waitFor('delivery', async () => {
    const m = await client().messages(created.sid).fetch();
    return m.status === 'delivered' ? m : null;
  });
  const handset = await control(`/_emulator/handsets/${encodeURIComponent(to)}/messages`);

  assert.equal(delivered.status, 'delivered');
  assert.ok(delivered.dateSent instanceof Date);
  assert.equal(handset.status, 200);
  assert.ok(JSON.stringify(handset.json).includes('deliver me'));
});

test('redacts the body of a message', async () => {
  const created = await client().messages.create({ to: customer(), from, body: 'private words' });

  const redacted = await client().messages(created.sid).update({ body: '' });

  assert.equal(redacted.body, '');
  assert.equal((await client().messages(created.sid).fetch()).body, '');
});

test('cancels a message still waiting in the sender queue', async () => {
  // One long code sends one segment per second, so the last of a burst waits in the queue.
  const sender = numbers[1] ?? from;
  const burst = [];
  for (let i = 0; i < 6; i += 1) {
    burst.push(await client().messages.create({ to: customer(), from: sender, body: `burst ${i}` }));
  }
  const last = burst[burst.length - 1];

  const canceled = await client().messages(last.sid).update({ status: 'canceled' });

  assert.equal(canceled.status, 'canceled');
});

test('deletes a finished message, after which fetching it is a 404 with code 20404', async () => {
  const created = await client().messages.create({ to: customer(), from, body: 'delete me' });
  // Twilio refuses to delete a message that is still on its way.
  await waitFor('delivery', async () => (await client().messages(created.sid).fetch()).status === 'delivered');

  const removed = await client().messages(created.sid).remove();
  const error = await client().messages(created.sid).fetch().catch((e) => e);

  assert.equal(removed, true);
  assert.equal(error.status, 404);
  assert.equal(error.code, 20404);
});
