// Timings in headless Chromium on the release build (not a test: prints figures).
// Re-score per keystroke: from an input event on the CV to the next painted frame, i.e.
// reading the CV, judging every criterion and re-rendering the result.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, ROOT, DIST } from '../tests/e2e/harness.mjs';

const cv = fs.readFileSync(path.join(ROOT, 'crates/core/tests/fixtures/eval/dev/cvs/cv-03.txt'), 'utf8');
const server = await serve();
const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url + '/?today=2026-11-01');
await page.waitForSelector('[data-testid="tender-select"]');
await page.selectOption('[data-testid="tender-select"]', '30534');
await page.locator('[data-testid="cv-input"]').fill(cv);
await page.waitForSelector('[data-testid="criterion"][data-id="W6"]');
const times = await page.evaluate(async (rounds) => {
  const area = document.querySelector('[data-testid="cv-input"]');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  for (let i = 0; i < rounds; i++) {
    area.value = area.value + (i % 2 ? ' ' : 'x');
    const t0 = performance.now();
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await frame();
    out.push(performance.now() - t0);
  }
  return out;
}, 60);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.floor(times.length * 0.95)];
const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length;
const first = ['tenderfit_bg.wasm', 'tenderfit.js', 'tenderfit.css'].map((f) => [f, gz(f)]);
console.log(`re-score per keystroke (cv-03 × 30534, 12 criteria): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
for (const [f, n] of first) console.log(`first load ${f.padEnd(22)} ${(n / 1024).toFixed(1)} KiB gzip -9`);
console.log(`first load total          ${(first.reduce((s, [, n]) => s + n, 0) / 1024).toFixed(1)} KiB gzip -9`);
console.log(`importer (lazy)           ${((gz('import-worker_bg.wasm') + gz('import-worker.js')) / 1024).toFixed(1)} KiB gzip -9`);
await browser.close();
await server.close();
