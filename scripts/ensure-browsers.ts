/**
 * Makes sure Debian's chromium and firefox-esr are present. Installs them with apt-get when
 * missing and running as root; otherwise stops with the command to run. Never downloads a
 * browser build of its own.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { CHROMIUM, FIREFOX } from '../test/e2e/lib/paths.ts';

const INSTALL = 'apt-get update && apt-get install -y chromium firefox-esr';

/** Returns normally when both browsers exist; exits the process with a message otherwise. */
export function ensureBrowsers(): void {
  const missing = [CHROMIUM, FIREFOX].filter((p) => !existsSync(p));
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing browser(s): ${missing.join(', ')}.\nInstall Debian's packages first:\n  sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
  console.log(`Installing Debian's chromium and firefox-esr (${missing.join(', ')} missing)…`);
  execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = [CHROMIUM, FIREFOX].filter((p) => !existsSync(p));
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.join(', ')}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowsers();
