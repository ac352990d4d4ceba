// Per-page checks in a loaded page: axe-core, the keyboard walk (with the
// focused element's text contrast), the answer-first positions at a phone's
// width, and the table semantics in Chromium's accessibility tree.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = require('axe-core/package.json').version;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core violations of WCAG 2.1 A/AA on the loaded page, one entry per rule. */
export async function axePage(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const incomplete = r.incomplete.flatMap((v) => v.nodes.map((n) => ({
      id: v.id,
      target: n.target.join(' '),
      why: (n.any[0] || n.all[0] || n.none[0] || {}).message || '',
    })));
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(' '),
          html: n.html.slice(0, 200),
          summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300),
        })),
      })),
      incomplete,
    };
  }, AXE_TAGS);
  return result;
}

const TAB = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
const cdpSessions = new WeakMap();

/**
 * Presses Tab through the page and reports what it could not reach and where the
 * focus was not visibly indicated. Modifies the page (disables transitions so the
 * computed focus style is final), so run it last.
 */
export async function keyboardPage(page) {
  await page.addStyleTag({
    content: '*,*::before,*::after{transition:none!important;animation:none!important}',
  });
  const expected = await page.evaluate(() => {
    const SELECTOR = [
      'a[href]', 'area[href]', 'button', 'input', 'select', 'textarea', 'summary', 'iframe',
      '[tabindex]', '[contenteditable]:not([contenteditable="false"])',
      'audio[controls]', 'video[controls]',
    ].join(',');
    const PROPS = [
      'outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color',
      'color', 'border-top-color', 'border-right-color', 'border-bottom-color',
      'border-left-color', 'border-top-width', 'border-bottom-width', 'text-decoration-line',
      'text-decoration-thickness', 'text-decoration-color',
    ];
    const snap = (el) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries(PROPS.map((p) => [p, cs.getPropertyValue(p)]));
    };
    const focusable = (el) => {
      if (el.matches(':disabled, input[type=hidden]')) return false;
      if (el.hasAttribute('tabindex') && el.tabIndex < 0) return false;
      if (el.closest('[inert]')) return false;
      if (el.localName === 'summary') {
        const d = el.parentElement;
        if (!d || d.localName !== 'details' || d.querySelector(':scope > summary') !== el) return false;
      }
      return el.checkVisibility({ visibilityProperty: true });
    };
    // WCAG contrast of the focused element's text against the first opaque
    // background up the tree (semi-transparent ones blended over it); axe does
    // not test focus states, so a focus style that turns text unreadable (white
    // on the yellow focus colour, 1.35:1) is only found here.
    const rgba = (c) => {
      const m = /^rgba?\(([^)]*)\)$/.exec(c.trim());
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3])).concat(1);
    const background = (el) => {
      const layers = [];
      for (let a = el; a; a = a.parentElement) {
        const c = rgba(getComputedStyle(a).backgroundColor);
        if (!c || c[3] === 0) continue;
        layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1]);
    };
    const luminance = (c) => {
      const ch = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
    };
    const hex = (c) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
    const focusLook = (el, cs) => {
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0
        && (rgba(cs.outlineColor)?.[3] ?? 1) > 0;
      const indicator = outline || cs.boxShadow !== 'none';
      if (!(el.innerText || '').trim()) return { indicator, ratio: null };
      const bg = background(el);
      const fg = over(rgba(cs.color) || [0, 0, 0, 1], bg);
      const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      return { indicator, ratio: (l1 + 0.05) / (l2 + 0.05), colours: `${hex(fg)} on ${hex(bg)}` };
    };
    const expected = [...document.querySelectorAll(SELECTOR)].filter(focusable);
    const gate = { expected, baseline: expected.map(snap), log: [], PROPS };
    window.__gate = gate;
    document.addEventListener('focusin', (e) => {
      const el = e.target;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const clipped = cs.clip === 'rect(0px, 0px, 0px, 0px)' || cs.clipPath === 'inset(50%)';
      gate.log.push({ el, style: snap(el), shown: !clipped && r.width >= 4 && r.height >= 4, look: focusLook(el, cs) });
    }, true);
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    return expected.length;
  });
  // Enough presses to go round once, plus the stops outside the page. Sent straight
  // to Chromium's input pipeline, in order, without waiting for each (twice as fast
  // as page.keyboard.press, same focus sequence).
  const presses = Math.min(expected + 3, 1500);
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  const cdp = cdpSessions.get(page);
  const sends = [];
  for (let i = 0; i < presses; i++) {
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB }));
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB }));
  }
  await Promise.all(sends);
  return page.evaluate(() => {
    const { expected, baseline, log, PROPS } = window.__gate;
    const describe = (el) => {
      const text = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('title') || '')
        .replace(/\s+/g, ' ').trim().slice(0, 60);
      const href = el.getAttribute('href');
      const id = el.id ? `#${el.id}` : '';
      return `<${el.localName}${id}${href ? ` href="${href}"` : ''}> "${text}"`;
    };
    // One stop per radio group: reaching any of its radios is reaching the group.
    const key = (el) => (el.matches('input[type=radio][name]') ? `radio:${el.form ? 'f' : ''}:${el.name}` : el);
    const reached = new Set(log.map((l) => key(l.el)));
    const unreached = [];
    const seenKeys = new Set();
    for (const el of expected) {
      const k = key(el);
      if (seenKeys.has(k)) continue;
      seenKeys.add(k);
      if (!reached.has(k)) unreached.push(describe(el));
    }
    const noIndicator = [];
    const hiddenFocus = [];
    const lowContrast = [];
    const noOutline = [];
    const seen = new Set();
    for (const l of log) {
      if (seen.has(l.el)) continue;
      seen.add(l.el);
      if (l.shown && l.look.ratio !== null && l.look.ratio < 4.5) {
        lowContrast.push(`${describe(l.el)} ${l.look.ratio.toFixed(2)}:1 (${l.look.colours})`);
      }
      if (l.shown && !l.look.indicator) noOutline.push(describe(l.el));
      const i = expected.indexOf(l.el);
      if (i < 0 || !l.shown) {
        hiddenFocus.push(describe(l.el));
        continue;
      }
      const base = baseline[i];
      const now = l.style;
      const changed = PROPS.filter((p) => now[p] !== base[p]);
      const outlineShown = now['outline-style'] !== 'none' && parseFloat(now['outline-width']) > 0;
      const visible = changed.some((p) => {
        if (p.startsWith('outline')) return outlineShown;
        if (p === 'box-shadow') return now[p] !== 'none';
        return true;
      });
      if (!visible) noIndicator.push(describe(l.el));
    }
    return { expected: seenKeys.size, reached: seen.size, unreached, noIndicator, hiddenFocus, lowContrast, noOutline };
  });
}

