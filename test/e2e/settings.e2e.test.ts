/**
 * Issue 7, the checks popup.e2e.test.ts leaves: settings export/import round-trips through the
 * options page (a bad file changes nothing), a corrupt stored value is reset on its own and
 * reported, a custom context pack shows up in the notes (a bad pack is refused and the stored one
 * kept), and "Annotate this page" works on a site outside the outlet list, under the activeTab
 * grant of a real toolbar press; the keyboard shortcut annotates such a page and toggles notes.
 * In Firefox also: "Add this site" and the options page's grant for a site added elsewhere
 * (optional host permissions; Chromium's permission dialog cannot be answered by a driver).
 *
 * One browser session per browser; the tests run in order on one article tab and one options
 * tab, and each starts by putting the stored state it needs in place.
 */
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUrl, TEST_HOSTS, type TestPage } from './lib/browsers.ts';
import {
  activeTabId,
  captureDownload,
  click,
  clickInToolbarPopup,
  closeToolbarPopup,
  extensionMessage,
  hasOrigins,
  openPopupFor,
  pickFile,
  readStorage,
  readToolbarPopup,
  realClick,
  registeredScriptMatches,
  removeOrigins,
  removeStorage,
  tabIdOf,
  until,
  waitFor,
  waitForResult,
  writeStorage,
} from './lib/extension-page.ts';
import { overlayLanguage, readAllNotes, readMarkers, waitForMarkers, type LiveNote } from './lib/overlay-reader.ts';
import { BROWSERS, startSession, type Session } from './lib/session.ts';

const SEED = 'seed-kidal-convoy';
/** Notes on the design article with every kind of note shown. */
const ALL_NOTES = 13;

const DEFAULTS = {
  version: 1,
  enabled: true,
  labels: { unverified: true, 'party-claim': true, figure: true, analyst: true },
  noteLanguage: 'auto',
  disabledSites: [] as string[],
  addedSites: [] as string[],
};
/** A reader's own settings: figures hidden, notes in French, one site off, one site added. */
const CHANGED = {
  ...DEFAULTS,
  labels: { ...DEFAULTS.labels, figure: false },
  noteLanguage: 'fr',
  disabledSites: ['example.org'],
  addedSites: ['news.example.net'],
};

/** A newsroom's own entry for an actor of the design article, overriding the built-in one. */
const NEWSROOM_URL = 'https://newsroom.example.org/dossiers/africa-corps-mali';
const AFRICA_CORPS = {
  id: 'africa-corps',
  kind: 'foreign-force',
  name: 'Africa Corps',
  party: true,
  displayName: { en: 'Africa Corps (newsroom dossier)', fr: 'Africa Corps (dossier de la rédaction)' },
  aliases: { en: ['Russian Africa Corps'], fr: ['Corps africain russe'] },
  description: {
    en: 'Our newsroom’s file on the Russian defence ministry’s force in Mali, kept by the Sahel desk.',
    fr: 'Le dossier de la rédaction sur la force du ministère russe de la Défense au Mali.',
  },
  links: [{ title: 'Africa Corps in Mali: our dossier', url: NEWSROOM_URL, lang: 'en' }],
  related: ['wagner', 'russian-mod', 'fama'],
  trackedBy: ['acled', 'all-eyes-on-wagner', 'the-sentry'],
  reviewed: '2025-07-01',
};
const PACK = { version: 'newsroom-2025-07', entries: [AFRICA_CORPS] };
/** The design article's sentence whose note links to the Africa Corps entry. */
const AFRICA_CORPS_SENTENCE = 'Despite this, the Africa Corps';

