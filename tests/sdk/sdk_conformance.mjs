// Drives the official Backendless JS SDK (npm `backendless` 8.0.0) against profiledesk-server and
// checks that it behaves as against Backendless: login, describe the user class, the seed document's
// update, the data API, and each update error code arriving as err.code / err.status / err.message.
//
// usage: node sdk_conformance.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer, freshSdk, expectCode } from './harness.mjs';

const main = await startServer([]);
const Backendless = freshSdk(main.url);

test('login returns the user with a token and without the password', async () => {
    const user = await Backendless.UserService.login('alice@example.com', 'Alice-pass-1', false);
    assert.equal(user.email, 'alice@example.com');
    assert.equal(user.name, 'Alice Example');
    assert.equal(user.password, undefined);
    assert.equal(typeof user['user-token'], 'string');
    assert.equal(typeof user.created, 'number');
    console.log(`login: objectId=${user.objectId} name=${user.name}`);
});

test('describeUserClass lists the schema', async () => {
    const props = await Backendless.UserService.describeUserClass();
    const byName = Object.fromEntries(props.map((p) => [p.name, p]));
    assert.equal(byName.email.identity, true);
    assert.equal(byName.name.required, true);
    assert.equal(byName.age.type, 'INT');
    assert.equal(byName.newsletter.type, 'BOOLEAN');
    console.log(`describeUserClass: ${props.map((p) => `${p.name}:${p.type}`).join(' ')}`);
});

test('the seed document: user.address = "123 Main St"; UserService.update(user)', async () => {
    const user = await Backendless.UserService.getCurrentUser();
    user.address = '123 Main St';
    const updated = await Backendless.UserService.update(user);
    assert.equal(updated.address, '123 Main St');
    assert.equal(updated.email, 'alice@example.com');
    assert.equal(updated.password, undefined);
    const again = await Backendless.Data.of('Users').findById(updated.objectId);
    assert.equal(again.address, '123 Main St');
    console.log(`update: address=${updated.address} updated=${updated.updated}`);
});

test('isValidLogin and userroles', async () => {
    assert.equal(await Backendless.UserService.isValidLogin(), true);
    const roles = await Backendless.UserService.getUserRoles();
    assert.ok(roles.includes('AuthenticatedUser'), JSON.stringify(roles));
});

test('3018: identity taken', async () => {
    const user = await Backendless.UserService.getCurrentUser();
    const err = await expectCode(Backendless.UserService.update({ ...user, email: 'bob@example.com' }), 3018);
    console.log(`3018: status=${err.status} message=${err.message}`);
});

test('3045: a required property emptied', async () => {
    const user = await Backendless.UserService.getCurrentUser();
    await expectCode(Backendless.UserService.update({ objectId: user.objectId, name: '' }), 3045);
});

test('3024: a value of the wrong type', async () => {
    const user = await Backendless.UserService.getCurrentUser();
    await expectCode(Backendless.UserService.update({ objectId: user.objectId, age: 'forty' }), 3024);
});

test('data API: FIND as a plain user is refused with 1013; staff can find and count', async () => {
    const sdk = freshSdk(main.url);
    await sdk.UserService.login('alice@example.com', 'Alice-pass-1', false);
    const query = sdk.DataQueryBuilder.create().setWhereClause("email LIKE 'user00%'");
    await expectCode(sdk.Data.of('Users').find(query), 1013);
    await sdk.UserService.logout();
    await sdk.UserService.login('support@example.com', 'Support-pass-1', false);
    query.setPageSize(100).setSortBy(['email desc']);
    const page = await sdk.Data.of('Users').find(query);
    assert.equal(page.length, 99);
    assert.equal(page[0].email, 'user0099@example.com');
    assert.equal(await sdk.Data.of('Users').getObjectCount(query), 99);
    const updated = await sdk.Data.of('Users').save({ objectId: page[0].objectId, name: 'Edited by staff' });
    assert.equal(updated.name, 'Edited by staff');
    await expectCode(sdk.Data.of('Users').find(sdk.DataQueryBuilder.create().setWhereClause("email = = 'x'")), 1017);
    console.log(`staff: found ${page.length}, first ${page[0].email}`);
});

test('3029 and 3030 through the user service', async () => {
    const bobSdk = freshSdk(main.url);
    const bob = await bobSdk.UserService.login('bob@example.com', 'Bob-pass-1', false);
    const sdk = freshSdk(main.url);
    await sdk.UserService.login('alice@example.com', 'Alice-pass-1', false);
    await expectCode(sdk.UserService.update({ objectId: bob.objectId, name: 'x' }), 3029);
    await expectCode(sdk.UserService.update({ objectId: 'NO-SUCH-ID', name: 'x' }), 3030);
});

