#!/usr/bin/env node
// Live reload as a user sees it: `jawnik serve` on a copy of a site, a page open
// in headless Chromium, then edits to a year file. Checks that the open page
// updates by itself, that a TOML syntax error shows the error overlay (an
// accessible alertdialog, dismissable with Escape) while the last good page stays,
// and that fixing the file recovers without a restart.
//
//   node tests/browser/live-reload.mjs JAWNIK_BINARY SITE_DIR
//
// SITE_DIR is only read: its jawnik.toml, content/, themes/, templates/, static/
// and i18n/ are copied to a temp folder first. Needs playwright-core (and uses
// axe-core if installed) from tests/browser/node_modules, and /usr/bin/chromium.
// Exits 0 when every check passes, 1 on a failed check, 2 on bad arguments.
// A screenshot of the overlay goes to $GATE_ARTIFACTS (default tests/browser/artifacts).

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const DEADLINE_MS = 20_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const artifacts = process.env.GATE_ARTIFACTS || path.join(here, "artifacts");

const [binary, siteArg] = process.argv.slice(2);
if (!binary || !siteArg) {
  console.error("usage: node tests/browser/live-reload.mjs JAWNIK_BINARY SITE_DIR");
  process.exit(2);
}

let server = null;
let browser = null;
let serverLog = "";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "jawnik-live-reload-"));

function ok(message) {
  console.log(`ok: ${message}`);
}

class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

/** Copies the parts of a site jawnik reads, never public/, target/ or .git/. */
function copySite(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const name of ["jawnik.toml", "content", "themes", "templates", "static", "i18n"]) {
    const source = path.join(from, name);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(to, name), { recursive: true });
  }
}

/** Starts `jawnik serve --port 0` and resolves with its address. */
function startServer(root) {
  return new Promise((resolve, reject) => {
    server = spawn(binary, ["serve", "--root", root, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    server.stderr.on("data", (d) => (serverLog += d));
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/(127\.0\.0\.1:\d+)\//);
      if (m) resolve(`http://${m[1]}`);
    });
    server.on("exit", (code) => reject(new Error(`jawnik serve exited (${code}) before listening`)));
    setTimeout(() => reject(new Error("jawnik serve printed no address")), DEADLINE_MS).unref();
  });
}

/** Polls `probe` (which may fail while the page reloads) until it returns a truthy value. */
async function eventually(what, probe) {
  const started = Date.now();
  let last;
  while (Date.now() - started < DEADLINE_MS) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e; // the page is navigating: try again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new CheckFailed(`gave up waiting for ${what} (last: ${last})`);
}

/** Saves the way many editors do: write a temp file, rename it over the original. */
function atomicSave(file, text) {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

/** The first programme's latest year file with a plain `value = N` line. */
function findYearFile(root) {
  const content = path.join(root, "content");
  for (const programme of fs.readdirSync(content).sort()) {
    const dir = path.join(content, programme);
    if (!fs.statSync(dir).isDirectory()) continue;
    const years = fs.readdirSync(dir).filter((f) => /^\d{4}\.toml$/.test(f)).sort().reverse();
    for (const file of years) {
      const lines = fs.readFileSync(path.join(dir, file), "utf8").split("\n");
      const index = lines.findIndex((l) => /^value = \d+$/.test(l));
      if (index >= 0) return { programme, year: file.slice(0, 4), file: path.join(dir, file), line: index + 1 };
    }
  }
  throw new CheckFailed(`no YEAR.toml with a \`value = N\` line under ${content}`);
}

function setLine(file, lineNo, text) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines[lineNo - 1] = text;
  atomicSave(file, lines.join("\n"));
}

async function visibleText(page) {
  return page.evaluate(() => document.body.innerText);
}

/** Marks the page so a reload (which drops the mark) can be told from an in-place update. */
async function mark(page) {
  await page.evaluate(() => (window.__jawnikNotReloaded = true));
}

async function overlayState(page) {
  return page.evaluate(() => {
    const box = document.getElementById("jawnik-build-error");
    if (!box) return null;
    const label = document.getElementById(box.getAttribute("aria-labelledby") || "");
    return {
      role: box.getAttribute("role"),
      label: label ? label.textContent : "",
      described: (box.getAttribute("aria-describedby") || "").split(" ").every((id) => document.getElementById(id)),
      text: document.getElementById("jawnik-build-error-text").textContent,
      focusInside: box.contains(document.activeElement),
      focusTag: document.activeElement && document.activeElement.tagName,
    };
  });
}

