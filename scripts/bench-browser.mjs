// Timings in headless Chromium on the release build (not a test: prints figures).
// The core alone: the native benchmarks as wasm exports (crates/bench-wasm, built by
// scripts/bench into target/bench-wasm), timed here with performance.now.
// Re-score per keystroke: from an input event on the CV to the next painted frame, i.e.
// reading the CV, judging every criterion and re-rendering the result.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { serve, launch, ROOT, DIST } from '../tests/e2e/harness.mjs';

const cv = fs.readFileSync(path.join(ROOT, 'crates/core/tests/fixtures/eval/dev/cvs/cv-03.txt'), 'utf8');
const browser = await launch();
const devCv = (n) => fs.readFileSync(path.join(ROOT, `crates/core/tests/fixtures/eval/dev/cvs/${n}`), 'utf8');

const benchDir = path.join(ROOT, 'target/bench-wasm');
// Without the core's bench build (scripts/bench makes it) only the widget is timed.
const haveCore = fs.existsSync(path.join(benchDir, 'tenderfit_bench_wasm.js'));
if (haveCore) {
fs.writeFileSync(path.join(benchDir, 'index.html'), '<!doctype html><title>bench</title>');
const benchServer = await serve(benchDir);
const benchPage = await (await browser.newContext()).newPage();
await benchPage.goto(benchServer.url + '/');
const cv04 = devCv('cv-04.txt');
// About five pages, as in the native benchmark.
const longCv = ['cv-03.txt', 'cv-04.txt', 'cv-08.txt'].map(devCv).join('\n\n');
const core = await benchPage.evaluate(async ([cvText, longText]) => {
  const m = await import('/tenderfit_bench_wasm.js');
  await m.default();
  if (!m.prepare(cvText, longText)) throw new Error('bench fixture missing');
  // performance.now is coarse (0.1 ms) here: time batches of `batch` calls.
  const time = (fn, rounds, batch = 1) => {
    for (let i = 0; i < Math.min(3, rounds); i++) fn(); // warm up
    const t = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      for (let j = 0; j < batch; j++) fn();
      t.push((performance.now() - t0) / batch);
    }
    t.sort((a, b) => a - b);
    return { median: t[Math.floor(t.length / 2)], p95: t[Math.floor(t.length * 0.95)], rounds: rounds * batch };
  };
  return [
    ['read a posting (30828, 16 KB)', time(m.read_posting, 100, 5)],
    ['read a five-page CV', time(m.read_long_cv, 100, 5)],
    ['judge one pair (cv-04 × 30828)', time(m.judge_pair, 100, 10)],
    ['judge one pair, requirements read (keystroke)', time(m.judge_pair_interpreted, 100, 10)],
    ['rank 1,000 postings for one CV', time(m.rank_feed, 15)],
    ['re-rank 1,000 after a CV edit', time(m.rerank_feed, 15)],
  ];
}, [cv04, longCv]);
for (const [name, t] of core) {
  console.log(`core ${name.padEnd(46)} median ${t.median.toFixed(3)} ms, p95 ${t.p95.toFixed(3)} ms (${t.rounds} runs)`);
}
await benchServer.close();
} else {
  console.log('core: target/bench-wasm not built (scripts/bench builds it); the widget only');
}

