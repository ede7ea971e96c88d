/**
 * Issue 16: a page cannot tell that Sahel Lens is installed, on pages it does not annotate.
 *
 * In each browser, a probe page (test/e2e/lib/probe-page.ts) served under an outlet host, so
 * our always-on content script runs there, plays the worst-case attacker from its main world:
 * it knows our real id (Chromium) or this install's moz-extension UUID (Firefox) and every file
 * of the package. On a page that is not about the Sahel it
 *  - fetches and loads (`fetch`, `import()`, `<script>`, `<img>`, `<link rel=stylesheet>`,
 *    `<iframe>`) every file of the built package, the manifest, the root and a missing file, by
 *    the real id and by a made-up one: any load that works, or whose outcome differs, is a finding;
 *  - times such loads (real id against made-up id), and compares the difference with the one the
 *    same browser shows for an installed extension with no web-accessible file (the control);
 *  - reads everything a page can read (DOM and open shadow roots, `data-*`, style sheets and
 *    adopted ones, computed styles, layout, `CSS.highlights`, fonts, main-world globals and
 *    prototypes, `window.chrome`, every event type the browser names and the package's own event
 *    names, `message` events, a MutationObserver on the whole document from the first script of
 *    the page, performance entries, focus and history) and compares it with the same page in the
 *    same browser running a control extension instead of ours, loaded twice so that what varies
 *    between two loads of the page is not blamed on us.
 * On a Sahel article it lists what the page can observe and checks that it is exactly the
 * documented list (`ANNOTATED_OBSERVABLES`, stated in the README's "What a page can see").
 *
 * The probe's own sensitivity is checked in the control browser: the control extension's one
 * web-accessible file must be found, leaks planted by the page itself must be found in every
 * kind of observation, and our (uninstalled there) id must give nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './lib/session.ts';
import { FIREFOX_CONTROL_EXTENSION, pageUrl, TEST_HOSTS, type BrowserName } from './lib/browsers.ts';
import { startServer, type TestServer } from './lib/server.ts';
import { DIST_CHROME, DIST_FIREFOX } from './lib/paths.ts';
import { launchRobust, settle, type RobustBrowser, type RobustTab, type StatusReply } from './lib/robust-tab.ts';
import { waitForMarkers } from './lib/overlay-reader.ts';
import { loadArticle, SEED_ID } from './lib/hostile-pages.ts';
import {
  allJobs,
  annotatorChunk,
  ANNOTATED_OBSERVABLES,
  CANARY_FILE,
  CONTROL_ICON,
  CONTROL_PRIVATE_FILE,
  controlExtension,
  findingsAgainst,
  findingText,
  LOAD_METHODS,
  madeUpOrigin,
  matchObservables,
  mentions,
  packageEventNames,
  packageFiles,
  PLAIN_ARTICLE,
  plantLeaks,
  PROBE_PATHS,
  probePageHtml,
  probeInput,
  probeUrls,
  readSnapshot,
  SNAPSHOT_KINDS,
  suspicious,
  TIMING,
  TIMING_KINDS,
  timeLoads,
  timingExcess,
  timingSummary,
  timingTargets,
  urlFindings,
  webAccessibleFiles,
  type Finding,
  type LoadResult,
  type Snapshot,
  type TimingArm,
  type TimingResult,
} from './lib/probe-page.ts';

/** Loads in flight at once in the URL probe, and how long one may take (first pass, confirmation). */
const URL_PROBE = { concurrency: 6, timeoutMs: 3000, confirmTimeoutMs: 10_000 };

