// Ported from the official JS SDK's own suites (Backendless/JS-SDK at v8.0.0, commit 040b064):
// test/e2e/specs/*.js ran against the real service; test/unit/specs/** mock HTTP and so state the
// exact request the SDK sends and the answer it expects. Each case names its source line. What the
// SDK has no call for is sent over raw REST. Left-out cases and the reasons: docs/PROTOCOL.md,
// "Conformance with the SDKs' own suites".
//
// usage: node sdk_js_suites.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { startServer, freshSdk, rest, expectCode, expectRestCode, randUser } from './harness.mjs';

const E2E_USERS = 'Backendless/JS-SDK test/e2e/specs/users.js';
const E2E_PERSISTENCE = 'Backendless/JS-SDK test/e2e/specs/persistence.js';
const E2E_PROPS = 'Backendless/JS-SDK test/e2e/specs/data-properties.js';

// Users in each status the docs name (users_about_user_statuses), seeded through --config.
const statusUsers = {
    users: [
        { email: 'disabled@example.com', name: 'Disabled', password: 'Disabled-1', userStatus: 'DISABLED' },
        { email: 'pending@example.com', name: 'Pending', password: 'Pending-1', userStatus: 'EMAIL_CONFIRMATION_PENDING' },
    ],
};
const main = await startServer(['--login-throttle', 'off'], statusUsers);
const staffLogin = async () => {
    const sdk = freshSdk(main.url);
    await sdk.UserService.login('support@example.com', 'Support-pass-1', false);
    return sdk;
};

// --- users.js: registration ---

test(`${E2E_USERS}:64 register: objectId and email back, no password`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser();
    const result = await Backendless.UserService.register(user);
    assert.equal(typeof result.objectId, 'string');
    assert.equal(result.email, user.email);
    assert.equal('password' in result, false);
    // :74 registering does not make the user current
    assert.equal(await Backendless.UserService.getCurrentUser(), null);
});

test(`${E2E_USERS}:90 register(new User()) fails with 3011 (password is checked first)`, async () => {
    const Backendless = freshSdk(main.url);
    await expectCode(Backendless.UserService.register(new Backendless.User()), 3011);
});

test(`${E2E_USERS}:96 registering the same user twice: 3033`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser();
    await Backendless.UserService.register(user);
    await expectCode(Backendless.UserService.register(user), 3033);
});

test(`${E2E_USERS}:106 registration disabled: status 403, "User registration is denied for this version of application"`, async () => {
    const closed = await startServer([], { settings: { userRegistrationEnabled: false } });
    const err = await expectCode(freshSdk(closed.url).UserService.register(randUser()), 3009,
        'User registration is denied for this version of application');
    assert.equal(err.status, 403);
});

test(`${E2E_USERS}:132 dynamic properties on register by default`, async () => {
    const user = randUser({ foo: 'fooValue', bar: 'barValue' });
    const result = await freshSdk(main.url).UserService.register(user);
    assert.equal(result.foo, 'fooValue');
    assert.equal(result.bar, 'barValue');
});

test(`${E2E_USERS}:142 dynamic schema off as the real service was seen: new properties dropped, 200`, async () => {
    const drop = await startServer(['--dynamic-schema', 'drop']);
    const user = randUser({ foo2: 'fooValue', bar2: 'barValue' });
    const result = await freshSdk(drop.url).UserService.register(user);
    assert.equal(result.email, user.email);
    assert.equal('foo2' in result, false);
    assert.equal('bar2' in result, false);
});

// --- users.js: login ---

test(`${E2E_USERS}:179 login: the registered user with a token, no password`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser();
    const saved = await Backendless.UserService.register(user);
    const logged = await Backendless.UserService.login(user.email, user.password);
    assert.equal(logged.objectId, saved.objectId);
    assert.equal(logged.email, user.email);
    assert.equal('password' in logged, false);
    const current = await Backendless.UserService.getCurrentUser();
    assert.equal(typeof current['user-token'], 'string');
});

test(`${E2E_USERS}:193 and :199 an unknown login or a wrong password: 3003`, async () => {
    const Backendless = freshSdk(main.url);
    await expectCode(Backendless.UserService.login('invalid login', 'Alice-pass-1'), 3003);
    await expectCode(Backendless.UserService.login('alice@example.com', 'invalid password'), 3003);
});

