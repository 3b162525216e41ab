// Shared harness for the end-to-end tests: serves the release build on 127.0.0.1 and drives
// Debian's Chromium through playwright-core (which never downloads a browser).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Sets a textarea's value the way typing/pasting does (fires `input`), and waits for the verdict. */
export async function paste(page, testid, text) {
  await page.locator(`[data-testid="${testid}"]`).fill(text);
  await settled(page);
}

/**
 * Waits until every widget on the page shows the judge worker's answer to its latest request
 * (`data-pending` is "true" from a request until that answer is shown).
 */
export async function settled(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.tf-app')].every((e) => e.dataset.pending !== 'true'));
}

/**
 * Chooses a bundled posting and waits until the summary shows it (its reference among the
 * terms) and the judge has answered: the summary of the posting shown before is never measured.
 */
export async function choose(page, reference) {
  await page.selectOption('[data-testid="tender-select"]', reference);
  await page.waitForFunction((r) => document.querySelector('[data-testid="tender-summary"]')?.textContent.includes(r), reference);
  await settled(page);
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
