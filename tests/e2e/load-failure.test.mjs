// The data fetched after the first paint (reference tables, bundled postings' texts) may not
// arrive: offline, a 404, a page in the file's place. The widget must say what failed and what
// still works, offer a retry, and lose nothing typed (issue 15, lazy data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, paste, choose, expectText, expectValue, screenshotPath, ROOT, useSuite, devCv } from './harness.mjs';

const suite = useSuite();

const count = (page, sel) => page.locator(sel).count();
const text = (page, sel) => page.locator(sel).textContent();
const POSTING = 'Adviseur inkoop\n\nEisen\n1. Afgeronde hbo-opleiding;\n2. Minimaal 3 jaar ervaring met Europese aanbestedingen;\n\n'
  + 'Wensen\n3. Kennis van de Aanbestedingswet (40 punten)\n4. NEVI 2-certificaat (60 punten)\n';

async function axe(page) {
  // Evaluated through DevTools: the page's policy rightly refuses an injected script tag.
  await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`));
}

test('reference data that does not load: the reason, what still works, a retry, and nothing typed lost', async () => {
  // Fails (404) until the test lets it through.
  let fail = true;
  let refused = 0;
  const { page, context } = await openApp(suite.browser, suite.url, {
    setup: (c) => c.route('**/reference-data.txt', (route) => (fail
      // Counts the page's requests, not the service worker's install.
      ? (refused += route.request().serviceWorker() ? 0 : 1, route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }))
      : route.continue())),
  });
  await page.selectOption('[data-testid="tender-select"]', '17713');
  const cv = devCv('cv-06.txt');
  await paste(page, 'cv-input', cv);
  await page.fill('[data-testid="term-rate"]', '95');
  await page.waitForSelector('[data-testid="load-error"]');
  // Never "loading" forever: the message replaces it.
  assert.equal(await count(page, '[data-testid="loading"]'), 0);
  assert.match(await text(page, '[data-testid="load-error"]'),
    /naslaggegevens \(gemeenten en overheidsorganisaties\) konden niet worden geladen \(het bestand staat niet op de server, HTTP 404\)/);
  assert.match(await text(page, '[data-testid="load-still"]'), /geen oordeel.*blijft bewaard: je cv, je voorwaarden en een geplakte uitvraag/);
  assert.equal(await count(page, '[data-testid="knockout-verdict"]'), 0);
  // What still works: the posting is shown as read (it needs no reference data). Its text can
  // arrive, and be read by the judge, after the reference data failed.
  await expectText(page.locator('[data-testid="tender-summary"]'), /17713/);
  assert.equal(await count(page, '[data-testid="tender-loading"]'), 0);
  await page.locator('[data-testid="cv-input"]').blur();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('load-error-reference-nl-1280.png'), fullPage: false });
  assert.deepEqual(await axe(page), []);
  // In English too.
  await page.click('[data-testid="lang-en"]');
  await expectText(page.locator('[data-testid="load-error"]'),
    /The reference data \(municipalities and public bodies\) could not be loaded \(the file is not on the server, HTTP 404\)/);
  assert.match(await text(page, '[data-testid="load-still"]'), /What you type is kept/);
  assert.equal(await text(page, '[data-testid="retry-load"]'), 'Try again');
  await page.screenshot({ path: screenshotPath('load-error-reference-en-1280.png'), fullPage: false });
  assert.deepEqual(await axe(page), []);
  await page.click('[data-testid="lang-nl"]');
  await expectText(page.locator('[data-testid="retry-load"]'), /^Opnieuw/);
  // Typing on while it failed is kept, and a failed retry says so again.
  await page.locator('[data-testid="cv-input"]').press('End');
  await page.locator('[data-testid="cv-input"]').type('\nExtra regel');
  // Pressed from the keyboard: the button goes, focus moves to the result's heading.
  const refusedBefore = refused;
  await page.focus('[data-testid="retry-load"]');
  await page.keyboard.press('Enter');
  // The message shown is the retry's, not the first one still on screen: the retry's request
  // was refused (before the test lets requests through), then the message came back.
  await expectValue(() => refused > refusedBefore, true);
  await page.waitForSelector('[data-testid="load-error"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tf-result-heading');
  await page.screenshot({ path: screenshotPath('load-error-retried-nl-1280.png'), fullPage: false });
  // The retry that works judges, with everything typed still there.
  fail = false;
  await page.click('[data-testid="retry-load"]');
  await page.waitForSelector('[data-testid="knockout-verdict"]');
  assert.equal(await count(page, '[data-testid="load-error"]'), 0);
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), cv + '\nExtra regel');
  assert.equal(await page.locator('[data-testid="term-rate"]').inputValue(), '95');
  await context.close();
});

test('a bundled posting that does not load: offline says so, a pasted posting is still judged, a retry brings it', async () => {
  let fail = true;
  const { page, context } = await openApp(suite.browser, suite.url, {
    width: 375,
    setup: (c) => c.route('**/tenders/flextender-30534-*', (route) => (fail ? route.abort('internetdisconnected') : route.continue())),
  });
  await paste(page, 'cv-input', devCv('cv-03.txt'));
  await page.selectOption('[data-testid="tender-select"]', '30534');
  await page.waitForSelector('[data-testid="load-error"]');
  assert.match(await text(page, '[data-testid="load-error"]'), /De tekst van uitvraag 30534 kon niet worden geladen \(geen verbinding\)/);
  assert.match(await text(page, '[data-testid="load-still"]'), /plak de tekst van deze uitvraag bij “Eigen uitvraag \(geplakt\)”: die wordt wel beoordeeld/);
  assert.equal(await count(page, '[data-testid="tender-load-failed"]'), 1);
  await page.locator('[data-testid="load-error"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('load-error-posting-nl-375.png'), fullPage: false });
  // Another bundled posting loaded and is judged.
  await choose(page, '17713');
  await page.waitForSelector('[data-testid="knockout-verdict"]');
  assert.equal(await count(page, '[data-testid="load-error"]'), 0);
  // A pasted posting is judged.
  await paste(page, 'tender-input', POSTING);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="criterion"][data-status]').length === 4);
  // Back on the posting that failed: the message again; the retry brings it.
  await page.selectOption('[data-testid="tender-select"]', '30534');
  await page.waitForSelector('[data-testid="load-error"]');
  fail = false;
  await page.click('[data-testid="retry-load"]');
  // 30534's K1, not that of the pasted posting judged before.
  await page.waitForFunction(() => document.querySelector('[data-testid="tender-summary"]')?.textContent.includes('30534'));
  await page.waitForSelector('[data-testid="criterion"][data-id="K1"][data-status]');
  assert.equal(await count(page, '[data-testid="load-error"]'), 0);
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), devCv('cv-03.txt'));
  assert.equal(await page.locator('[data-testid="tender-input"]').inputValue(), POSTING);
  await context.close();
});

test('a page served in the data file\'s place is "not the expected file", not a posting', async () => {
  const { page, context } = await openApp(suite.browser, suite.url, {
    setup: (c) => c.route('**/tenders/flextender-17713-*', (route) => route.fulfill({
      status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Welkom</body></html>',
    })),
  });
  await page.selectOption('[data-testid="tender-select"]', '17713');
  await page.waitForSelector('[data-testid="load-error"]');
  assert.match(await text(page, '[data-testid="load-error"]'), /uitvraag 17713 kon niet worden geladen \(het antwoord is niet het verwachte bestand\)/);
  assert.equal(await count(page, '[data-testid="criterion"]'), 0);
  await context.close();
});
