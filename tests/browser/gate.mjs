// The browser quality gate. Called by tests/browser/run, which installs the tools
// and builds the site; this checks a built site folder and prints the summary.
//
//   node gate.mjs --site DIR --artifacts DIR --vnu VNU_JAR --work TMPDIR
//                 [--mode check|self-test|check+self-test] [--jobs N]

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

import { crawl } from './lib/crawl.mjs';
import { cspCheck } from './lib/csp.mjs';
import {
  ANSWER_FIRST, AXE_VERSION, answerFirstPage, axePage, keyboardPage, overflowPage, tableSemanticsPage,
} from './lib/page-checks.mjs';
import { serveFromSubfolder, SUBFOLDER } from './lib/server.mjs';
import { isPage, listFiles, pageType } from './lib/site.mjs';
import { selfTest } from './lib/self-test.mjs';
import { runVnu } from './lib/vnu.mjs';

export const WIDTHS = [1280, 375];
const REFLOW_WIDTH = 375;
const HEIGHTS = { 1280: 800, 375: 812 };
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const { values: opts } = parseArgs({
  options: {
    site: { type: 'string' },
    artifacts: { type: 'string' },
    vnu: { type: 'string' },
    work: { type: 'string' },
    mode: { type: 'string', default: 'check' },
    jobs: { type: 'string', default: '2' },
  },
});

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`[${elapsed()}] ${msg}`);

/**
 * Starts Chromium once, with a fresh profile in `work`. The pages'
 * Content-Security-Policy is bypassed here, because axe and the keyboard walk
 * inject a <style>; lib/csp.mjs checks the policy in a browser that enforces it.
 */
async function launchBrowser(work) {
  const profile = await mkdtemp(join(work, 'chromium-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
}

/** Runs `fn(item, worker)` over items with `jobs` workers in parallel. */
async function pool(items, jobs, makeWorker, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, async () => {
    const worker = await makeWorker();
    try {
      while (next < items.length) await fn(items[next++], worker);
    } finally {
      await worker.close();
    }
  }));
}

/** Pages to screenshot: the first page of each (type, language). */
function screenshotPages(pages) {
  const chosen = new Map();
  for (const p of pages) {
    const { type, lang } = pageType(p);
    const name = `${type}-${lang}`;
    if (!chosen.has(name)) chosen.set(name, p);
  }
  return new Map([...chosen].map(([name, p]) => [p, name]));
}

/**
 * Runs every check on the site in `site`. `only` limits the per-page checks (vnu,
 * axe, keyboard) to some pages and the crawl to the home pages (their links are
 * still checked, not followed).
 * Returns { checks: { name: { label, checked, failures, notes } }, screenshots }.
 */
