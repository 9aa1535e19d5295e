// The example newsroom: a static front end for the pressroom API, served from
// another origin than the API.  Plain JavaScript, no build step, no framework.
//
// Things worth copying:
//  - the API base comes from ?api= (default http://127.0.0.1:8080);
//  - API text is only ever set with textContent / text nodes, never innerHTML;
//  - fetch() with cache: 'no-cache' lets the browser's HTTP cache revalidate
//    with the ETag it keeps (If-None-Match → 304), so repeat visits are cheap;
//  - paging follows the Link header (rel="next" / rel="prev"), not offsets;
//  - quote `position` and search `highlights` are offsets in Unicode code
//    points, while JavaScript strings count UTF-16 units: see codePointSlicer.
'use strict';

const API = (new URLSearchParams(location.search).get('api') || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const main = document.getElementById('main');

// ---- talking to the API -------------------------------------------------

// Parses `Link: </v1/x?cursor=a>; rel="next", </v1/x?cursor=b>; rel="prev"`.
function parseLink(header) {
  const links = {};
  for (const m of (header || '').matchAll(/<([^>]*)>\s*;\s*rel="?([^";,]+)"?/g)) links[m[2]] = m[1];
  return links;
}

// GETs an API path; answers {data, meta, links} where links come from the Link
// header.  Throws an Error whose message is fit to show to a reader.
async function api(path) {
  let res;
  try {
    res = await fetch(API + path, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch (e) {
    // The browser says no more than this for a refused CORS request or a
    // server that is down; the console has the details.
    throw new Error(`Could not reach the API at ${API} (is it running, and does it allow this origin?)`);
  }
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON: handled below */ }
  if (!res.ok) {
    // RFC 9457 problem details: {title, status, detail}.
    const why = body && (body.detail || body.title);
    throw new Error(`The API answered ${res.status}${why ? ': ' + why : ''}`);
  }
  if (!body) throw new Error(`The API answered ${res.status} with something that is not JSON`);
  return { data: body.data, meta: body.meta, links: parseLink(res.headers.get('Link')) };
}

// Every item of a collection, following rel="next" (at most `pages` pages).
async function apiAll(path, pages = 20) {
  const items = [];
  for (let i = 0; path && i < pages; i++) {
    const page = await api(path);
    items.push(...page.data);
    path = page.links.next;
  }
  return items;
}

// ---- building the page safely -------------------------------------------

// el('a', {href: '#/'}, 'text', child, ...): strings become text nodes, so
// whatever the API sends is shown as text, never parsed as HTML.
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, v);
  for (const c of children) if (c != null && c !== false) node.append(c);
  return node;
}

const link = (hash, text) => el('a', { href: hash }, text);
const enc = encodeURIComponent;
const releaseLink = (doc) => link(`#/release/${enc(doc.id)}`, doc.title || doc.id);
const orgLink = (org) => link(`#/organization/${enc(org.id)}`, org.name);
const speakerHref = (s) => s.type === 'organization' ? `#/organization/${enc(s.id)}` : `#/speaker/${enc(s.id)}`;
const speakerLink = (s) => link(speakerHref(s), s.name);

function dateline(doc) {
  return el('p', { class: 'meta' },
    doc.publisher ? orgLink(doc.publisher) : 'Unknown publisher',
    ' · ', doc.published ? el('time', { datetime: doc.published }, doc.published) : 'undated');
}

// Returns slice(start, end) over code-point offsets of `text`.
function codePointSlicer(text) {
  const units = [0];                       // units[i]: UTF-16 index of code point i
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  const at = (i) => units[Math.max(0, Math.min(i, units.length - 1))];
  return (start, end) => text.slice(at(start), at(end));
}

// Text with the [start, end) code-point ranges wrapped by mark(piece, range).
function marked(text, ranges, mark) {
  const slice = codePointSlicer(text);
  const out = [];
  let pos = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < pos) continue;          // overlapping ranges: keep the first
    out.push(slice(pos, r.start), mark(slice(r.start, r.end), r));
    pos = r.end;
  }
  out.push(slice(pos, Infinity));
  return out;
}

