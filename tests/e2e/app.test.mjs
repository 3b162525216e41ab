// End-to-end tests of the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { openApp, paste, choose, judged, instrument, expectText, expectValue, screenshotPath, ROOT, useSuite, devCv, DEV_CVS, IMPORT_FIXTURES } from './harness.mjs';

const suite = useSuite();

const TENDERS = path.join(ROOT, 'crates', 'core', 'tenders');
const CLI = process.env.TENDERFIT_CLI || path.join(ROOT, 'target', 'release', 'tenderfit');

const criteria = (page) => page.locator('[data-testid="criterion"]').evaluateAll((els) =>
  els.map((e) => ({ id: e.dataset.id, status: e.dataset.status })));
const score = async (page) => Number((await page.locator('[data-testid="score-total"] .tf-score-value').textContent()).trim());

test('bundled tenders are offered by reference number', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url);
  const values = await page.locator('[data-testid="tender-select"] option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(values, ['17713', '28671', '30534', '30828', 'pasted']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('picking a tender shows a card per criterion, knock-outs first', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url);
  await choose(page, '30534');
  await page.waitForFunction(() => document.querySelector('[data-testid="tender-title"]')?.textContent.includes('Secretaris Domein Samenleving'));
  assert.deepEqual((await criteria(page)).map((c) => c.id), ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6']);
  assert.match(await page.locator('[data-testid="criterion"][data-id="W2"]').textContent(), /100\.000\+ gemeente/);
  // The 30534 deadline (29 June 2026) has passed on 1 November 2026.
  assert.equal(await page.locator('[data-testid="deadline-closed"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?today sets the reference date', async () => {
  const { page, context } = await openApp(suite.browser, suite.url, { query: '?today=2026-06-01' });
  await choose(page, '30534');
  assert.equal(await page.locator('[data-testid="deadline-closed"]').count(), 0);
  await context.close();
});

for (const [cv, reference] of [['cv-01.txt', '17713'], ['cv-03.txt', '30534'], ['cv-04.txt', '30828'], ['cv-08.txt', '28671']]) {
  test(`verdicts for ${cv} × ${reference} equal the CLI's`, async () => {
    const tenderFile = fs.readdirSync(TENDERS).find((f) => f.includes(reference));
    const cli = JSON.parse(execFileSync(CLI, ['score', '--tender', path.join(TENDERS, tenderFile), '--cv', path.join(DEV_CVS, cv), '--today', '2026-11-01', '--json']));
    const { page, context, errors } = await openApp(suite.browser, suite.url);
    await choose(page, reference);
    await paste(page, 'cv-input', devCv(cv));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="criterion"]').length === n, cli.criteria.length);
    assert.deepEqual(await criteria(page), cli.criteria.map((c) => ({ id: c.id, status: c.status })));
    assert.equal(await score(page), cli.points);
    const verdict = await page.locator('[data-testid="knockout-verdict"]').getAttribute('data-verdict');
    assert.equal(verdict, cli.knockout_pass === true ? 'pass' : cli.knockout_pass === false ? 'fail' : 'unknown');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a pasted posting is read and judged', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url);
  await paste(page, 'cv-input', fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', 'cv', 'walking-skeleton.txt'), 'utf8'));
  const posting = 'Adviseur inkoop\n\nEisen\n1. Afgeronde hbo-opleiding;\n2. Minimaal 3 jaar ervaring met Europese aanbestedingen;\n\nWensen\n3. Kennis van de Aanbestedingswet (40 punten)\n4. NEVI 2-certificaat (60 punten)\n';
  await paste(page, 'tender-input', posting);
  assert.equal(await page.locator('[data-testid="tender-select"]').inputValue(), 'pasted');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="criterion"]').length === 4);
  const got = await criteria(page);
  assert.deepEqual(got.map((c) => c.id), ['K1', 'K2', 'W1', 'W2']);
  // HBO diploma and 03/2019 – heden (92 months) of Europese aanbestedingen.
  assert.equal(got[0].status, 'met');
  assert.equal(got[1].status, 'met');
  assert.match(await page.locator('[data-testid="score-total"]').textContent(), /van 100/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('overriding a verdict changes the totals at once', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await choose(page, '17713');
  await paste(page, 'cv-input', devCv('cv-06.txt'));
  await page.waitForSelector('[data-testid="criterion"][data-id="W2"][data-status="not_met"]');
  const before = await score(page);
  await page.locator('[data-testid="criterion"][data-id="W2"] [data-testid="override-met"]').click();
  await page.waitForSelector('[data-testid="criterion"][data-id="W2"][data-status="met"]');
  assert.equal(await score(page), before + 30);
  await page.locator('[data-testid="criterion"][data-id="W2"] [data-testid="override-reset"]').click();
  await page.waitForSelector('[data-testid="criterion"][data-id="W2"][data-status="not_met"]');
  assert.equal(await score(page), before);
  await context.close();
});

test('entered terms beat the CV', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await choose(page, '28671');
  await paste(page, 'cv-input', devCv('cv-01.txt'));
  // cv-01 charges travel separately: K1 (max € 110 incl. travel) is not met.
  await page.waitForSelector('[data-testid="criterion"][data-id="K1"][data-status="not_met"]');
  await page.fill('[data-testid="term-rate"]', '105');
  await page.check('[data-testid="term-rate-all-in"]');
  await page.waitForSelector('[data-testid="criterion"][data-id="K1"][data-status="met"]');
  await context.close();
});

test('clicking evidence highlights the line in the CV view', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await choose(page, '17713');
  await paste(page, 'cv-input', devCv('cv-01.txt'));
  const ev = page.locator('[data-testid="criterion"][data-id="W2"] [data-testid="evidence"]').first();
  const line = await ev.getAttribute('data-line');
  await ev.click();
  await page.waitForSelector(`.tf-cv-line.tf-highlight[data-line="${line}"]`);
  const text = await page.locator(`.tf-cv-line[data-line="${line}"] .tf-line-text`).textContent();
  assert.equal(text.trim(), devCv('cv-01.txt').split('\n')[Number(line) - 1].trim());
  await context.close();
});

test('language toggle switches labels and verdict texts to English and back', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await choose(page, '17713');
  await paste(page, 'cv-input', devCv('cv-06.txt'));
  assert.match(await page.locator('h2#tf-cv-heading').textContent(), /Jouw cv/);
  // The verdict texts come with the judge's answer in the new language, after the click.
  await judged(page, () => page.click('[data-testid="lang-en"]'), 'switching to English');
  assert.match(await page.locator('h2#tf-cv-heading').textContent(), /Your CV/);
  assert.match(await page.locator('[data-testid="criterion"][data-id="W2"]').textContent(), /Needs 24 months/);
  await page.screenshot({ path: screenshotPath('result-en-1280.png'), fullPage: true });
  await judged(page, () => page.click('[data-testid="lang-nl"]'), 'switching to Dutch');
  assert.match(await page.locator('[data-testid="criterion"][data-id="W2"]').textContent(), /Nodig: 24 maanden/);
  await context.close();
});

test('reload keeps the CV and entered terms; forget clears them', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await choose(page, '30828');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.fill('[data-testid="term-hours"]', '24');
  // The save runs in an effect after rendering; reload once it is done.
  await page.waitForFunction(() => (localStorage.getItem('tenderfit.v1') || '').includes('"hours":"24"'));
  await page.reload();
  await page.waitForSelector('[data-testid="cv-input"]');
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), devCv('cv-04.txt'));
  assert.equal(await page.locator('[data-testid="term-hours"]').inputValue(), '24');
  assert.equal(await page.locator('[data-testid="tender-select"]').inputValue(), '30828');
  await page.click('[data-testid="forget"]');
  await page.waitForSelector('[data-testid="notice"]');
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), '');
  await page.reload();
  await page.waitForSelector('[data-testid="cv-input"]');
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), '');
  await context.close();
});