test('3064: a dead token; 3028: no token', async () => {
    const sdk = freshSdk(main.url);
    const alice = await sdk.UserService.login('alice@example.com', 'Alice-pass-1', false);
    sdk.UserService.setCurrentUserToken('not-a-real-token');
    await expectCode(sdk.UserService.update({ objectId: alice.objectId, name: 'x' }), 3064);
    const anon = freshSdk(main.url);
    await expectCode(anon.UserService.update({ objectId: alice.objectId, name: 'x' }), 3028);
});

test('2002: wrong application id or API key', async () => {
    const wrong = freshSdk(main.url, 'wrong-app', 'wrong-key');
    await expectCode(wrong.UserService.login('alice@example.com', 'Alice-pass-1', false), 2002);
});

test('3031: a new property while dynamic schema is off', async () => {
    const strict = await startServer(['--dynamic-schema', 'off']);
    const sdk = freshSdk(strict.url);
    const alice = await sdk.UserService.login('alice@example.com', 'Alice-pass-1', false);
    const err = await expectCode(sdk.UserService.update({ objectId: alice.objectId, favouriteColour: 'teal' }), 3031);
    console.log(`3031: status=${err.status} message=${err.message}`);
});

// Login policies (issue 11), each on the same user from several "devices" (SDK instances).
async function loginFrom(url, password = 'Bob-pass-1') {
    const sdk = freshSdk(url);
    await sdk.UserService.login('bob@example.com', password, false);
    return sdk;
}

test('login policy, default: the second login ends the first session', async () => {
    const first = await loginFrom(main.url);
    const second = await loginFrom(main.url);
    assert.equal(await first.UserService.isValidLogin(), false);
    assert.equal(await second.UserService.isValidLogin(), true);
});

test('login policy, --multiple-logins on --max-logins 2: two sessions stay valid, a third login gets 3044', async () => {
    const server = await startServer(['--multiple-logins', 'on', '--max-logins', '2']);
    const first = await loginFrom(server.url);
    const second = await loginFrom(server.url);
    await expectCode(freshSdk(server.url).UserService.login('bob@example.com', 'Bob-pass-1', false), 3044);
    assert.equal(await first.UserService.isValidLogin(), true);
    assert.equal(await second.UserService.isValidLogin(), true);
});

test('login policy, --second-login refuse: the second login gets 3002, the first stays valid', async () => {
    const server = await startServer(['--second-login', 'refuse']);
    const first = await loginFrom(server.url);
    await expectCode(freshSdk(server.url).UserService.login('bob@example.com', 'Bob-pass-1', false), 3002);
    assert.equal(await first.UserService.isValidLogin(), true);
});

test('login policy, --failed-logins-lock 2: a success resets the count; after 2 failures even the right password gets 3036', async () => {
    const server = await startServer(['--failed-logins-lock', '2']);
    const sdk = freshSdk(server.url);
    await expectCode(sdk.UserService.login('bob@example.com', 'wrong', false), 3003);
    await sdk.UserService.login('bob@example.com', 'Bob-pass-1', false);
    await expectCode(sdk.UserService.login('bob@example.com', 'wrong', false), 3003);
    await expectCode(sdk.UserService.login('bob@example.com', 'wrong', false), 3003);
    await expectCode(sdk.UserService.login('bob@example.com', 'Bob-pass-1', false), 3036);
});

test('login policy, default: no number of failures locks the account', async () => {
    // The per-address throttle (on by default) would space 25 failures out over minutes; it
    // slows an address, never locks an account, and tests/hostile covers it.
    const server = await startServer(['--login-throttle', 'off']);
    const sdk = freshSdk(server.url);
    for (let i = 0; i < 25; ++i)
        await expectCode(sdk.UserService.login('bob@example.com', 'wrong', false), 3003);
    const bob = await sdk.UserService.login('bob@example.com', 'Bob-pass-1', false);
    assert.equal(bob.email, 'bob@example.com');
});

test('--dynamic-schema drop: an unknown property is dropped and the update answers 200', async () => {
    const server = await startServer(['--dynamic-schema', 'drop']);
    const sdk = freshSdk(server.url);
    const alice = await sdk.UserService.login('alice@example.com', 'Alice-pass-1', false);
    const saved = await sdk.UserService.update({ objectId: alice.objectId, address: '9 Drop St', favouriteColour: 'teal' });
    assert.equal(saved.address, '9 Drop St');
    assert.equal(saved.favouriteColour, undefined);
});

test('the Pro URL form: serverURL .../api, the SDK appends /{appId}/{apiKey}', async () => {
    const pro = freshSdk(`${main.url}/api`);
    const user = await pro.UserService.login('alice@example.com', 'Alice-pass-1', false);
    assert.equal(user.email, 'alice@example.com');
    assert.equal(user.accountType, 'BACKENDLESS');
    assert.ok('oAuthIdentities' in user);
});
