// Ported from the Flutter SDK's own suite, which ran against the real service:
// Backendless/Flutter-SDK example/test_driver/backendless_user_service.dart (commit 1e0771a). Dart is
// not run here, so each case is driven through the official JS SDK, which sends the same requests
// (describeUserClass, userroles, isvalidusertoken, register, login, update, logout, GET data/Users/{id}). Each
// case names its source line. Left out, and why: the platform roles ("AndroidUser", "IOSUser") are
// the Flutter client's own device roles, which a JS client does not claim; getCurrentUser,
// loggedInUser and getUserToken read the SDK's local state, not the server; the last case's
// anonymous `Data.of("Users").remove` is clean-up that depends on the app's permissions.
// Against profiledesk-server before the conformance changes these 12 cases all passed: this suite
// pins behaviour the server already had.
//
// usage: node sdk_flutter_suite.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer, freshSdk } from './harness.mjs';

const SRC = 'Backendless/Flutter-SDK example/test_driver/backendless_user_service.dart';

const server = await startServer(['--login-throttle', 'off']);
const sdk = freshSdk(server.url);
const tag = `${Date.now()}-${process.pid}`;
// The suite's fixed addresses with a unique part, so that reruns against one database do not collide;
// the demo schema requires `name`, which the suite's app did not.
const testEmail = `flutter_${tag}@example.com`;
const updatedEmail = `updated_flutter_${tag}@example.com`;
const testPass = 'test_password';
const updatedPass = 'updated_test_password';
let registeredWithId;

test(`${SRC}:27 describeUserClass: the default properties with their types`, async () => {
    const properties = await sdk.UserService.describeUserClass();
    const byName = new Map(properties.map((p) => [p.name, p]));
    const expected = { email: 'STRING', name: 'STRING', password: 'STRING', blUserLocale: 'STRING',
                       created: 'DATETIME', updated: 'DATETIME' };
    for (const [name, type] of Object.entries(expected)) {
        assert.ok(byName.has(name), `describeUserClass lacks ${name}`);
        assert.equal(byName.get(name).type, type, name);
    }
});

test(`${SRC}:73 roles before login include NotAuthenticatedUser`, async () => {
    const roles = await sdk.UserService.getUserRoles();
    assert.ok(roles.includes('NotAuthenticatedUser'), JSON.stringify(roles));
    assert.ok(!roles.includes('AuthenticatedUser'), JSON.stringify(roles));
});

test(`${SRC}:84 isValidLogin before login is false`, async () => {
    assert.equal(await sdk.UserService.isValidLogin(), false);
});

test(`${SRC}:90 register: the user comes back with its email and an objectId`, async () => {
    const user = await sdk.UserService.register({ email: testEmail, password: testPass, name: 'Flutter Test' });
    registeredWithId = user.objectId;
    assert.equal(user.email, testEmail);
    assert.equal(typeof registeredWithId, 'string');
    assert.ok(registeredWithId.length > 0);
});

test(`${SRC}:102 login`, async () => {
    const user = await sdk.UserService.login(testEmail, testPass);
    assert.equal(user.objectId, registeredWithId);
    assert.equal(user.email, testEmail);
});

test(`${SRC}:109 update the email and the password of the current user`, async () => {
    const current = await sdk.UserService.getCurrentUser();
    current.email = updatedEmail;
    current.password = updatedPass;
    const updated = await sdk.UserService.update(current);
    assert.equal(updated.email, updatedEmail);
});

test(`${SRC}:118 logout`, async () => {
    await sdk.UserService.logout();
    assert.equal(await sdk.UserService.isValidLogin(), false);
});

test(`${SRC}:125 login with the new credentials (and not with the old ones)`, async () => {
    await assert.rejects(sdk.UserService.login(testEmail, testPass), (err) => err.code === 3003);
    const user = await sdk.UserService.login(updatedEmail, updatedPass);
    assert.equal(user.objectId, registeredWithId);
    assert.equal(user.email, updatedEmail);
});

test(`${SRC}:144 roles after login include AuthenticatedUser`, async () => {
    const roles = await sdk.UserService.getUserRoles();
    assert.ok(roles.includes('AuthenticatedUser'), JSON.stringify(roles));
    assert.ok(!roles.includes('NotAuthenticatedUser'), JSON.stringify(roles));
});

test(`${SRC}:155 isValidLogin after login is true`, async () => {
    assert.equal(await sdk.UserService.isValidLogin(), true);
});

test(`${SRC}:169 logout again, then roles and isValidLogin are an anonymous caller's`, async () => {
    await sdk.UserService.logout();
    assert.equal(await sdk.UserService.isValidLogin(), false);
    const roles = await sdk.UserService.getUserRoles();
    assert.ok(roles.includes('NotAuthenticatedUser'), JSON.stringify(roles));
});

// The suite asks after logging out, in an app whose Users table grants FIND to NotAuthenticatedUser
// (Backendless's default permissions). The demo app denies it (1013, docs/PROTOCOL.md "Roles"), an
// app setting and not the protocol, so the refusal is checked and the lookup made signed in.
test(`${SRC}:207 findById of the registered user`, async () => {
    await assert.rejects(sdk.Data.of('Users').findById(registeredWithId), (err) => err.code === 1013);
    await sdk.UserService.login(updatedEmail, updatedPass);
    // Flutter's userService.findById sends GET data/Users/{id}; the JS SDK's call for it is Data.of('Users').
    const user = await sdk.Data.of('Users').findById(registeredWithId);
    assert.equal(user.objectId, registeredWithId);
    assert.equal(user.email, updatedEmail);
});