test('corrupt saved state gives a message and a working page', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  // The app saves its first state 200 ms after the first render; corrupt the saved state only
  // after that, or that save overwrites it before the reload.
  await page.waitForFunction(() => localStorage.getItem('tenderfit.v1') !== null);
  await page.evaluate(() => localStorage.setItem('tenderfit.v1', '{not json'));
  await page.reload();
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.locator('[data-testid="notice"]').textContent(), /onleesbaar/);
  await paste(page, 'cv-input', 'Jan Jansen');
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), 'Jan Jansen');
  await context.close();
});

test('a full storage gives a message and the typed text stays', async () => {
  // Every save fails as a full localStorage does.
  const { page, context, errors } = await openApp(suite.browser, suite.url, {
    setup: (c) => c.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }),
  });
  await choose(page, '30828');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.locator('[data-testid="notice"]').textContent(), /opslag vol of uitgeschakeld/);
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="knockout-verdict"][data-verdict="pass"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('disabled storage gives a message and a working page', async () => {
  // As in a sandboxed frame or with site data blocked: touching localStorage throws.
  const { page, context, errors } = await openApp(suite.browser, suite.url, {
    setup: (c) => c.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    }),
  });
  await choose(page, '17713');
  await paste(page, 'cv-input', devCv('cv-01.txt'));
  await page.waitForSelector('[data-testid="notice"]');
  assert.match(await page.locator('[data-testid="notice"]').textContent(), /opslag vol of uitgeschakeld/);
  await page.waitForSelector('[data-testid="criterion"][data-id="W3"][data-status="met"]');
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), devCv('cv-01.txt'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 5 MB line and a posting of 10,000 criteria are read to their caps and the page stays responsive', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url);
  // Set as a paste does (one input event); Playwright's fill is slow on megabytes.
  const set = (testid, text) => page.evaluate(([id, value]) => {
    const area = document.querySelector(`[data-testid="${id}"]`);
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, [testid, text]);
  const line = 'Minimaal 3 jaar ervaring als adviseur bij een gemeente; '.repeat(Math.floor(5 * 1024 * 1024 / 56));
  await set('cv-input', line);
  await page.waitForSelector('[data-testid="cv-warnings"] li[data-code="too_long"]');
  // Nothing typed is lost: the whole text stays in the field.
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid="cv-input"]').value.length), line.length);
  // Still answering: a normal CV typed over it is judged.
  await choose(page, '30828');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="knockout-verdict"][data-verdict="pass"]');
  let posting = 'Adviseur\n\nEisen\n';
  for (let n = 1; n <= 10000; n++) posting += `- Minimaal ${n % 9 + 1} jaar ervaring met project ${n}\n`;
  await page.selectOption('[data-testid="tender-select"]', 'pasted');
  await set('tender-input', posting);
  await page.waitForSelector('[data-code="too_many_criteria"]');
  assert.equal(await page.locator('[data-testid="criterion"]').count(), 200);
  // The knock-out banner names ten and counts the rest.
  const banner = await page.locator('[data-testid="knockout-verdict"]').textContent();
  assert.match(banner, /^Je valt af op (K\d+, ){9}K\d+ en nog \d+\.$/);
  assert.deepEqual(errors.filter((e) => !/quota/i.test(e)), []);
  await context.close();
});

