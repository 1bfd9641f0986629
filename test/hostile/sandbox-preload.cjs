// Preloaded (`node --require`) into the CLI and the language server by
// no-network-no-exec.test.ts. It records, one JSON line per event in the file named by
// LEERPLAN_SANDBOX_LOG, every attempt to reach the network (which it also refuses) and
// every child process started, so the test can assert that Leerplan never goes online
// and runs nothing but `git` (without a shell).
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');
const childProcess = require('node:child_process');

const logFile = process.env.LEERPLAN_SANDBOX_LOG;
function record(event) {
    if (logFile) fs.appendFileSync(logFile, JSON.stringify({ pid: process.pid, ...event }) + '\n');
}
function refuse(kind, detail) {
    record({ kind: 'network', via: kind, detail: String(detail) });
    throw new Error(`sandbox: network access refused (${kind})`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
    const target = args[0];
    // A Unix socket or named pipe given as a path is local IPC; anything with a port or host is the network.
    if (target && typeof target === 'object' && typeof target.path === 'string' && target.port === undefined) return connect.apply(this, args);
    return refuse('net.Socket.connect', JSON.stringify(target));
};
dns.lookup = (host) => refuse('dns.lookup', host);
dns.resolve = (host) => refuse('dns.resolve', host);
dns.promises.lookup = async (host) => refuse('dns.promises.lookup', host);
dgram.createSocket = () => refuse('dgram.createSocket', '');
globalThis.fetch = async (input) => refuse('fetch', input);
if (globalThis.WebSocket) globalThis.WebSocket = function () { refuse('WebSocket', ''); };

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
    const original = childProcess[name];
    childProcess[name] = function (command, ...rest) {
        const args = Array.isArray(rest[0]) ? rest[0] : [];
        const options = (Array.isArray(rest[0]) ? rest[1] : rest[0]) || {};
        const shell = name === 'exec' || name === 'execSync' || Boolean(options && typeof options === 'object' && options.shell);
        record({ kind: 'process', via: name, command: String(command), args: args.map(String), shell });
        return original.call(this, command, ...rest);
    };
}