const server = await serve();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url + '/?today=2026-11-01');
await page.waitForSelector('[data-testid="tender-select"]');
await page.selectOption('[data-testid="tender-select"]', '30534');
await page.locator('[data-testid="cv-input"]').fill(cv);
await page.waitForSelector('[data-testid="criterion"][data-id="W6"]');
// Two ways to make a keystroke: setting the field's value from script and firing `input`
// (Chromium then rebuilds the text area's whole inner editor, a text node and a <br> per
// line, and lays all of it out again), and `insertText`, which edits it as typing does.
const keystrokes = (mode) => page.evaluate(async ([rounds, how]) => {
  const area = document.querySelector('[data-testid="cv-input"]');
  area.focus();
  area.setSelectionRange(area.value.length, area.value.length);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  const verdict = [];
  const root = document.querySelector('.tf-app');
  for (let i = 0; i < rounds; i++) {
    // Read before the keystroke: a fast answer may be painted within its first frame.
    const before = root.dataset.answers;
    let t0;
    if (how === 'typed') {
      t0 = performance.now();
      document.execCommand('insertText', false, i % 2 ? ' ' : 'x');
    } else {
      area.value = area.value + (i % 2 ? ' ' : 'x');
      t0 = performance.now();
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    await frame();
    out.push(performance.now() - t0);
    // Then until the verdict for it is painted: the judge worker's answer (data-answers
    // counts them; a build without the worker has none: its verdict came with the frame).
    if (before !== undefined && root.dataset.answers === before) {
      while (root.dataset.answers === before) await new Promise((r) => setTimeout(r, 0));
      await frame();
    }
    verdict.push(performance.now() - t0);
  }
  out.sort((a, b) => a - b);
  verdict.sort((a, b) => a - b);
  const stat = (v) => ({ median: v[Math.floor(rounds / 2)], p95: v[Math.floor(rounds * 0.95)] });
  return { ...stat(out), verdict: stat(verdict) };
}, [60, mode]);
const times = await keystrokes('value');
const typed = await keystrokes('typed');
// A 465-line CV: the dev CVs joined, cut at 465 lines.
const dev = fs.readdirSync(path.join(ROOT, 'crates/core/tests/fixtures/eval/dev/cvs')).filter((n) => n.endsWith('.txt')).sort();
await page.locator('[data-testid="cv-input"]').fill(dev.map(devCv).join('\n\n').split('\n').slice(0, 465).join('\n'));
await page.waitForSelector('[data-testid="criterion"][data-id="W6"][data-status]');
const long = await keystrokes('value');
const longTyped = await keystrokes('typed');
// Pathological pastes: from the input event to the next painted frame.
const pasteTime = (testid, text) => page.evaluate(async ([id, value]) => {
  const area = document.querySelector(`[data-testid="${id}"]`);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  area.value = value;
  const t0 = performance.now();
  area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await frame();
  return performance.now() - t0;
}, [testid, text]);
const fiveMb = 'Minimaal 3 jaar ervaring als adviseur bij een gemeente; '.repeat(Math.floor(5 * 1024 * 1024 / 56));
const bigCv = await pasteTime('cv-input', fiveMb);
await pasteTime('cv-input', cv);
await page.selectOption('[data-testid="tender-select"]', 'pasted');
let posting = 'Adviseur\n\nEisen\n';
for (let n = 1; n <= 10000; n++) posting += `- Minimaal ${n % 9 + 1} jaar ervaring met project ${n}\n`;
const bigPosting = await pasteTime('tender-input', posting);
// GNU gzip -9, as the target is stated (node's zlib at level 9 compresses the wasm ~1 % worse).
const gz = (f) => execFileSync('gzip', ['-9', '-c', path.join(DIST, f)], { maxBuffer: 1 << 26 }).length;
const first = ['tenderfit_bg.wasm', 'tenderfit.js', 'tenderfit.css', 'start.js'].map((f) => [f, gz(f)]);
const ks = (t) => `median ${t.median.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms (verdict painted: median ${t.verdict.median.toFixed(1)} ms, p95 ${t.verdict.p95.toFixed(1)} ms)`;
console.log(`re-score per keystroke (cv-03 × 30534, 12 criteria): value set ${ks(times)}; typed ${ks(typed)}`);
console.log(`re-score per keystroke (465-line CV × 30534): value set ${ks(long)}; typed ${ks(longTyped)} (load ${os.loadavg()[0].toFixed(1)})`);
console.log(`paste a 5 MB one-line CV (read to 256 KB, judged, shown): ${bigCv.toFixed(0)} ms`);
console.log(`paste a posting of 10,000 criteria (read to 200, judged, shown): ${bigPosting.toFixed(0)} ms`);
for (const [f, n] of first) console.log(`first load ${f.padEnd(22)} ${(n / 1024).toFixed(1)} KiB gzip -9`);
console.log(`first load total          ${(first.reduce((s, [, n]) => s + n, 0) / 1024).toFixed(1)} KiB gzip -9`);
console.log(`importer (lazy)           ${((gz('import-worker_bg.wasm') + gz('import-worker.js')) / 1024).toFixed(1)} KiB gzip -9`);
if (fs.existsSync(path.join(DIST, 'judge-worker_bg.wasm'))) {
  console.log(`judge worker (after paint) ${((gz('judge-worker_bg.wasm') + gz('judge-worker.js') + gz('judge-worker_loader.js')) / 1024).toFixed(1)} KiB gzip -9`);
}
await browser.close();
await server.close();
