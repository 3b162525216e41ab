// Shared harness for the end-to-end tests: serves the release build on 127.0.0.1 and drives
// Debian's Chromium through playwright-core (which never downloads a browser).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import util from 'node:util';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.TENDERFIT_DIST || path.join(ROOT, 'dist');
/** The dev set's CVs, and one of them as text. */
export const DEV_CVS = path.join(ROOT, 'crates', 'core', 'tests', 'fixtures', 'eval', 'dev', 'cvs');
export const devCv = (name) => fs.readFileSync(path.join(DEV_CVS, name), 'utf8');
/** The importer's fixture files (PDF, DOCX, TXT). */
export const IMPORT_FIXTURES = path.join(ROOT, 'crates', 'import', 'tests', 'fixtures');
export const ARTIFACTS = path.join(ROOT, 'target', 'e2e');
fs.mkdirSync(ARTIFACTS, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `dir` on a free loopback port. Returns { url, close }. */
export async function serve(dir = DIST) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Headless Debian Chromium with the flags this machine needs (root, closed network). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * Opens the app and waits until the widget has rendered. `setup(context)` runs before the
 * page opens (init scripts); `requests` lists every URL the page asked for.
 */
export async function openApp(browser, baseUrl, { width = 1280, height = 900, query = '?today=2026-11-01', setup } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  await instrument(context);
  if (setup) await setup(context);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(baseUrl + '/' + query);
  await page.waitForSelector('[data-testid="tender-select"]');
  return { context, page, errors, requests };
}

/**
 * Counts, per widget, the judge requests and the answers handed over, from before the page's
 * first script: `data-pending` is set to "true" at every request and to "false" when the answer
 * to the newest one is handed to the widget (which then renders it and counts it in
 * `data-answers`). A set to "true" and back between two polls is still counted. Pages opened
 * with `openApp` have it; others call it on their context before opening the page.
 */
export async function instrument(context) {
  await context.addInitScript(() => {
    const counts = new WeakMap();
    const of = (el) => {
      if (!counts.has(el)) counts.set(el, { asked: 0, answered: 0 });
      return counts.get(el);
    };
    window.__tfJudge = (el) => ({ ...of(el) });
    new MutationObserver((records) => {
      records.forEach((r, i) => {
        // The value this mutation set: the next mutation's old value, or the current one.
        const later = records.slice(i + 1).find((x) => x.target === r.target);
        const value = later ? later.oldValue : r.target.getAttribute('data-pending');
        if (value === 'true') of(r.target).asked += 1;
        else if (value === 'false') of(r.target).answered += 1;
      });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-pending'], attributeOldValue: true });
  });
}

/**
 * Waits until every widget on the page shows the judge worker's answer to its latest request:
 * none is awaited (`data-pending` is not "true") and every answer handed over is rendered
 * (`data-answers` counts them). `data-pending` turns "false" in the message that brings the
 * answer; Yew renders it after that, and under load in a later task, so `data-pending` alone
 * says "answered", not "shown".
 */
export async function settled(page) {
  await page.waitForFunction(() => {
    if (!window.__tfJudge) throw new Error('the page is not instrumented: open it with openApp() or call instrument(context) first');
    return [...document.querySelectorAll('.tf-app')]
      .every((e) => e.dataset.pending !== 'true' && Number(e.dataset.answers) >= window.__tfJudge(e).answered);
  });
}

/** How many times the judge was asked, over the page's widgets. */
const asked = (page) => page.evaluate(() => [...document.querySelectorAll('.tf-app')].reduce((n, e) => n + window.__tfJudge(e).asked, 0));

/**
 * Runs `act` (a fill, a click, a choice) that changes what the judge is asked, and waits until
 * the judge was asked again and its answer is shown. `settled` alone is not enough: the request
 * goes out in an effect after Yew's render, which under load runs in a later task than the
 * input event, so right after `act` the page can still show the previous answer, settled.
 */
export async function judged(page, act, what = 'the action') {
  const before = await asked(page);
  await act();
  try {
    await page.waitForFunction((n) => [...document.querySelectorAll('.tf-app')]
      .reduce((s, e) => s + window.__tfJudge(e).asked, 0) > n, before, { timeout: 15000 });
  } catch (e) {
    throw new Error(`the judge was not asked again after ${what}: ${e.message}`);
  }
  await settled(page);
}

/**
 * Sets a textarea's value the way typing/pasting does (fires `input`), and waits until the judge
 * has answered a request made with that text and the answer is shown.
 */
export async function paste(page, testid, text) {
  const area = page.locator(`[data-testid="${testid}"]`);
  if (await area.evaluate((e, t) => e.value === t, text)) {
    await settled(page);
    return;
  }
  await judged(page, () => area.fill(text), `pasting into ${testid}`);
}

/**
 * Chooses a bundled posting and waits until the summary shows it (its reference among the
 * terms), the result no longer says "loading" and the judge has answered: the summary of the
 * posting shown before is never measured.
 */
export async function choose(page, reference) {
  await page.selectOption('[data-testid="tender-select"]', reference);
  await page.waitForFunction((r) => document.querySelector('[data-testid="tender-summary"]')?.textContent.includes(r), reference);
  // The summary shows the posting while the result can still wait for the reference data.
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]'));
  await settled(page);
}

/**
 * Asserts that `locator`'s text comes to match `pattern` within `timeout` ms (an auto-waiting
 * assertion), for text that follows an action (a language switch, a click) through a render or
 * the judge's answer. Fails with the last text seen.
 */
export async function expectText(locator, pattern, { timeout = 10000 } = {}) {
  const until = Date.now() + timeout;
  let text = await locator.textContent();
  while (!pattern.test(text) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    text = await locator.textContent();
  }
  assert.match(text, pattern);
  return text;
}

/** Asserts that `read()` comes to equal `expected` within `timeout` ms (an auto-waiting assertion). */
export async function expectValue(read, expected, { timeout = 10000 } = {}) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!util.isDeepStrictEqual(value, expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  assert.deepEqual(value, expected);
  return value;
}

/**
 * Waits until the judge answered, nothing says "loading" and `selector`'s top (px from the
 * page's top) is the same over five animation frames: a measurement of the settled layout,
 * not of a frame where the posting's summary or a font is still arriving. Returns that top.
 */
export async function laidOut(page, selector) {
  await settled(page);
  await page.waitForFunction(() => !document.querySelector('[data-testid="loading"], [data-testid="tender-loading"]'));
  return page.evaluate(async (sel) => {
    const top = () => document.querySelector(sel).getBoundingClientRect().top + window.scrollY;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let last = top();
    for (let same = 0, tries = 0; same < 5 && tries < 600; tries++) {
      await frame();
      const now = top();
      same = now === last ? same + 1 : 0;
      last = now;
    }
    return last;
  }, selector);
}

export function screenshotPath(name) {
  return path.join(ARTIFACTS, name);
}

/**
 * One browser and one server for a test file: registers the file's `before` and `after`
 * hooks and returns `{ browser, url }`, filled in once `before` has run.
 */
export function useSuite() {
  const suite = { browser: null, url: null, server: null };
  before(async () => {
    suite.server = await serve();
    suite.url = suite.server.url;
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
