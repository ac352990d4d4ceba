// The reports' attachments: the single-file HTML (opened from disk with the
// network blocked: it must load nothing, run nothing, link nothing relative)
// and the PDF (its first two pages drawn by pdftoppm, for people to look at).

import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `{lang}/data/{p}/{p}-{year}-{lang}.html` and `.pdf`, as render/attachments.rs names them. */
const ATTACHMENT = /^([a-z]{2,3})\/data\/([^/]+)\/\2-(\d{4})-\1\.(html|pdf)$/;
export const isReportFile = (rel) => ATTACHMENT.test(rel) && rel.endsWith('.html');
export const isReportPdf = (rel) => ATTACHMENT.test(rel) && rel.endsWith('.pdf');

/**
 * Opens each single-file report from `file://` in its own tab, with every
 * request but the file itself refused, and returns failures: any request
 * (an image, a font, a stylesheet, a frame), any script, any relative link
 * (it would break once the file is attached to a BIP entry).
 */
export async function standaloneFiles(browser, root, files) {
  const failures = [];
  for (const rel of files) {
    const url = pathToFileURL(join(root, rel)).href;
    const tab = await browser.newPage();
    const requests = [];
    await tab.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url) return route.continue();
      requests.push(u);
      return route.abort('blockedbyclient');
    });
    try {
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(200);
      const found = await tab.evaluate(() => ({
        scripts: document.scripts.length,
        handlers: [...document.querySelectorAll('*')].filter(
          (e) => [...e.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        relative: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href'))
          .filter((h) => !/^(https?:|mailto:|tel:|#)/.test(h)),
        scriptLinks: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href'))
          .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
      }));
      for (const u of requests) {
        failures.push({ page: rel, rule: 'external-request', where: '', message: `requests ${u}` });
      }
      if (found.scripts || found.handlers) {
        failures.push({
          page: rel, rule: 'script', where: '',
          message: `${found.scripts} <script> element(s), ${found.handlers} element(s) with on… handlers`,
        });
      }
      for (const h of [...found.relative, ...found.scriptLinks]) {
        failures.push({ page: rel, rule: 'relative-link', where: '', message: `links ${h}, which only works beside the site` });
      }
    } finally {
      await tab.close();
    }
  }
  return failures;
}

/**
 * Draws the first two pages of each PDF into `dir` (`{p}-{year}-{lang}-1.png`,
 * `-2.png`) with pdftoppm; returns [files drawn, failures].
 */
export async function pdfScreenshots(root, pdfs, dir) {
  await mkdir(dir, { recursive: true });
  const failures = [];
  let drawn = 0;
  for (const rel of pdfs) {
    const name = rel.split('/').pop().replace(/\.pdf$/, '');
    try {
      await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', join(root, rel), join(dir, name)]);
      drawn++;
    } catch (e) {
      failures.push({ page: rel, rule: 'pdftoppm', where: '', message: String(e.stderr || e.message).trim() });
    }
  }
  return [drawn, failures];
}