test('axe-core finds no accessibility violations', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await choose(page, '17713');
  await paste(page, 'cv-input', devCv('cv-06.txt'));
  await page.locator('[data-testid="evidence"]').first().click();
  // Evaluated through DevTools: the page's policy rightly refuses an injected script tag.
  await page.evaluate(fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`));
  assert.deepEqual(violations, []);
  await context.close();
});

test('no request leaves the origin, and none at all while the CV changes', async () => {
  const { page, context, requests } = await openApp(suite.browser, suite.url);
  // The reference data and the bundled postings are fetched, once, after the first paint.
  await page.waitForSelector('.tf-app[data-loaded="true"]');
  assert.ok(requests.length > 0);
  for (const url of requests) assert.ok(url.startsWith(suite.url + '/') || url.startsWith('data:'), `request left the origin: ${url}`);
  const afterLoad = requests.length;
  await paste(page, 'cv-input', devCv('cv-01.txt'));
  // Counted once 30828 is judged and shown, not while the posting shown before still is.
  await choose(page, '30828');
  await page.waitForSelector('[data-testid="criterion"][data-id="K5"]');
  assert.equal(requests.length, afterLoad, `requests after load: ${requests.slice(afterLoad).join(', ')}`);
  await context.close();
});

// Every Content-Security-Policy violation on the page, recorded from before the first script.
async function recordViolations(context) {
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI || e.sourceFile || ''}`);
    });
  });
}

test('the Content-Security-Policy holds and nothing the app does violates it', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url, { setup: recordViolations });
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(policy, /default-src 'self'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  // Judging, switching language, importing a file (a worker) all run under the policy.
  await choose(page, '30828');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="knockout-verdict"][data-verdict="pass"]');
  await page.click('[data-testid="lang-en"]');
  await page.waitForSelector('html[lang="en"], [data-testid="lang-en"][aria-pressed="true"]');
  await page.setInputFiles('[data-testid="cv-file"]', path.join(IMPORT, 'cv-04.pdf'));
  await page.waitForFunction(() => document.querySelector('[data-testid="cv-input"]').value.includes('NADIA'));
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  // The policy is in force: an injected inline script does not run, and is reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.head.append(s);
    return window.__inlineRan === true;
  });
  assert.equal(ran, false);
  await page.waitForFunction(() => window.__violations.some((v) => v.startsWith('script-src')));
  await context.close();
});