test(`${E2E_USERS}:205 a DISABLED user: 3090`, async () => {
    await expectCode(freshSdk(main.url).UserService.login('disabled@example.com', 'Disabled-1'), 3090);
});

test('docs users_about_user_statuses: EMAIL_CONFIRMATION_PENDING cannot log in (3087, docs error-code list)', async () => {
    const sdk = freshSdk(main.url);
    await expectCode(sdk.UserService.login('pending@example.com', 'Pending-1'), 3087,
        'Unable to login. User email is not confirmed.');
    // ... and the wrong password still says only 3003 (nothing about the account's state).
    await expectCode(sdk.UserService.login('pending@example.com', 'wrong'), 3003);
});

test(`${E2E_USERS}:273 three failed logins, then the right password works (no lock by default)`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser();
    await Backendless.UserService.register(user);
    for (let i = 0; i < 3; ++i) await expectCode(Backendless.UserService.login(user.email, 'invalid'), 3003);
    assert.equal((await Backendless.UserService.login(user.email, user.password)).email, user.email);
});

test(`${E2E_USERS}:330 login by objectId with the REST (non CloudCode) key: 2014`, async () => {
    const staff = await staffLogin();
    const [bob] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setWhereClause("email = 'bob@example.com'"));
    await expectCode(freshSdk(main.url).UserService.login(bob.objectId), 2014,
        'Login by object id is allowed only for Code Runner API key');
});

test(`${E2E_USERS}:349 logout: no current user afterwards, the token is dead`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser();
    await Backendless.UserService.register(user);
    const logged = await Backendless.UserService.login(user.email, user.password);
    await Backendless.UserService.logout();
    assert.equal(await Backendless.UserService.getCurrentUser(), null);
    assert.equal((await rest(main.url, 'GET', `users/isvalidusertoken/${logged['user-token']}`)).body, false);
});

// --- users.js: update ---

test(`${E2E_USERS}:367 and :372 update a schema property and a new (dynamic) one`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser();
    await Backendless.UserService.register(user);
    const logged = await Backendless.UserService.login(user.email, user.password);
    assert.equal((await Backendless.UserService.update({ objectId: logged.objectId, name: 'New Name' })).name, 'New Name');
    assert.equal((await Backendless.UserService.update({ objectId: logged.objectId, data: 'custom data' })).data, 'custom data');
});

test(`${E2E_USERS}:378 dynamic schema off as the real service was seen: the new property is dropped`, async () => {
    const drop = await startServer(['--dynamic-schema', 'drop']);
    const Backendless = freshSdk(drop.url);
    const logged = await Backendless.UserService.login('alice@example.com', 'Alice-pass-1');
    const updated = await Backendless.UserService.update({ objectId: logged.objectId, data2: 'custom data' });
    assert.equal(updated.objectId, logged.objectId);
    assert.equal(updated.email, 'alice@example.com');
    assert.equal('data2' in updated, false);
});

// --- users.js: the rest of the user service ---

test(`${E2E_USERS}:432 and :438 restore password: a known identity succeeds (or 5050), an unknown one 3020 (or 5050)`, async () => {
    const Backendless = freshSdk(main.url);
    await Backendless.UserService.restorePassword('alice@example.com').catch((err) => assert.equal(err.code, 5050));
    const err = await Backendless.UserService.restorePassword(randUser().email).then(() => null, (e) => e);
    assert.ok(err && [5050, 3020].includes(err.code), `expected 5050 or 3020, got ${err && err.code}`);
});

test(`${E2E_USERS}:443 describeUserClass includes a property set at registration and the system columns`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser({ location: 'New York' });
    await Backendless.UserService.register(user);
    await Backendless.UserService.login(user.email, user.password);
    const names = (await Backendless.UserService.describeUserClass()).map((c) => c.name);
    for (const name of ['location', 'email', 'created', 'updated', 'objectId']) assert.ok(names.includes(name), name);
});

