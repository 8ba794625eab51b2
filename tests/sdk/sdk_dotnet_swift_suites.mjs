// Ported from the Swift SDK's and the .NET SDK's own suites, which ran against the real service:
// Backendless/Swift-SDK Tests/SwiftSDKTests/** (commit 19f236c) and Backendless/.NET-SDK
// Backendless.Test/UserService/** (commit 37684dd / d4c2555). Those SDKs are not npm packages, so
// each case is driven through the official JS SDK where it has the call and over raw REST (the
// request those SDKs send) where it does not. Each case names its source line. Left-out cases and
// the reasons: docs/PROTOCOL.md, "Conformance with the SDKs' own suites".
//
// usage: node sdk_dotnet_swift_suites.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer, freshSdk, rest, expectCode, expectRestCode, randUser } from './harness.mjs';

const NET_REG = 'Backendless/.NET-SDK Backendless.Test/UserService/SyncTests/RegistrationTests.cs';
const NET_LOGIN = 'Backendless/.NET-SDK Backendless.Test/UserService/SyncTests/LoginTest.cs';
const NET_UPDATE = 'Backendless/.NET-SDK Backendless.Test/UserService/SyncTests/UpdateTest.cs';
const NET_PROPS = 'Backendless/.NET-SDK Backendless.Test/UserService/SyncTests/UserPropertiesTest.cs';
const NET_LOGOUT = 'Backendless/.NET-SDK Backendless.Test/UserService/SyncTests/LogoutTest.cs';
const NET_RESTORE = 'Backendless/.NET-SDK Backendless.Test/UserService/SyncTests/RestorePasswordTest.cs';
const SWIFT_USERS = 'Backendless/Swift-SDK Tests/SwiftSDKTests/UserServiceTests/UserServiceTests.swift';
const SWIFT_PERSISTENCE = 'Backendless/Swift-SDK Tests/SwiftSDKTests/PersistenceTests/PersistenceServiceTests.swift';
const SWIFT_FFL = 'Backendless/Swift-SDK Tests/SwiftSDKTests/PersistenceTests/FindFirstLastTests.swift';

const main = await startServer(['--login-throttle', 'off']);
const register = (body) => rest(main.url, 'POST', 'users/register', { body });

// --- .NET RegistrationTests.cs: the precedence of the registration checks ---

test(`${NET_REG}:30 an empty user: the password is missing first (3011)`, async () => {
    expectRestCode(await register({}), 3011);
    expectRestCode(await register({ name: 'No Credentials' }), 3011);
});

test(`${NET_REG}:46 identity and password but a required property absent: 3012`, async () => {
    const { name, ...withoutName } = randUser();
    assert.ok(name);
    expectRestCode(await register(withoutName), 3012);
});

test(`${NET_REG}:85 and :103 a required property sent as null or "": 3041`, async () => {
    expectRestCode(await register(randUser({ name: null })), 3041);
    expectRestCode(await register(randUser({ name: '' })), 3041);
});

test(`${NET_REG}:137 register with a new property: every sent property comes back`, async () => {
    // The suite names it "property_key#<n>"; '#' is no valid column name here or in today's
    // console, so the name is property_key_<n>.
    const key = `property_key_${process.pid}`;
    const user = randUser({ [key]: `property_value_${process.pid}` });
    const saved = await freshSdk(main.url).UserService.register(user);
    assert.equal(typeof saved.objectId, 'string');
    for (const [k, v] of Object.entries(user)) if (k !== 'password') assert.equal(saved[k], v, k);
});

test(`${NET_REG}:158 a taken identity: 3033`, async () => {
    const user = randUser();
    await register(user);
    expectRestCode(await register({ ...randUser(), email: user.email }), 3033);
});

test(`${NET_REG}:177 register with an objectId: 3039`, async () => {
    const first = await register(randUser());
    expectRestCode(await register(randUser({ objectId: first.body.objectId })), 3039);
    expectRestCode(await register(randUser({ objectId: 'my-own-id' })), 3039);
});

test(`${NET_REG}:196 registration disabled: 3009`, async () => {
    const closed = await startServer(['--user-registration', 'off']);
    expectRestCode(await rest(closed.url, 'POST', 'users/register', { body: randUser() }), 3009);
});

test(`${NET_REG}:212 a new property while dynamic schema is off: 3010`, async () => {
    const strict = await startServer(['--dynamic-schema', 'off']);
    expectRestCode(await rest(strict.url, 'POST', 'users/register', { body: randUser({ somedynamicpropertykey: 'v' }) }), 3010);
});

