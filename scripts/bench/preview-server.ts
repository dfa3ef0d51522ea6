// Starts `vite preview` on the production build (dist/) and stops it again, whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

const require = createRequire(import.meta.url);

/** Whether something already listens on the port (then it, not our server, would answer). */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startPreview(root: string, port: number, timeoutMs = 30_000): Promise<PreviewServer> {
  if (await portInUse(port)) {
    throw new Error(`port ${port} is already in use: stop whatever listens there (the benchmark starts its own vite preview)`);
  }
  const vitePackage = require.resolve('vite/package.json', { paths: [root] });
  const viteBin = path.join(path.dirname(vitePackage), 'bin/vite.js');
  const child: ChildProcess = spawn(
    process.execPath,
    [viteBin, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      // The whole process group: vite and anything it started.
      if (process.platform === 'win32') child.kill();
      else process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill();
    }
    const killed = await Promise.race([exit.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
    if (!killed && !exited) child.kill('SIGKILL');
  };
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited before serving:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) {
        return {
          url,
          stop: async () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
            await stop();
          },
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
