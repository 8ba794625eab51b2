// Issue 21's account actions through the official JS SDK (docs/PROTOCOL.md "Account actions"):
// the privileged user calls with the REST key (refused as the SDK's own e2e suite saw it) and with
// the Cloud Code key (they work); a disabled user's login and open session; the confirmation mail;
// and the ProfileDeskStaff service: the SHIPPED JavaScript (cloudcode/ProfileDeskStaff) run here as
// CodeRunner runs it, under the Cloud Code key, against profiledesk-server, next to the server's own
// services/ProfileDeskStaff routes, case by case, so that the two cannot drift apart.
//
// usage: node sdk_account_actions.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer, freshSdk, rest, expectCode, expectRestCode, randUser, APP_ID } from './harness.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const SERVICE_FILE = path.join(here, '../../cloudcode/ProfileDeskStaff/app/services/profiledesk-staff.js');
const CLOUD_KEY = 'demo-cloudcode-key';
const E2E_USERS = 'Backendless/JS-SDK test/e2e/specs/users.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'pd-actions-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const mailLog = path.join(scratch, 'mail.jsonl');

const config = {
    users: [
        { email: 'carol@example.com', name: 'Carol', password: 'Carol-pass-1' },
        { email: 'dave@example.com', name: 'Dave', password: 'Dave-pass-1' },
        { email: 'erin@example.com', name: 'Erin', password: 'Erin-pass-1' },
        { email: 'staff2@example.com', name: 'Second Staff', password: 'Staff2-pass-1', roles: ['SupportStaff'] },
        { email: 'pending@example.com', name: 'Pending', password: 'Pending-1', userStatus: 'EMAIL_CONFIRMATION_PENDING' },
    ],
};
// Several sessions per account: the tests sign the same staff account in more than once.
const main = await startServer(['--login-throttle', 'off', '--multiple-logins', 'on', '--max-logins', '1000',
    '--email-confirmation', 'on', '--mail-log', mailLog], config);

