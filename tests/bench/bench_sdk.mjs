// What a developer would use instead of the C++ client: the official Backendless JS SDK (npm
// `backendless`, installed by `npm ci` in tests/sdk). Against a running profiledesk-server, times
// L logins (Backendless.UserService.login) and N updates of one property
// (Backendless.UserService.update) after a warm-up, and prints every sample so that
// scripts/bench.sh can pool the rounds it interleaves with `bench_client --server URL`.
//
//   node tests/bench/bench_sdk.mjs URL [N updates, default 300] [L logins, default 10]
//
// Output: "samples<TAB>sdk-update<TAB>us,us,..." and "samples<TAB>sdk-login<TAB>...", then the
// medians as sentences.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '../sdk/package.json'));
const [url, updatesArg, loginsArg] = process.argv.slice(2);
const updates = Number(updatesArg ?? 300);
const logins = Number(loginsArg ?? 10);
if (!url || !(updates > 0) || !(logins > 0)) {
    console.error('usage: node bench_sdk.mjs URL [N updates > 0] [L logins > 0]');
    process.exit(2);
}

let Backendless;
try {
    Backendless = require('backendless');
} catch (err) {
    console.error(`bench_sdk: the SDK is not installed (cd tests/sdk && npm ci): ${err.message}`);
    process.exit(2);
}
// The same application id and REST key as bench_client and the app use with an external server.
Backendless.initApp({ appId: 'demo-app-id', apiKey: 'demo-rest-key', serverURL: url });

async function timed(call) {
    const start = process.hrtime.bigint();
    await call();
    return Number(process.hrtime.bigint() - start) / 1000;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const login = () => Backendless.UserService.login('alice@example.com', 'Alice-pass-1', false);
// The same body as bench_client's UserService::update: the id and the one changed property.
let objectId;
const update = (i) => Backendless.UserService.update({ objectId, address: `${i} SDK Street` });

// Warm-up: the JIT, the keep-alive connection and the server's caches, as bench_client does.
objectId = (await login()).objectId;
for (let i = 0; i < Math.min(20, updates); ++i) await update(i);

const loginUs = [];
for (let i = 0; i < logins; ++i) loginUs.push(await timed(login));
const updateUs = [];
for (let i = 0; i < updates; ++i) updateUs.push(await timed(() => update(i)));

console.log(`samples\tsdk-update\t${updateUs.map((v) => v.toFixed(1)).join(',')}`);
console.log(`samples\tsdk-login\t${loginUs.map((v) => v.toFixed(1)).join(',')}`);
console.log(`JS SDK UserService.update  median ${median(updateUs).toFixed(1).padStart(8)} us (${updates} calls)`);
console.log(`JS SDK UserService.login   median ${median(loginUs).toFixed(1).padStart(8)} us (${logins} calls)`);