test(`${E2E_USERS}:467 assign/unassign a role with the REST key: 2011`, async () => {
    const Backendless = freshSdk(main.url);
    await Backendless.UserService.login('alice@example.com', 'Alice-pass-1');
    await expectCode(Backendless.UserService.assignRole('alice@example.com', 'SupportStaff'), 2011);
    await expectCode(Backendless.UserService.unassignRole('alice@example.com', 'SupportStaff'), 2011);
    assert.deepEqual((await Backendless.UserService.getUserRoles()).includes('SupportStaff'), false);
});

test(`${E2E_USERS}:573 disable/enable a user with the REST key: 3054 "Operation allowed only for BL logic."`, async () => {
    const Backendless = freshSdk(main.url);
    const alice = await Backendless.UserService.login('alice@example.com', 'Alice-pass-1');
    await expectCode(Backendless.UserService.disableUser(alice.objectId), 3054, 'Operation allowed only for BL logic.');
    await expectCode(Backendless.UserService.enableUser(alice.objectId), 3054, 'Operation allowed only for BL logic.');
    assert.equal(await Backendless.UserService.isValidLogin(), true);
});

test(`${E2E_USERS}:640 verifyPassword with the REST key: 3122`, async () => {
    const Backendless = freshSdk(main.url);
    await Backendless.UserService.login('alice@example.com', 'Alice-pass-1');
    await expectCode(Backendless.UserService.verifyPassword('Alice-pass-1'), 3122,
        'Password verification allowed only from CloudCode');
});

// --- persistence.js on the Users table ---

test(`${E2E_PERSISTENCE}:147 creating a user through the Data API without CREATE permission: 1011`, async () => {
    // The suite's app grants CREATE on Users; ours grants it to no role, so the documented refusal
    // (error-code list: 1011 "User has no permission to create entity") is what a client meets.
    const staff = await staffLogin();
    const user = randUser();
    await expectCode(staff.Data.of('Users').save(user), 1011);
    await expectCode(freshSdk(main.url).Data.of('Users').save(randUser()), 1011);
    assert.equal(await staff.Data.of('Users').getObjectCount(`email = '${user.email}'`), 0);
});

test(`${E2E_PERSISTENCE}:162 found users are Users without password`, async () => {
    const staff = await staffLogin();
    const users = await staff.Data.of('Users').find();
    assert.ok(users.length > 0);
    for (const user of users) {
        assert.equal(user.___class, 'Users');
        assert.equal('password' in user, false);
    }
});

test(`${E2E_PERSISTENCE}:187 a Data API save with a value of the wrong type: 1007 and its message`, async () => {
    const staff = await staffLogin();
    const [bob] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setWhereClause("email = 'bob@example.com'"));
    const err = await expectCode(staff.Data.of('Users').save({ ...bob, age: 'invalid number' }), 1007,
        'Unable to save object - invalid data type for properties - age. You can change the property type in developer console.');
    assert.ok(err);
    await expectCode(staff.Data.of('Users').save({ objectId: bob.objectId, newsletter: 'invalid number' }), 1007,
        'Unable to save object - invalid data type for properties - newsletter. You can change the property type in developer console.');
    await expectCode(staff.Data.of('Users').save({ objectId: bob.objectId, birthday: 'invalid number' }), 1007,
        'Invalid date format for property birthday');
    const again = await staff.Data.of('Users').findById(bob.objectId);
    assert.equal(again.age, bob.age);
});

test(`${E2E_PERSISTENCE}:251 findById of an id that does not exist: "Entity with ID ... not found"`, async () => {
    const staff = await staffLogin();
    await expectCode(staff.Data.of('Users').findById('NonExistingObjectId'), 1000,
        'Entity with ID NonExistingObjectId not found');
});

test(`${E2E_PERSISTENCE}:282 find with properties: only those (and objectId)`, async () => {
    const staff = await staffLogin();
    const check = async (query) => {
        const [first] = await staff.Data.of('Users').find(query);
        assert.equal('age' in first, false);
        assert.equal('updated' in first, false);
        assert.ok('name' in first);
        assert.ok('created' in first);
    };
    await check(staff.DataQueryBuilder.create().addProperties('name', 'created'));
    await check(staff.DataQueryBuilder.create().addProperties(['name', 'created']));
    await check(staff.DataQueryBuilder.create().addProperties('name').addProperties('created'));
});