const cloudSdk = () => freshSdk(main.url, APP_ID, CLOUD_KEY);
async function login(email, password) {
    const sdk = freshSdk(main.url);
    const user = await sdk.UserService.login(email, password);
    return { sdk, user, token: user['user-token'] };
}
async function objectIdOf(email) {
    const staff = await login('support@example.com', 'Support-pass-1');
    const found = await staff.sdk.Data.of('Users').find({ where: `email = '${email}'` });
    return found[0].objectId;
}
function mails() {
    if (!existsSync(mailLog)) return [];
    return readFileSync(mailLog, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

// --- the privileged calls: REST key refused, Cloud Code key works ---

test(`${E2E_USERS}:573 disableUser/enableUser: 3054 with the REST key, done with the Cloud Code key`, async () => {
    const carol = await login('carol@example.com', 'Carol-pass-1');
    await expectCode(carol.sdk.UserService.disableUser(carol.user.objectId), 3054, 'Operation allowed only for BL logic.');
    const bl = cloudSdk();
    await bl.UserService.disableUser(carol.user.objectId);
    // :561 the status as the Data API reads it
    const staff = await login('support@example.com', 'Support-pass-1');
    assert.equal((await staff.sdk.Data.of('Users').findById(carol.user.objectId)).userStatus, 'DISABLED');
    await bl.UserService.enableUser(carol.user.objectId);
    assert.equal((await staff.sdk.Data.of('Users').findById(carol.user.objectId)).userStatus, 'ENABLED');
    await login('carol@example.com', 'Carol-pass-1');
});

test('a disabled user: login 3090, and the open session fails on its next call', async () => {
    const dave = await login('dave@example.com', 'Dave-pass-1');
    assert.equal(await dave.sdk.UserService.isValidLogin(), true);
    await cloudSdk().UserService.disableUser(dave.user.objectId);
    // The old token: refused at once (3090 as the account is disabled; the session is gone after).
    const reply = await rest(main.url, 'PUT', `users/${dave.user.objectId}`, { token: dave.token, body: { name: 'x' } });
    assert.ok([3090, 3064].includes(reply.body?.code), JSON.stringify(reply.body));
    assert.equal(await dave.sdk.UserService.isValidLogin(), false);
    await expectCode(freshSdk(main.url).UserService.login('dave@example.com', 'Dave-pass-1'), 3090);
    await cloudSdk().UserService.enableUser(dave.user.objectId);
    await login('dave@example.com', 'Dave-pass-1');
});

test(`${E2E_USERS}:467-527 assignRole/unassignRole: 2011 with the REST key; with the Cloud Code key done, 2005, 2007/2008, 3057`, async () => {
    const erin = await login('erin@example.com', 'Erin-pass-1');
    await expectCode(erin.sdk.UserService.assignRole('erin@example.com', 'Beta'), 2011);
    await expectCode(erin.sdk.UserService.unassignRole('erin@example.com', 'Beta'), 2011);
    const bl = cloudSdk();
    await bl.UserService.assignRole('erin@example.com', 'Beta');
    assert.deepEqual(await bl.UserService.getUserRoles(erin.user.objectId), ['AuthenticatedUser', 'Beta']);
    // the user's own view (GET users/userroles with the token)
    assert.ok((await erin.sdk.UserService.getUserRoles()).includes('Beta'));
    await bl.UserService.unassignRole('erin@example.com', 'Beta');
    assert.deepEqual(await bl.UserService.getUserRoles(erin.user.objectId), ['AuthenticatedUser']);
    await expectCode(bl.UserService.assignRole('erin@example.com', 'NonexistentRole'), 2005);
    await expectCode(bl.UserService.unassignRole('erin@example.com', 'NonexistentRole'), 2005);
    await expectCode(bl.UserService.assignRole('erin@example.com', 'AuthenticatedUser'), 2007);
    await expectCode(bl.UserService.unassignRole('erin@example.com', 'AuthenticatedUser'), 2008);
    await expectCode(bl.UserService.assignRole('nobody@example.com', 'Beta'), 3057);
});

test('getUserRoles(userId): another user\'s only with the Cloud Code key (our choice), one\'s own with either', async () => {
    const erin = await login('erin@example.com', 'Erin-pass-1');
    const carolId = await objectIdOf('carol@example.com');
    await expectCode(erin.sdk.UserService.getUserRoles(carolId), 2011);
    assert.deepEqual(await erin.sdk.UserService.getUserRoles(erin.user.objectId), ['AuthenticatedUser']);
    assert.deepEqual(await cloudSdk().UserService.getUserRoles(carolId), ['AuthenticatedUser']);
});

test(`${E2E_USERS}:624-658 verifyPassword: 3122 with the REST key; true/false with the Cloud Code key; 3064 for a dead token`, async () => {
    const carol = await login('carol@example.com', 'Carol-pass-1');
    await expectCode(carol.sdk.UserService.verifyPassword('Carol-pass-1'), 3122,
        'Password verification allowed only from CloudCode');
    const verify = (password, token) => fetch(`${main.url}/${APP_ID}/${CLOUD_KEY}/users/verifypassowrd`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'user-token': token },
        body: JSON.stringify({ password }) }).then(async (r) => ({ status: r.status, body: await r.json() }));
    assert.deepEqual(await verify('Carol-pass-1', carol.token), { status: 200, body: true });
    assert.deepEqual(await verify('wrong', carol.token), { status: 200, body: false });
    assert.equal((await verify('Carol-pass-1', 'invalid-token')).body.code, 3064);
});

test('a wrong Cloud Code key is a wrong key: 2002', async () => {
    await expectCode(freshSdk(main.url, APP_ID, 'not-the-key').UserService.disableUser('x'), 2002);
});

// --- mails ---

test(`${E2E_USERS}:587 resendEmailConfirmation: done for a pending account, 3102 confirmed, 3104 unknown; in the mail log`, async () => {
    const sdk = freshSdk(main.url);
    const before = mails().length;
    await sdk.UserService.resendEmailConfirmation('pending@example.com');
    const sent = mails().slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].kind, 'emailConfirmation');
    assert.equal(sent[0].to, 'pending@example.com');
    await expectCode(sdk.UserService.resendEmailConfirmation('carol@example.com'), 3102);
    await expectCode(sdk.UserService.resendEmailConfirmation('nobody@example.com'), 3104);
    // registering with confirmation required: pending, login 3087
    const user = randUser();
    const saved = await sdk.UserService.register(user);
    assert.equal(saved.userStatus, 'EMAIL_CONFIRMATION_PENDING');
    await expectCode(sdk.UserService.login(user.email, user.password), 3087);
    await sdk.UserService.resendEmailConfirmation(user.email);
});

test('resendEmailConfirmation where the app requires no confirmation: 3103', async () => {
    const plain = await startServer(['--login-throttle', 'off']);
    await expectCode(freshSdk(plain.url).UserService.resendEmailConfirmation('bob@example.com'), 3103);
});

