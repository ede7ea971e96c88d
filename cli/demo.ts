/**
 * `npm run demo [-- FILE] [--json] [--no-build]`: builds both browsers, loads the Chrome build
 * into headless Chromium (Debian's), opens the design article laid out as a news page (or
 * FILE: a local .html page or .txt article), reads the notes back from the live page, prints
 * them and saves a screenshot to artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ensureBrowsers } from '../scripts/ensure-browsers.ts';
import { launchChromium, pageUrl, TEST_HOSTS } from '../test/e2e/lib/browsers.ts';
import { startServer } from '../test/e2e/lib/server.ts';
import { ARTIFACTS, ROOT } from '../test/e2e/lib/paths.ts';
import { readAllNotes, waitForMarkers } from '../test/e2e/lib/overlay-reader.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const noBuild = args.includes('--no-build');
const file = args.find((a) => !a.startsWith('--'));

if (file) {
  const p = resolve(file);
  if (!existsSync(p) || !statSync(p).isFile()) {
    console.error(`demo: no such file: ${file}`);
    process.exit(2);
  }
  if (!/\.(html?|txt)$/i.test(p)) {
    console.error(`demo: ${file}: expected a .html or .txt file`);
    process.exit(2);
  }
}

ensureBrowsers();
if (!noBuild) {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: json ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
}

const server = await startServer();
const browser = await launchChromium();
try {
  const path = file ? `/file?path=${encodeURIComponent(resolve(file))}` : '/news/seed-kidal-convoy.html';
  const lang = file && /(^|\/)fr-/.test(file) ? 'fr' : 'en';
  const url = pageUrl(TEST_HOSTS[lang], server.port, path);
  const page = await browser.open(url);
  await waitForMarkers(page, 1, file ? 8_000 : 15_000);
  const notes = await readAllNotes(page);
  if (!existsSync(ARTIFACTS)) mkdirSync(ARTIFACTS, { recursive: true });
  const shot = join(ARTIFACTS, `demo-${file ? basename(file).replace(/\W+/g, '-') : 'seed'}-chromium.png`);
  await page.screenshot(shot);
  if (json) {
    console.log(JSON.stringify({ url, notes: notes.map(({ text, labels, explanation, links }) => ({ text, labels, explanation, links })) }));
  } else {
    console.log(`\n${url}\n${notes.length} note${notes.length === 1 ? '' : 's'} placed on the page:\n`);
    notes.forEach((n, i) => {
      console.log(`${String(i + 1).padStart(2)}. [${n.labels.join(', ')}] ${n.text}`);
      console.log(`    ${n.explanation}`);
      for (const l of n.links) console.log(`    → ${l.title}: ${l.url}`);
    });
    console.log(`\nScreenshot: ${shot}`);
  }
} finally {
  await browser.close();
  await server.close();
}
