// A real static server (python3 -m http.server) on 127.0.0.1, serving a parent
// folder in which the site sits at a subfolder, as on a city website.

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { join } from 'node:path';

export const SUBFOLDER = 'sub/folder';

/** Serves `site` at http://127.0.0.1:PORT/sub/folder/; resolves to { base, stop }. */
export async function serveFromSubfolder(site, work) {
  const parent = await mkdtemp(join(work, 'served-'));
  await mkdir(join(parent, 'sub'), { recursive: true });
  await symlink(site, join(parent, SUBFOLDER));
  const child = spawn(
    'python3',
    ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', parent],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () => child.kill();
  process.on('exit', stop);
  const port = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`http.server did not start: ${out}`)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /port (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr.on('data', () => {}); // the access log
    child.on('exit', (code) => reject(new Error(`http.server exited ${code}: ${out}`)));
  });
  return {
    base: `http://127.0.0.1:${port}/${SUBFOLDER}/`,
    stop,
  };
}
