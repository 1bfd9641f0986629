import { inspect } from 'node:util';
import {
    createConnection, createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, ProposedFeatures,
    StreamMessageReader, StreamMessageWriter, type Connection, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';
import { ProtocolGate } from './protocol-gate.js';

interface Transport {
    reader: MessageReader;
    writer: MessageWriter;
    /** Standard output carries the protocol: nothing else may be written to it. */
    stdio: boolean;
}

const USAGE = 'leerplan-language-server: choose a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME';

/** The transport named on the command line (as `vscode-languageserver` reads it). */
function transportFromArguments(argv: string[]): Transport {
    const value = (name: string): string | undefined => {
        const at = argv.findIndex(arg => arg === name || arg.startsWith(`${name}=`));
        if (at < 0) return undefined;
        return argv[at].includes('=') ? argv[at].slice(name.length + 1) : argv[at + 1];
    };
    if (argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
    if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    const port = value('--socket');
    if (port !== undefined && /^\d+$/.test(port)) {
        const [reader, writer] = createServerSocketTransport(Number(port));
        return { reader, writer, stdio: false };
    }
    const pipe = value('--pipe');
    if (pipe) {
        const [reader, writer] = createServerPipeTransport(pipe);
        return { reader, writer, stdio: false };
    }
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
}

/**
 * The server's LSP connection on the transport of the command line, behind the
 * protocol gate (`protocol-gate.ts`). With `--stdio` the console goes to the
 * client's log, since standard output belongs to the protocol; the server exits
 * when the client closes its end (code 0 after `shutdown`, else 1).
 */
export function createServerConnection(argv: string[] = process.argv.slice(2)): Connection {
    const transport = transportFromArguments(argv);
    const gate = new ProtocolGate(transport.reader, transport.writer);
    const connection = createConnection(ProposedFeatures.all, gate.reader, gate.writer);
    gate.setLogger(message => connection.console.warn(message));
    if (transport.stdio) {
        routeConsoleTo(connection);
        const end = () => process.exit(gate.state === 'shutdown' ? 0 : 1);
        process.stdin.on('end', end);
        process.stdin.on('close', end);
    }
    transport.reader.onClose(() => process.exit(gate.state === 'shutdown' ? 0 : 1));
    return connection;
}

function routeConsoleTo(connection: Connection): void {
    const text = (args: unknown[]) => args.map(arg => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
    console.log = (...args: unknown[]) => connection.console.log(text(args));
    console.info = (...args: unknown[]) => connection.console.info(text(args));
    console.debug = (...args: unknown[]) => connection.console.debug(text(args));
    console.warn = (...args: unknown[]) => connection.console.warn(text(args));
    console.error = (...args: unknown[]) => connection.console.error(text(args));
    console.trace = (...args: unknown[]) => connection.console.log(text(args));
}
