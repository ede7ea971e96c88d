/**
 * A single-page news site for e2e tests: an empty shell whose script renders stories from
 * embedded data, the first one late (as on a client-rendered site), and moves between stories
 * with the history API (`window.__app.go(path, id)`; no id: a weather page).
 */
import { loadArticle } from './hostile-pages.ts';

/** The app's HTML, holding the corpus articles `ids`; the first is rendered 1.2 s after load. */
export function spaAppHtml(ids: readonly string[]): string {
  const stories = Object.fromEntries(ids.map((id) => [id, loadArticle(id)]));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Daily Meridian</title></head>
<body>
<header><nav><a href="/spa/index.html">Home</a> <a href="/spa/weather">Weather</a></nav></header>
<main id="app"><p class="loading">Loading…</p></main>
<footer><p>© The Daily Meridian</p></footer>
<script>
const STORIES = ${JSON.stringify(stories).replace(/</g, '\\u003c')};
const app = document.getElementById('app');
function esc(s) { return s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]); }
function renderStory(id) {
  const a = STORIES[id];
  document.title = a.title;
  app.innerHTML = '<article><h1>' + esc(a.title) + '</h1>' + a.paragraphs.map((p) => '<p>' + esc(p) + '</p>').join('') + '</article>';
}
function renderWeather() {
  document.title = 'Weather';
  app.innerHTML = '<section><h1>Weather</h1><p>Sunny spells this afternoon, with a light breeze from the west and mild temperatures.</p></section>';
}
window.__app = {
  rerender(id) { renderStory(id); },
  go(path, id) { history.pushState({}, '', path); if (id) renderStory(id); else renderWeather(); },
};
setTimeout(() => renderStory(${JSON.stringify(ids[0])}), 1200);
</script>
</body></html>`;
}