test(`${E2E_PERSISTENCE}:326 find with a property that does not exist: 1006, "Column ... does not exist in table ..."`, async () => {
    const staff = await staffLogin();
    await expectCode(staff.Data.of('Users').find(staff.DataQueryBuilder.create().setProperties(['nonExistingProp'])), 1006,
        "Column 'nonExistingProp' does not exist in table 'Users'");
});

test(`${E2E_PERSISTENCE}:341 findFirst and findLast by creation`, async () => {
    const staff = await staffLogin();
    const all = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setSortBy(['created asc', 'objectId asc']).setPageSize(100));
    const first = await staff.Data.of('Users').findFirst();
    const last = await staff.Data.of('Users').findLast();
    assert.equal(first.created, all[0].created);
    assert.ok(last.created >= all[all.length - 1].created);
});

test(`${E2E_PERSISTENCE}:359 and :471 a table that does not exist: 1009`, async () => {
    const staff = await staffLogin();
    const message = "Table not found by name 'Table not found by name 'EmptyTable'. Make sure the client class referenced "
        + "in the API call has the same literal name as the table in Backendless console'";
    await expectCode(staff.Data.of('EmptyTable').findFirst(), 1009, message);
    await expectCode(staff.Data.describe('EmptyTable'), 1009, message);
});

test(`${E2E_PERSISTENCE}:376 an offset past the end: an empty page`, async () => {
    const staff = await staffLogin();
    assert.deepEqual(await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setOffset(5000)), []);
});

test(`${E2E_PERSISTENCE}:386 page size 100`, async () => {
    const staff = await staffLogin();
    assert.equal((await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setPageSize(100))).length, 100);
});

test(`${E2E_PERSISTENCE}:395 sorting: plain, asc, desc`, async () => {
    const staff = await staffLogin();
    const emails = async (sort) => (await staff.Data.of('Users').find(
        staff.DataQueryBuilder.create().setWhereClause("email LIKE 'user00%'").setSortBy(sort).setPageSize(3))).map((u) => u.email);
    assert.deepEqual(await emails('email'), ['user0001@example.com', 'user0002@example.com', 'user0003@example.com']);
    assert.deepEqual(await emails('email asc'), ['user0001@example.com', 'user0002@example.com', 'user0003@example.com']);
    assert.deepEqual(await emails('email desc'), ['user0099@example.com', 'user0098@example.com', 'user0097@example.com']);
});

test(`${E2E_PERSISTENCE}:414 prepareNextPage`, async () => {
    const staff = await staffLogin();
    const query = staff.DataQueryBuilder.create().setWhereClause("email LIKE 'user00%'").setSortBy('email');
    const page1 = await staff.Data.of('Users').find(query);
    query.prepareNextPage();
    const page2 = await staff.Data.of('Users').find(query);
    assert.equal(page1.length, 10);
    assert.equal(page1[0].email, 'user0001@example.com');
    assert.equal(page2[0].email, 'user0011@example.com');
});

test(`${E2E_PERSISTENCE}:433 getObjectCount with and without a condition`, async () => {
    const staff = await staffLogin();
    assert.equal(await staff.Data.of('Users').getObjectCount(staff.DataQueryBuilder.create().setWhereClause("email LIKE 'user00%'")), 99);
    assert.ok((await staff.Data.of('Users').getObjectCount()) >= 200);
});

test(`${E2E_PERSISTENCE}:450 Data.describe: each column with exactly the documented keys`, async () => {
    const staff = await staffLogin();
    const columns = await staff.Data.describe('Users');
    const names = columns.map((c) => c.name);
    for (const name of ['objectId', 'ownerId', 'created', 'updated', 'email', 'name', 'age']) assert.ok(names.includes(name), name);
    for (const column of columns) {
        assert.deepEqual(Object.keys(column).sort(),
            ['autoLoad', 'customRegex', 'defaultValue', 'expression', 'isPrimaryKey', 'name', 'relatedTable', 'required', 'type']);
    }
    assert.equal(columns.find((c) => c.name === 'age').type, 'INT');
});

// --- data-properties.js on the Users table ---

const keysOf = (object) => Object.keys(object).sort();

test(`${E2E_PROPS}:44 and :54 objectId (and ___class) always come back`, async () => {
    const staff = await staffLogin();
    const [first] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().addProperty('newsletter'));
    assert.deepEqual(keysOf(first), ['___class', 'newsletter', 'objectId']);
});

