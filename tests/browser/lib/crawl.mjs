// Crawls the site from its home page(s) in the browser, over http (from a
// subfolder) or file://, following every href/src/srcset within the site.

import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

// Elements and attributes that point at something: [selector, attribute, is srcset].
const REFS = [
  ['a[href]', 'href'], ['area[href]', 'href'], ['link[href]', 'href'],
  ['img[src]', 'src'], ['img[srcset]', 'srcset', true], ['script[src]', 'src'],
  ['source[src]', 'src'], ['source[srcset]', 'srcset', true], ['object[data]', 'data'],
  ['embed[src]', 'src'], ['iframe[src]', 'src'], ['video[src]', 'src'], ['video[poster]', 'poster'],
  ['audio[src]', 'src'], ['track[src]', 'src'], ['input[src]', 'src'], ['use[href]', 'href'],
  ['image[href]', 'href'], ['form[action]', 'action'],
];

/**
 * mode 'http': `base` is the site's URL (ending in /); mode 'file': the site is
 * opened from `root` by file:// URLs. Returns { pages, resources, failures, unreached }.
 */
export async function crawl(context, { mode, base, root, seeds, sitePages, follow = true }) {
  const rootUrl = mode === 'file' ? pathToFileURL(root + sep).href : base;
  const basePath = new URL(rootUrl).pathname;
  const failures = [];
  const fail = (page, rule, message) => failures.push({ page, where: '', rule, message });

  // Site-relative key ('pl/index.html') of a URL within the site, or null.
  const keyOf = (url) => {
    const u = new URL(url);
    if (mode === 'http' && u.origin !== new URL(base).origin) return null;
    if (mode === 'file' && u.protocol !== 'file:') return null;
    if (!u.pathname.startsWith(basePath)) return undefined; // same server, outside the site
    return decodeURIComponent(u.pathname.slice(basePath.length));
  };
  const urlOf = (key) => new URL(key.split('/').map(encodeURIComponent).join('/'), rootUrl).href;

  const pageQueue = [];
  const queued = new Set();
  const enqueue = (key, linked = true) => {
    if (!queued.has(key) && (follow || !linked)) {
      queued.add(key);
      pageQueue.push(key);
    }
  };
  for (const s of seeds) enqueue(s, false);

  const resourceChecks = new Map(); // key -> Promise<string|null> (error or null)
  const checkResource = (key) => {
    if (!resourceChecks.has(key)) {
      resourceChecks.set(key, (async () => {
        if (mode === 'file') {
          const st = await stat(join(root, key)).catch(() => null);
          if (!st) return 'no such file';
          if (st.isDirectory()) return 'is a folder (file:// shows a listing): link to the file';
          return null;
        }
        const r = await fetch(urlOf(key), { method: 'HEAD' }).catch((e) => ({ status: String(e) }));
        return r.status === 200 ? null : `HTTP ${r.status}`;
      })());
    }
    return resourceChecks.get(key);
  };

  const ids = new Map(); // page key -> Set of ids (crawled pages)
  const fragmentRefs = []; // [from, where, target key, fragment]
  const page = await context.newPage();
  let current = '';
  // Requests the browser made that failed (CSS url(), fonts, scripts…); those that
  // a reference on the page already explains are dropped at the end.
  const requestFailures = [];
  const explained = new Set(); // `${page} ${url}` of failed references
  page.on('requestfailed', (req) => {
    requestFailures.push([current, req.url(), req.failure()?.errorText]);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.request().resourceType() !== 'document') {
      requestFailures.push([current, res.url(), `HTTP ${res.status()}`]);
    }
  });
  page.on('pageerror', (err) => fail(current, 'js-error', String(err).slice(0, 300)));

  for (let i = 0; i < pageQueue.length; i++) {
    const key = pageQueue[i];
    const fileKey = key === '' || key.endsWith('/') ? `${key}index.html` : key;
    current = fileKey;
    if (mode === 'file') {
      const st = await stat(join(root, key)).catch(() => null);
      if (!st || !st.isFile()) continue; // reported where it was linked from
    }
    const res = await page.goto(urlOf(key), { waitUntil: 'load' }).catch((e) => e);
    if (res instanceof Error) {
      fail(fileKey, 'broken-page', res.message.split('\n')[0]);
      continue;
    }
    if (mode === 'http' && res && res.status() !== 200) {
      fail(fileKey, 'broken-page', `HTTP ${res.status()}`);
      continue;
    }
    const found = await page.evaluate((refs) => {
      const out = [];
      for (const [selector, attr, isSrcset] of refs) {
        for (const el of document.querySelectorAll(selector)) {
          const raw = el.getAttribute(attr);
          const rel = el.getAttribute('rel') || '';
          const where = `<${el.localName}${rel ? ` rel="${rel}"` : ''} ${attr}="${raw}">`;
          const urls = isSrcset
            ? raw.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean)
            : [raw];
          for (const u of urls) {
            let abs = null;
            try {
              abs = new URL(u, document.baseURI).href;
            } catch { /* reported below */ }
            out.push({ raw: u, abs, where, nav: ['a', 'area'].includes(el.localName) });
          }
        }
      }
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id)
        .concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')));
      return { refs: out, ids };
    }, REFS);
    ids.set(fileKey, new Set(found.ids));

    for (const ref of found.refs) {
      if (ref.abs === null) {
        fail(fileKey, 'bad-url', `${ref.where}: not a URL`);
        continue;
      }
      const u = new URL(ref.abs);
      if (!['http:', 'https:', 'file:'].includes(u.protocol)) continue; // mailto:, tel:, data:
      const target = keyOf(ref.abs);
      if (target === null) continue; // another site
      if (target === undefined) {
        fail(fileKey, 'outside-site', `${ref.where} leaves the site folder (${u.pathname})`);
        continue;
      }
      const targetFile = target === '' || target.endsWith('/') ? `${target}index.html` : target;
      if (u.hash.length > 1) fragmentRefs.push([fileKey, ref.where, targetFile, decodeURIComponent(u.hash.slice(1))]);
      if (target.endsWith('.html') || target.endsWith('/') || target === '') {
        if (mode === 'file' && (target === '' || target.endsWith('/'))) {
          fail(fileKey, 'folder-link', `${ref.where}: a folder link opens a file listing from file://; link to ${targetFile}`);
          continue;
        }
        const problem = await checkResource(target);
        if (problem) fail(fileKey, 'broken-link', `${ref.where}: ${problem}`);
        else if (ref.nav || target.endsWith('.html')) enqueue(target);
      } else {
        const problem = await checkResource(target);
        if (problem) {
          fail(fileKey, ref.nav ? 'broken-link' : 'broken-resource', `${ref.where}: ${problem}`);
          explained.add(`${fileKey} ${u.href.split('#')[0]}`);
        }
      }
    }
  }
  await page.close();
  for (const [from, url, why] of requestFailures) {
    if (!explained.has(`${from} ${url}`)) fail(from, 'request-failed', `${url} — ${why}`);
  }

  for (const [from, where, target, fragment] of fragmentRefs) {
    const known = ids.get(target);
    if (!known || known.has(fragment) || fragment.toLowerCase() === 'top') continue;
    fail(from, 'missing-fragment', `${where}: no id="${fragment}" in ${target}`);
  }
  const crawled = new Set(ids.keys());
  const unreached = sitePages.filter((p) => !crawled.has(p));
  return { pages: crawled.size, resources: resourceChecks.size, failures, unreached };
}
