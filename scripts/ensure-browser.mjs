// Makes sure a Chromium for the e2e suite and the benchmark is on this machine, installing one when
// none is: Debian's `chromium` package when we are root and have apt-get, Playwright's own build
// otherwise. Prints one line naming the browser used.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser-path.mjs';

function run(command, args, env = process.env) {
  console.log(`ensure-browser: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.error) throw result.error;
  return result.status === 0;
}

function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installWithApt() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Waits for another apt/dpkg run holding the lock instead of failing at once.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  return (
    run('apt-get', [...lock, 'update'], env) &&
    run('apt-get', [...lock, 'install', '-y', 'chromium'], env)
  );
}

function installWithPlaywright() {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  return run(npx, ['playwright', 'install', 'chromium']);
}

function main() {
  let found = findChromium();
  if (!found) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && hasCommand('apt-get')) {
      if (!installWithApt()) console.warn('ensure-browser: apt-get could not install chromium');
      found = findChromium();
    }
    if (!found) {
      if (!installWithPlaywright()) throw new Error('`npx playwright install chromium` failed');
      found = findChromium();
    }
  }
  if (!found) throw new Error('no Chromium found after installing one');
  const version = spawnSync(found.path, ['--version'], { encoding: 'utf8' }).stdout?.trim();
  console.log(`ensure-browser: using ${found.path} (${found.source}${version ? `, ${version}` : ''})`);
}

try {
  main();
} catch (error) {
  console.error(`ensure-browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
