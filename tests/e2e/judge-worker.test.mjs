// The core runs in a judge worker (issue 15, budgets): the first load carries the UI only, a
// keystroke paints without waiting for the judge, the verdict follows, stale answers are
// dropped, and where no worker can start the page says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openApp, paste, choose, settled, expectText, useSuite, devCv, DIST } from './harness.mjs';

const suite = useSuite();
const count = (page, sel) => page.locator(sel).count();
const gzip9 = (file) => execFileSync('gzip', ['-9', '-c', path.join(DIST, file)], { maxBuffer: 1 << 26 }).length;

test('the first load (what index.html loads before the first paint) is at most 350 KiB gzip -9', () => {
  const index = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // Scripts, module preloads, preloads and stylesheets: all the page fetches before it paints.
  const loaded = [...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="(?:stylesheet|modulepreload|preload)"[^>]*\shref)="\/?([^"]+)"/g)]
    .map((m) => m[1]);
  for (const file of ['tenderfit_bg.wasm', 'tenderfit.js', 'tenderfit.css', 'start.js']) {
    assert.ok(loaded.includes(file), `${file} not loaded by index.html: ${loaded.join(', ')}`);
  }
  assert.equal(loaded.filter((f) => f.startsWith('judge-worker') || f.startsWith('import-worker')).length, 0,
    `a worker is in the first load: ${loaded.join(', ')}`);
  const total = loaded.reduce((sum, f) => sum + gzip9(f), 0);
  assert.ok(total <= 350 * 1024, `first load ${(total / 1024).toFixed(1)} KiB gzip -9 > 350 KiB`);
});

test('typing a CV gives a verdict from the judge worker, started once after the first paint', async () => {
  const { page, context, errors, requests } = await openApp(suite.browser, suite.url);
  await page.waitForSelector('.tf-app[data-loaded="true"]');
  await choose(page, '30828');
  await page.locator('[data-testid="cv-input"]').click();
  await page.keyboard.type('Jan Jansen\nHbo Bestuurskunde\n');
  await page.waitForSelector('[data-testid="knockout-verdict"]');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="knockout-verdict"][data-verdict="pass"]');
  // One worker for the page's life, not one per request.
  assert.equal(requests.filter((u) => u.endsWith('/judge-worker_loader.js')).length, 1);
  assert.equal(requests.filter((u) => u.endsWith('/judge-worker_bg.wasm')).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer to a request that was overtaken is never shown', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await page.waitForSelector('.tf-app[data-loaded="true"]');
  await choose(page, '30828');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="knockout-verdict"][data-verdict="pass"]');
  // Two changes in one turn: the answer to the first is stale when it arrives.
  const answers = Number(await page.locator('.tf-app').getAttribute('data-answers'));
  await page.evaluate((text) => {
    const area = document.querySelector('[data-testid="cv-input"]');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    area.value = '';
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, devCv('cv-01.txt'));
  await page.waitForFunction((n) => Number(document.querySelector('.tf-app').dataset.answers) > n, answers);
  await page.waitForTimeout(300);
  // Anything handed over by now is shown before it is counted.
  await settled(page);
  assert.equal(await count(page, '[data-testid="knockout-verdict"]'), 0);
  // Only the answer to the last request was taken.
  assert.equal(Number(await page.locator('.tf-app').getAttribute('data-answers')), answers + 1);
  await context.close();
});

test('where no worker can start the result panel says so, in the user\'s language, and keeps the text', async () => {
  const { page, context } = await openApp(suite.browser, suite.url, {
    setup: (c) => c.addInitScript(() => {
      window.Worker = function Worker() { throw new DOMException('refused', 'SecurityError'); };
    }),
  });
  // Nothing answers: fill, not paste (which waits for an answer).
  await page.locator('[data-testid="cv-input"]').fill(devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="load-error"]');
  assert.match(await page.locator('[data-testid="load-error"]').textContent(), /web worker/);
  assert.equal(await count(page, '[data-testid="knockout-verdict"]'), 0);
  await page.click('[data-testid="lang-en"]');
  await expectText(page.locator('[data-testid="load-error"]'), /Judging could not start/);
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), devCv('cv-04.txt'));
  await context.close();
});
