// Issue 13: CVs as people make them, read right and shown as read. Each layout below was
// read wrong before this session's reader changes: the reader's view is where a user sees it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, paste, choose, screenshotPath, useSuite } from './harness.mjs';

const suite = useSuite();

/** The reader's view's jobs, as "title · employer · period" text. */
async function jobsAsRead(page) {
  await page.click('[data-testid="cv-view-read"]');
  await page.waitForSelector('[data-testid="cv-reading"]');
  return page.locator('[data-testid="cv-job"]').evaluateAll((els) => els.map((e) => e.textContent));
}

const TWO_COLUMNS = [
  'ANNA DE VRIES',
  'ADVISEUR ONDERWIJS',
  '',
  'CONTACT                       PROFIEL',
  '06 12 34 56 78                Ervaren adviseur met een achtergrond in het',
  'Breda                         onderwijs en het sociaal domein.',
  '',
  'TALEN                         WERKERVARING',
  'Nederlands  moedertaal',
  'Engels      goed              Leerplichtambtenaar',
  '                              Gemeente Breda',
  'VAARDIGHEDEN                  sep 2022 – heden',
  'Gespreksvoering               • Verzuimgesprekken en RMC',
  'Excel                         Leerkracht groep 8',
  '                              OBS De Linde, Breda',
  '                              aug 2014 – jul 2022',
].join('\n');

test('issue 13: a two-column CV is read column by column, said so, and shown in that order', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url);
  await choose(page, '17713');
  await paste(page, 'cv-input', TWO_COLUMNS);
  await page.waitForSelector('[data-testid="cv-view"]');
  assert.match(await page.locator('[data-testid="cv-warnings"]').textContent(), /twee kolommen/);
  // The CV view numbers the lines as read: the job's lines follow each other.
  const lines = await page.locator('[data-testid="cv-view"] li').allTextContents();
  const at = lines.findIndex((l) => l.includes('Leerplichtambtenaar'));
  assert.ok(at >= 0, lines.join('\n'));
  assert.match(lines[at + 1], /Gemeente Breda/);
  assert.match(lines[at + 2], /sep 2022 – heden/);
  const jobs = await jobsAsRead(page);
  assert.equal(jobs.length, 2, jobs.join('\n'));
  assert.match(jobs[0], /Leerplichtambtenaar · Gemeente Breda · sep 2022 – heden/);
  assert.match(jobs[1], /Leerkracht groep 8 · OBS De Linde, Breda · aug 2014 – jul 2022/);
  await page.screenshot({ path: screenshotPath('cv-two-columns-read-nl-1280.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('issue 13: a career told in sentences and a table flattened with tabs give their jobs', async () => {
  const { page, context, errors } = await openApp(suite.browser, suite.url);
  await choose(page, '17713');
  await paste(page, 'cv-input', [
    'Loopbaan',
    'Van januari 2017 tot en met de zomer van 2020 was ik communicatieadviseur bij woningcorporatie Vivare in Arnhem, waar ik bewoners begeleidde.',
    '',
    'Sinds maart 2023 ben ik als participatieadviseur ingehuurd door de gemeente Arnhem voor de gebiedsontwikkeling van Meinerswijk.',
  ].join('\n'));
  let jobs = await jobsAsRead(page);
  assert.equal(jobs.length, 2, jobs.join('\n'));
  // In the order told.
  assert.match(jobs[0], /communicatieadviseur · woningcorporatie Vivare · Van januari 2017 tot en met zomer 2020 · ca\./);
  assert.match(jobs[1], /participatieadviseur · gemeente Arnhem · Sinds maart 2023/);
  await page.click('[data-testid="cv-view-text"]');
  await paste(page, 'cv-input', 'WERKERVARING\nVan\tTot\tFunctie\tOrganisatie\n08/2020\theden\tBuurtsportcoach\tGemeente Apeldoorn\n09/2016\t07/2020\tBeheerder sportaccommodaties\tSportService Veluwe B.V.\n');
  jobs = await jobsAsRead(page);
  assert.equal(jobs.length, 2, jobs.join('\n'));
  assert.match(jobs[0], /Buurtsportcoach · Gemeente Apeldoorn/);
  assert.deepEqual(errors, []);
  await context.close();
});
