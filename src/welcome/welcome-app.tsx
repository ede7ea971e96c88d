/**
 * The welcome page: what Sahel Lens marks (the legend, from the UI tokens), the design article
 * annotated live below it, and the reader's real settings — the four kinds of note and the note
 * language — so flipping them here changes the example at once. English or French: the note
 * language when it is set, else the browser's.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LABELS, type Label, type Lang } from '../engine/types';
import { t as overlayT, type MessageKey } from '../overlay/i18n';
import type { NoteLanguage, Settings, SettingsPatch } from '../settings/types';
import { LabelMark } from '../ui/label-mark';
import { LABEL_ORDER, LABEL_TOKENS, labelName } from '../ui/tokens';
import { DemoAnnotator } from './demo';
import { DESIGN_ARTICLE } from './design-article';
import { w, type WelcomeKey } from './strings';

/** What the page asks of the browser (the real one in main.tsx, a fake in tests). */
export interface WelcomeApi {
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  /** The browser's UI language. */
  browserLang(): Lang;
}

/** The page's language: the note language when the reader chose one, else the browser's. */
export function welcomeLang(noteLanguage: NoteLanguage | undefined, browserLang: Lang): Lang {
  return noteLanguage === 'en' || noteLanguage === 'fr' ? noteLanguage : browserLang;
}

const LANGS: { value: NoteLanguage; key: WelcomeKey }[] = [
  { value: 'auto', key: 'languageAuto' },
  { value: 'en', key: 'languageEn' },
  { value: 'fr', key: 'languageFr' },
];

function Legend({ lang }: { lang: Lang }) {
  return (
    <ul class="legend" data-welcome-legend="">
      {LABEL_ORDER.map((l) => {
        const tok = LABEL_TOKENS[l];
        return (
          <li key={l} data-label={l}>
            <LabelMark label={l} />
            <span class="legend-name">{labelName(lang, l)}</span>
            <span class="legend-sample" data-label={l} style={{ textDecorationStyle: tok.line }} aria-hidden="true">
              Abc
            </span>
            <span class="sl-sr"> ({overlayT(lang, `line.${tok.line}` as MessageKey)})</span>
            <span class="legend-desc">{overlayT(lang, `legend.${l}` as MessageKey)}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Controls({ lang, settings, api }: { lang: Lang; settings: Settings; api: WelcomeApi }) {
  return (
    <div class="controls">
      <fieldset class="group">
        <legend>{w(lang, 'labelsLegend')}</legend>
        {LABELS.map((label: Label) => (
          <div class="check-row" key={label}>
            <input
              type="checkbox"
              id={`welcome-label-${label}`}
              checked={settings.labels[label]}
              onChange={(e) => void api.updateSettings({ labels: { [label]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            <label for={`welcome-label-${label}`}>
              <LabelMark label={label} />
              {labelName(lang, label)}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset class="group">
        <legend>{w(lang, 'languageLegend')}</legend>
        {LANGS.map((c) => (
          <div class="check-row" key={c.value}>
            <input
              type="radio"
              name="welcome-note-language"
              id={`welcome-lang-${c.value}`}
              value={c.value}
              checked={settings.noteLanguage === c.value}
              onChange={() => void api.updateSettings({ noteLanguage: c.value })}
            />
            <label for={`welcome-lang-${c.value}`} lang={c.value === 'fr' ? 'fr' : c.value === 'en' ? 'en' : undefined}>
              {w(lang, c.key)}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** The whole page. */
export function WelcomeApp({ api }: { api: WelcomeApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const column = useRef<HTMLElement>(null);
  const demo = useRef<DemoAnnotator | null>(null);
  const lang = welcomeLang(settings?.noteLanguage, api.browserLang());

  useEffect(() => {
    let live = true;
    void api.getSettings().then((s) => live && setSettings(s));
    const stop = api.watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w(lang, 'title');
  }, [lang]);

  useEffect(() => {
    const el = column.current;
    if (!settings || !el) return;
    if (!demo.current) demo.current = new DemoAnnotator(document, el, [...el.querySelectorAll<HTMLElement>('p.demo-p')], DESIGN_ARTICLE.title);
    setCount(demo.current.show({ labels: settings.labels, noteLanguage: settings.noteLanguage }));
  }, [settings]);

  useEffect(() => () => demo.current?.destroy(), []);

  return (
    <main class="welcome" data-welcome="" data-welcome-ready={count === null ? undefined : ''}>
      <header>
        <h1>{w(lang, 'title')}</h1>
        <p class="lead">{w(lang, 'intro')}</p>
      </header>
      <section aria-labelledby="legend-title">
        <h2 id="legend-title">{w(lang, 'legendTitle')}</h2>
        <p class="hint">{w(lang, 'legendHint')}</p>
        <Legend lang={lang} />
      </section>
      <div class="welcome-grid">
        <div class="welcome-main">
          <section aria-labelledby="try-title">
            <h2 id="try-title">{w(lang, 'tryTitle')}</h2>
            <p>
              {w(lang, 'tryMouse')} {w(lang, 'tryKeys')}
            </p>
          </section>
          <p class="demo-status" role="status" data-welcome-count={count ?? undefined}>
            {count === null ? w(lang, 'loading') : w(lang, 'count', { n: count })}
          </p>
          <article class="demo" ref={column} aria-labelledby="demo-title" lang="en">
            <p class="demo-kicker" lang={lang}>
              {w(lang, 'articleLabel')}
            </p>
            <h2 id="demo-title">{DESIGN_ARTICLE.title}</h2>
            {DESIGN_ARTICLE.paragraphs.map((p, i) => (
              <p key={i} class="demo-p">
                {p}
              </p>
            ))}
          </article>
        </div>
        <aside class="welcome-side" aria-labelledby="controls-title">
          <h2 id="controls-title">{w(lang, 'controlsTitle')}</h2>
          <p class="hint">{w(lang, 'controlsHint')}</p>
          {settings ? <Controls lang={lang} settings={settings} api={api} /> : null}
          <h2 id="where-title">{w(lang, 'whereTitle')}</h2>
          <p>{w(lang, 'where')}</p>
          <p>
            <a href="../options/index.html">{w(lang, 'settingsLink')}</a>
          </p>
        </aside>
      </div>
    </main>
  );
}