test(`${E2E_USERS}:432 restorePassword: a line for the user in the mail log, and no secret in it`, async () => {
    const before = mails().length;
    await freshSdk(main.url).UserService.restorePassword('bob@example.com');
    const sent = mails().slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].kind, 'passwordReset');
    assert.equal(sent[0].to, 'bob@example.com');
    assert.deepEqual(Object.keys(sent[0]).sort(), ['kind', 'objectId', 'subject', 'time', 'to']);
    assert.ok(!readFileSync(mailLog, 'utf8').includes('Bob-pass-1'));
    await expectCode(freshSdk(main.url).UserService.restorePassword('nobody@example.com'), 3020);
});

// --- the ProfileDeskStaff service: the shipped JavaScript and the server's routes, side by side ---

class ServerCodeError extends Error {
    constructor(code, message, httpStatus) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }
}

// What CodeRunner does with a service file (backendless-coderunner lib/server-code: the SDK
// initialised with the Cloud Code key, Backendless.ServerCode.addService, the caller's token applied,
// `this.context` = {userId, userToken, userRoles}).
function loadShippedService() {
    const sdk = cloudSdk();
    let service;
    sdk.ServerCode = { addService: (clazz) => { service = clazz; }, Error: ServerCodeError };
    globalThis.Backendless = sdk;
    delete require.cache[require.resolve(SERVICE_FILE)];
    require(SERVICE_FILE);
    assert.equal(service?.name, 'ProfileDeskStaff');
    return { sdk, service };
}

// Runs one method of the shipped JS as CodeRunner would for a caller with this token; answers
// { ok, value } or { code }.
async function invokeShipped(token, method, args) {
    const { sdk, service } = loadShippedService();
    const context = { userToken: token, userRoles: ['NotAuthenticatedUser'] };
    if (token) {
        const roles = await rest(main.url, 'GET', 'users/userroles', { token });
        assert.equal(roles.status, 200, JSON.stringify(roles.body));
        context.userRoles = roles.body;
        context.userId = idByToken.get(token);
        sdk.LocalCache.set('user-token', token);
    }
    const instance = new service();
    instance.context = context;
    try {
        return { ok: true, value: await instance[method](args) };
    } catch (err) {
        return { code: err.code };
    }
}
// The caller's objectId by token, as Backendless knows it for the invocation context.
const idByToken = new Map();

// The same call to profiledesk-server's services/ProfileDeskStaff route with the caller's token.
async function invokeServer(token, method, args) {
    const reply = await rest(main.url, 'POST', `services/ProfileDeskStaff/${method}`, { token, body: args });
    return reply.status < 300 ? { ok: true, value: reply.body } : { code: reply.body.code };
}

async function both(token, method, args) {
    const shipped = await invokeShipped(token, method, args);
    const server = await invokeServer(token, method, args);
    assert.deepEqual(server, shipped, `${method}(${JSON.stringify(args)}): server ${JSON.stringify(server)}, shipped JS ${JSON.stringify(shipped)}`);
    return shipped;
}

async function asCaller(email, password) {
    const session = await login(email, password);
    idByToken.set(session.token, session.user.objectId);
    return session;
}

test('ProfileDeskStaff (shipped JS and server): a non-staff caller is refused (21001), anonymous too', async () => {
    const alice = await asCaller('alice@example.com', 'Alice-pass-1');
    const bobId = await objectIdOf('bob@example.com');
    for (const [method, args] of [['setUserStatus', { userId: bobId, userStatus: 'DISABLED' }],
        ['assignRole', { userId: bobId, roleName: 'Beta' }], ['unassignRole', { userId: bobId, roleName: 'Beta' }],
        ['getUserRoles', { userId: bobId }]]) {
        assert.deepEqual(await both(alice.token, method, args), { code: 21001 }, method);
        assert.deepEqual(await both(undefined, method, args), { code: 21001 }, `${method} anonymous`);
    }
    assert.equal((await cloudSdk().Data.of('Users').findById(bobId)).userStatus, 'ENABLED');
});

