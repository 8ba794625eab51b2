// The official Backendless JS SDK's Files API against profiledesk-server (docs/PROTOCOL.md, "Files
// API"): Files.saveFile (base64) and Files.upload (multipart) give URLs that serve the same bytes;
// 6003 without overwrite; 6016 over 2,800,000 bytes with nothing stored; exists; remove and 6000 on
// a second remove; a `..` path refused; another user's write under users/{alice}/ refused with
// alice's bytes kept.
//
// usage: node sdk_files.mjs /path/to/profiledesk-server
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startServer, freshSdk, expectCode, APP_ID, API_KEY } from './harness.mjs';

const main = await startServer([]);
const alice = freshSdk(main.url);
const bob = freshSdk(main.url);
const aliceUser = await alice.UserService.login('alice@example.com', 'Alice-pass-1', false);
await bob.UserService.login('bob@example.com', 'Bob-pass-1', false);
const dir = `users/${aliceUser.objectId}`;

const scratch = mkdtempSync(path.join(tmpdir(), 'pd-sdk-files-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

async function bytesAt(url) {
    const reply = await fetch(url);
    assert.equal(reply.status, 200, `GET ${url}: HTTP ${reply.status}`);
    return { bytes: Buffer.from(await reply.arrayBuffer()), type: reply.headers.get('content-type') };
}

// Every byte value, so that an encoding slip (text, CRLF, base64 padding) would show.
const allBytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 7) % 256));

test('Files.saveFile (base64): the URL has Backendless\'s shape and serves the same bytes', async () => {
    const url = await alice.Files.saveFile(dir, 'saved.bin', allBytes);
    assert.equal(typeof url, 'string');
    assert.ok(url.endsWith(`/${APP_ID}/${API_KEY}/files/${dir}/saved.bin`), url);
    const { bytes } = await bytesAt(url);
    assert.deepEqual(bytes, allBytes);
    console.log(`saveFile: ${url}`);
});

test('Files.upload (multipart, a read stream): { fileURL } serving the same bytes, typed by content', async () => {
    // A PNG signature and IHDR, enough for the type to be found from the bytes.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const file = path.join(scratch, 'picture.png');
    writeFileSync(file, png);
    const reply = await alice.Files.upload(createReadStream(file), dir, false);
    assert.equal(typeof reply.fileURL, 'string', JSON.stringify(reply));
    assert.ok(reply.fileURL.endsWith(`/files/${dir}/picture.png`), reply.fileURL);
    const { bytes, type } = await bytesAt(reply.fileURL);
    assert.deepEqual(bytes, png);
    assert.equal(type, 'image/png');
});

test('6003: the name exists and overwrite is absent or false; overwrite=true replaces', async () => {
    await alice.Files.saveFile(dir, 'twice.txt', 'first');
    await expectCode(alice.Files.saveFile(dir, 'twice.txt', 'second'), 6003);
    await expectCode(alice.Files.saveFile(dir, 'twice.txt', 'second', false), 6003);
    const url = await alice.Files.saveFile(dir, 'twice.txt', 'second', true);
    assert.equal((await bytesAt(url)).bytes.toString(), 'second');
});

test('6016: a base64 payload over 2,800,000 bytes, and nothing is stored', async () => {
    // 2,100,003 bytes encode to 2,800,004 base64 characters.
    await expectCode(alice.Files.saveFile(dir, 'too-big.bin', Buffer.alloc(2_100_003, 1)), 6016);
    assert.equal(await alice.Files.exists(`${dir}/too-big.bin`), false);
    // 2,100,000 bytes (2,800,000 characters) still go through.
    const url = await alice.Files.saveFile(dir, 'just-fits.bin', Buffer.alloc(2_100_000, 2));
    assert.equal((await bytesAt(url)).bytes.length, 2_100_000);
});

test('exists, remove, and 6000 on a second remove', async () => {
    await alice.Files.saveFile(`${dir}/box`, 'gone-soon.txt', 'x');
    assert.equal(await alice.Files.exists(`${dir}/box/gone-soon.txt`), true);
    assert.equal(await alice.Files.exists(`${dir}/box`), true);
    assert.equal(await alice.Files.exists(`${dir}/box/never.txt`), false);
    await alice.Files.remove(`${dir}/box/gone-soon.txt`);
    assert.equal(await alice.Files.exists(`${dir}/box/gone-soon.txt`), false);
    await expectCode(alice.Files.remove(`${dir}/box/gone-soon.txt`), 6000);
});

test('a path with .. is refused, and nothing lands outside', async () => {
    // The SDK encodes the file name (encodeURIComponent): "../../escape.txt" reaches the server as
    // one segment holding "../", refused as an invalid path.
    await expectCode(alice.Files.saveFile(dir, '../../escape.txt', 'x'), 8002);
    // A ".." in the directory is resolved by the SDK's HTTP client (WHATWG URL parsing, which
    // treats %2E%2E alike) before it leaves: the server sees files/binary/escape.txt, outside
    // users/{alice}/, and refuses the write.
    await expectCode(alice.Files.saveFile(`${dir}/../..`, 'escape.txt', 'x'), 403);
    assert.equal(await alice.Files.exists('escape.txt'), false);
    assert.equal(await alice.Files.exists('users/escape.txt'), false);
});

test('another user cannot write under users/{alice}/, and alice\'s bytes are kept', async () => {
    const url = await alice.Files.saveFile(dir, 'mine.txt', 'alice\'s own');
    await expectCode(bob.Files.saveFile(dir, 'mine.txt', 'bob was here', true), 403);
    await expectCode(bob.Files.remove(`${dir}/mine.txt`), 403);
    const file = path.join(scratch, 'mine.txt');
    writeFileSync(file, 'bob was here');
    await expectCode(bob.Files.upload(createReadStream(file), dir, true), 403);
    assert.equal((await bytesAt(url)).bytes.toString(), 'alice\'s own');
});
