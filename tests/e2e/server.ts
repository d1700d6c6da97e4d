import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitForServer } from '../../src/cli/waitForServer';

/**
 * vitest globalSetup: serves the built site with `vite preview` (the binary itself, so the PID
 * we stop is the server's) and tells the tests where it is.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4317);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

export async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  server = spawn(resolve(root, 'node_modules/.bin/vite'), ['preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  await waitForServer(`${ORIGIN}/`, 20000);
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM');
}