// A "Newer / Older" bar from a page's Link header; `route` is the hash that
// shows this list, given the query string of the API's next/prev URL.
function pager(links, route) {
  const to = (path) => route + new URL(path, API).search;
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    links.prev && el('a', { href: to(links.prev), rel: 'prev' }, '← Newer'),
    links.next && el('a', { href: to(links.next), rel: 'next' }, 'Older →'));
}

function show(...nodes) {
  main.replaceChildren(...nodes);
  const h1 = main.querySelector('h1');
  document.title = (h1 ? h1.textContent + ' — ' : '') + 'Newsroom';
}

// ---- the pages ------------------------------------------------------------

async function releasesPage(query) {
  const q = query || '?limit=5&fields=id,title,published,publisher,summary';
  const page = await api('/v1/documents' + q);
  show(el('h1', {}, 'Latest releases'),
    el('p', { class: 'meta' }, `${page.meta.total} releases`),
    el('ul', { class: 'items releases' }, ...page.data.map((d) =>
      el('li', {}, releaseLink(d), dateline(d), d.summary && el('p', {}, d.summary)))),
    pager(page.links, '#/'));
}

async function releasePage(id) {
  const doc = (await api(`/v1/documents/${enc(id)}`)).data;
  const ranges = doc.quotes.map((q) => ({ start: q.position.start, end: q.position.end, quote: q }));
  const body = marked(doc.body, ranges, (text, r) => [
    el('mark', { class: 'quote', id: `q-${r.quote.id}` }, text),
    el('a', { class: 'speaker', href: speakerHref(r.quote.speaker) }, '— ' + r.quote.speaker.name),
  ]).flat();
  show(el('article', {},
    el('h1', {}, doc.title), doc.subtitle && el('p', {}, doc.subtitle), dateline(doc),
    doc.dateline && el('p', { class: 'meta' }, doc.dateline),
    el('div', { class: 'body' }, ...body),
    doc.quotes.length > 0 && el('section', { 'aria-labelledby': 'quotes-h' },
      el('h2', { id: 'quotes-h' }, 'Quoted'),
      el('ul', { class: 'items' }, ...doc.quotes.map((q) =>
        el('li', {}, speakerLink(q.speaker), el('p', { class: 'meta' }, q.attribution_line))))),
    doc.reports.length > 0 && el('section', { 'aria-labelledby': 'reports-h' },
      el('h2', { id: 'reports-h' }, 'Reports cited'),
      el('ul', { class: 'items cited' }, ...doc.reports.map((r) =>
        el('li', {}, link(`#/report/${enc(r.id)}`, r.name))))),
    doc.organizations.length > 0 && el('section', { 'aria-labelledby': 'orgs-h' },
      el('h2', { id: 'orgs-h' }, 'Organizations mentioned'),
      el('ul', { class: 'items mentioned' }, ...doc.organizations.map((o) => el('li', {}, orgLink(o)))))));
}

async function speakerPage(id) {
  const [person, quotes] = await Promise.all([
    api(`/v1/people/${enc(id)}`), apiAll(`/v1/people/${enc(id)}/quotes?limit=50`)]);
  const p = person.data;
  show(el('h1', {}, p.name),
    el('p', { class: 'meta' }, [p.title, p.organization && p.organization.name].filter(Boolean).join(', ')),
    p.organization && el('p', {}, orgLink(p.organization)),
    el('h2', {}, `Quotes (${quotes.length})`),
    el('ul', { class: 'items quotes' }, ...quotes.map((q) =>
      el('li', {}, el('blockquote', {}, q.text),
        el('p', { class: 'meta' }, 'In ', releaseLink(q.document), q.document.published ? ', ' + q.document.published : '')))));
}

