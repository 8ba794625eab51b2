// What the SDK test files share: a profiledesk-server child per configuration, a fresh official JS
// SDK per "device", raw REST for what the SDK has no call for, and the check of a Backendless error.
import { spawn } from 'node:child_process';
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const serverExe = process.argv[2];
if (!serverExe) {
    console.error(`usage: node ${path.basename(process.argv[1])} /path/to/profiledesk-server`);
    process.exit(2);
}

export const APP_ID = 'demo-app-id';
export const API_KEY = 'demo-rest-key';

const servers = [];
const scratchDirs = [];
after(() => {
    servers.forEach((s) => s.child.kill());
    scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

// A --demo server on a free port; `config` (an object) is written to a file and passed as --config.
export function startServer(args = [], config = undefined) {
    const extra = [];
    if (config !== undefined) {
        const dir = mkdtempSync(path.join(tmpdir(), 'pd-sdk-'));
        scratchDirs.push(dir);
        const file = path.join(dir, 'config.json');
        writeFileSync(file, JSON.stringify(config));
        extra.push('--config', file);
    }
    return new Promise((resolve, reject) => {
        const child = spawn(serverExe, ['--port', '0', '--demo', ...extra, ...args], {
            stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout.on('data', (chunk) => {
            out += chunk;
            const m = out.match(/listening on (http:\/\/[^\s]+)/);
            if (m) {
                const server = { child, url: m[1] };
                servers.push(server);
                resolve(server);
            }
        });
        child.on('error', reject);
        child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
    });
}

function loadSdk() {
    for (const key of Object.keys(require.cache)) {
        if (key.includes('/node_modules/backendless')) delete require.cache[key];
    }
    return require('backendless');
}

// A fresh SDK instance per server and "device": the SDK keeps its current user in module state.
export function freshSdk(url, appId = APP_ID, apiKey = API_KEY) {
    const Backendless = loadSdk();
    Backendless.initApp({ appId, apiKey, serverURL: url });
    return Backendless;
}

// Raw REST under the classic base URL; answers { status, body } (body parsed when JSON).
export async function rest(url, method, route, { body, token, headers = {} } = {}) {
    const init = { method, headers: { ...headers } };
    if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    if (token) init.headers['user-token'] = token;
    const reply = await fetch(`${url}/${APP_ID}/${API_KEY}/${route}`, init);
    const text = await reply.text();
    let parsed = text;
    try {
        parsed = text.length ? JSON.parse(text) : undefined;
    } catch {
        // not JSON: kept as text
    }
    return { status: reply.status, body: parsed };
}

// A rejected SDK call with Backendless code `code` (and `message`, when given); answers the error.
export async function expectCode(promise, code, message = undefined) {
    try {
        await promise;
    } catch (err) {
        assert.equal(err.code, code, `expected Backendless code ${code}, got ${err.code}: ${err.message}`);
        assert.equal(typeof err.status, 'number');
        assert.ok(err.status >= 400, `HTTP status ${err.status}`);
        assert.equal(typeof err.message, 'string');
        assert.ok(err.message.length > 0);
        if (message !== undefined) assert.equal(err.message, message);
        return err;
    }
    assert.fail(`expected error ${code}, the call succeeded`);
}

// The same for a raw REST answer: a non-2xx status and the Backendless error shape.
export function expectRestCode(reply, code, message = undefined) {
    assert.ok(reply.status >= 400, `expected an error, got HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
    assert.equal(reply.body?.code, code, `expected code ${code}, got ${JSON.stringify(reply.body)}`);
    assert.equal(typeof reply.body.message, 'string');
    if (message !== undefined) assert.equal(reply.body.message, message);
}

let unique = 0;
// A not yet registered user with the demo schema's required `name`.
export function randUser(extra = {}) {
    unique += 1;
    const tag = `${Date.now()}-${process.pid}-${unique}`;
    return { email: `test_${tag}@example.com`, password: 'qwerty-1', name: `Test ${unique}`, ...extra };
}