async function axeOverlay(page) {
  let source;
  try {
    source = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  } catch {
    console.log("note: axe-core is not installed; skipping the automated accessibility check of the overlay");
    return;
  }
  // evaluate, not addScriptTag: the page's Content-Security-Policy allows no inline script.
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    window.axe.run("#jawnik-build-error", { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } }),
  );
  const problems = result.violations.map((v) => `${v.id}: ${v.help}`);
  check(problems.length === 0, `axe found problems in the overlay:\n  ${problems.join("\n  ")}`);
  ok("axe-core finds no WCAG 2.1 A/AA problem in the overlay");
}

async function main() {
  const root = path.join(work, "site");
  copySite(path.resolve(siteArg), root);
  const base = await startServer(root);
  ok(`jawnik serve listens at ${base}`);

  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage();
  // The pages' Content-Security-Policy must let the injected reload script,
  // its event stream and its overlay work: any violation fails the run.
  const cspViolations = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const target = findYearFile(root);
  const rel = path.relative(root, target.file).split(path.sep).join("/");
  const yearUrl = `${base}/pl/${target.programme}/${target.year}/`;
  const response = await page.goto(yearUrl);
  check(response.status() === 200, `${yearUrl} answered ${response.status()}; the year page is needed for this check`);
  ok(`opened ${yearUrl}`);

  // 1. An edit shows up in the open page by itself.
  const before = await visibleText(page);
  const candidates = Array.from({ length: 99 }, (_, i) => String(901 + i)).filter((n) => !before.includes(n));
  const [first, second] = candidates;
  await mark(page);
  setLine(target.file, target.line, `value = ${first}`);
  await eventually(`the page to show ${first} after editing ${rel}`, async () => {
    const reloaded = await page.evaluate(() => !window.__jawnikNotReloaded);
    return reloaded && (await visibleText(page)).includes(first);
  });
  ok(`the open page reloaded by itself and shows the new value ${first}`);

  // 2. A syntax error: overlay with the diagnostic, last good page kept.
  await mark(page);
  setLine(target.file, target.line, `value = = ${first}`);
  const state = await eventually("the error overlay", () => overlayState(page));
  check(state.role === "alertdialog", `overlay role is ${state.role}`);
  check(state.label.length > 0 && state.described, "overlay is not labelled and described");
  check(state.text.includes(`${rel}:${target.line}:9`), `overlay does not name ${rel}:${target.line}:9:\n${state.text}`);
  check(state.text.includes("error: "), `overlay shows no error:\n${state.text}`);
  check(state.focusInside && state.focusTag === "BUTTON", "focus did not move to the overlay's button");
  check(await page.evaluate(() => window.__jawnikNotReloaded === true), "the page reloaded on a failed build");
  check((await visibleText(page)).includes(first), "the last good page is no longer shown under the overlay");
  ok(`the overlay (role=alertdialog) shows ${rel}:${target.line}:9 over the last good page`);
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, "live-reload-overlay.png") });
  await axeOverlay(page);

  // 3. Escape dismisses it.
  await page.keyboard.press("Escape");
  check((await overlayState(page)) === null, "Escape did not dismiss the overlay");
  ok("Escape dismisses the overlay");

  // 4. Fixing the file recovers without a restart.
  setLine(target.file, target.line, `value = ${second}`);
  await eventually(`the page to show ${second} after the fix`, async () => {
    const reloaded = await page.evaluate(() => !window.__jawnikNotReloaded);
    return reloaded && (await visibleText(page)).includes(second) && (await overlayState(page)) === null;
  });
  ok(`after the fix the page reloaded by itself, shows ${second}, and has no overlay`);
  check(/rebuild after .* failed/.test(serverLog), "the terminal did not report the failed rebuild");
  check(serverLog.includes(`rebuilt after ${rel} changed: `), "the terminal did not report the rebuild");
  ok("the terminal reported the failed rebuild and the recovery");
  check(cspViolations.length === 0, `the page reported Content-Security-Policy violations:\n  ${cspViolations.join("\n  ")}`);
  ok("no Content-Security-Policy violation while reloading and showing the overlay");
}

try {
  await main();
  console.log("live reload: all checks passed");
  process.exitCode = 0;
} catch (e) {
  console.error(`FAILED: ${e instanceof CheckFailed ? e.message : e.stack}`);
  console.error(`--- jawnik serve said:\n${serverLog}`);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server) server.kill();
  fs.rmSync(work, { recursive: true, force: true });
}
