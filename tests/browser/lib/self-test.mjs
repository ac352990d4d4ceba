// Proves the gate bites: breaks a throwaway copy of the built site in known ways
// and checks that each check reports exactly the breakage it should.

import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { listFiles, pageType } from './site.mjs';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

// Each mutation: the page it writes (a copy of the root index.html, so relative links
// still resolve; the broken links go into index.html itself, where the crawl starts;
// or, where `page` is a function, a real page of the site, which it picks from the
// site's pages and changes in place), how it changes the HTML, and the failures it
// must cause: [check, rule, /message/].
const MUTATIONS = [
  {
    name: 'broken link and image',
    page: 'index.html',
    edit: (h) => inBody(h, '<p><a href="gate-missing-page/index.html">gate: broken link</a>'
      + `<img src="gate-missing.png" alt="gate: missing image"></p>`),
    expect: [
      ['links-http', 'broken-link', /gate-missing-page\/index\.html/],
      ['links-http', 'broken-resource', /gate-missing\.png/],
      ['links-file', 'broken-link', /gate-missing-page\/index\.html/],
      ['links-file', 'broken-resource', /gate-missing\.png/],
    ],
  },
  {
    name: 'image without alt',
    page: 'gate-selftest-alt.html',
    edit: (h) => inBody(h, `<img src="${GIF}" width="40" height="40">`),
    expect: [
      ['vnu', 'error', /alt/],
      ['axe-1280', 'image-alt', /.*/],
      ['axe-375', 'image-alt', /.*/],
    ],
  },
  {
    name: 'lang attribute removed',
    page: 'gate-selftest-lang.html',
    edit: (h) => h.replace(/(<html\b[^>]*?)\s+lang="[^"]*"/, '$1'),
    expect: [
      ['axe-1280', 'html-has-lang', /.*/],
      ['axe-375', 'html-has-lang', /.*/],
    ],
  },
  {
    name: 'low-contrast text',
    page: 'gate-selftest-contrast.html',
    edit: (h) => inBody(h, '<p style="color:#b0b0b0;background:#fff">gate: low contrast text</p>'),
    expect: [
      ['axe-1280', 'color-contrast', /.*/],
      ['axe-375', 'color-contrast', /.*/],
    ],
  },
  {
    name: 'too wide for a phone',
    page: 'gate-selftest-wide.html',
    edit: (h) => inBody(h, '<p style="width:900px">gate: a paragraph 900 px wide</p>'),
    expect: [['reflow', 'horizontal-scroll', /<p> "gate: a paragraph 900 px wide"/]],
  },
  {
    name: 'focus indicator removed',
    page: 'gate-selftest-focus.html',
    edit: (h) => inBody(h, '<style>.gate-nf,.gate-nf:focus,.gate-nf:focus-visible{outline:none!important;'
      + 'box-shadow:none!important;background:#eee!important;color:#000!important;'
      + 'border:1px solid #000!important;text-decoration:none!important}</style>'
      + '<button type="button" class="gate-nf">gate: no focus ring</button>'),
    expect: [
      ['keyboard-1280', 'no-visible-focus-indicator', /gate: no focus ring/],
      ['keyboard-375', 'no-visible-focus-indicator', /gate: no focus ring/],
    ],
  },
  {
    name: 'inline script and style attribute',
    page: 'gate-selftest-csp.html',
    keepPolicy: true,
    edit: (h) => inBody(h, '<p style="color:#000">gate: inline style</p><script>document.title += " gate"</script>'),
    expect: [
      ['csp', 'csp-violation', /script-src/],
      ['csp', 'csp-violation', /style-src/],
    ],
  },
  {
    name: 'policy removed',
    page: 'gate-selftest-nocsp.html',
    edit: (h) => h,
    expect: [['csp', 'csp-missing', /.*/]],
  },
  {
    name: 'keyboard trap',
    page: 'gate-selftest-trap.html',
    edit: (h) => inBody(
      h.replace(/<body\b[^>]*>/, (m) => `${m}<button type="button" id="gate-trap">gate: trap</button>`
        + '<script>document.getElementById("gate-trap").addEventListener("keydown",'
        + '(e)=>{if(e.key==="Tab")e.preventDefault()})</script>'),
      '<button type="button">gate: after the trap</button>',
    ),
    expect: [
      ['keyboard-1280', 'not-reachable-by-tab', /gate: after the trap/],
      ['keyboard-375', 'not-reachable-by-tab', /gate: after the trap/],
    ],
  },
  {
    name: 'focused text unreadable',
    page: 'gate-selftest-focus-contrast.html',
    edit: (h) => inBody(h, '<style>.gate-lc:focus-visible{color:#fff!important;background:#ffdd00!important}</style>'
      + '<p><a class="gate-lc" href="index.html">gate: low focus contrast</a></p>'),
    expect: [
      ['focus-1280', 'focus-contrast', /gate: low focus contrast.*1\.\d\d:1/],
      ['focus-375', 'focus-contrast', /gate: low focus contrast/],
    ],
  },
  {
    name: 'focus shown by colour only',
    page: 'gate-selftest-focus-outline.html',
    edit: (h) => inBody(h, '<style>.gate-co,.gate-co:focus-visible{outline:none!important;box-shadow:none!important}'
      + '.gate-co:focus-visible{background:#000!important;color:#fff!important}</style>'
      + '<button type="button" class="gate-co">gate: colour-only focus</button>'),
    expect: [
      ['focus-1280', 'focus-no-outline', /gate: colour-only focus/],
      ['focus-375', 'focus-no-outline', /gate: colour-only focus/],
    ],
  },
  {
    name: 'headline pushed down',
    page: (pages) => pages.find((p) => pageType(p).type === 'indicator'),
    edit: (h) => atMainStart(h, '<div style="height:700px">gate: filler</div>'),
    expect: [['answer', 'headline-too-low', /headline value ends \d+ px down/]],
  },
  {
    name: 'first value pushed down',
    page: (pages) => pages.find((p) => pageType(p).type === 'year'),
    edit: (h) => atMainStart(h, '<div style="height:1000px">gate: filler</div>'),
    expect: [['answer', 'first-value-too-low', /first value ends \d+ px down/]],
  },
  {
    name: 'value cell off-screen',
    page: 'gate-selftest-offscreen.html',
    edit: (h) => inBody(h, '<table><tr><td style="padding-left:600px">gate: off-screen cell</td></tr></table>'),
    expect: [['answer', 'value-off-screen', /gate: off-screen cell/]],
  },
  {
    name: 'tables made presentational',
    page: (pages) => pages.filter((p) => pageType(p).type === 'year')[1],
    edit: (h) => h.replace(/ role="(rowgroup|row|cell|rowheader|columnheader)"/g, '')
      .replace(/<table\b([^>]*?)( role="table")?>/g, '<table$1 role="presentation">'),
    expect: [['tables', 'table-semantics-lost', /in the accessibility tree/]],
  },
];

