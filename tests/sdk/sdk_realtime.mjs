// The official JS SDK's Real-Time data listeners (npm `backendless` 8.0.0, which bundles
// backendless-rt-client 1.0.2 and socket.io-client 4) against profiledesk-server, with the SDK's
// default transports: HTTP long-polling first, then the WebSocket upgrade (docs/PROTOCOL.md
// "Real-Time"). Cases after JS-SDK test/e2e/specs/rt/data.js "simple update".
//
// No fixed sleeps: "no event" is checked by ordering. Each connection's events leave the server in the
// order of the updates, so once the event of a later update has arrived, an earlier one that was due
// would have arrived first.
//
// usage: node sdk_realtime.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer, freshSdk, rest } from './harness.mjs';

const main = await startServer([]);

async function signedIn(email, password) {
    const sdk = freshSdk(main.url);
    const user = await sdk.UserService.login(email, password, false);
    return { sdk, user };
}

// Resolves when `predicate()` holds, polling; fails after `ms`.
async function until(predicate, what, ms = 5000) {
    const deadline = Date.now() + ms;
    while (!predicate()) {
        if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
}

// addUpdateListener(where) with a recording callback; resolves once the server has answered SUB_READY
// (the RT client's own subscription store says so: RTListeners.subscriptions[event][i].subscription).
async function listen(sdk, where) {
    const handlers = sdk.Data.of('Users').rt();
    const events = [];
    const errors = [];
    const callback = (object) => events.push(object);
    handlers.addUpdateListener(where, callback, (error) => errors.push(error));
    const stores = handlers.subscriptions.updated;
    const store = stores[stores.length - 1];
    await until(() => store.subscription.isReady() || errors.length > 0, `SUB_READY for ${where}`);
    return { handlers, events, errors, callback };
}

async function transportOf(sdk) {
    const socket = await sdk.RT.session.getSocket();
    return socket.ioSocket.io.engine.transport.name;
}

test('/info names the Real-Time host (rtURL)', async () => {
    const info = await fetch(`${main.url}/${'demo-app-id'}/${'demo-rest-key'}/info`).then((r) => r.json());
    assert.equal(info.rtURL, main.url.replace(/\/$/, ''));
});

test('an update made elsewhere arrives as the whole object, over the upgraded WebSocket', async () => {
    const { sdk, user: alice } = await signedIn('alice@example.com', 'Alice-pass-1');
    const listener = await listen(sdk, `objectId = '${alice.objectId}'`);
    assert.deepEqual(listener.errors, []);

    // Elsewhere: a support person, through the Data API. (A second login of alice's would end this
    // session: the demo's login policy allows one.)
    const staff = await signedIn('support@example.com', 'Support-pass-1');
    const saved = await staff.sdk.Data.of('Users').save({ objectId: alice.objectId, phone: '+44 20 7946 0001' });
    await until(() => listener.events.length === 1, 'the update event');
    const event = listener.events[0];
    assert.equal(event.objectId, alice.objectId);
    assert.equal(event.phone, '+44 20 7946 0001');
    assert.equal(event.___class, 'Users');
    assert.equal(typeof event.created, 'number');
    assert.equal(typeof event.updated, 'number');
    // The whole object: every property the REST answer has, with the same values.
    for (const [key, value] of Object.entries(saved)) {
        if (typeof value !== 'function') assert.deepEqual(event[key], value, `property ${key}`);
    }
    assert.equal(event.password, undefined);

    // The SDK started with polling and upgraded (its default transports).
    await until(() => sdk.RT.session && true, 'an RT session');
    assert.equal(await transportOf(sdk), 'websocket');
    sdk.RT.disconnect?.();
    sdk.resetRT();
});

test('the user service path too: her own update through UserService.update arrives', async () => {
    const { sdk, user: alice } = await signedIn('alice@example.com', 'Alice-pass-1');
    const listener = await listen(sdk, `objectId = '${alice.objectId}'`);
    await sdk.UserService.update({ objectId: alice.objectId, name: 'Alice via the user service' });
    await until(() => listener.events.length === 1, 'the update event');
    assert.equal(listener.events[0].name, 'Alice via the user service');
    assert.equal(listener.events[0].email, 'alice@example.com');
    sdk.resetRT();
});

test('no event for another user, and none after removeUpdateListeners', async () => {
    const staff = await signedIn('support@example.com', 'Support-pass-1');
    const { user: alice } = await signedIn('alice@example.com', 'Alice-pass-1');
    const { user: bob } = await signedIn('bob@example.com', 'Bob-pass-1');
    const onAlice = await listen(staff.sdk, `objectId = '${alice.objectId}'`);
    const onBob = await listen(staff.sdk, `objectId = '${bob.objectId}'`);
    const data = staff.sdk.Data.of('Users');

    // bob changes, then alice: alice's listener hears only alice.
    await data.save({ objectId: bob.objectId, name: 'Bob one' });
    await data.save({ objectId: alice.objectId, name: 'Alice one' });
    await until(() => onAlice.events.length === 1 && onBob.events.length === 1, 'one event each');
    assert.equal(onAlice.events[0].name, 'Alice one');
    assert.equal(onBob.events[0].name, 'Bob one');

    // alice's listeners removed: her next change, then bob's; bob's arrives, alice's never came.
    onAlice.handlers.removeUpdateListeners(`objectId = '${alice.objectId}'`);
    await data.save({ objectId: alice.objectId, name: 'Alice two' });
    await data.save({ objectId: bob.objectId, name: 'Bob two' });
    await until(() => onBob.events.length === 2, "bob's second event");
    assert.equal(onAlice.events.length, 1, 'an event after removeUpdateListeners');
    staff.sdk.resetRT();
});

test("a user without FIND on another user gets none of that user's events", async () => {
    const bob = await signedIn('bob@example.com', 'Bob-pass-1');
    const staff = await signedIn('support@example.com', 'Support-pass-1');
    const { user: alice } = await signedIn('alice@example.com', 'Alice-pass-1');
    // bob (no FIND on other users: GET data/Users/{alice} is 1013 for him) listens to alice, and to himself.
    const denied = await rest(main.url, 'GET', `data/Users/${alice.objectId}`, { token: bob.user['user-token'] });
    assert.equal(denied.body.code, 1013);
    const onAlice = await listen(bob.sdk, `objectId = '${alice.objectId}'`);
    const onSelf = await listen(bob.sdk, `objectId = '${bob.user.objectId}'`);
    // Staff, who may FIND alice, listens the same way: the event was there to have.
    const staffOnAlice = await listen(staff.sdk, `objectId = '${alice.objectId}'`);

    await staff.sdk.Data.of('Users').save({ objectId: alice.objectId, name: 'Alice, seen by staff only' });
    await staff.sdk.Data.of('Users').save({ objectId: bob.user.objectId, name: 'Bob, seen by bob' });
    await until(() => onSelf.events.length === 1 && staffOnAlice.events.length === 1, 'the permitted events');
    assert.equal(staffOnAlice.events[0].name, 'Alice, seen by staff only');
    assert.equal(onSelf.events[0].name, 'Bob, seen by bob');
    assert.equal(onAlice.events.length, 0, "bob received alice's change");
    bob.sdk.resetRT();
    staff.sdk.resetRT();
});

test('a where clause the find parser refuses ends the subscription with its error', async () => {
    const { sdk } = await signedIn('alice@example.com', 'Alice-pass-1');
    const listener = await listen(sdk, "nosuchcolumn = 'x'");
    assert.equal(listener.errors.length, 1);
    assert.equal(listener.errors[0].code, 1017);
    assert.match(listener.errors[0].message, /unknown column 'nosuchcolumn'/);
    sdk.resetRT();
});

test('a where clause other than objectId: the same matching as find', async () => {
    const staff = await signedIn('support@example.com', 'Support-pass-1');
    const { user: alice } = await signedIn('alice@example.com', 'Alice-pass-1');
    const { user: bob } = await signedIn('bob@example.com', 'Bob-pass-1');
    const listener = await listen(staff.sdk, "name LIKE 'Match%'");
    const data = staff.sdk.Data.of('Users');
    await data.save({ objectId: bob.objectId, name: 'No match' });
    await data.save({ objectId: alice.objectId, name: 'Match me' });
    await until(() => listener.events.length === 1, 'the matching event');
    assert.equal(listener.events[0].objectId, alice.objectId);
    staff.sdk.resetRT();
});

test('a new token goes in as SET_USER_TOKEN; a dead one is refused', async () => {
    const { sdk, user: alice } = await signedIn('alice@example.com', 'Alice-pass-1');
    await listen(sdk, `objectId = '${alice.objectId}'`);
    const again = await freshSdk(main.url).UserService.login('alice@example.com', 'Alice-pass-1', false);
    await sdk.RT.methods.setUserToken({ userToken: again['user-token'] });
    await assert.rejects(sdk.RT.methods.setUserToken({ userToken: 'not-a-token' }), (error) => error.code === 3064);
    sdk.resetRT();
});