test(`${NET_REG}:230 no identity value (password present): 3013`, async () => {
    const { email, ...withoutEmail } = randUser();
    assert.ok(email);
    expectRestCode(await register(withoutEmail), 3013);
});

// --- .NET LoginTest.cs ---

test(`${NET_LOGIN}:38 wrong credentials: 3003`, async () => {
    const user = randUser();
    await register(user);
    await expectCode(freshSdk(main.url).UserService.login(`${user.email}foobar`, `${user.password}foobar`), 3003);
});

test(`${NET_LOGIN}:68 proper credentials, then describeUserClass`, async () => {
    const sdk = freshSdk(main.url);
    const user = randUser();
    await sdk.UserService.register(user);
    await sdk.UserService.login(user.email, user.password);
    assert.ok((await sdk.UserService.describeUserClass()).length > 0);
});

test(`${NET_LOGIN}:100 one failed login does not lock (no lock by default)`, async () => {
    const sdk = freshSdk(main.url);
    const user = randUser();
    await sdk.UserService.register(user);
    await expectCode(sdk.UserService.login(user.email, `${user.password}foo`), 3003);
    assert.equal((await sdk.UserService.login(user.email, user.password)).email, user.email);
});

test(`${NET_LOGIN}:137 the current user after login holds every registered property`, async () => {
    const sdk = freshSdk(main.url);
    const key = `property_key_login_${process.pid}`;
    const user = randUser({ [key]: 'property_value' });
    await sdk.UserService.register(user);
    await sdk.UserService.login(user.email, user.password);
    const current = await sdk.UserService.getCurrentUser();
    for (const [k, v] of Object.entries(user)) if (k !== 'password') assert.equal(current[k], v, k);
});

// --- .NET UpdateTest.cs ---

async function loggedInUser(url = main.url) {
    const sdk = freshSdk(url);
    const user = randUser();
    await sdk.UserService.register(user);
    const logged = await sdk.UserService.login(user.email, user.password);
    return { sdk, user, logged };
}

test(`${NET_UPDATE}:106 a new property while dynamic schema is off: 3031`, async () => {
    const strict = await startServer(['--dynamic-schema', 'off']);
    const { sdk, logged } = await loggedInUser(strict.url);
    await expectCode(sdk.UserService.update({ ...logged, somePropertyKey: 'somePropertyValue' }), 3031);
});

test(`${NET_UPDATE}:123 a new property with dynamic schema on becomes a STRING column`, async () => {
    const { sdk, logged } = await loggedInUser();
    const key = `somePropertyKey${process.pid}`;
    await sdk.UserService.update({ ...logged, [key]: 'somePropertyValue' });
    const column = (await sdk.UserService.describeUserClass()).find((c) => c.name === key);
    assert.equal(column?.type, 'STRING');
});

test(`${NET_UPDATE}:153 update email and password, then log in with the new ones`, async () => {
    const { sdk, logged } = await loggedInUser();
    const email = `new_${randUser().email}`;
    const updated = await sdk.UserService.update({ ...logged, email, password: 'some_new_password' });
    assert.equal(updated.email, email);
    assert.equal('password' in updated, false);
    assert.equal((await freshSdk(main.url).UserService.login(email, 'some_new_password')).email, email);
});

test(`${NET_UPDATE}:168 update the identity alone`, async () => {
    const { sdk, logged } = await loggedInUser();
    const email = `some_new_login_${logged.email}`;
    assert.equal((await sdk.UserService.update({ ...logged, email })).email, email);
});

// --- .NET UserPropertiesTest.cs, LogoutTest.cs, RestorePasswordTest.cs ---

test(`${NET_PROPS}:16 describeUserClass after registering with a new property: each has a name and a type`, async () => {
    const sdk = freshSdk(main.url);
    const user = randUser({ property_key_Sync: 'value' });
    await sdk.UserService.register(user);
    await sdk.UserService.login(user.email, user.password);
    const properties = await sdk.UserService.describeUserClass();
    assert.ok(properties.length > 0);
    for (const p of properties) {
        assert.equal(typeof p.name, 'string');
        assert.equal(typeof p.type, 'string');
    }
    assert.ok(properties.some((p) => p.name === 'property_key_Sync'));
});

test(`${NET_LOGOUT}:11 logout: no current user`, async () => {
    const { sdk } = await loggedInUser();
    await sdk.UserService.logout();
    assert.equal(await sdk.UserService.getCurrentUser(), null);
});

