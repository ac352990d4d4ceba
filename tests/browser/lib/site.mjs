// What is in a built site folder: its pages and their types.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `root`, as sorted '/'-separated paths relative to it. */
export async function listFiles(root) {
  const out = [];
  async function walk(dir, prefix) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel);
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(rel);
    }
  }
  await walk(root, '');
  return out.sort();
}

export const isPage = (rel) => rel.endsWith('.html');

/**
 * The page type of an output path, following the URL layout in BRIEF.md:
 * { type, lang } where type is one of home, programme, year, indicator, data,
 * accessibility, search, 404, report-file (a report as one HTML file), other.
 */
export function pageType(rel) {
  if (rel === 'index.html') return { type: 'home', lang: 'root' };
  if (rel === '404.html') return { type: '404', lang: 'root' };
  const parts = rel.split('/');
  const lang = parts[0];
  if (parts.length === 2 && parts[1] === 'index.html') return { type: 'home', lang };
  if (parts.length === 3 && parts[2] === 'index.html') {
    if (parts[1] === 'data') return { type: 'data', lang };
    if (parts[1] === 'accessibility') return { type: 'accessibility', lang };
    if (parts[1] === 'search') return { type: 'search', lang };
    return { type: 'programme', lang };
  }
  if (parts.length === 4 && parts[3] === 'index.html' && /^\d{4}$/.test(parts[2])) {
    return { type: 'year', lang };
  }
  if (parts.length === 4 && parts[1] === 'data' && /-\d{4}-[a-z]{2,3}\.html$/.test(parts[3])) {
    return { type: 'report-file', lang };
  }
  if (parts.length === 5 && parts[2] === 'indicators' && parts[4] === 'index.html') {
    return { type: 'indicator', lang };
  }
  return { type: 'other', lang };
}

export const PAGE_TYPES = [
  'home', 'programme', 'year', 'indicator', 'data', 'accessibility', 'search', '404', 'report-file', 'other',
];
