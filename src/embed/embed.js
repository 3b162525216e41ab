// tenderfit embed script. On a host page:
//   <script type="module" src="https://…/tenderfit/embed.js"></script>
//   <div data-tenderfit data-tenders="/feed.json" data-lang="nl"></div>
// or, for pages built in code: tenderfit.mount(element, { tenders, lang, today }).
// Each widget dispatches `tenderfit:result` on its element with the outcome (never the CV).
const base = new URL('.', import.meta.url);
window.__tenderfitBase = base.href;
if (!document.querySelector('link[data-tenderfit-css]')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('tenderfit.css', base).href;
  link.dataset.tenderfitCss = '';
  document.head.append(link);
}
const wasm = await import(new URL('tenderfit.js', base).href);
// Initialising runs the widget's main, which mounts every [data-tenderfit] element.
await wasm.default({ module_or_path: new URL('tenderfit_bg.wasm', base) });
window.tenderfit = { mount: (element, options) => wasm.mount(element, options ?? {}) };
document.dispatchEvent(new CustomEvent('tenderfit:ready'));
