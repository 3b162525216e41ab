// End-to-end tests of the release build in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, paste, screenshotPath, ROOT } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const criterionIds = (page) => page.locator('[data-testid="criterion"]').evaluateAll((els) => els.map((e) => e.dataset.id));

test('bundled tenders are offered by reference number', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  const values = await page.locator('[data-testid="tender-select"] option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(values, ['17713', '28671', '30534', '30828', 'pasted']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('picking a tender shows the criteria the core read from it', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await page.selectOption('[data-testid="tender-select"]', '30534');
  await page.waitForFunction(() => document.querySelector('[data-testid="tender-title"]')?.textContent.includes('Zoetermeer') === false
    && document.querySelector('[data-testid="tender-title"]')?.textContent.includes('Secretaris Domein Samenleving'));
  assert.deepEqual(await criterionIds(page), ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
  const w2 = await page.locator('[data-testid="criterion"][data-id="W2"]').textContent();
  assert.match(w2, /100\.000\+ gemeente/);
  assert.match(w2, /10 punten/);
  // The 30534 deadline (29 June 2026) has passed on 1 November 2026.
  assert.equal(await page.locator('[data-testid="deadline-closed"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted CV is taken in and a pasted posting is read', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  const cv = fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'cv', 'walking-skeleton.txt'), 'utf8');
  await paste(page, 'cv-input', cv);
  const expectedLines = cv.split('\n').filter((l) => l.trim()).length;
  await page.waitForFunction((n) => document.querySelector('[data-testid="cv-lines"]').textContent.startsWith(`${n} `), expectedLines);

  const posting = 'Adviseur inkoop\n\nEisen\n1. Afgeronde hbo-opleiding;\n2. Minimaal 3 jaar ervaring met Europese aanbestedingen;\n\nWensen\n3. Kennis van de Aanbestedingswet (40 punten)\n4. NEVI 2-certificaat (60 punten)\n';
  await paste(page, 'tender-input', posting);
  assert.equal(await page.locator('[data-testid="tender-select"]').inputValue(), 'pasted');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="criterion"]').length === 4);
  assert.deepEqual(await criterionIds(page), ['K1', 'K2', 'W1', 'W2']);
  assert.match(await page.locator('.tf-total').textContent(), /100/);
  await page.screenshot({ path: screenshotPath('skeleton-pasted-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('language toggle switches every label to English and back', async () => {
  const { page, context } = await openApp(browser, server.url);
  assert.match(await page.locator('h2#tf-cv-heading').textContent(), /Jouw cv/);
  await page.click('[data-testid="lang-en"]');
  assert.match(await page.locator('h2#tf-cv-heading').textContent(), /Your CV/);
  assert.match(await page.locator('[data-testid="privacy-note"]').textContent(), /stays in this browser/);
  await page.click('[data-testid="lang-nl"]');
  assert.match(await page.locator('h2#tf-cv-heading').textContent(), /Jouw cv/);
  await context.close();
});

test('screenshots at phone and desktop width', async () => {
  for (const [width, name] of [[375, 'skeleton-375.png'], [1280, 'skeleton-1280.png']]) {
    const { page, context } = await openApp(browser, server.url, { width });
    await page.selectOption('[data-testid="tender-select"]', '17713');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at ${width}px`);
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    await context.close();
  }
});