test(`${E2E_PROPS}:64 and :75 a few properties; setProperties replaces`, async () => {
    const staff = await staffLogin();
    const q = staff.DataQueryBuilder.create().addProperties('age', 'name').addProperty('newsletter');
    assert.deepEqual(keysOf((await staff.Data.of('Users').find(q))[0]), ['___class', 'age', 'name', 'newsletter', 'objectId']);
    q.setProperties('name');
    assert.deepEqual(keysOf((await staff.Data.of('Users').find(q))[0]), ['___class', 'name', 'objectId']);
});

test(`${E2E_PROPS}:89, :99 and :109 excludeProps`, async () => {
    const staff = await staffLogin();
    const all = keysOf((await staff.Data.of('Users').find())[0]);
    const one = keysOf((await staff.Data.of('Users').find(staff.DataQueryBuilder.create().excludeProperty('newsletter')))[0]);
    assert.deepEqual(one, all.filter((k) => k !== 'newsletter'));
    const several = keysOf((await staff.Data.of('Users').find(
        staff.DataQueryBuilder.create().excludeProperties('newsletter', 'name', 'age')))[0]);
    assert.deepEqual(several, all.filter((k) => !['newsletter', 'name', 'age'].includes(k)));
    const everything = all.filter((k) => !['___class', 'objectId'].includes(k));
    const none = keysOf((await staff.Data.of('Users').find(staff.DataQueryBuilder.create().excludeProperties(everything)))[0]);
    assert.deepEqual(none, ['___class', 'objectId']);
});

test(`${E2E_PROPS}:130, :142, :154 addAllProperties() ("*") with findFirst and findLast`, async () => {
    const staff = await staffLogin();
    const all = keysOf((await staff.Data.of('Users').find())[0]);
    const q = () => staff.DataQueryBuilder.create().addProperty('name').addAllProperties();
    assert.deepEqual(keysOf((await staff.Data.of('Users').find(q()))[0]), all);
    assert.deepEqual(keysOf(await staff.Data.of('Users').findFirst(q())), all);
    assert.deepEqual(keysOf(await staff.Data.of('Users').findLast(q())), all);
    // :167 ALL | !name
    const allButName = keysOf((await staff.Data.of('Users').find(staff.DataQueryBuilder.create().addAllProperties().excludeProperties('name')))[0]);
    assert.deepEqual(allButName, all.filter((k) => k !== 'name'));
});

// --- the unit specs: exact requests and answers ---

const UNIT = 'Backendless/JS-SDK test/unit/specs';

test(`${UNIT}/users/registration.js:60 blUserLocale sent on register is kept`, async () => {
    const Backendless = freshSdk(main.url);
    const user = randUser({ blUserLocale: 'MY_CUSTOM_LOCALE' });
    const saved = await Backendless.UserService.register(user);
    assert.equal(saved.blUserLocale, 'MY_CUSTOM_LOCALE');
    const logged = await Backendless.UserService.login(user.email, user.password);
    assert.equal(logged.blUserLocale, 'MY_CUSTOM_LOCALE');
    // :125 none sent (node has no navigator): the server's default
    assert.equal(typeof (await Backendless.UserService.register(randUser())).blUserLocale, 'string');
});

test(`${UNIT}/users/registration.js:24 POST users/register answers a Users object with an objectId`, async () => {
    const reply = await rest(main.url, 'POST', 'users/register', { body: { ___class: 'Users', ...randUser() } });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.___class, 'Users');
    assert.equal(typeof reply.body.objectId, 'string');
});

test(`${UNIT}/users/login.js:18 POST users/login {login, password}: ___class Users, objectId, user-token`, async () => {
    const reply = await rest(main.url, 'POST', 'users/login', { body: { login: 'alice@example.com', password: 'Alice-pass-1' } });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.___class, 'Users');
    assert.equal(typeof reply.body.objectId, 'string');
    assert.equal(typeof reply.body['user-token'], 'string');
});