export async function runChecks({ site, work, vnuJar, jobs, screenshotDir, only }) {
  const files = await listFiles(site);
  const sitePages = files.filter(isPage);
  const pages = only ? sitePages.filter((p) => only.includes(p)) : sitePages;
  const checks = {};
  const add = (name, label, checked, failures, notes = []) => {
    checks[name] = { label, checked, failures, notes };
  };

  // vnu runs in its own JVM beside the browser.
  const vnuFiles = only ? pages : files.filter((f) => /\.(html|svg|css)$/.test(f));
  const vnu = runVnu(vnuJar, site, vnuFiles);

  const server = await serveFromSubfolder(site, work);
  const browser = await launchBrowser(work);
  try {
    log(`site served at ${server.base}; ${pages.length} pages, widths ${WIDTHS.join(' and ')} px`);
    const shots = screenshotDir ? screenshotPages(sitePages) : new Map();
    const results = Object.fromEntries(WIDTHS.flatMap((w) => [[`axe-${w}`, []], [`kb-${w}`, []], [`focus-${w}`, []]]));
    results.reflow = [];
    results.answer = [];
    results.tables = [];
    // The table semantics are read from the accessibility tree of the first
    // page of each type (the tree of a long page is slow to fetch); of every
    // page given in `only`.
    const tableProbes = new Set(only ? pages : screenshotPages(pages).keys());
    const incomplete = new Map(); // rule -> count
    let screenshots = 0;
    let prints = 0;
    let done = 0;
    const answerSeen = { 'headline-too-low': [], 'first-value-too-low': [] };
    await pool(pages, Number(jobs), () => browser.newPage(), async (p, tab) => {
      for (const width of WIDTHS) {
        await tab.setViewportSize({ width, height: HEIGHTS[width] });
        await tab.goto(server.base + p, { waitUntil: 'load' });
        const axe = await axePage(tab);
        for (const n of axe.incomplete) {
          const k = `${n.id}: ${n.why.replace(/[0-9.]+(:1)?/g, 'N').slice(0, 90)}`;
          incomplete.set(k, (incomplete.get(k) || 0) + 1);
        }
        for (const v of axe.violations) {
          results[`axe-${width}`].push({
            page: p,
            rule: v.id,
            where: v.nodes[0]?.target || '',
            message: `${v.help} [${v.impact}, ${v.nodes.length} element(s)]: ${v.nodes
              .slice(0, 3).map((n) => n.html).join(' | ')}`,
          });
        }
        if (width === REFLOW_WIDTH) {
          const wide = await overflowPage(tab);
          if (wide.length) {
            results.reflow.push({ page: p, rule: 'horizontal-scroll', where: '', elements: wide, message: wide.join('; ') });
          }
          const { type } = pageType(p);
          const a = await answerFirstPage(tab, type);
          const late = (rule, at, max, what) => {
            if (at === null) results.answer.push({ page: p, rule, where: '', message: `no ${what} on the page` });
            else if (at > max) {
              results.answer.push({ page: p, rule, where: '', message: `the ${what} ends ${at} px down, after the first ${max} px` });
            }
            answerSeen[rule].push(at ?? Infinity);
          };
          if (type === 'indicator') late('headline-too-low', a.headline, ANSWER_FIRST.headline, 'headline value');
          if (type === 'year') late('first-value-too-low', a.firstValue, ANSWER_FIRST.firstValue, 'first value');
          if (a.outside.length) {
            results.answer.push({
              page: p, rule: 'value-off-screen', where: '', elements: a.outside,
              message: `${a.outside.length} table cell(s) outside the ${width} px viewport: ${a.outside.slice(0, 3).join(', ')}`,
            });
          }
          if (tableProbes.has(p)) {
            const lost = await tableSemanticsPage(tab);
            if (lost.length) results.tables.push({ page: p, rule: 'table-semantics-lost', where: '', message: lost.join('; ') });
          }
        }
        if (shots.has(p)) {
          await tab.screenshot({ path: join(screenshotDir, `${shots.get(p)}-${width}.png`), fullPage: true });
          screenshots++;
          // A year report and an indicator page as the browser prints them
          // (Ctrl+P, the print stylesheet), for people to look at.
          if (width === WIDTHS[0] && ['year', 'indicator'].includes(pageType(p).type)) {
            await tab.pdf({ path: join(screenshotDir, `${shots.get(p)}-print.pdf`), format: 'A4' });
            prints++;
          }
        }
        const kb = await keyboardPage(tab);
        const push = (rule, list, what) => {
          if (list.length) {
            results[`kb-${width}`].push({
              page: p, rule, where: '', elements: list,
              message: `${list.length} ${what}: ${list.slice(0, 4).join(', ')}${list.length > 4 ? ', …' : ''}`,
            });
          }
        };
        push('not-reachable-by-tab', kb.unreached, `of ${kb.expected} focusable element(s) never got focus`);
        push('no-visible-focus-indicator', kb.noIndicator, 'element(s) show no focus indicator');
        push('focus-on-hidden-element', kb.hiddenFocus, 'focused element(s) are not visible');
        const pushFocus = (rule, list, what) => {
          if (list.length) {
            results[`focus-${width}`].push({
              page: p, rule, where: '', elements: list,
              message: `${list.length} ${what}: ${list.slice(0, 4).join(', ')}${list.length > 4 ? ', …' : ''}`,
            });
          }
        };
        pushFocus('focus-contrast', kb.lowContrast, 'focused element(s) with text contrast under 4.5:1');
        pushFocus('focus-no-outline', kb.noOutline, 'focused element(s) with neither an outline nor a box-shadow');
      }
      if (++done % 20 === 0) log(`${done}/${pages.length} pages checked`);
    });
    for (const w of WIDTHS) {
      add(`axe-${w}`, `axe-core ${AXE_VERSION} WCAG 2.1 AA @${w}px`, pages.length, results[`axe-${w}`],
        w === WIDTHS[0] && incomplete.size
          ? [`axe could not decide, at both widths (look at the screenshots): ${[...incomplete].map(([k, n]) => `${k} ×${n}`).join('; ')}`]
          : []);
      add(`keyboard-${w}`, `keyboard: Tab reach + focus visible @${w}px`, pages.length, results[`kb-${w}`]);
      add(`focus-${w}`, `focus: text contrast >= 4.5:1 + outline @${w}px`, pages.length, results[`focus-${w}`]);
    }
    add('reflow', `reflow: no sideways scrolling @${REFLOW_WIDTH}px`, pages.length, results.reflow);
    const worst = (list) => {
      const found = list.filter(Number.isFinite);
      return found.length ? `${Math.max(...found)} px (of ${found.length} pages)` : 'none found';
    };
    add('answer', `answer first @${REFLOW_WIDTH}px: headline, first value, no value off-screen`, pages.length,
      results.answer, [`lowest headline value: ${worst(answerSeen['headline-too-low'])} (limit ${ANSWER_FIRST.headline}); `
        + `lowest first value of a report: ${worst(answerSeen['first-value-too-low'])} (limit ${ANSWER_FIRST.firstValue})`]);
    add('tables', `table semantics in the accessibility tree @${REFLOW_WIDTH}px`, tableProbes.size, results.tables);
    log('axe and keyboard done; checking the Content-Security-Policy');

    // Every page over http; from file://, the first page of each type and language.
    const filePages = only ? pages : [...screenshotPages(pages).keys()];
    const csp = await cspCheck({ pages, filePages, base: server.base, root: site, args: CHROMIUM_ARGS, jobs: Number(jobs) });
    add('csp', `Content-Security-Policy: present, no violation (http; ${filePages.length} from file://)`,
      csp.checked, csp.failures);
    log('csp done; crawling');

    const seeds = sitePages.filter((p) => p === 'index.html' || p === '404.html' || /^[^/]+\/index\.html$/.test(p));
    const crawls = await Promise.all(['http', 'file'].map(
      (mode) => crawl(browser, { mode, base: server.base, root: site, seeds, sitePages, follow: !only }),
    ));
    for (const [i, mode] of ['http', 'file'].entries()) {
      const r = crawls[i];
      const notes = r.unreached.length && !only
        ? [`${r.unreached.length} page(s) not linked from the home pages: ${r.unreached.slice(0, 5).join(', ')}${r.unreached.length > 5 ? ', …' : ''}`]
        : [];
      if (!seeds.includes('index.html')) {
        r.failures.unshift({ page: 'index.html', where: '', rule: 'no-home-page', message: `no index.html in ${site}: nothing to crawl from` });
      }
      const label = mode === 'http'
        ? `links over http from /${SUBFOLDER}/ (${r.resources} targets)`
        : `links from file:// (${r.resources} targets)`;
      add(`links-${mode}`, label, r.pages, r.failures, notes);
    }
    log('crawl done');
    if (screenshotDir) {
      const missing = [...shots.keys()].filter((p) => !pages.includes(p));
      add('screenshots', `screenshots and ${prints} printed PDF(s) (${screenshotDir})`, screenshots, [],
        missing.length ? [`not taken (page not checked): ${missing.join(', ')}`] : []);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const v = await vnu;
  add('vnu', 'Nu HTML Checker (vnu 20.6.30): errors', v.checked, v.failures, [
    ...(v.warnings.length ? [`${v.warnings.length} warning(s), see report`] : []),
    ...(v.tableRoles ? [`${v.tableRoles} explicit table role(s) vnu calls unnecessary (kept on purpose, see lib/vnu.mjs)`] : []),
  ]);
  log('vnu done');
  // Table order.
  const order = ['vnu', ...WIDTHS.map((w) => `axe-${w}`), ...WIDTHS.map((w) => `keyboard-${w}`),
    ...WIDTHS.map((w) => `focus-${w}`), 'reflow', 'answer', 'tables', 'csp', 'links-http', 'links-file',
    'screenshots'];
  return { checks: Object.fromEntries(order.filter((k) => checks[k]).map((k) => [k, checks[k]])), vnuWarnings: v.warnings };
}

export function summaryTable(checks) {
  const rows = Object.values(checks).map((c) => [c.label, String(c.checked), String(c.failures.length),
    c.failures.length ? 'FAIL' : 'ok']);
  const head = ['check', 'pages/files', 'failures', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function failureText(checks, limit = Infinity) {
  const out = [];
  for (const c of Object.values(checks)) {
    if (!c.failures.length && !c.notes.length) continue;
    out.push(`\n${c.label}:`);
    for (const n of c.notes) out.push(`  note: ${n}`);
    for (const f of c.failures.slice(0, limit)) {
      out.push(`  ${f.page}${f.where ? ` (${f.where})` : ''}: [${f.rule}] ${f.message}`);
    }
    if (c.failures.length > limit) out.push(`  … and ${c.failures.length - limit} more (see report)`);
  }
  return out.join('\n');
}

async function main() {
  const { site, artifacts, vnu: vnuJar, work, mode } = opts;
  const jobs = Number(opts.jobs);
  let ok = true;
  const counts = { passed: 0, failed: 0 };
  if (mode.includes('check')) {
    const screenshotDir = join(artifacts, 'screenshots');
    await rm(screenshotDir, { recursive: true, force: true });
    await mkdir(screenshotDir, { recursive: true });
    const { checks, vnuWarnings } = await runChecks({ site, work, vnuJar, jobs, screenshotDir });
    const table = summaryTable(checks);
    const details = failureText(checks);
    await writeFile(join(artifacts, 'report.json'), JSON.stringify({ checks, vnuWarnings }, null, 2));
    await writeFile(join(artifacts, 'summary.txt'), `${table}\n${details}\n`);
    console.log(failureText(checks, 25));
    console.log(`\nquality gate (${elapsed()}); artifacts in ${artifacts}\n${table}`);
    for (const c of Object.values(checks)) counts[c.failures.length ? 'failed' : 'passed']++;
    ok = counts.failed === 0;
  }
  if (mode.includes('self-test')) {
    const passed = await selfTest({ site, work, vnuJar, jobs, runChecks, log });
    counts[passed ? 'passed' : 'failed']++;
    ok = ok && passed;
  }
  console.log(ok ? '\nquality gate passed' : '\nquality gate FAILED');
  console.log(`gate: ${counts.passed} passed, ${counts.failed} failed`);
  process.exitCode = ok ? 0 : 1;
}

await main();