test(`${NET_RESTORE}:14 and :22 restore password: a known identity succeeds, an unknown one 3020`, async () => {
    const { sdk, logged } = await loggedInUser();
    await sdk.UserService.restorePassword(logged.email);
    await expectCode(sdk.UserService.restorePassword(`fake_login_${logged.email}`), 3020);
});

// --- Swift UserServiceTests.swift ---

test(`${SWIFT_USERS}:38 to :154 describe, register, login, token valid, roles, update, logout, token invalid, restore`, async () => {
    const sdk = freshSdk(main.url);
    assert.ok((await sdk.UserService.describeUserClass()).length > 0); // :38
    const user = randUser({ name: 'Test User' });
    assert.ok(await sdk.UserService.register(user)); // :50
    const logged = await sdk.UserService.login(user.email, user.password); // :69
    const token = logged['user-token'];
    assert.equal(typeof token, 'string');
    assert.equal(await sdk.UserService.isValidLogin(), true); // :86
    assert.ok(Array.isArray(await sdk.UserService.getUserRoles())); // :97
    const updated = await sdk.UserService.update({ ...logged, name: 'New name' }); // :108
    assert.equal(updated.name, 'New name');
    // (The Swift SDK also refreshes its current user; that is the SDK's, not the server's.)
    assert.equal((await sdk.Data.of('Users').findById(logged.objectId)).name, 'New name');
    await sdk.UserService.logout(); // :124
    assert.equal(await sdk.UserService.getCurrentUser(), null);
    assert.equal((await rest(main.url, 'GET', `users/isvalidusertoken/${token}`)).body, false); // :135
    await sdk.UserService.restorePassword(user.email); // :146
});

// --- Swift PersistenceServiceTests.swift, FindFirstLastTests.swift (TestClass there, Users here) ---

test(`${SWIFT_PERSISTENCE}:50 describe a table: some properties`, async () => {
    const staff = freshSdk(main.url);
    await staff.UserService.login('support@example.com', 'Support-pass-1');
    assert.ok((await staff.Data.describe('Users')).length > 0);
    const reply = await rest(main.url, 'GET', 'data/Users/properties');
    assert.equal(reply.status, 200);
    assert.ok(reply.body.some((c) => c.name === 'email'));
});

test(`${SWIFT_FFL}:41 to :229 GET data/Users/first and /last follow sortBy; without it, creation order`, async () => {
    const staff = freshSdk(main.url);
    const support = await staff.UserService.login('support@example.com', 'Support-pass-1');
    const token = support['user-token'];
    const tag = `ffl${process.pid}`;
    const people = [['aaa', 20], ['zzz', 1], ['ccc', 44]];
    for (const [name, age] of people) {
        const user = randUser({ name, email: `${name}.${tag}@example.com` });
        await register(user);
        const [saved] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setWhereClause(`email = '${user.email}'`));
        await staff.Data.of('Users').save({ objectId: saved.objectId, age });
    }
    const where = encodeURIComponent(`email LIKE '%.${tag}@example.com'`);
    const ask = async (end, sortBy) => {
        const sort = sortBy ? `&sortBy=${encodeURIComponent(sortBy)}` : '';
        const reply = await rest(main.url, 'GET', `data/Users/${end}?where=${where}${sort}`, { token });
        assert.equal(reply.status, 200, JSON.stringify(reply.body));
        return [reply.body.name, reply.body.age];
    };
    assert.deepEqual(await ask('first', 'age DESC'), ['ccc', 44]); // :41
    assert.deepEqual(await ask('first', 'age ASC'), ['zzz', 1]); // :65
    assert.deepEqual(await ask('last', 'age DESC'), ['zzz', 1]); // :159
    assert.deepEqual(await ask('last', 'age ASC'), ['ccc', 44]); // :183
    assert.deepEqual(await ask('last', 'name DESC'), ['aaa', 20]); // :205
    assert.deepEqual(await ask('first'), ['aaa', 20]); // creation order
    assert.deepEqual(await ask('last'), ['ccc', 44]); // :229
    // One more 44: ties broken by the second key (:89, :113).
    const user = randUser({ name: 'zzz', email: `zzz2.${tag}@example.com` });
    await register(user);
    const [saved] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setWhereClause(`email = '${user.email}'`));
    await staff.Data.of('Users').save({ objectId: saved.objectId, age: 44 });
    assert.deepEqual(await ask('first', 'age DESC,name ASC'), ['ccc', 44]);
    assert.deepEqual(await ask('first', 'age DESC,name DESC'), ['zzz', 44]);
});