test(`${UNIT}/users/login.js:73 POST users/login {objectId} with the REST key: 2014`, async () => {
    const login = await rest(main.url, 'POST', 'users/login', { body: { login: 'bob@example.com', password: 'Bob-pass-1' } });
    expectRestCode(await rest(main.url, 'POST', 'users/login', { body: { objectId: login.body.objectId } }), 2014);
});

test(`${UNIT}/users/basic.js:22 PUT users/{id} with the whole object (___class included) answers the Users object`, async () => {
    const login = await rest(main.url, 'POST', 'users/login', { body: { login: 'alice@example.com', password: 'Alice-pass-1' } });
    const token = login.body['user-token'];
    const reply = await rest(main.url, 'PUT', `users/${login.body.objectId}`, { token, body: { ...login.body, ___class: 'Users', name: 'Alice B' } });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.___class, 'Users');
    assert.equal(reply.body.objectId, login.body.objectId);
    assert.equal(reply.body.name, 'Alice B');
});

test(`${UNIT}/users/basic.js:86 PUT users/{id}/status {userStatus} with the REST key: 3054, the status unchanged`, async () => {
    const staff = await staffLogin();
    const [bob] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setWhereClause("email = 'bob@example.com'"));
    expectRestCode(await rest(main.url, 'PUT', `users/${bob.objectId}/status`, { body: { userStatus: 'DISABLED' } }), 3054);
    assert.equal((await staff.Data.of('Users').findById(bob.objectId)).userStatus, 'ENABLED');
});

test(`${UNIT}/users/current-user.js:201 GET users/isvalidusertoken/{token}: bare true / false`, async () => {
    const login = await rest(main.url, 'POST', 'users/login', { body: { login: 'alice@example.com', password: 'Alice-pass-1' } });
    const token = login.body['user-token'];
    assert.equal((await rest(main.url, 'GET', `users/isvalidusertoken/${token}`, { token })).body, true);
    assert.equal((await rest(main.url, 'GET', 'users/isvalidusertoken/test-token', { token: 'test-token' })).body, false);
});

test(`${UNIT}/users/basic.js:61 GET users/userclassprops without a token`, async () => {
    const reply = await rest(main.url, 'GET', 'users/userclassprops');
    assert.equal(reply.status, 200);
    assert.ok(Array.isArray(reply.body) && reply.body.length > 0);
});

test(`${UNIT}/users/roles.js:294 POST users/assignRole {user, roleName} with the REST key: 2011`, async () => {
    expectRestCode(await rest(main.url, 'POST', 'users/assignRole', { body: { user: 'alice@example.com', roleName: 'SupportStaff' } }), 2011);
    expectRestCode(await rest(main.url, 'POST', 'users/unassignRole', { body: { user: 'alice@example.com', roleName: 'SupportStaff' } }), 2011);
});

test(`${UNIT}/data/find.js:40 POST data/Users/find with every key the SDK sends (props "...,*", excludeProps)`, async () => {
    const staff = await staffLogin();
    const token = await staff.UserService.getCurrentUserToken();
    const reply = await rest(main.url, 'POST', 'data/Users/find', {
        token,
        body: {
            pageSize: 50, offset: 15, excludeProps: 'bio,phone', where: 'age >= 0 OR age IS NULL', sortBy: 'created',
            distinct: false, props: 'name,email,*',
        },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.length, 50);
    assert.equal('bio' in reply.body[0], false);
    assert.equal('phone' in reply.body[0], false);
    assert.ok('address' in reply.body[0]);
});

test(`${UNIT}/data/find.js:369 findFirst sends pageSize 1, offset 0, sortBy "created asc"`, async () => {
    const staff = await staffLogin();
    const token = await staff.UserService.getCurrentUserToken();
    const reply = await rest(main.url, 'POST', 'data/Users/find', { token, body: { pageSize: 1, offset: 0, sortBy: 'created asc' } });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.length, 1);
    assert.equal(reply.body[0].___class, 'Users');
});

test(`${UNIT}/data/users.js:38 findById answers a Users object`, async () => {
    const staff = await staffLogin();
    const [bob] = await staff.Data.of('Users').find(staff.DataQueryBuilder.create().setWhereClause("email = 'bob@example.com'"));
    const found = await staff.Data.of('Users').findById(bob.objectId);
    assert.equal(found.___class, 'Users');
    assert.equal(found.email, 'bob@example.com');
});
