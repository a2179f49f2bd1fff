// Preloaded into the server and the CLI (`NODE_OPTIONS=--require test/support/sandbox.cjs`) by the "no network, no
// surprises" tests. Every way Node has to open a socket, resolve a name, start a process or write a file is replaced
// by a function that records the attempt in DABIR_SANDBOX_LOG (one JSON line each, with a stack) and then throws,
// so a test can assert that nothing was tried. Reading stays allowed (the server reads its compiled data), and so do
// stdin/stdout/stderr and node IPC, which never go through these functions.
'use strict';

const fs = require('node:fs');
const log = process.env.DABIR_SANDBOX_LOG;
// Captured before anything is replaced; appendFileSync itself goes through fs.writeFileSync, which is replaced below.
const { openSync: openForLog, writeSync: writeLog, closeSync: closeLog } = fs;
// With DABIR_SANDBOX_ALLOW_WRITES=1 file writes are recorded but still happen (for `fix --write`).
const allowWrites = process.env.DABIR_SANDBOX_ALLOW_WRITES === '1';
// Fault injection for the atomic-write tests, which must hold as root too (where permissions cannot make a write
// fail): DABIR_SANDBOX_FAIL lists functions (`fs.renameSync,fs.writeFileSync`) that fail as a full or broken disk
// would; DABIR_SANDBOX_TOUCH names a file that "another editor" appends to the moment a temporary file is written.
const failing = new Set((process.env.DABIR_SANDBOX_FAIL || '').split(',').filter(Boolean));
const touch = process.env.DABIR_SANDBOX_TOUCH;

function record(what, args) {
  const detail = args
    .slice(0, 2)
    .map((a) => (typeof a === 'string' || typeof a === 'number' ? a : a && typeof a === 'object' ? JSON.stringify(Object.keys(a)) : typeof a))
    .join(', ');
  if (!log) return;
  const fd = openForLog(log, 'a');
  try {
    writeLog(fd, JSON.stringify({ what, detail, stack: new Error().stack.split('\n').slice(2, 8).join('\n') }) + '\n');
  } finally {
    closeLog(fd);
  }
}

function forbid(target, name, label, keep) {
  const original = target && target[name];
  if (typeof original !== 'function') return;
  target[name] = function (...args) {
    record(label, args);
    if (failing.has(label)) {
      const error = new Error(`${label}: injected failure`);
      error.code = /write|append/i.test(name) ? 'ENOSPC' : 'EIO';
      throw error;
    }
    if (touch && /write/i.test(name) && /\.tmp$/.test(String(args[0]))) {
      const fd = openForLog(touch, 'a');
      try {
        writeLog(fd, ' (edited meanwhile)');
      } finally {
        closeLog(fd);
      }
    }
    if (keep) return original.apply(this, args);
    throw new Error(`Dabir sandbox: ${label} is not allowed`);
  };
}

const net = require('node:net');
forbid(net.Socket.prototype, 'connect', 'net.Socket.connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
forbid(net, 'createServer', 'net.createServer');
forbid(net.Server.prototype, 'listen', 'net.Server.listen');
const tls = require('node:tls');
forbid(tls, 'connect', 'tls.connect');
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  forbid(m, 'request', `${mod}.request`);
  forbid(m, 'get', `${mod}.get`);
  forbid(m, 'createServer', `${mod}.createServer`);
}
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) forbid(dns, name, `dns.${name}`);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) forbid(dns.promises, name, `dns.promises.${name}`);
const dgram = require('node:dgram');
forbid(dgram, 'createSocket', 'dgram.createSocket');
if (typeof globalThis.fetch === 'function') forbid(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') forbid(globalThis, 'WebSocket', 'WebSocket');

const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) forbid(childProcess, name, `child_process.${name}`);

for (const name of ['writeFile', 'writeFileSync', 'appendFile', 'createWriteStream', 'rename', 'renameSync', 'unlink', 'unlinkSync', 'mkdir', 'mkdirSync', 'rm', 'rmSync', 'copyFile', 'copyFileSync', 'chmod', 'chmodSync', 'symlink', 'symlinkSync', 'truncate', 'truncateSync']) {
  forbid(fs, name, `fs.${name}`, allowWrites);
}
forbid(fs, 'appendFileSync', 'fs.appendFileSync', allowWrites);
for (const name of ['writeFile', 'appendFile', 'rename', 'unlink', 'mkdir', 'rm', 'copyFile', 'chmod', 'open']) {
  if (name === 'open') continue; // reading opens files too
  forbid(fs.promises, name, `fs.promises.${name}`, allowWrites);
}
const openSync = fs.openSync;
fs.openSync = function (path, flags, ...rest) {
  // Opening for writing is a write; opening for reading is what loading data does.
  if (typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0) {
    record('fs.openSync for writing', [path, flags]);
    if (!allowWrites) throw new Error('Dabir sandbox: opening a file for writing is not allowed');
  }
  return openSync.call(this, path, flags, ...rest);
};
