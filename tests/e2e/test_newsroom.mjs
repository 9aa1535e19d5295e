// End-to-end tests of the example newsroom front end (examples/newsroom):
// the real pressroomd serving the bundled corpus on one loopback port, the
// example's static files on another (so every API call is cross-origin), and
// Debian's chromium, headless, driven through playwright-core.
//
//   node test_newsroom.mjs PRESSROOMD SOURCE_ROOT OUT_DIR
//
// Expectations come from the API itself, never from lists of the corpus's
// names.  A screenshot of each page goes to OUT_DIR.  Ends with
// "N passed, M failed"; exits 77 when no chromium is installed.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const [pressroomd, sourceRoot, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: test_newsroom.mjs PRESSROOMD SOURCE_ROOT OUT_DIR');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.log(`SKIP: no chromium at ${CHROMIUM} (Debian: apt-get install chromium)`);
  process.exit(77);
}
fs.mkdirSync(outDir, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-e2e-'));
const children = [];
const TIMEOUT = 30000;   // ms for any one wait in a page

function cleanup() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);

// ---- processes on free loopback ports -------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Starts argv(port) on a free port and waits (10 s at most) until `probe`
// answers 200; tries three ports.  Answers {proc, port, log} (log: stderr lines).
async function start(name, argv, probe) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const [cmd, ...args] = argv(port);
    const proc = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(proc);
    const log = [];
    let partial = '';
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      log.push(...lines);
    });
    for (let i = 0; i < 100 && proc.exitCode === null; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}${probe}`)).status === 200) return { proc, port, log };
      } catch { /* not listening yet */ }
      await sleep(100);
    }
    proc.kill('SIGTERM');
    console.log(`# ${name} did not start on port ${port}: ${log.slice(-3).join(' | ')}`);
  }
  throw new Error(`${name} would not start`);
}

// ---- the pieces under test ------------------------------------------------

// A release written for these tests: characters outside the Basic
// Multilingual Plane (two UTF-16 units each) before a quote, so that code
// point offsets and JavaScript string indices differ.
const astralRelease = `Harbor Tenants Union

Harbor Tenants Union Opens Café Clinic 🏠 for Renters

March 3, 2024

PORTLAND, Maine   Today the Harbor Tenants Union opened a free legal clinic 🏠🔑 at the Café Région on Fore Street.

“Every renter in this city deserves a lawyer before a judge decides where they sleep,” said Dana Whitlock, director of the Harbor Tenants Union.
`;
fs.writeFileSync(path.join(tmp, 'astral.txt'), astralRelease);

const web = await start('the static file server', (port) => ['python3', '-m', 'http.server', '--bind', '127.0.0.1',
  '--directory', path.join(sourceRoot, 'examples', 'newsroom'), String(port)], '/index.html');
const WEB = `http://127.0.0.1:${web.port}`;
// The same files from another origin, which the allow-list below leaves out.
const OTHER_WEB = `http://localhost:${web.port}`;

const api = await start('pressroomd (bundled corpus)', (port) =>
  [pressroomd, 'serve', '--listen', `127.0.0.1:${port}`], '/healthz');
const API = `http://127.0.0.1:${api.port}`;

const strict = await start('pressroomd (allow-list)', (port) =>
  [pressroomd, 'serve', '--listen', `127.0.0.1:${port}`, '--load', path.join(tmp, 'astral.txt'),
    '--set', `cors_origin=${WEB}`], '/healthz');
const STRICT = `http://127.0.0.1:${strict.port}`;

async function get(base, p) {
  const res = await fetch(base + p);
  if (!res.ok) throw new Error(`GET ${p}: ${res.status}`);
  return (await res.json());
}
const all = async (base, p) => (await get(base, p + (p.includes('?') ? '&' : '?') + 'limit=200')).data;

// ---- a tiny test runner ---------------------------------------------------

const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1100, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--disable-quic', '--no-first-run'],
});
context.setDefaultTimeout(TIMEOUT);
const page = context.pages()[0] || await context.newPage();
const consoleErrors = [];
page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });

let passed = 0, failed = 0;
async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n     ')}`);
    await page.screenshot({ path: path.join(outDir, `FAILED-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}
function check(cond, what) { if (!cond) throw new Error(what); }
function eq(got, want, what) {
  if (JSON.stringify(got) !== JSON.stringify(want))
    throw new Error(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}
const shot = (name) => page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
const texts = (selector) => page.locator(selector).allTextContents();
async function open(base, hash, apiBase = API) {
  await page.goto(`${base}/?api=${encodeURIComponent(apiBase)}${hash}`);
  await page.waitForSelector('main:not([aria-busy]) h1');
}
async function heading(want) {
  await page.locator('main h1').filter({ hasText: want }).first().waitFor();
  eq(await page.locator('main h1').textContent(), want, 'heading');
}
// The release's body as shown, less the speaker links set after each quote.
const shownBody = () => page.locator('.body').evaluate((node) => {
  const copy = node.cloneNode(true);
  copy.querySelectorAll('a.speaker').forEach((a) => a.remove());
  return copy.textContent;
});

// ---- the tests ------------------------------------------------------------

await test('releases: the latest, with publisher and date, over CORS', async () => {
  const acao = [];
  const listen = (r) => { if (r.url().startsWith(API + '/v1/documents')) acao.push(r.headers()['access-control-allow-origin']); };
  page.on('response', listen);
  await open(WEB, '');
  page.off('response', listen);
  await heading('Latest releases');
  const docs = await all(API, '/v1/documents');
  const shown = await texts('ul.releases > li > a');
  check(shown.length > 0, 'no releases shown');
  eq(shown, docs.slice(0, shown.length).map((d) => d.title), 'the newest releases, in order');
  const metas = await texts('ul.releases > li > p.meta');
  docs.slice(0, shown.length).forEach((d, i) => {
    check(metas[i].includes(d.published), `release ${i}: no date ${d.published} in "${metas[i]}"`);
    check(metas[i].includes(d.publisher ? d.publisher.name : 'Unknown publisher'), `release ${i}: publisher missing in "${metas[i]}"`);
  });
  check(acao.length > 0 && acao.every((v) => v === '*'), `Access-Control-Allow-Origin: ${acao}`);
  await shot('releases');
});

await test('releases: paging by Link reaches the last page and back', async () => {
  const docs = await all(API, '/v1/documents');
  await open(WEB, '');
  const seen = [];
  let pages = 0;
  for (; pages <= docs.length; pages++) {       // bounded: a page holds one release at least
    seen.push(...await texts('ul.releases > li > a'));
    const next = page.locator('a[rel=next]');
    if (await next.count() === 0) break;
    const before = page.url();
    await next.click();
    await page.waitForURL((u) => u.toString() !== before);
    await page.waitForSelector('main:not([aria-busy]) ul.releases');
  }
  eq(seen, docs.map((d) => d.title), 'every release once, in order');
  check(pages > 0, 'one page only: the corpus is too small to test paging');
  await shot('releases-last-page');
  const last = await texts('ul.releases > li > a');
  await page.locator('a[rel=prev]').click();
  await page.waitForSelector('main:not([aria-busy]) ul.releases');
  const prev = await texts('ul.releases > li > a');
  eq(prev, seen.slice(seen.length - last.length - prev.length, seen.length - last.length), 'the page before the last');
});

// The bundled release with the most quotes.
const docList = await all(API, '/v1/documents?fields=id,counts');
const quoted = docList.reduce((a, b) => (b.counts.quotes > a.counts.quotes ? b : a));

await test('release: body with its quotes highlighted in place', async () => {
  const doc = (await get(API, `/v1/documents/${quoted.id}`)).data;
  check(doc.quotes.length > 0, 'the corpus has no quoted release');
  await open(WEB, `#/release/${doc.id}`);
  await heading(doc.title);
  const byStart = [...doc.quotes].sort((a, b) => a.position.start - b.position.start);
  eq(await texts('.body mark.quote'), byStart.map((q) => q.text), 'highlighted quotes');
  eq(await texts('.body a.speaker'), byStart.map((q) => '— ' + q.speaker.name), 'speaker links');
  eq(await shownBody(), doc.body, 'the body around the quotes');
  eq(await texts('ul.cited a'), doc.reports.map((r) => r.name), 'reports cited');
  eq(await texts('ul.mentioned a'), doc.organizations.map((o) => o.name), 'organizations mentioned');
  await shot('release');
  // The first screenful, as README.md shows it.
  await page.screenshot({ path: path.join(outDir, 'release-top.png') });
});

await test('a click from a release to a speaker to a quote\'s release', async () => {
  const doc = (await get(API, `/v1/documents/${quoted.id}`)).data;
  await open(WEB, `#/release/${doc.id}`);
  const q = [...doc.quotes].sort((a, b) => a.position.start - b.position.start).find((x) => x.speaker.type === 'person');
  check(q, 'no quote by a person');
  await page.locator('.body a.speaker', { hasText: q.speaker.name }).first().click();
  await heading(q.speaker.name);
  const quotes = await all(API, `/v1/people/${q.speaker.id}/quotes`);
  eq(await texts('ul.quotes blockquote'), quotes.map((x) => x.text), 'all the speaker\'s quotes');
  await shot('speaker');
  const last = quotes[quotes.length - 1];
  await page.locator('ul.quotes > li').last().locator('a').first().click();
  await heading(last.document.title);
  check((await texts('.body mark.quote')).includes(last.text), 'the quote is highlighted on its release');
});

await test('coalition: its members', async () => {
  const coalitions = await all(API, '/v1/coalitions');
  check(coalitions.length > 0, 'the corpus has no coalition');
  const c = coalitions[0];
  await open(WEB, '#/coalitions');
  await page.locator('main ul.items a', { hasText: c.name }).first().click();
  await heading(c.name);
  const members = await all(API, `/v1/organizations/${c.id}/members`);
  check(members.length > 0, 'a coalition without members');
  eq((await texts('ul.members a')).sort(), members.map((m) => m.name).sort(), 'members');
  await shot('coalition');
});

await test('report: the releases that cite it', async () => {
  const reports = await all(API, '/v1/reports');
  check(reports.length > 0, 'the corpus cites no report');
  const r = reports.reduce((a, b) => (b.counts.citations > a.counts.citations ? b : a));
  await open(WEB, '#/reports');
  await page.locator('main ul.items a', { hasText: r.title }).first().click();
  await heading(r.title);
  const citations = await all(API, `/v1/reports/${r.id}/citations`);
  eq(await texts('ul.citations > li > a'), citations.map((c) => c.document.title), 'citing releases');
  await shot('report');
});

await test('search: finds a phrase and marks it', async () => {
  // Three words that follow each other in a quote of the corpus.
  const quotes = await all(API, '/v1/quotes');
  const m = quotes.map((q) => q.text.match(/\b([A-Za-z]{4,}) ([A-Za-z]{4,}) ([A-Za-z]{4,})\b/)).find(Boolean);
  check(m, 'no three-word phrase in any quote');
  const phrase = m[0];
  await open(WEB, '');
  await page.fill('#q', `"${phrase}"`);
  await page.press('#q', 'Enter');
  await page.waitForURL(/#\/search\?/);
  await page.waitForSelector('main:not([aria-busy]) ul.hits');
  await heading(`Search: "${phrase}"`);
  check(await page.locator('ul.hits > li').count() > 0, 'no hits');
  const marks = (await texts('ul.hits mark')).map((t) => t.toLowerCase());
  check(marks.includes(phrase.toLowerCase()), `"${phrase}" not marked; marks: ${JSON.stringify(marks)}`);
  await shot('search');
});

await test('an API error is shown, not swallowed', async () => {
  await open(WEB, '#/release/no-such-release');
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  check(/404/.test(await alert.textContent()), `alert: ${await alert.textContent()}`);
  await shot('error');
});

await test('the browser revalidates with the ETag (304)', async () => {
  await open(WEB, '');
  const mark = api.log.length;
  await page.reload();
  await page.waitForSelector('main:not([aria-busy]) ul.releases');
  // The access log line of the revalidation: GET /v1/documents?... 304 ...
  for (let i = 0; i < 20 && !api.log.slice(mark).some((l) => / GET \/v1\/documents\S* 304 /.test(l)); i++) await sleep(100);
  const lines = api.log.slice(mark).filter((l) => /\/v1\/documents/.test(l));
  check(lines.some((l) => / 304 /.test(l)), `no 304 in: ${lines.join(' | ')}`);
});

await test('an allowed origin passes; offsets after astral characters', async () => {
  const acao = [];
  const listen = (r) => { if (r.url().startsWith(STRICT)) acao.push(r.headers()['access-control-allow-origin']); };
  page.on('response', listen);
  const docs = await all(STRICT, '/v1/documents');
  eq(docs.length, 1, 'documents of the release written for the test');
  const doc = (await get(STRICT, `/v1/documents/${docs[0].id}`)).data;
  check(doc.quotes.length > 0, 'the test release has no quote');
  check([...doc.body.slice(0, doc.body.indexOf(doc.quotes[0].text))].some((ch) => ch.codePointAt(0) > 0xffff),
    'no astral character before the quote');
  await open(WEB, '', STRICT);
  await page.locator('ul.releases a').first().click();
  await heading(doc.title);
  page.off('response', listen);
  eq(await texts('.body mark.quote'), doc.quotes.map((q) => q.text), 'highlighted quote');
  eq(await shownBody(), doc.body, 'the body around the quote');
  check(acao.length > 0 && acao.every((v) => v === WEB), `Access-Control-Allow-Origin: ${acao}`);
  await shot('release-astral');
});

await test('an origin not allowed is refused, with a visible message', async () => {
  const res = await fetch(`${STRICT}/v1/documents`, { headers: { Origin: OTHER_WEB } });
  eq(res.headers.get('access-control-allow-origin'), null, 'Access-Control-Allow-Origin for an unlisted origin');
  const errors = consoleErrors.length;
  await page.goto(`${OTHER_WEB}/?api=${encodeURIComponent(STRICT)}`);
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  check(/Could not reach the API/.test(await alert.textContent()), `alert: ${await alert.textContent()}`);
  eq(await page.locator('ul.releases').count(), 0, 'releases shown');
  check(consoleErrors.slice(errors).some((t) => /CORS/.test(t)), `no CORS error: ${consoleErrors.slice(errors)}`);
  await shot('cors-refused');
});

await context.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