describe.each(BROWSERS)('settings and context packs in %s', (browserName) => {
  let s: Session;
  let article: TestPage;
  let options: TestPage;
  let baseline: { id: string; labels: string[] }[];

  const storedSettings = () => readStorage(options, 'sync', 'settings');
  const markers = () => readMarkers(article);
  /** Markers left when figure notes are hidden: every note with another label too. */
  const withoutFigures = () => baseline.filter((m) => m.labels.some((l) => l !== 'figure')).length;
  const figuresHidden = (ms: { labels: string[] }[]) => ms.length === withoutFigures() && ms.every((m) => !m.labels.includes('figure'));
  const settingsBecome = (want: object) => until(storedSettings, (v) => isDeepStrictEqual(v, want));

  /** Puts settings back to `settings`, with no reset report and no custom pack. */
  async function storeOnly(settings: object): Promise<void> {
    await removeStorage(options, 'local', ['settingsResetReport', 'customPack']);
    await writeStorage(options, 'sync', { settings });
  }

  beforeAll(async () => {
    s = await startSession(browserName);
    article = await s.openNews(SEED, ALL_NOTES);
    baseline = await markers();
    options = await s.browser.openExtensionPage('src/options/index.html');
    await waitFor(options, '#export-settings');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('exports the settings to a JSON file and imports it back; the open article follows live', async () => {
    expect(baseline).toHaveLength(ALL_NOTES);
    expect(withoutFigures()).toBeLessThan(ALL_NOTES);
    await storeOnly(CHANGED);
    expect(figuresHidden(await until(markers, figuresHidden))).toBe(true);
    expect(await until(() => overlayLanguage(article), (l) => l === 'fr')).toBe('fr');

    const file = await captureDownload(options, '#export-settings');
    expect(file.fileName).toMatch(/^sahel-lens-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(file.text) as { app: string; kind: string; exportedAt: string; settings: unknown };
    expect(exported).toMatchObject({ app: 'sahel-lens', kind: 'settings' });
    expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
    expect(exported.settings).toEqual(CHANGED);
    expect((await waitForResult(options, 'backup-result', file.fileName)).state).toBe('ok');

    // Back to defaults: every note returns, in the article's language.
    await storeOnly(DEFAULTS);
    expect((await until(markers, (ms) => ms.length === ALL_NOTES)).length).toBe(ALL_NOTES);
    expect(await until(() => overlayLanguage(article), (l) => l === 'en')).toBe('en');

    await pickFile(options, '#import-settings', 'settings-from-laptop.json', file.text);
    expect((await waitForResult(options, 'backup-result', 'settings-from-laptop.json')).state).toBe('ok');
    expect(await settingsBecome(exported.settings as object)).toEqual(CHANGED);
    expect(figuresHidden(await until(markers, figuresHidden))).toBe(true);
    expect(await until(() => overlayLanguage(article), (l) => l === 'fr')).toBe('fr');
    await s.shot(options, 'options-import');
  });

  it('refuses a malformed file and a file with wrong values, says exactly why, and changes nothing', async () => {
    await storeOnly(CHANGED);
    const shown = (await until(markers, figuresHidden)).length;

    // A missing comma at the end of line 3: the error points at line 4, column 3.
    const malformed = '{\n  "app": "sahel-lens",\n  "kind": "settings"\n  "settings": {}\n}\n';
    await pickFile(options, '#import-settings', 'malformed.json', malformed);
    const bad = await waitForResult(options, 'backup-result', 'malformed.json');
    expect(bad.state).toBe('error');
    expect(bad.lines[0]).toMatch(/\b4\b\D+\b3\b/);

    const wrong = {
      app: 'sahel-lens',
      kind: 'settings',
      exportedAt: new Date().toISOString(),
      settings: { ...DEFAULTS, labels: { ...DEFAULTS.labels, figure: 'yes' }, addedSites: ['news.example.net', 'not a host!'] },
    };
    await pickFile(options, '#import-settings', 'wrong-values.json', JSON.stringify(wrong));
    const refused = await waitForResult(options, 'backup-result', 'wrong-values.json');
    expect(refused.state).toBe('error');
    // A heading line, then one line per value at fault, each naming its path and what was found.
    expect(refused.lines).toHaveLength(3);
    expect(refused.lines.find((l) => l.startsWith('labels.figure'))).toContain('"yes"');
    expect(refused.lines.find((l) => l.startsWith('addedSites[1]'))).toContain('"not a host!"');

    // Nothing changed: storage, and the article (the wrong file would have shown figure notes).
    await new Promise((r) => setTimeout(r, 500));
    expect(await storedSettings()).toEqual(CHANGED);
    expect((await markers()).length).toBe(shown);
    expect(await overlayLanguage(article)).toBe('fr');
  });

  it('resets a corrupt stored value on its own, keeps the rest, and the options page names it', async () => {
    await storeOnly(CHANGED);
    await until(markers, figuresHidden);
    await until(() => options.evaluate(() => !document.querySelector('#reset-notice'), null), Boolean);

    // Written straight into storage.sync, as a faulty sync or an old version could leave it.
    await writeStorage(options, 'sync', { settings: { ...CHANGED, labels: { ...CHANGED.labels, figure: 'yes' } } });
    const repaired = { ...CHANGED, labels: { ...CHANGED.labels, figure: true } };
    expect(await settingsBecome(repaired)).toEqual(repaired);

    // The content script runs with the default for that field (figure notes back) and the
    // reader's other choices (notes in French).
    expect((await until(markers, (ms) => ms.length === ALL_NOTES)).length).toBe(ALL_NOTES);
    expect(await overlayLanguage(article)).toBe('fr');

    const notice = await until(
      () =>
        options.evaluate(
          () => [...document.querySelectorAll<HTMLElement>('#reset-notice li[data-path]')].map((li) => ({ path: li.dataset.path, text: li.textContent ?? '' })),
          null,
        ),
      (items) => items.length > 0,
    );
    expect(notice.map((n) => n.path)).toEqual(['labels.figure']);
    // Label names come from the UI tokens, in the page's language (the test browsers run in English).
    expect(notice[0]!.text).toContain('Figure');
    expect(await readStorage(options, 'local', 'settingsResetReport')).toMatchObject({ fields: ['labels.figure'] });

    // The popup shows the repaired settings and its controls still work.
    const popup = await openPopupFor(s.browser, s.newsUrl(SEED));
    const controls = await popup.evaluate(
      () => ({
        figure: document.querySelector<HTMLInputElement>('#label-figure')?.checked,
        analyst: document.querySelector<HTMLInputElement>('#label-analyst')?.checked,
        french: document.querySelector<HTMLInputElement>('#lang-fr')?.checked,
      }),
      null,
    );
    expect(controls).toEqual({ figure: true, analyst: true, french: true });
    await click(popup, '#label-figure');
    expect(figuresHidden(await until(markers, figuresHidden))).toBe(true);
    expect(await settingsBecome(CHANGED)).toEqual(CHANGED);
    await popup.close();

    await click(options, '#reset-dismiss');
    expect(await until(() => options.evaluate(() => !document.querySelector('#reset-notice'), null), Boolean)).toBe(true);
    expect(await readStorage(options, 'local', 'settingsResetReport')).toBeUndefined();
  });

  it('imports a custom context pack whose entry shows in the notes; a bad pack is refused and the stored one kept', async () => {
    await storeOnly(DEFAULTS);
    expect((await until(markers, (ms) => ms.length === ALL_NOTES)).length).toBe(ALL_NOTES);
    const noteOnAfricaCorps = async (): Promise<LiveNote | undefined> =>
      (await readAllNotes(article)).find((n) => n.text.startsWith(AFRICA_CORPS_SENTENCE));
    const builtIn = await until(noteOnAfricaCorps, (n) => n !== undefined && n.links[0]?.url !== NEWSROOM_URL);
    expect(builtIn?.links[0]?.url).toMatch(/^https:\/\//);
    expect(builtIn?.links[0]?.url).not.toBe(NEWSROOM_URL);

    await pickFile(options, '#import-pack', 'newsroom-pack.json', JSON.stringify(PACK));
    expect((await waitForResult(options, 'pack-result', 'newsroom-pack.json')).state).toBe('ok');
    const stored = await readStorage(options, 'local', 'customPack');
    expect(stored).toMatchObject({ pack: PACK, fileName: 'newsroom-pack.json' });
    const current = await options.evaluate(() => document.querySelector('#pack-current')?.textContent ?? '', null);
    expect(current).toContain(PACK.version);
    expect(current).toContain('newsroom-pack.json');

    // The open article takes the pack at once, and a fresh load of it too.
    // The link is titled with the entry's display name (plus the overlay's "opens in a new tab").
    const wantLink = { title: expect.stringMatching(/^Africa Corps \(newsroom dossier\): background\b/), url: NEWSROOM_URL };
    expect((await until(noteOnAfricaCorps, (n) => n?.links[0]?.url === NEWSROOM_URL))?.links[0]).toMatchObject(wantLink);
    await article.goto(s.newsUrl(SEED));
    expect(await waitForMarkers(article, ALL_NOTES)).toBe(ALL_NOTES);
    const reloaded = await noteOnAfricaCorps();
    expect(reloaded?.links[0]).toMatchObject(wantLink);
    // The other links of the note (the monitors the entry names) are still there.
    expect(reloaded?.links.map((l) => l.url)).toEqual([NEWSROOM_URL, ...(builtIn?.links.slice(1).map((l) => l.url) ?? [])]);

    // A pack with an http:// link is refused, naming the entry and the field.
    const badPack = {
      version: 'newsroom-2025-08',
      entries: [{ ...AFRICA_CORPS, links: [{ title: 'Our dossier', url: 'http://newsroom.example.org/africa-corps' }] }],
    };
    await pickFile(options, '#import-pack', 'newsroom-pack-v2.json', JSON.stringify(badPack));
    const refused = await waitForResult(options, 'pack-result', 'newsroom-pack-v2.json');
    expect(refused.state).toBe('error');
    expect(refused.lines).toHaveLength(1);
    expect(refused.lines[0]).toContain('africa-corps');
    expect(refused.lines[0]).toContain('links[0].url');
    expect(refused.lines[0]).toContain('https://');
    await new Promise((r) => setTimeout(r, 500));
    expect(await readStorage(options, 'local', 'customPack')).toEqual(stored);
    expect(await options.evaluate(() => document.querySelector('#pack-current')?.textContent ?? '', null)).toBe(current);
    expect((await noteOnAfricaCorps())?.links[0]?.url).toBe(NEWSROOM_URL);
    await removeStorage(options, 'local', ['customPack']);
  });

  /** Opens the design article on the host outside the outlet list (`tag` keeps URLs apart). */
  async function openUnlisted(tag: string): Promise<{ page: TestPage; url: string; count(): Promise<number> }> {
    const url = pageUrl(TEST_HOSTS.other, s.server.port, `/news/${SEED}.html?${tag}`);
    const page = await s.browser.open(url);
    return { page, url, count: async () => (await readMarkers(page)).length };
  }
  const unlistedOrigins = [`https://${TEST_HOSTS.other}/*`, `http://${TEST_HOSTS.other}/*`];

  it('"Annotate this page" works on a page outside the outlet list, under the toolbar button’s activeTab grant', async () => {
    await storeOnly(DEFAULTS);
    // A failed first attempt may have left the site granted; start without access.
    await removeOrigins(options, unlistedOrigins);
    const other = await openUnlisted('annotate');
    try {
      await new Promise((r) => setTimeout(r, 1500));
      // Not on the list: no content script, no notes.
      expect(await other.count()).toBe(0);
      const otherId = await activeTabId(options);

      // Without a grant (the popup opened as a tab, not from the toolbar) the browser refuses the
      // injection, and the popup says so.
      const popup = await openPopupFor(s.browser, otherId);
      await waitFor(popup, '#annotate-now');
      await click(popup, '#annotate-now');
      const noAccess = await extensionMessage(popup, 'annotateNoAccess');
      const feedback = () => popup.evaluate(() => document.querySelector('#popup-feedback')?.textContent ?? '', null);
      expect(await until(feedback, (t) => t === noAccess)).toBe(noAccess);
      await popup.close();
      expect(await other.count()).toBe(0);

      // The toolbar button grants activeTab for the tab and opens the real popup; its button has
      // the background inject the content script (scripting.executeScript).
      expect(s.browser.pressToolbarButton).toBeDefined();
      await s.browser.pressToolbarButton!(other.page);
      await clickInToolbarPopup(options, '#annotate-now');
      const done = await extensionMessage(options, 'annotateDone');
      expect(await until(() => readToolbarPopup(options, '#popup-feedback'), (t) => t === done)).toBe(done);
      expect(await waitForMarkers(other.page, ALL_NOTES)).toBe(ALL_NOTES);
      // Once only: no standing access to the site came with it.
      expect(await hasOrigins(options, unlistedOrigins)).toBe(false);
      await s.shot(other.page, 'annotate-other-site');
    } finally {
      await closeToolbarPopup(options);
      await other.page.close();
    }
  });

  // Chromium shows the optional-permission dialog of permissions.request in browser UI that no
  // driver can answer (the request stays pending); Firefox grants at once with
  // extensions.webextOptionalPermissionPrompts=false, after a real click.
  it.runIf(browserName === 'firefox')('"Add this site" asks for that one host on a real click; removing the site gives the access back', async () => {
    await storeOnly(DEFAULTS);
    await removeOrigins(options, unlistedOrigins);
    const other = await openUnlisted('add-site');
    try {
      await new Promise((r) => setTimeout(r, 1500));
      expect(await other.count()).toBe(0);
      // The toolbar press lets the popup see the page's host, so it offers "Always run on <host>";
      // the popup is opened as a tab about that tab so the driver can click in it for real.
      await s.browser.pressToolbarButton!(other.page);
      await closeToolbarPopup(options);
      const otherId = await tabIdOf(options, other.url);
      const popup = await openPopupFor(s.browser, otherId);
      await waitFor(popup, '#add-site');
      await realClick(popup, '#add-site');
      const added = await extensionMessage(popup, 'siteAddedNow', [TEST_HOSTS.other]);
      const feedback = () => popup.evaluate(() => document.querySelector('#popup-feedback')?.textContent ?? '', null);
      expect(await until(feedback, (t) => t === added)).toBe(added);
      expect(await hasOrigins(options, unlistedOrigins)).toBe(true);
      expect(await settingsBecome({ ...DEFAULTS, addedSites: [TEST_HOSTS.other] })).toMatchObject({ addedSites: [TEST_HOSTS.other] });
      expect(await until(() => registeredScriptMatches(options), (m) => m.length > 0)).toEqual([...unlistedOrigins].sort());
      expect(await waitForMarkers(other.page, ALL_NOTES)).toBe(ALL_NOTES);
      await popup.close();

      // Removing the site on the options page gives the access back: a reload stays clean.
      await click(options, `#added-sites li[data-host="${TEST_HOSTS.other}"] button[data-action="remove"]`);
      expect(await until(() => hasOrigins(options, unlistedOrigins), (v) => !v)).toBe(false);
      expect(await until(() => registeredScriptMatches(options), (m) => m.length === 0)).toEqual([]);
      expect(await settingsBecome(DEFAULTS)).toEqual(DEFAULTS);
      await other.page.goto(other.url);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await other.count()).toBe(0);

      // A site added on another computer (synced settings) gets access here from the options page.
      await storeOnly({ ...DEFAULTS, addedSites: [TEST_HOSTS.other] });
      const grant = `#added-sites li[data-host="${TEST_HOSTS.other}"] button:not([data-action])`;
      await waitFor(options, grant);
      expect(await hasOrigins(options, unlistedOrigins)).toBe(false);
      await realClick(options, grant);
      expect(await until(() => hasOrigins(options, unlistedOrigins), Boolean)).toBe(true);
      // The background registers the content script for the site and annotates its open tab.
      expect(await until(() => registeredScriptMatches(options), (m) => m.length > 0)).toEqual([...unlistedOrigins].sort());
      expect(await waitForMarkers(other.page, ALL_NOTES)).toBe(ALL_NOTES);
      await click(options, `#added-sites li[data-host="${TEST_HOSTS.other}"] button[data-action="remove"]`);
      expect(await until(() => hasOrigins(options, unlistedOrigins), (v) => !v)).toBe(false);
    } finally {
      await other.page.close();
    }
  });

  it('the keyboard shortcut annotates a page outside the list (activeTab) and toggles the notes', async () => {
    await storeOnly(DEFAULTS);
    await removeOrigins(options, unlistedOrigins);
    const other = await openUnlisted('shortcut');
    try {
      await new Promise((r) => setTimeout(r, 1500));
      expect(await other.count()).toBe(0);
      await s.browser.pressShortcut!(other.page, 'Alt+Shift+S');
      expect(await waitForMarkers(other.page, ALL_NOTES)).toBe(ALL_NOTES);
      await s.browser.pressShortcut!(other.page, 'Alt+Shift+S');
      expect(await until(other.count, (n) => n === 0)).toBe(0);
      await s.browser.pressShortcut!(other.page, 'Alt+Shift+S');
      expect(await until(other.count, (n) => n === ALL_NOTES)).toBe(ALL_NOTES);
    } finally {
      await other.page.close();
    }
    // On a listed page the shortcut hides and shows the notes the same way.
    await s.browser.pressShortcut!(article, 'Alt+Shift+S');
    expect(await until(markers, (ms) => ms.length === 0)).toHaveLength(0);
    await s.browser.pressShortcut!(article, 'Alt+Shift+S');
    expect(await until(markers, (ms) => ms.length === ALL_NOTES)).toHaveLength(ALL_NOTES);
  });
});