/**
 * WCAG 1.4.10 Reflow: at a phone's width the page must not scroll sideways (a wide
 * table may scroll inside its own box). Returns the elements that stick out, or [].
 */
export async function overflowPage(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.scrollingElement.scrollWidth <= width + 1) return [];
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right <= width + 1 || !el.checkVisibility()) continue;
      // Inside a box that scrolls or clips sideways (a wide table's wrapper) it is fine,
      // but only if that box is in its containing-block chain: an absolutely placed
      // element escapes the overflow of every box up to its positioned ancestor.
      let clipped = false;
      const own = getComputedStyle(el).position;
      let escapesUntilPositioned = own === 'absolute';
      let fixed = own === 'fixed';
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (fixed) {
          if (cs.transform === 'none') continue;
          fixed = false;
        }
        if (escapesUntilPositioned) {
          if (cs.position === 'static') continue;
          escapesUntilPositioned = false;
        }
        if (cs.overflowX !== 'visible' && a.getBoundingClientRect().right <= width + 1) {
          clipped = true;
          break;
        }
        if (cs.position === 'absolute') escapesUntilPositioned = true;
        if (cs.position === 'fixed') fixed = true;
      }
      if (clipped) continue;
      // Only the outermost sticking-out element of each branch.
      if (out.some((o) => o.contains(el))) continue;
      out.push(el);
    }
    return out.slice(0, 4).map((el) => {
      const r = el.getBoundingClientRect();
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : '';
      const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      const pos = getComputedStyle(el).position;
      return `<${el.localName}${el.id ? `#${el.id}` : ''}${cls}> "${text}" (${pos}) reaches ${Math.round(r.right)} px`;
    }).concat([`page is ${document.scrollingElement.scrollWidth} px wide in a ${width} px window`]);
  });
}

/** Where the answer must be on a phone, from the top of the page (CSS px). */
export const ANSWER_FIRST = { headline: 600, firstValue: 900 };

/**
 * The answer first, at a phone's width: on an indicator page the headline
 * value's bottom edge, on a year report the first value's (a number, words or
 * the reason a value is missing), from the top of the page; on every page the
 * table cells of `main` that lie outside the viewport (a value a resident would
 * have to scroll sideways for). Returns { headline, firstValue, outside }.
 */
export async function answerFirstPage(page, type) {
  return page.evaluate((type) => {
    const bottom = (sel) => {
      const el = document.querySelector(sel);
      return el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : null;
    };
    const width = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('main td')].filter((td) => {
      const r = td.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && (r.right > width + 0.5 || r.left < -0.5);
    }).map((td) => {
      const r = td.getBoundingClientRect();
      return `<td> "${(td.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40)}" at ${Math.round(r.left)}–${Math.round(r.right)} px`;
    });
    return {
      headline: type === 'indicator' ? bottom('main .headline__value') : null,
      firstValue: type === 'year' ? bottom('main .num, main .missing, main .text-value') : null,
      outside,
    };
  }, type);
}

/**
 * Chromium's accessibility tree against the page's tables: every table, data
 * cell and header cell of `main` that is rendered must still be a table, a
 * cell and a header there (a changed CSS display, as in the stacked phone
 * layout, takes that meaning away in some browsers). Returns the mismatches.
 */
export async function tableSemanticsPage(page) {
  const dom = await page.evaluate(() => {
    const shown = (el) => el.checkVisibility();
    const count = (sel) => [...document.querySelectorAll(sel)].filter(shown).length;
    return { table: count('main table'), cell: count('main td'), header: count('main th') };
  });
  if (!dom.table) return [];
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  const { nodes } = await cdpSessions.get(page).send('Accessibility.getFullAXTree');
  const ax = { table: 0, cell: 0, header: 0 };
  for (const n of nodes) {
    if (n.ignored) continue;
    const role = n.role?.value;
    if (role === 'table' || role === 'grid') ax.table++;
    else if (role === 'cell' || role === 'gridcell') ax.cell++;
    else if (role === 'rowheader' || role === 'columnheader') ax.header++;
  }
  const out = [];
  for (const k of ['table', 'cell', 'header']) {
    if (ax[k] < dom[k]) out.push(`${dom[k]} ${k}(s) in the page, ${ax[k]} in the accessibility tree`);
  }
  return out;
}