async function organizationPage(id) {
  const [org, members] = await Promise.all([
    api(`/v1/organizations/${enc(id)}`), apiAll(`/v1/organizations/${enc(id)}/members?limit=200&fields=id,name`)]);
  const o = org.data;
  show(el('h1', {}, o.name),
    el('p', { class: 'meta' }, [o.acronym, o.kind].filter(Boolean).join(' · ')),
    o.description && el('p', {}, o.description),
    members.length > 0 && el('section', { 'aria-labelledby': 'members-h' },
      el('h2', { id: 'members-h' }, `Members (${members.length})`),
      el('ul', { class: 'items members' }, ...members.map((m) => el('li', {}, orgLink(m))))),
    o.member_of.length > 0 && el('section', { 'aria-labelledby': 'member-of-h' },
      el('h2', { id: 'member-of-h' }, 'Member of'),
      el('ul', { class: 'items' }, ...o.member_of.map((m) => el('li', {}, orgLink(m))))));
}

async function reportPage(id) {
  const [report, citations] = await Promise.all([
    api(`/v1/reports/${enc(id)}`), apiAll(`/v1/reports/${enc(id)}/citations?limit=50`)]);
  const r = report.data;
  show(el('h1', {}, r.title),
    el('p', { class: 'meta' }, r.publisher ? orgLink(r.publisher) : 'Unknown publisher',
      r.published ? ' · ' + r.published : ''),
    el('h2', {}, `Cited by (${citations.length})`),
    el('ul', { class: 'items citations' }, ...citations.map((c) =>
      el('li', {}, releaseLink(c.document), c.context && el('p', {}, c.context)))));
}

// A plain list of coalitions or reports, paged by Link.
async function listPage(title, path, route, query, item) {
  const page = await api(path + (query || '?limit=20'));
  show(el('h1', {}, title), el('ul', { class: 'items' }, ...page.data.map((x) => el('li', {}, item(x)))),
    pager(page.links, route));
}

async function searchPage(query) {
  const params = new URLSearchParams(query);
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  if (!params.has('limit')) params.set('limit', '10');
  const page = await api('/v1/search?' + params);
  const hit = (h) => el('li', {},
    h.type === 'document' ? releaseLink(h) : el('span', {}, 'Quote by ', speakerLink(h.speaker), ' in ', releaseLink(h.document)),
    el('p', { class: 'snippet' }, ...marked(h.snippet, h.highlights.map(([start, end]) => ({ start, end })),
      (text) => el('mark', {}, text))));
  show(el('h1', {}, `Search: ${q}`),
    el('p', { class: 'meta' }, `${page.meta.total} hits`),
    el('ul', { class: 'items hits' }, ...page.data.map(hit)),
    pager(page.links, '#/search'));
}

// ---- routing: #/, #/release/ID, #/speaker/ID, ... -------------------------

const routes = [
  [/^#\/search(\?.*)?$/, (q) => searchPage(q)],
  [/^#\/release\/([^?]+)$/, (id) => releasePage(decodeURIComponent(id))],
  [/^#\/speaker\/([^?]+)$/, (id) => speakerPage(decodeURIComponent(id))],
  [/^#\/organization\/([^?]+)$/, (id) => organizationPage(decodeURIComponent(id))],
  [/^#\/report\/([^?]+)$/, (id) => reportPage(decodeURIComponent(id))],
  [/^#\/coalitions(\?.*)?$/, (q) => listPage('Coalitions', '/v1/coalitions', '#/coalitions', q, orgLink)],
  [/^#\/reports(\?.*)?$/, (q) => listPage('Reports', '/v1/reports', '#/reports', q,
    (r) => link(`#/report/${enc(r.id)}`, r.title))],
  [/^#?\/?(\?.*)?$/, (q) => releasesPage(q)],
];

async function route() {
  const hash = location.hash;
  const [re, page] = routes.find(([re]) => re.test(hash)) || [null, null];
  main.setAttribute('aria-busy', 'true');
  try {
    if (!page) throw new Error(`There is no page at ${hash}`);
    await page(hash.match(re)[1]);
  } catch (e) {
    show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error', role: 'alert' }, e.message));
  }
  main.removeAttribute('aria-busy');
  main.focus({ preventScroll: true });   // screen readers start at the new page
  window.scrollTo(0, 0);
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = '#/search?' + new URLSearchParams({ q: document.getElementById('q').value });
});
document.getElementById('api-base').textContent = API;
window.addEventListener('hashchange', route);
route();
