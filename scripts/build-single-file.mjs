// Trunk post-build hook: writes tenderfit-offline.html, one self-contained file (JS glue,
// CSS and the wasm as base64 for initSync) that works when opened from file://, where
// module scripts cannot load other files. The bundled tenders are inside the wasm.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const read = (name) => fs.readFileSync(path.join(dir, name));
const glue = read('tenderfit.js').toString('utf8')
  // Inline modules export nothing to anyone: drop the export keywords.
  .replace(/^export default __wbg_init;?$/m, '')
  .replace(/^export \{ initSync(?:, __wbg_init as default)? \};?$/m, '')
  .replace(/^export (function|class|const|let) /gm, '$1 ');
if (!/function initSync\b/.test(glue)) throw new Error('wasm-bindgen glue without initSync');
const css = read('tenderfit.css').toString('utf8');
const wasm = read('tenderfit_bg.wasm').toString('base64');
const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tenderfit — offline</title>
<style>${css}</style>
</head>
<body>
<div id="tenderfit"></div>
<noscript>tenderfit heeft JavaScript en WebAssembly nodig. / tenderfit needs JavaScript and WebAssembly.</noscript>
<script type="module">
${glue}
const wasmBase64 = "${wasm}";
const bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
initSync({ module: bytes });
</script>
</body>
</html>
`;
fs.writeFileSync(path.join(dir, 'tenderfit-offline.html'), html);
console.log(`tenderfit-offline.html: ${(html.length / 1024).toFixed(0)} KB`);
