#!/usr/bin/env node
// Reflow (WCAG 2.1 SC 1.4.10): no page of a built site may scroll sideways on a
// narrow phone. Every HTML page under SITE_DIR is opened from file:// in headless
// Chromium at 320 CSS px (and 375 px), and the document must be no wider than
// the viewport: document.documentElement.scrollWidth <= clientWidth. Wide tables
// scroll inside their own region (.table-scroll), which is allowed; the page
// itself must not.
//
//   node tests/browser/reflow.mjs SITE_DIR [WIDTH...]   (default widths: 320 375)
//
// Needs playwright-core from tests/browser/node_modules and /usr/bin/chromium.
// Prints each overflowing page with its widths and the widest element sticking
// out. Exits 0 when no page overflows, 1 when some do, 2 on bad arguments.

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const site = process.argv[2];
if (!site || !fs.existsSync(path.join(site, "index.html"))) {
  console.error("usage: node tests/browser/reflow.mjs SITE_DIR [WIDTH...] (a built site with index.html)");
  process.exit(2);
}
const widths = process.argv.slice(3).map(Number);
if (widths.some((w) => !Number.isInteger(w) || w < 100)) {
  console.error("widths are whole numbers of CSS pixels, at least 100");
  process.exit(2);
}
if (widths.length === 0) widths.push(320, 375);

/** Every .html file under dir, sorted, relative to it. */
function pages(dir, prefix = "") {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) out.push(...pages(path.join(dir, entry.name), rel + "/"));
    else if (entry.name.endsWith(".html")) out.push(rel);
  }
  return out;
}

const root = path.resolve(site);
const list = pages(root);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  let over = 0;
  for (const rel of list) {
    await page.goto(pathToFileURL(path.join(root, rel)).href);
    const r = await page.evaluate(() => {
      const doc = document.documentElement;
      const result = { scroll: doc.scrollWidth, client: doc.clientWidth, culprit: null };
      if (result.scroll <= result.client) return result;
      // The element reaching furthest right that no scrolling box clips (an
      // absolutely positioned element is clipped only by boxes that contain
      // its positioned ancestor), for the report.
      const clipped = (el) => {
        const absolute = ["absolute", "fixed"].includes(getComputedStyle(el).position);
        const holder = el.offsetParent;
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const clips = getComputedStyle(a).overflowX !== "visible";
          if (clips && (!absolute || a === holder || a.contains(holder))) return true;
        }
        return false;
      };
      let right = result.client;
      for (const el of document.body.querySelectorAll("*")) {
        const box = el.getBoundingClientRect();
        if (box.right > right && !clipped(el)) {
          right = box.right;
          const cls = typeof el.className === "string" && el.className ? "." + el.className.split(/\s+/).join(".") : "";
          result.culprit = `${el.tagName.toLowerCase()}${cls} (right edge ${Math.round(box.right)} px)`;
        }
      }
      return result;
    });
    if (r.scroll > r.client) {
      over++;
      console.log(`FAIL ${width}px ${rel}: page is ${r.scroll} px wide in a ${r.client} px viewport; widest: ${r.culprit}`);
    }
  }
  console.log(`${over === 0 ? "ok  " : "FAIL"} ${width}px: ${list.length - over} of ${list.length} pages fit`);
  failed += over;
  await page.close();
}
await browser.close();
process.exit(failed === 0 ? 0 : 1);