test('ProfileDeskStaff (shipped JS and server): staff on staff 21002, on themselves 21003, SupportStaff reserved 21004, bad arguments 21005', async () => {
    const staff = await asCaller('support@example.com', 'Support-pass-1');
    const staff2Id = await objectIdOf('staff2@example.com');
    const bobId = await objectIdOf('bob@example.com');
    assert.deepEqual(await both(staff.token, 'setUserStatus', { userId: staff2Id, userStatus: 'DISABLED' }), { code: 21002 });
    assert.deepEqual(await both(staff.token, 'unassignRole', { userId: staff2Id, roleName: 'SupportStaff' }), { code: 21002 });
    assert.deepEqual(await both(staff.token, 'setUserStatus', { userId: staff.user.objectId, userStatus: 'DISABLED' }), { code: 21003 });
    assert.deepEqual(await both(staff.token, 'assignRole', { userId: bobId, roleName: 'SupportStaff' }), { code: 21004 });
    assert.deepEqual(await both(staff.token, 'setUserStatus', { userId: bobId, userStatus: 'GUEST' }), { code: 21005 });
    assert.deepEqual(await both(staff.token, 'getUserRoles', {}), { code: 21005 });
    assert.deepEqual(await both(staff.token, 'getUserRoles', { userId: 'no-such-id' }), { code: 3030 });
    assert.deepEqual(await both(staff.token, 'assignRole', { userId: bobId, roleName: 'NoSuchRole' }), { code: 2005 });
    const staff2 = await login('staff2@example.com', 'Staff2-pass-1');
    assert.equal(await staff2.sdk.UserService.isValidLogin(), true);
});

test('ProfileDeskStaff (shipped JS and server): staff disable and enable a user, add and remove a role', async () => {
    const staff = await asCaller('support@example.com', 'Support-pass-1');
    const bobId = await objectIdOf('bob@example.com');
    const bl = cloudSdk();
    const statusOf = async () => (await bl.Data.of('Users').findById(bobId)).userStatus;
    for (const run of [invokeShipped, invokeServer]) {
        const bob = await login('bob@example.com', 'Bob-pass-1');
        assert.deepEqual(await run(staff.token, 'setUserStatus', { userId: bobId, userStatus: 'DISABLED' }),
            { ok: true, value: { objectId: bobId, userStatus: 'DISABLED' } }, run.name);
        assert.equal(await statusOf(), 'DISABLED');
        assert.equal(await bob.sdk.UserService.isValidLogin(), false, `${run.name}: bob's session ended`);
        await expectCode(freshSdk(main.url).UserService.login('bob@example.com', 'Bob-pass-1'), 3090);
        assert.deepEqual(await run(staff.token, 'setUserStatus', { userId: bobId, userStatus: 'ENABLED' }),
            { ok: true, value: { objectId: bobId, userStatus: 'ENABLED' } });
        assert.equal(await statusOf(), 'ENABLED');

        assert.deepEqual(await run(staff.token, 'assignRole', { userId: bobId, roleName: 'Beta' }),
            { ok: true, value: ['AuthenticatedUser', 'Beta'] }, run.name);
        assert.deepEqual(await bl.UserService.getUserRoles(bobId), ['AuthenticatedUser', 'Beta']);
        assert.deepEqual(await run(staff.token, 'getUserRoles', { userId: bobId }), { ok: true, value: ['AuthenticatedUser', 'Beta'] });
        assert.deepEqual(await run(staff.token, 'unassignRole', { userId: bobId, roleName: 'Beta' }),
            { ok: true, value: ['AuthenticatedUser'] });
        assert.deepEqual(await bl.UserService.getUserRoles(bobId), ['AuthenticatedUser']);
    }
});

test('ProfileDeskStaff through the SDK: Backendless.CustomServices.invoke with the staff token', async () => {
    const staff = await login('support@example.com', 'Support-pass-1');
    const bobId = await objectIdOf('bob@example.com');
    assert.deepEqual(await staff.sdk.CustomServices.invoke('ProfileDeskStaff', 'getUserRoles', { userId: bobId }),
        ['AuthenticatedUser']);
    const alice = await login('alice@example.com', 'Alice-pass-1');
    await expectCode(alice.sdk.CustomServices.invoke('ProfileDeskStaff', 'getUserRoles', { userId: bobId }), 21001);
});

test('a server without the service: services/ProfileDeskStaff answers 404 (how the app finds out)', async () => {
    const bare = await startServer(['--login-throttle', 'off', '--staff-service', 'off']);
    const staff = freshSdk(bare.url);
    await staff.UserService.login('support@example.com', 'Support-pass-1');
    const err = await expectCode(staff.CustomServices.invoke('ProfileDeskStaff', 'getUserRoles', { userId: 'x' }), 404);
    assert.equal(err.status, 404);
    const api = await fetch(`${bare.url}/api/services/ProfileDeskStaff/getUserRoles`, { method: 'POST' });
    assert.equal(api.status, 404);
});
