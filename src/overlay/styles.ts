/**
 * The overlay's stylesheet, applied inside its shadow root only: `:host { all: initial }`
 * cuts inheritance from the page, and nothing here can match page elements. Colours come
 * from custom properties switched by `prefers-color-scheme`; motion only when the reader has
 * not asked to reduce it.
 */
import { LABEL_ORDER, LABEL_TOKENS, labelVar, themeCss, tintVar } from '../ui/tokens';

const labelRules = LABEL_ORDER.map((l) => {
  const s = LABEL_TOKENS[l];
  const border = s.line === 'wavy' ? 'double' : s.line;
  const c = `var(${labelVar(l)})`;
  return (
    `.sl-chip[data-label="${l}"],.sl-dot[data-label="${l}"],.sl-side-dot[data-label="${l}"]{--c:${c}}` +
    `.sl-marker[data-primary="${l}"]{--c:${c};border-style:${border}}` +
    `.sl-marker[data-second="${l}"]{--c2:${c}}` +
    `.sl-swatch[data-label="${l}"]{text-decoration-color:${c};text-decoration-style:${s.line};background:var(${tintVar(l)})}`
  );
}).join('\n');

/** The complete stylesheet of the overlay's shadow root. */
export const OVERLAY_CSS = `
:host{all:initial !important;position:absolute !important;left:0 !important;top:0 !important;width:0 !important;height:0 !important;
  display:block !important;overflow:visible !important;z-index:2147483647 !important;contain:none !important}
${themeCss(':host')}
*,*::before,*::after{box-sizing:border-box}
.sl-app{position:absolute;left:0;top:0;width:0;height:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
  color:var(--sl-fg);text-align:left;direction:ltr;letter-spacing:normal;word-spacing:normal;text-transform:none;font-style:normal;font-weight:400}
.sl-layer{position:absolute;left:0;top:0;width:0;height:0;pointer-events:none}
button{font:inherit;color:inherit}
a{color:var(--sl-link)}
:focus-visible{outline:3px solid var(--sl-focus);outline-offset:2px}
.sl-sr{position:absolute !important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}

.sl-marker{position:absolute;width:22px;height:22px;padding:0;margin:0;border:2px solid var(--c);border-radius:6px;
  background:var(--sl-bg);color:var(--c);font-size:12px;font-weight:700;line-height:18px;text-align:center;cursor:pointer;
  box-shadow:var(--sl-mark-shadow)}
.sl-marker[data-multi]::after{content:"";position:absolute;right:-4px;top:-4px;width:8px;height:8px;border-radius:50%;
  background:var(--c2,var(--c));border:1px solid var(--sl-bg)}
.sl-marker[aria-expanded="true"]{background:var(--c);color:var(--sl-bg)}
.sl-marker[data-orphan]{visibility:hidden}

.sl-card{position:absolute;width:min(380px,calc(100vw - 24px));max-height:min(70vh,560px);overflow:auto;padding:12px 14px 10px;
  background:var(--sl-bg);color:var(--sl-fg);border:1px solid var(--sl-border);border-radius:10px;box-shadow:var(--sl-shadow)}
.sl-card[data-floating]{position:fixed;right:16px;top:72px}
.sl-card-head{display:flex;align-items:flex-start;gap:8px;margin-bottom:6px}
.sl-card-title{flex:1;margin:0;font-size:14px;font-weight:700;display:flex;flex-wrap:wrap;gap:6px}
.sl-pos{font-size:12px;color:var(--sl-muted);white-space:nowrap;padding-top:2px}
.sl-x{border:0;background:transparent;width:28px;height:28px;border-radius:6px;cursor:pointer;font-size:18px;line-height:1;color:var(--sl-muted)}
.sl-x:hover{background:var(--sl-soft)}
.sl-chip{display:inline-flex;align-items:center;gap:4px;padding:1px 8px 1px 6px;border-radius:999px;border:1.5px solid var(--c);color:var(--sl-fg);font-size:12px;font-weight:600}
.sl-chip-glyph{color:var(--c);font-weight:800}
.sl-quote{margin:6px 0 8px;padding:6px 10px;border-left:3px solid var(--sl-border);background:var(--sl-soft);border-radius:4px;font-style:italic}
.sl-h{margin:10px 0 2px;font-size:12px;font-weight:700;color:var(--sl-muted);text-transform:uppercase;letter-spacing:.03em}
.sl-p{margin:0 0 4px}
.sl-list{margin:2px 0 4px;padding-left:18px}
.sl-list li{margin:2px 0}
.sl-jump{display:block;width:100%;text-align:left;margin:3px 0;padding:5px 8px;border:1px solid var(--sl-border);border-radius:6px;
  background:var(--sl-soft);cursor:pointer}
.sl-jump:hover{border-color:var(--sl-focus)}
.sl-card-foot{display:flex;justify-content:space-between;gap:8px;margin-top:10px;padding-top:8px;border-top:1px solid var(--sl-border)}
.sl-btn{padding:4px 10px;border:1px solid var(--sl-border);border-radius:6px;background:var(--sl-bg);cursor:pointer}
.sl-btn:hover{background:var(--sl-soft)}
.sl-btn:disabled{opacity:.45;cursor:default}

.sl-summary{position:fixed;right:16px;bottom:16px;display:flex;flex-direction:column;align-items:flex-end;gap:8px;max-width:calc(100vw - 32px)}
.sl-toggle{display:inline-flex;align-items:center;gap:8px;padding:7px 14px;border-radius:999px;border:1px solid var(--sl-border);
  background:var(--sl-bg);color:var(--sl-fg);box-shadow:var(--sl-shadow);cursor:pointer;font-weight:600}
.sl-toggle-dots{display:inline-flex;gap:3px}
.sl-dot{width:8px;height:8px;border-radius:50%;background:var(--c)}
.sl-panel{width:min(360px,calc(100vw - 32px));max-height:min(70vh,620px);overflow:auto;padding:12px 14px;background:var(--sl-bg);
  border:1px solid var(--sl-border);border-radius:10px;box-shadow:var(--sl-shadow)}
.sl-panel-head{display:flex;align-items:center;gap:8px}
.sl-panel-title{flex:1;margin:0;font-size:15px;font-weight:700}
.sl-legend{list-style:none;margin:4px 0;padding:0}
.sl-legend li{display:grid;grid-template-columns:auto 1fr auto;gap:2px 8px;align-items:baseline;margin:5px 0}
.sl-swatch{padding:0 4px;border-radius:3px;text-decoration-line:underline;text-decoration-thickness:2px;font-weight:700}
.sl-count{font-variant-numeric:tabular-nums;font-weight:700}
.sl-legend-desc{grid-column:2 / 4;font-size:12px;color:var(--sl-muted)}
.sl-sides{list-style:none;margin:2px 0 4px;padding:0}
.sl-side{margin:6px 0;padding:4px 0 2px 10px;border-left:3px solid var(--sl-border)}
.sl-side-head{margin:0 0 2px;display:flex;justify-content:space-between;gap:8px}
.sl-side-name{font-weight:700}
.sl-party{margin:2px 0}
.sl-party>summary{cursor:pointer;padding:2px 4px;border-radius:4px}
.sl-party>summary:hover{background:var(--sl-soft)}
.sl-party[open]>summary{margin-bottom:2px}
.sl-keys{margin-top:10px;font-size:12px;color:var(--sl-muted)}
.sl-muted{color:var(--sl-muted)}
${labelRules}
@media (prefers-reduced-motion: no-preference){
  .sl-card,.sl-panel{animation:sl-in .14s ease-out}
  .sl-marker{transition:transform .12s ease-out}
  .sl-marker:hover{transform:scale(1.12)}
  @keyframes sl-in{from{opacity:0;transform:translateY(4px)}to{opacity:1;transform:none}}
}
@media (forced-colors: active){
  .sl-marker,.sl-card,.sl-panel,.sl-toggle,.sl-chip{border-color:CanvasText}
}
`;
