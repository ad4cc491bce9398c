'use strict';
// The emulator's JSON, checked against the response schemas in Twilio's official OpenAPI spec:
// every property the schema lists is present, and every value has the schema's type.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const Ajv = require('ajv');
const { raw, customer, numbers, accountSid } = require('./helpers');

const spec = require(path.join(__dirname, 'spec', 'twilio_api_v2010.json'));
const rfc2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/;

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
ajv.addFormat('date-time-rfc-2822', rfc2822);
// Formats whose shape the tests check elsewhere (or that are names, not shapes) are accepted here.
for (const format of ['uri-map', 'iso-country-code', 'uri', 'http-method', 'phone-number', 'phone-number-capabilities',
  'currency', 'ice-server', 'date', 'int64', 'endpoint', 'twiml', 'date-time', 'int32']) {
  ajv.addFormat(format, true);
}
ajv.addSchema({ $id: 'twilio', components: spec.components });

function schemaOf(pathKey, method, status) {
  return spec.paths[pathKey][method].responses[status].content['application/json'].schema;
}

function resolve(schema) {
  if (schema.$ref) return resolve(spec.components.schemas[schema.$ref.split('/').pop()]);
  return schema;
}

// Where Twilio's own examples in the spec contradict its schemas, real Twilio answers like the
// examples: "" for some sids whose schema asks for a pattern (sms_application_sid and friends),
// and latitude/longitude as strings where the schema says number (FACTS.md 9.1). Such values pass.
const emptyInExamples = new Set();
const exampleTypes = new Map();
JSON.stringify(spec.paths, (key, value) => {
  if (key && value !== null && typeof value !== 'object') {
    if (value === '') emptyInExamples.add(key);
    if (!exampleTypes.has(key)) exampleTypes.set(key, new Set());
    exampleTypes.get(key).add(typeof value);
  }
  return value;
});

function errorsOf(validate, body) {
  if (validate(body)) return [];
  return validate.errors.filter((e) => {
    const key = e.instancePath.split('/').pop();
    const value = e.instancePath.split('/').slice(1).reduce((node, part) => node?.[part], body);
    if (e.keyword === 'type') return !exampleTypes.get(key)?.has(typeof value);
    return !(value === '' && emptyInExamples.has(key));
  });
}

function check(body, schema, what) {
  const validate = ajv.compile({ $ref: 'twilio#/components/schemas/' + schema.$ref.split('/').pop() });
  const errors = errorsOf(validate, body);
  assert.deepEqual(errors.map((e) => `${e.instancePath} ${e.message}`), [], what);
  const missing = Object.keys(resolve(schema).properties).filter((key) => !(key in body));
  assert.deepEqual(missing, [], `${what}: properties the spec lists but the emulator left out`);
}

function checkList(body, pathKey, itemsKey, what) {
  const listSchema = schemaOf(pathKey, 'get', '200');
  const validate = ajv.compile(JSON.parse(JSON.stringify(listSchema).replaceAll('"#/components', '"twilio#/components')));
  const errors = errorsOf(validate, body);
  assert.deepEqual(errors.map((e) => `${e.instancePath} ${e.message}`), [], what);
  const missing = Object.keys(listSchema.properties).filter((key) => !(key in body));
  assert.deepEqual(missing, [], `${what}: list keys the spec lists but the emulator left out`);
  assert.ok(Array.isArray(body[itemsKey]));
}

const base = `/2010-04-01/Accounts/${accountSid}`;

test('message JSON matches the spec for create, fetch and list', async () => {
  const messagesPath = '/2010-04-01/Accounts/{AccountSid}/Messages.json';
  const created = await raw(`${base}/Messages.json`, { method: 'POST', form: { To: customer(), From: numbers[0], Body: 'schema check' } });
  const fetched = await raw(`${base}/Messages/${created.json.sid}.json`);
  const listed = await raw(`${base}/Messages.json?PageSize=2`);

  assert.equal(created.status, 201);
  assert.equal(fetched.status, 200);
  assert.match(created.json.date_created, rfc2822);
  check(created.json, schemaOf(messagesPath, 'post', '201'), 'created message');
  check(fetched.json, schemaOf('/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json', 'get', '200'), 'fetched message');
  checkList(listed.json, messagesPath, 'messages', 'message list');
});

test('incoming phone number JSON matches the spec', async () => {
  const listPath = '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json';
  const listed = await raw(`${base}/IncomingPhoneNumbers.json`);
  const fetched = await raw(`${base}/IncomingPhoneNumbers/${listed.json.incoming_phone_numbers[0].sid}.json`);

  checkList(listed.json, listPath, 'incoming_phone_numbers', 'incoming number list');
  check(fetched.json, schemaOf('/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json', 'get', '200'), 'incoming number');
});

test('available phone number JSON matches the spec', async () => {
  const found = await raw(`${base}/AvailablePhoneNumbers/US/Local.json?AreaCode=415&PageSize=2`);
  const schema = schemaOf('/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json', 'get', '200');
  const item = schema.properties.available_phone_numbers.items;

  assert.equal(found.status, 200);
  assert.ok(found.json.available_phone_numbers.length > 0);
  for (const n of found.json.available_phone_numbers) check(n, item, 'available number');
});

test('call JSON matches the spec', async () => {
  const created = await raw(`${base}/Calls.json`, {
    method: 'POST', form: { To: customer(), From: numbers[0], Twiml: '<Response><Hangup/></Response>' },
  });

  assert.equal(created.status, 201);
  check(created.json, schemaOf('/2010-04-01/Accounts/{AccountSid}/Calls.json', 'post', '201'), 'created call');
});

test('account JSON matches the spec', async () => {
  const fetched = await raw(`/2010-04-01/Accounts/${accountSid}.json`);

  assert.equal(fetched.status, 200);
  check(fetched.json, schemaOf('/2010-04-01/Accounts/{Sid}.json', 'get', '200'), 'account');
});

test('error JSON has the documented shape', async () => {
  const missing = await raw(`${base}/Messages/SM${'0'.repeat(32)}.json`);

  assert.equal(missing.status, 404);
  assert.deepEqual(Object.keys(missing.json).sort(), ['code', 'message', 'more_info', 'status']);
  assert.equal(typeof missing.json.code, 'number');
  assert.equal(missing.json.status, 404);
});
