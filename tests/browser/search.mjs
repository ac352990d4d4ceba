#!/usr/bin/env node
// The site search as a resident uses it: the Polish search page of a built site
// opened in headless Chromium from file:// and over http from a subfolder,
// "niebieska" typed into it. Checks that the Blue Card indicator is found and its
// link opens, that folding works ("swietlic" finds "świetlic"), that the result
// count is announced in the live region, and that without JavaScript the page
// shows the alphabetical list and hides the form.
//
//   node tests/browser/search.mjs SITE_DIR      (SITE_DIR: the output of `jawnik build`)
//
// Needs playwright-core from tests/browser/node_modules (tests/browser/run
// installs it) and /usr/bin/chromium. The http server binds 127.0.0.1 only.
// Exits 0 when every check passes, 1 on a failed check, 2 on bad arguments.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const site = process.argv[2];
if (!site || !fs.existsSync(path.join(site, "pl/search/index.html"))) {
  console.error("usage: node tests/browser/search.mjs SITE_DIR (a built site with pl/search/index.html)");
  process.exit(2);
}
const root = path.resolve(site);

// Serves SITE_DIR under /sub/folder/, like a BIP subfolder.
const PREFIX = "/sub/folder/";
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = url.startsWith(PREFIX) ? path.join(root, url.slice(PREFIX.length)) : null;
  if (!file || !file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const httpUrl = `http://127.0.0.1:${server.address().port}${PREFIX}pl/search/index.html`;
const fileUrl = pathToFileURL(path.join(root, "pl/search/index.html")).href;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failed++;
};
const results = (page) => page.$$eval("#search-results a", (as) => as.map((a) => a.textContent));

for (const url of [fileUrl, httpUrl]) {
  console.log(`-- ${url}`);
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  check(await page.isVisible("#search-input"), "the form is shown");
  check(await page.isVisible("#search-all"), "the alphabetical list is shown before typing");
  await page.type("#search-input", "niebieska", { delay: 20 });
  await page.waitForTimeout(700);
  const found = await results(page);
  const blue = found.find((t) => t.includes("Niebieskie Karty"));
  check(!!blue, `"niebieska" finds the Blue Card indicator (${found.length} results: ${found.join(" | ")})`);
  check(!(await page.isVisible("#search-all")), "the list is hidden while results show");
  const status = (await page.textContent("#search-status")) || "";
  check(/^Znaleziono \d+ wynik(i|ów)?\.$/.test(status), `the count is announced: "${status}"`);
  if (blue) {
    await page.click(`#search-results a:has-text("Niebieskie Karty")`);
    await page.waitForLoadState();
    const h1 = ((await page.textContent("h1")) || "").trim();
    check(h1.includes("Niebieskie Karty"), `the result opens the indicator page: "${h1}"`);
    await page.goBack();
  }
  await page.fill("#search-input", "swietlic");
  await page.waitForTimeout(600);
  const day = await results(page);
  check(day.some((t) => t.includes("świetlic")), `"swietlic" finds "świetlic…" (${day.length} results)`);
  await page.fill("#search-input", "zzzqqq");
  await page.waitForTimeout(600);
  check(((await page.textContent("#search-status")) || "").startsWith("Nic nie znaleziono"), "no result is announced");
  await page.fill("#search-input", "");
  await page.waitForTimeout(100);
  check(await page.isVisible("#search-all"), "clearing the query shows the list again");
  check(errors.length === 0, `no script errors ${errors.join("; ")}`);
  await page.close();
}

console.log("-- without JavaScript");
const noJs = await browser.newContext({ javaScriptEnabled: false });
const page = await noJs.newPage();
await page.goto(fileUrl);
check(!(await page.isVisible("#search-input")), "the form is hidden");
const listed = await page.$$eval("#search-all li a", (as) => as.map((a) => a.textContent));
check(listed.some((t) => t.includes("Niebieskie Karty")), `the list shows every programme and indicator (${listed.length})`);

await browser.close();
server.close();
console.log(failed ? `search: ${failed} check(s) failed` : "search: all checks passed");
process.exit(failed ? 1 : 0);
