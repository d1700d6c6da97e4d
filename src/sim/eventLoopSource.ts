import type { EventLoopOptions, LoopOp } from './eventLoop';

/**
 * The Node.js program (CommonJS) that an `eventLoop` script stands for: every callback prints its
 * label with console.log. `io` is fs.stat (one thread-pool round trip, so its `delay` cannot be
 * honoured), `close` destroys a connected TCP socket and prints from its 'close' event, which
 * Node emits from the handle's close callback, in the close phase. A script with `close` ops
 * runs from inside the last socket's connect callback, so it needs `startIn: 'io'`; the local
 * server and the sockets are set up first and unref'd so the process exits when the script is done.
 */
export function eventLoopSource(script: LoopOp[], options: EventLoopOptions = {}): string {
  let closes = 0;
  const q = (s: string) => JSON.stringify(s);
  const body = (ops: LoopOp[], indent: string): string => ops.map((op) => stmt(op, indent)).join('\n');
  const fn = (label: string, then: LoopOp[] | undefined, indent: string) =>
    `() => {\n${indent}  console.log(${q(label)});${then?.length ? '\n' + body(then, indent + '  ') : ''}\n${indent}}`;
  const stmt = (op: LoopOp, i: string): string => {
    switch (op.kind) {
      case 'sync':
        return `${i}console.log(${q(op.label)});`;
      case 'busy':
        return `${i}for (const end = Date.now() + ${op.ms}; Date.now() < end; );`;
      case 'timeout':
        return `${i}setTimeout(${fn(op.label, op.then, i)}, ${op.delay ?? 0});`;
      case 'immediate':
        return `${i}setImmediate(${fn(op.label, op.then, i)});`;
      case 'nextTick':
        return `${i}process.nextTick(${fn(op.label, op.then, i)});`;
      case 'promise':
        return `${i}Promise.resolve().then(${fn(op.label, op.then, i)});`;
      case 'microtask':
        return `${i}queueMicrotask(${fn(op.label, op.then, i)});`;
      case 'io':
        return `${i}fs.stat(__filename, ${fn(op.label, op.then, i)});`;
      case 'close': {
        const s = `sockets[${closes++}]`;
        return `${i}${s}.on('close', ${fn(op.label, op.then, i)});\n${i}${s}.destroy();`;
      }
    }
  };
  const main = body(script, '  ');
  if (closes > 0 && options.startIn !== 'io') throw new Error("eventLoopSource: a script with 'close' ops runs from a connect callback: use startIn: 'io'");
  const head = "'use strict';\nconst fs = require('node:fs');\n";
  if (closes > 0) {
    return (
      head +
      `const net = require('node:net');\nconst sockets = [];\n` +
      `const server = net.createServer((s) => s.unref()).listen(0, '127.0.0.1', () => {\n  server.unref();\n  connect();\n});\n` +
      `function connect() {\n  const s = net.connect(server.address().port, '127.0.0.1', () => (sockets.push(s) < ${closes} ? connect() : main()));\n}\n` +
      `function main() {\n${main}\n}\n`
    );
  }
  if (options.startIn === 'io') return head + `fs.stat(__filename, () => {\n${main}\n});\n`;
  return head + main.replace(/^ {2}/gm, '') + '\n';
}