describe.each(BROWSERS)('probe page in %s', (browserName: BrowserName) => {
  const dist = browserName === 'chromium' ? DIST_CHROME : DIST_FIREFOX;
  let server: TestServer;
  let ext: RobustBrowser;
  let control: RobustBrowser;
  /** chrome-extension://<id> or moz-extension://<uuid> of Sahel Lens, and of the control extension. */
  let ours = '';
  let controlOrigin = '';
  const fake = madeUpOrigin(browserName);
  const files = [...packageFiles(dist), 'no-such-file.js', ''];
  let started = Date.now();
  const phases: string[] = [];
  const phase = async <T,>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await f();
    } finally {
      phases.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  };
  const log = (s: string) => console.log(`[probe] ${browserName}: ${s}`);

  beforeAll(async () => {
    started = Date.now();
    server = await startServer();
    const events = packageEventNames(dist);
    server.route(PROBE_PATHS.plain, probePageHtml(PLAIN_ARTICLE, events));
    server.route(PROBE_PATHS.annotated, probePageHtml(loadArticle(SEED_ID), events));
    const ctl = controlExtension();
    await phase('launch', async () => {
      ext = await launchRobust(browserName, [], dist);
      control = await launchRobust(browserName, [], browserName === 'chromium' ? ctl.chrome : ctl.firefox);
      // Firefox: the control extension beside ours too, for the timing baseline (the control
      // browser has it as well, so the page comparisons stay like for like).
      if (browserName === 'firefox') await ext.installExtension!(ctl.firefox);
    });
    ours = ext.tab.extensionOrigin;
    // Chromium: the id of the extension's service worker. Firefox: the UUID the launcher gives
    // each add-on (a pref); the status check below finds our extension tab by that origin.
    controlOrigin = browserName === 'chromium' ? control.tab.extensionOrigin : `moz-extension://${FIREFOX_CONTROL_EXTENSION.uuid}`;
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
    await control?.close();
    await server?.close();
    log(`${((Date.now() - started) / 1000).toFixed(1)} s in all (${phases.join(', ')})`);
  });

  const plainUrl = () => pageUrl(TEST_HOSTS.en, server.port, PROBE_PATHS.plain);
  const annotatedUrl = () => pageUrl(TEST_HOSTS.en, server.port, PROBE_PATHS.annotated);

  /**
   * Loads a page in the tab, in the foreground: a tab behind another (the options page our
   * extension opens on install) gets no focus event and no first paint, which the page would
   * see as a difference from the control.
   */
  async function visit(tab: RobustTab, url: string): Promise<void> {
    await tab.bringToFront();
    await tab.visit(url);
  }

  /** Loads the plain page with Sahel Lens and waits until our content script has judged it (and answered, as the popup asks). */
  async function visitPlainWithUs(): Promise<StatusReply> {
    await visit(ext.tab, plainUrl());
    const reply = await ext.tab.status(15_000);
    await settle(ext.tab, 250, 3000);
    return reply;
  }

  /** Everything the page reads (the recorder stopped), then what it learns by dispatching keys. */
  async function observe(tab: RobustTab): Promise<Snapshot> {
    const state = await tab.evaluate(() => `${document.visibilityState}, focus ${document.hasFocus()}`, null);
    if (state !== 'visible, focus true') throw new Error(`the probe page is not in the foreground (${state}): its snapshot would not compare with the control's`);
    const snapshot = await tab.evaluate(readSnapshot, { stop: true });
    snapshot.input = await tab.evaluate(probeInput, null);
    return snapshot;
  }

  async function snapshotOf(tab: RobustTab, url: string): Promise<Snapshot> {
    await visit(tab, url);
    await settle(tab, 250, 3000);
    return observe(tab);
  }

  /** Runs the URL probe, then again one load at a time with a longer timeout for every finding: only findings seen twice count. */
  async function urlProbe(tab: RobustTab, real: string, jobs: { file: string; method: string }[]): Promise<{ first: LoadResult[]; confirmed: LoadResult[] }> {
    const first = await tab.evaluate(probeUrls, { real, fake, jobs, timeoutMs: URL_PROBE.timeoutMs, concurrency: URL_PROBE.concurrency });
    const again = first.filter(suspicious);
    const confirmed = again.length
      ? (await tab.evaluate(probeUrls, { real, fake, jobs: again, timeoutMs: URL_PROBE.confirmTimeoutMs, concurrency: 1 })).filter(suspicious)
      : [];
    return { first, confirmed };
  }

  const byKind = (findings: Finding[]) => {
    const m: Record<string, string[]> = {};
    for (const f of findings) (m[f.kind] ??= []).push(findingText(f));
    return m;
  };

  // ---------------------------------------------------------------- the probe can find things

  it('the probe finds what it looks for: the control extension\'s web-accessible file, leaks planted by the page, and nothing for an id that is not installed', async () => {
    await phase('self-check', async () => {
      await visit(control.tab, plainUrl());
      await settle(control.tab, 250, 3000);
      // A web-accessible file is found, files that are not are not.
      const canary = await urlProbe(control.tab, controlOrigin, allJobs([CANARY_FILE, CONTROL_PRIVATE_FILE, CONTROL_ICON, 'manifest.json', 'no-such-file.js']));
      const canaryFindings = urlFindings(canary.confirmed, controlOrigin);
      expect.soft(canaryFindings.filter((f) => f.startsWith(`fetch ${controlOrigin}/${CANARY_FILE} succeeded`)), 'fetch of the control\'s web-accessible file').toHaveLength(1);
      expect.soft(canaryFindings.filter((f) => !f.includes(`/${CANARY_FILE}`)), 'findings on the control\'s files that are not web-accessible').toEqual([]);

      // Our id, not installed in the control browser: the probe must not tell it from a made-up one.
      const annotator = annotatorChunk(dist);
      const unbiased = await urlProbe(control.tab, ours, allJobs(['manifest.json', annotator, 'src/content/index.js', 'icons/icon-16.png', 'no-such-file.js', '']));
      expect.soft(urlFindings(unbiased.confirmed, ours), 'URL findings for our id in a browser without Sahel Lens').toEqual([]);

      // Leaks planted by the page show in every kind of observation the test compares.
      const base = await snapshotOf(control.tab, plainUrl());
      const base2 = await snapshotOf(control.tab, plainUrl());
      await visit(control.tab, plainUrl());
      await settle(control.tab, 250, 3000);
      await control.tab.evaluate(plantLeaks, null);
      const planted = await observe(control.tab);
      // Leave the page so that nothing planted stays with the tab.
      await control.tab.visit('about:blank');
      const found = byKind(findingsAgainst(planted, base, base2));
      const kinds = SNAPSHOT_KINDS.filter((k) => !TIMING_KINDS.includes(k));
      expect.soft(kinds.filter((k) => !found[k]?.length), 'kinds of observation where the planted leak was not found').toEqual([]);
    });
  });

  // ---------------------------------------------------------------- a page we do not annotate

  it('on a page we do not annotate, the page sees nothing of us: DOM, shadow hosts, data-*, style sheets, computed styles, layout, CSS.highlights, fonts, globals, prototypes, window.chrome, events, messages, mutations, performance entries, keys', async () => {
    await phase('passive', async () => {
      const reply = await visitPlainWithUs();
      // Our content script ran on this page and judged it not about the Sahel.
      expect(reply.status, `our content script's status on the probe page: ${JSON.stringify(reply)}`).toBeTruthy();
      expect(reply.status?.aboutSahel).toBe(false);
      expect(reply.status?.total).toBe(0);
      const withUs = await observe(ext.tab);
      const c1 = await snapshotOf(control.tab, plainUrl());
      const c2 = await snapshotOf(control.tab, plainUrl());
      const findings = [...findingsAgainst(withUs, c1, c2), ...mentions(withUs, [ours, new URL(ours).host])];
      const found = byKind(findings);
      if (findings.length) log(`passive findings:\n  ${findings.map(findingText).join('\n  ')}`);
      for (const kind of SNAPSHOT_KINDS) expect.soft(found[kind] ?? [], `what the page sees of us in ${kind}`).toEqual([]);
      expect.soft(Object.keys(found).filter((k) => !(SNAPSHOT_KINDS as readonly string[]).includes(k)), 'other kinds with findings').toEqual([]);
    });
  });

  it('a page that knows our id and our files cannot load any of them, nor tell them from a made-up id\'s (fetch, import(), <script>, <img>, <link rel=stylesheet>, <iframe>)', async () => {
    await phase('URL probe', async () => {
      const reply = await visitPlainWithUs();
      expect(reply.status?.aboutSahel, `our content script's status: ${JSON.stringify(reply)}`).toBe(false);
      const { first, confirmed } = await urlProbe(ext.tab, ours, allJobs(files));
      expect(first).toHaveLength(files.length * LOAD_METHODS.length);
      const findings = urlFindings(confirmed, ours);
      const war = webAccessibleFiles(dist);
      log(`${first.length} loads by each id; ${findings.length} findings; the manifest lists ${war.length} web-accessible files`);
      expect.soft(war, 'web_accessible_resources in the built manifest').toEqual([]);
      expect(findings, 'loads of our files that a page can make or tell apart').toEqual([]);
    });
  });

  it('a page that times loads of our URLs against a made-up id learns nothing (Chromium), or no more than for any installed add-on (Firefox)', async () => {
    await phase('timing', async () => {
      const targets = timingTargets(annotatorChunk(dist));
      const labels = targets.map((t) => t.label);
      const arm = { ours: { name: 'ours', origin: ours }, control: { name: 'control', origin: controlOrigin }, fake: { name: 'made-up', origin: fake } };
      /** Samples of the given targets from the given arms, in one tab, in the same rounds. */
      const time = (tab: RobustTab, arms: TimingArm[], only: string[]) =>
        tab.evaluate(timeLoads, {
          arms,
          targets: targets
            .filter((t) => only.includes(t.label))
            .map((t) => ({ label: t.label, method: t.method, files: { ours: t.ours, 'made-up': t.ours, control: t.baseline } })),
          rounds: TIMING.rounds,
          batch: TIMING.batch[browserName],
        });
      const against = (r: { label: string; samples: Record<string, number[]> }, name: string): TimingResult => ({ label: r.label, real: r.samples[name]!, fake: r.samples['made-up']! });
      // Firefox: the control extension is installed beside ours and timed in the same rounds
      // (the baseline of an installed add-on). Chromium: ours is held to no difference at all;
      // the control browser's control extension is timed for the record.
      const inExt = browserName === 'firefox' ? [arm.ours, arm.control, arm.fake] : [arm.ours, arm.fake];
      const oursRuns: TimingResult[][] = labels.map(() => []);
      const baseRuns: TimingResult[][] = labels.map(() => []);
      const run = async (only: string[]) => {
        const r = await time(ext.tab, inExt, only);
        const b = browserName === 'firefox' ? r : await time(control.tab, [arm.control, arm.fake], only);
        for (let i = 0; i < r.length; i++) {
          const k = labels.indexOf(r[i]!.label);
          oursRuns[k]!.push(against(r[i]!, 'ours'));
          baseRuns[k]!.push(against(b[i]!, 'control'));
        }
      };
      const judge = (only: string[]) =>
        only.map((label) => {
          const k = labels.indexOf(label);
          return { label, base: timingSummary(baseRuns[k]!), ...timingExcess(oursRuns[k]!, baseRuns[k]!, TIMING.against[browserName]) };
        });
      await visitPlainWithUs();
      await visit(control.tab, plainUrl());
      await settle(control.tab, 250, 3000);
      await run(labels);
      let verdicts = judge(labels);
      for (const v of verdicts) log(`timing (samples of ${TIMING.batch[browserName]} loads) ${v.line}`);
      const suspects = verdicts.filter((v) => v.excess).map((v) => v.label);
      if (suspects.length) {
        // Timing is noisy on a shared machine: a suspect is measured again and judged on both runs.
        await run(suspects);
        verdicts = judge(suspects);
        for (const v of verdicts) log(`timing, two runs: ${v.line}`);
      }
      const browserWide = judge(labels).filter((v) => v.base.signal).map((v) => v.label);
      if (browserWide.length) log(`the browser tells the control extension's id from a made-up one by the time these take: ${browserWide.join('; ')}`);
      expect(
        verdicts.filter((v) => v.excess).map((v) => v.line),
        `loads of our URLs whose timing sets our id apart (held to: ${TIMING.against[browserName] === 'made-up id' ? 'no difference from a made-up id' : 'no more than an installed add-on'})`,
      ).toEqual([]);

      // The method itself: our id, not installed in the control browser, shows no timing difference.
      const first = (await time(control.tab, [arm.ours, arm.fake], labels)).map((r) => against(r, 'ours'));
      const biased = first.filter((r) => timingSummary([r]).signal);
      const again = biased.length ? (await time(control.tab, [arm.ours, arm.fake], biased.map((r) => r.label))).map((r) => against(r, 'ours')) : [];
      const confirmedBias = biased.map((r, i) => ({ label: r.label, s: timingSummary([r, again[i]!]) })).filter((x) => x.s.signal).map((x) => `${x.label}: ${x.s.line}`);
      expect(confirmedBias, 'timing differences for our id in a browser without Sahel Lens (the method is biased)').toEqual([]);
    });
  });

  // ---------------------------------------------------------------- an annotated page

  it('on an annotated page, the page sees exactly the documented list (ANNOTATED_OBSERVABLES)', async () => {
    await phase('annotated', async () => {
      await visit(ext.tab, annotatedUrl());
      expect(await waitForMarkers(ext.tab, 1, 15_000), 'notes on the Sahel article').toBeGreaterThan(0);
      await ext.tab.status(15_000);
      await settle(ext.tab, 250, 3000);
      const withUs = await observe(ext.tab);
      const c1 = await snapshotOf(control.tab, annotatedUrl());
      const c2 = await snapshotOf(control.tab, annotatedUrl());
      const findings = [...findingsAgainst(withUs, c1, c2), ...mentions(withUs, [ours, new URL(ours).host])];
      const { seen, missing, undocumented } = matchObservables(findings);
      log(`on an annotated page the page sees: ${seen.join(', ')}`);
      const longFrames = (withUs['timing-entries'] ?? []).filter((l) => / ms$/.test(l)).length;
      log(`long animation frames on the annotated page: ${longFrames} (the control: ${(c1['timing-entries'] ?? []).filter((l) => / ms$/.test(l)).length})`);
      expect.soft(undocumented, 'what the page sees on an annotated page that ANNOTATED_OBSERVABLES does not list').toEqual([]);
      expect.soft(missing, 'ANNOTATED_OBSERVABLES items the page did not see (the list is out of date)').toEqual([]);
      expect(ANNOTATED_OBSERVABLES.length).toBeGreaterThan(0);
    });
  });
});