test('markup in a pasted CV or posting is shown as text, never run', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await paste(page, 'cv-input', `Jan Jansen ${evil}\nWerkervaring\n2019 - heden Secretaris ${evil}\n`);
  await paste(page, 'tender-input', `Eisen\n1. Minimaal 2 jaar ervaring als secretaris ${evil}\n`);
  await page.waitForSelector('[data-testid="criterion"]');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.tf-app img, .tf-app script').count(), 0);
  assert.ok((await page.locator('[data-testid="criterion"]').first().textContent()).includes('<img src=x'));
  await context.close();
});

test('screenshots at phone and desktop width', async () => {
  for (const [width, name] of [[375, 'result-nl-375.png'], [1280, 'result-nl-1280.png']]) {
    const { page, context } = await openApp(suite.browser, suite.url, { width });
    await choose(page, '17713');
    await paste(page, 'cv-input', devCv('cv-06.txt'));
    await page.waitForSelector('[data-testid="criterion"][data-id="W4"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at ${width}px`);
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    await context.close();
  }
});

const IMPORT = IMPORT_FIXTURES;

for (const file of ['cv-04.pdf', 'cv-04.docx']) {
  test(`importing ${file} gives the same verdicts as its text`, async () => {
    const { page, context, errors } = await openApp(suite.browser, suite.url);
    await choose(page, '30828');
    await paste(page, 'cv-input', devCv('cv-04.txt'));
    await page.waitForSelector('[data-testid="criterion"][data-id="W5"]');
    const fromText = await criteria(page);
    const pointsFromText = await score(page);
    await paste(page, 'cv-input', '');
    await page.setInputFiles('[data-testid="cv-file"]', path.join(IMPORT, file));
    await page.waitForFunction(() => document.querySelector('[data-testid="cv-input"]').value.includes('NADIA BOUZIAN'));
    assert.equal(await page.locator('[data-testid="import-progress"]').count(), 0);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="criterion"][data-status="met"]').length === n, fromText.filter((c) => c.status === 'met').length);
    assert.deepEqual(await criteria(page), fromText);
    assert.equal(await score(page), pointsFromText);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a dropped file is imported too', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  const b64 = fs.readFileSync(path.join(IMPORT, 'cv-04.docx')).toString('base64');
  const dataTransfer = await page.evaluateHandle((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'cv.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    return dt;
  }, b64);
  await page.dispatchEvent('[data-testid="cv-drop"]', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelector('[data-testid="cv-input"]').value.includes('Gemeente Huizen'));
  await context.close();
});

test('a scanned PDF gives a clear message and keeps the typed CV', async () => {
  const { page, context } = await openApp(suite.browser, suite.url);
  await paste(page, 'cv-input', 'Mijn eigen tekst');
  await page.setInputFiles('[data-testid="cv-file"]', path.join(IMPORT, 'scanned.pdf'));
  await page.waitForSelector('[data-testid="import-error"]');
  assert.match(await page.locator('[data-testid="import-error"]').textContent(), /geen tekst \(een scan\?\)/);
  assert.equal(await page.locator('[data-testid="cv-input"]').inputValue(), 'Mijn eigen tekst');
  await page.setInputFiles('[data-testid="cv-file"]', path.join(IMPORT, 'encrypted.pdf'));
  await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')?.textContent.includes('wachtwoord'));
  await context.close();
});

test('the importer is fetched only when a file is chosen', async () => {
  const { page, context, requests } = await openApp(suite.browser, suite.url);
  assert.ok(!requests.some((u) => u.includes('import-worker')), requests.join('\n'));
  await page.setInputFiles('[data-testid="cv-file"]', path.join(IMPORT, 'cv-04.pdf'));
  await page.waitForFunction(() => document.querySelector('[data-testid="cv-input"]').value.includes('NADIA'));
  assert.ok(requests.some((u) => u.endsWith('import-worker_bg.wasm')));
  for (const url of requests) assert.ok(url.startsWith(suite.url + '/'), `request left the origin: ${url}`);
  await context.close();
});

const HOST = '/examples/host.html';
const EXAMPLES = path.join(ROOT, 'examples');

async function openHost() {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(suite.url + HOST);
  await page.waitForSelector('#widget-c [data-testid="cv-input"]');
  // Each widget loads its own feed: widget B's list is read too, not only A's.
  await page.waitForSelector('#widget-a [data-testid="feed-item"]');
  await page.waitForSelector('#widget-b [data-testid="feed-item"]');
  return { context, page, errors };
}

test('two embedded widgets with their own feeds and themes do not interfere', async () => {
  const { page, context, errors } = await openHost();
  await page.locator('#widget-a [data-testid="cv-input"]').fill(devCv('cv-04.txt'));
  await page.waitForSelector('#widget-a [data-testid="feed-item"][data-id="30828"][data-verdict="pass"]');
  assert.equal(await page.locator('#widget-b [data-testid="cv-input"]').inputValue(), '');
  assert.equal(await page.locator('#widget-c [data-testid="cv-input"]').inputValue(), '');
  // Their own languages and feeds.
  assert.match(await page.locator('#widget-b [data-testid="feed"] h2').textContent(), /Assignments for you/);
  assert.deepEqual(await page.locator('#widget-b [data-testid="feed-item"]').evaluateAll((els) => els.map((e) => e.dataset.id)), ['wijdmeren-model', 'zoetermeer']);
  // The bad entry is the operator's business (the console); visitors get one line.
  assert.match(await page.locator('#widget-b [data-testid="feed-problem"]').textContent(), /1 assignment\(s\) from the list could not be shown/);
  // Ids are unique on the page (labels stay tied to their own fields).
  const duplicates = await page.evaluate(() => { const seen = new Set(); const dup = []; for (const e of document.querySelectorAll('[id]')) { if (seen.has(e.id)) dup.push(e.id); seen.add(e.id); } return dup; });
  assert.deepEqual(duplicates, []);
  // The host's theme reaches widget B only; the host's own element styles reach neither.
  const accent = (sel) => page.locator(`${sel} .tf-title`).evaluate((e) => getComputedStyle(e).color);
  assert.equal(await accent('#widget-b'), 'rgb(91, 42, 134)');
  assert.equal(await accent('#widget-a'), 'rgb(21, 66, 115)');
  assert.equal(await page.locator('#widget-a h2').first().evaluate((e) => getComputedStyle(e).textTransform), 'none');
  assert.equal(await page.locator('main > section > h2').first().evaluate((e) => getComputedStyle(e).textTransform), 'uppercase');
  // Saved state is per widget: a reload restores widget A's CV only.
  await page.waitForFunction(() => (localStorage.getItem('tenderfit.v1') || '').includes('NADIA'));
  await page.reload();
  await page.waitForSelector('#widget-c [data-testid="cv-input"]');
  assert.match(await page.locator('#widget-a [data-testid="cv-input"]').inputValue(), /NADIA/);
  assert.equal(await page.locator('#widget-b [data-testid="cv-input"]').inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('result events reach the host with the outcome but never the CV', async () => {
  const { page, context } = await openHost();
  await page.locator('#widget-a [data-testid="feed-item"][data-id="30828"]').click();
  await page.locator('#widget-a [data-testid="cv-input"]').fill(devCv('cv-04.txt'));
  await page.waitForFunction(() => window.resultEvents.some((e) => e.widget === 'widget-a' && e.reference === '30828' && e.knockoutPass === true));
  const last = await page.evaluate(() => window.resultEvents.filter((e) => e.widget === 'widget-a').at(-1));
  assert.deepEqual(Object.keys(last).sort(), ['cvProvided', 'deadline', 'knockout', 'knockoutPass', 'knockoutsFailed', 'knockoutsToConfirm', 'open', 'points', 'pointsPossible', 'reference', 'title', 'widget']);
  assert.equal(last.points, 100);
  assert.ok(!JSON.stringify(await page.evaluate(() => window.resultEvents)).includes('NADIA'));
  // The feed's 30828 is open: the host's apply button shows (it checks `open` too).
  assert.equal(last.open, true);
  assert.equal(await page.locator('#apply-a').isVisible(), true);
  // The JS API widget works on its own.
  await page.locator('#widget-c [data-testid="cv-input"]').fill(devCv('cv-01.txt'));
  await page.waitForFunction(() => window.resultEvents.some((e) => e.widget === 'widget-c' && e.cvProvided));
  await context.close();
});

test('the feed ranking equals the CLI rank', async () => {
  const cli = JSON.parse(execFileSync(CLI, ['rank', '--cv', path.join(DEV_CVS, 'cv-04.txt'), '--feed', path.join(EXAMPLES, 'feed-a.json'), '--today', '2026-11-01', '--json']));
  const { page, context } = await openHost();
  await page.locator('#widget-a [data-testid="cv-input"]').fill(devCv('cv-04.txt'));
  await page.waitForSelector('#widget-a [data-testid="feed-item"][data-id="30828"][data-verdict="pass"]');
  const items = await page.locator('#widget-a [data-testid="feed-item"]').evaluateAll((els) => els.map((e) => ({ id: e.dataset.id, points: Number(e.dataset.points), verdict: e.dataset.verdict })));
  assert.deepEqual(items, cli.map((r) => ({ id: r.id, points: r.points, verdict: r.knockout_pass === true ? 'pass' : r.knockout_pass === false ? 'fail' : 'unknown' })));
  // Closed postings are hidden until asked for.
  assert.equal(cli.length, 3);
  await page.click('#widget-a [data-testid="feed-show-closed"]');
  await expectValue(() => page.locator('#widget-a [data-testid="feed-item"]').count(), 4);
  // A click opens the posting.
  await page.locator('#widget-a [data-testid="feed-item"][data-id="28671"]').click();
  await page.waitForFunction(() => document.querySelector('#widget-a [data-testid="tender-title"]')?.textContent.includes('Hotspot'));
  await context.close();
});

test('an unreachable feed is a message and the widget still works', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  await page.goto(suite.url + '/examples/host.html');
  await page.waitForFunction(() => window.tenderfit);
  await page.evaluate(() => { const d = document.createElement('div'); d.id = 'w-missing'; document.body.append(d); tenderfit.mount(d, { tenders: '/no-such-feed.json', today: '2026-11-01' }); });
  await page.waitForSelector('#w-missing [data-testid="feed-problem"]');
  assert.match(await page.locator('#w-missing [data-testid="feed-problem"]').textContent(), /kon niet worden geladen\. Je kunt zelf een uitvraag plakken/);
  await page.locator('#w-missing [data-testid="cv-input"]').fill(devCv('cv-01.txt'));
  await page.waitForSelector('#w-missing [data-testid="criterion"][data-id="K1"][data-status="met"]');
  await context.close();
});

test('the PWA reloads and judges with the network off', async () => {
  const context = await suite.browser.newContext();
  await instrument(context);
  const page = await context.newPage();
  await page.goto(suite.url + '/?today=2026-11-01');
  await page.waitForSelector('[data-testid="tender-select"]');
  // The service worker installs, caches the shell and takes control (clients.claim).
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Network off, emulated through the DevTools protocol.
  await context.setOffline(true);
  // An uncached file: the network fails, and the service worker answers 503 itself.
  assert.equal(await page.evaluate(() => fetch('/not-cached-' + Date.now()).then((r) => r.status, () => 0)), 503);
  await page.reload();
  await page.waitForSelector('[data-testid="tender-select"]');
  await choose(page, '30828');
  await paste(page, 'cv-input', devCv('cv-04.txt'));
  await page.waitForSelector('[data-testid="knockout-verdict"][data-verdict="pass"]');
  assert.equal(await score(page), 100);
  await context.setOffline(false);
  await context.close();
});

test('the single HTML file works from file://', async () => {
  const context = await suite.browser.newContext();
  await instrument(context);
  await recordViolations(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const file = path.join(process.env.TENDERFIT_DIST || path.join(ROOT, 'dist'), 'tenderfit-offline.html');
  await page.goto('file://' + file + '?today=2026-11-01');
  await page.waitForSelector('[data-testid="tender-select"]');
  assert.deepEqual(await page.locator('[data-testid="tender-select"] option').evaluateAll((os) => os.map((o) => o.value)), ['17713', '28671', '30534', '30828', 'pasted']);
  await choose(page, '17713');
  await paste(page, 'cv-input', devCv('cv-01.txt'));
  await page.waitForSelector('[data-testid="criterion"][data-id="W3"][data-status="met"]');
  assert.equal(await score(page), 100);
  assert.deepEqual(errors, []);
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /script-src 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
