// Trunk post-build hook.
// 1. A Content-Security-Policy for index.html: only the page's own scripts (plus
//    'wasm-unsafe-eval' to compile the wasm), styles, images and connections. Trunk writes
//    its loader as an inline script, which that policy forbids, so it moves to start.js.
// 2. tenderfit-offline.html, one self-contained file (JS glue, CSS and the wasm as base64
//    for initSync) that works when opened from file://, where module scripts cannot load
//    other files. The reference data and bundled postings are inlined. Its one inline script is allowed
//    by its hash.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const read = (name) => fs.readFileSync(path.join(dir, name));

export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

let index = read('index.html').toString('utf8');
let n = 0;
index = index.replace(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g, (_, attrs, body) => {
  const name = n === 0 ? 'start.js' : `start-${n}.js`;
  n += 1;
  fs.writeFileSync(path.join(dir, name), body.trim() + '\n');
  return `<script${attrs} src="/${name}"></script>`;
});
if (n === 0 && !index.includes('src="/start.js"')) throw new Error('index.html without the Trunk loader');
const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY.join('; ')}">`;
index = index.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
index = index.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
if (!index.includes(meta)) throw new Error('index.html without <meta charset="utf-8">');
// 2a. The data judging needs, kept out of the wasm (feature lazy-data) and fetched after the
//     first paint: the reference tables build.rs compiled (copied from its OUT_DIR, the newest
//     if there are several) and the bundled postings (copied by Trunk into tenders/).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(process.env.CARGO_TARGET_DIR || path.join(root, 'target'),
  'wasm32-unknown-unknown', 'wasm-release', 'build');
const referenceCopies = fs.readdirSync(buildDir)
  .filter((d) => d.startsWith('tenderfit-core-'))
  .map((d) => path.join(buildDir, d, 'out', 'reference-data.txt'))
  .filter((f) => fs.existsSync(f))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
if (referenceCopies.length === 0) throw new Error(`no reference-data.txt under ${buildDir}`);
fs.copyFileSync(referenceCopies[0], path.join(dir, 'reference-data.txt'));
const lazyData = { 'reference-data.txt': read('reference-data.txt').toString('utf8') };
for (const name of fs.readdirSync(path.join(dir, 'tenders'))) {
  lazyData[`tenders/${name}`] = read(path.join('tenders', name)).toString('utf8');
}
const glue = read('tenderfit.js').toString('utf8')
  // Inline modules export nothing to anyone: drop the export keywords.
  .replace(/^export default __wbg_init;?$/m, '')
  .replace(/^export \{ initSync(?:, __wbg_init as default)? \};?$/m, '')
  .replace(/^export (function|class|const|let) /gm, '$1 ');
if (!/function initSync\b/.test(glue)) throw new Error('wasm-bindgen glue without initSync');
// The judge worker's module, loaded by the page itself: a file:// page cannot start workers.
// Its glue goes in a block of its own (its names would clash with the widget's); initialised
// first, so the widget finds `__tenderfitJudge` when it asks for its first verdict.
const judgeGlue = read('judge-worker.js').toString('utf8')
  .replace(/^export default __wbg_init;?$/m, '')
  .replace(/^export \{ initSync(?:, __wbg_init as default)? \};?$/m, '')
  .replace(/^export (function|class|const|let) /gm, '$1 ');
if (!/function judge_message\b/.test(judgeGlue)) throw new Error('judge-worker glue without judge_message');
const judgeWasm = read('judge-worker_bg.wasm').toString('base64');
const css = read('tenderfit.css').toString('utf8');
const wasm = read('tenderfit_bg.wasm').toString('base64');
// The offline file cannot fetch: the data is inlined, where browser::fetch_asset looks first.
const inline = `
globalThis.__tenderfitData = ${JSON.stringify(lazyData).replace(/</g, '\\u003c')};
{
${judgeGlue}
initSync({ module: Uint8Array.from(atob("${judgeWasm}"), (c) => c.charCodeAt(0)) });
globalThis.__tenderfitJudge = judge_message;
}
${glue}
const wasmBase64 = "${wasm}";
const bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
initSync({ module: bytes });
`;
const hash = crypto.createHash('sha256').update(inline, 'utf8').digest('base64');
const offlinePolicy = POLICY.map((d) => (d.startsWith('script-src')
  ? `script-src 'sha256-${hash}' 'wasm-unsafe-eval'`
  : d.startsWith('style-src') ? "style-src 'unsafe-inline'" : d)).join('; ');
const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${offlinePolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tenderfit — offline</title>
<style>${css}</style>
</head>
<body>
<div id="tenderfit"></div>
<noscript>tenderfit heeft JavaScript en WebAssembly nodig. / tenderfit needs JavaScript and WebAssembly.</noscript>
<script type="module">${inline}</script>
</body>
</html>
`;
fs.writeFileSync(path.join(dir, 'tenderfit-offline.html'), html);
console.log(`tenderfit-offline.html: ${(html.length / 1024).toFixed(0)} KB`);

// 3. Minify the JS glue (after the offline file, whose builder reads the glue as written),
//    and update the integrity hashes Trunk put in index.html for the files it changes.
//    index.html is written once, with the policy and the new hashes.
const { minify } = await import('terser');
const sri = (s) => 'sha384-' + crypto.createHash('sha384').update(s, 'utf8').digest('base64');
// The stylesheet without its comments and indentation (the source keeps them for people).
{
  const file = path.join(dir, 'tenderfit.css');
  const before = fs.readFileSync(file, 'utf8');
  const out = before
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim() + '\n';
  fs.writeFileSync(file, out);
  index = index.split(sri(before)).join(sri(out));
}
for (const name of ['tenderfit.js', 'import-worker.js', 'judge-worker.js', 'start.js']) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) continue;
  const before = fs.readFileSync(file, 'utf8');
  const out = await minify(before, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error(`terser gave nothing for ${name}`);
  fs.writeFileSync(file, out.code);
  index = index.split(sri(before)).join(sri(out.code));
}
fs.writeFileSync(path.join(dir, 'index.html'), index);