// Inserts `html` at the start of <main>.
function atMainStart(h, html) {
  const m = /<main\b[^>]*>/.exec(h);
  if (!m) throw new Error('self-test: page has no <main>');
  return h.slice(0, m.index + m[0].length) + html + h.slice(m.index + m[0].length);
}

// The page's Content-Security-Policy <meta>. The breakages that are not about
// it drop it (their inline styles and scripts would break it too), so what the
// csp check reports of them is only `csp-missing`, and the policy's own
// breakages stand out.
const POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>\n?/i;

// Inserts `html` at the end of <main> (or of <body> when there is none).
function inBody(h, html) {
  const at = h.includes('</main>') ? h.indexOf('</main>') : h.lastIndexOf('</body>');
  if (at < 0) throw new Error('self-test: page has neither </main> nor </body>');
  return h.slice(0, at) + html + h.slice(at);
}

export async function selfTest({ site, work, vnuJar, jobs, runChecks, log }) {
  log('self-test: breaking a copy of the site');
  const copy = join(work, 'selftest-site');
  await rm(copy, { recursive: true, force: true });
  await cp(site, copy, { recursive: true });
  const home = await readFile(join(site, 'index.html'), 'utf8');
  const sitePages = (await listFiles(site)).filter((f) => f.endsWith('.html'));
  const pages = [];
  if (!POLICY.test(home)) throw new Error('self-test: index.html has no Content-Security-Policy <meta>');
  for (const m of MUTATIONS) {
    if (typeof m.page === 'function') {
      m.page = m.page(sitePages);
      if (!m.page) throw new Error(`self-test: no page for mutation '${m.name}'`);
    }
    const before = sitePages.includes(m.page) ? await readFile(join(site, m.page), 'utf8') : home;
    const after = m.keepPolicy ? m.edit(before) : m.edit(before).replace(POLICY, '');
    if (after === before) throw new Error(`self-test: mutation '${m.name}' changed nothing`);
    await writeFile(join(copy, m.page), after);
    pages.push(m.page);
  }
  const { checks } = await runChecks({ site: copy, work, vnuJar, jobs, screenshotDir: null, only: pages });
  const rows = [];
  let ok = true;
  for (const m of MUTATIONS) {
    for (const [check, rule, re] of m.expect) {
      const hit = (checks[check]?.failures || []).find(
        (f) => f.page === m.page && f.rule === rule && re.test([f.message, ...(f.elements || [])].join('\n')),
      );
      ok = ok && Boolean(hit);
      rows.push([m.name, check, rule, hit ? 'failed as expected' : 'NOT DETECTED']);
    }
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 10));
  console.log(`\nself-test: each breakage must make its check fail (pages: ${pages.join(', ')})`);
  for (const r of [['breakage', 'check', 'rule', 'result'], ...rows]) {
    console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
  }
  console.log(ok ? 'self-test passed: the gate catches every breakage' : 'self-test FAILED: some breakage went unnoticed');
  return ok;
}
