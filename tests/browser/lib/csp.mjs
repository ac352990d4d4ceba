// The Content-Security-Policy check: every page carries the policy in a
// <meta http-equiv> before anything it governs, and Chromium reports no
// violation of it while loading the page, over http (from a subfolder) and
// from file://. The other checks run with the policy bypassed (axe and the
// keyboard walk inject a <style>); this one loads each page in a browser of
// its own that enforces it.

import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Records every `securitypolicyviolation` event of the page in window.__csp. */
function listen() {
  document.addEventListener('securitypolicyviolation', (e) => {
    (window.__csp ||= []).push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''}`);
  });
}

/** Where the page's policy is: missing, late (after a script or style), or fine. */
function placement() {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  if (!meta) return 'missing';
  const earlier = [...document.querySelectorAll('script, style, link[rel~="stylesheet"]')]
    .filter((el) => el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING);
  return earlier.length === 0 ? 'ok' : `after ${earlier.map((el) => `<${el.localName}>`).join(', ')}`;
}

/**
 * Loads each of `pages` over http (`base`), and each of `filePages` from
 * file:// (`root`) too: the policy is the same on every page, and what file://
 * changes (`'self'` there) is the same for every page of a type, so a page of
 * each type is enough there. Returns { checked, failures }.
 */
export async function cspCheck({ pages, filePages, base, root, args, jobs }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  const failures = [];
  try {
    const context = await browser.newContext();
    await context.addInitScript(listen);
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(jobs, pages.length) }, async () => {
      const tab = await context.newPage();
      const consoleLines = [];
      tab.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) consoleLines.push(m.text());
      });
      while (next < pages.length) {
        const page = pages[next++];
        const urls = [base + page];
        if (filePages.includes(page)) urls.push(pathToFileURL(join(root, page)).href);
        for (const url of urls) {
          const how = url.startsWith('file:') ? 'file://' : 'http';
          consoleLines.length = 0;
          await tab.goto(url, { waitUntil: 'load' });
          const where = await tab.evaluate(placement);
          if (where !== 'ok' && how === 'http') {
            failures.push({ page, where: '', rule: `csp-${where === 'missing' ? 'missing' : 'late'}`,
              message: where === 'missing' ? 'no <meta http-equiv="Content-Security-Policy">' : `the policy comes ${where}` });
          }
          const seen = await tab.evaluate(() => window.__csp || []);
          const all = seen.length ? seen : consoleLines.map((l) => l.slice(0, 200));
          if (all.length) {
            failures.push({ page, where: how, rule: 'csp-violation', message: all.join(' | ') });
          }
        }
      }
      await tab.close();
    }));
  } finally {
    await browser.close();
  }
  return { checked: pages.length, failures };
}
