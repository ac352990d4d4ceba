#!/usr/bin/env python3
"""Benchmark jawnik against Hugo on the same synthetic site, side by side.

  benches/compare-hugo [--sizes small,medium,large] [--runs 3]
  benches/compare-hugo --watch [--edits 5]        incremental latency under --watch (large)
  benches/compare-hugo --serve [--edits 7]        `jawnik serve`: edit -> new page served, memory
  benches/compare-hugo --all [--sizes medium,large] [--runs 3] [--edits 5]
                                                   both tables: full builds, then serve latency
  benches/compare-hugo --smoke                     CI: small site, one run, fails only on build errors

Every report starts with the commit measured (`git describe --always --dirty`)
and the load average; each table gives the load average beside its figures.

Sizes (P programmes, I=20 indicators, Y=10 years each):
  small P=5, medium P=100, large P=1000
Pages per language: 1 + P + P*Y + P*I + 3 (home, programmes, year reports,
indicators, data/accessibility/search); see src/synth.rs.

For each size: `jawnik synth` writes the site, benches/hugo_site.py turns it into
an equivalent Hugo site (same pages, same URL layout, value tables, pre-rendered
inline SVG charts), then the two are built alternately (jawnik, Hugo, jawnik,
Hugo, ...), each run into a fresh directory on /dev/shm. Wall time is the median
of the runs; peak RSS comes from the kernel's rusage of the build process
(wait4, what GNU time -v prints as "Maximum resident set size").

Timing never fails the script: only a tool that exits with an error (or a
missing tool that was asked for) does. Needs python3 >= 3.11 and, for the
comparison, Hugo (`apt-get install -y hugo`).
"""
import argparse
import os
import platform
import queue
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SIZES = {"small": 5, "medium": 100, "large": 1000}
INDICATORS, YEARS, FIXED = 20, 10, 3
LAST_YEAR = 2024


def log(msg):
    print(msg, file=sys.stderr, flush=True)


class Failure(Exception):
    """A real failure: a tool could not build. The script exits 1."""


LAST_CPU = [0.0]


def run_measured(cmd, cwd=None, env=None):
    """Runs cmd; returns (wall seconds, peak RSS bytes, stderr text). Its CPU
    time (user + system) is left in LAST_CPU[0]."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Read stderr on a thread so a chatty tool cannot block on a full pipe.
    chunks = []
    reader = threading.Thread(target=lambda: chunks.append(proc.stderr.read()))
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = b"".join(chunks).decode("utf-8", "replace")
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    if proc.returncode != 0:
        raise Failure(f"`{' '.join(cmd)}` exited with {proc.returncode}:\n{err[-4000:]}")
    return wall, usage.ru_maxrss * 1024, err


def tree_stats(root):
    """(HTML pages, all files, bytes) under root."""
    pages = files = size = 0
    stack = [root]
    while stack:
        with os.scandir(stack.pop()) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                else:
                    files += 1
                    size += e.stat(follow_symlinks=False).st_size
                    pages += e.name.endswith(".html")
    return pages, files, size


def changed_since(root, since):
    """Modification times (seconds) of the files under root changed at or after `since`."""
    times = []
    stack = [root]
    while stack:
        with os.scandir(stack.pop()) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                else:
                    m = e.stat(follow_symlinks=False).st_mtime
                    if m >= since:
                        times.append(m)
    return times


def rmtree(path):
    shutil.rmtree(path, ignore_errors=True)


def build_jawnik(release):
    cmd = ["cargo", "build", "--quiet", "--bin", "jawnik"] + (["--release"] if release else [])
    log(f"$ {' '.join(cmd)}")
    if subprocess.call(cmd, cwd=REPO) != 0:
        raise Failure("cargo build failed")
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    return os.path.join(target, "release" if release else "debug", "jawnik")


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), cpu)
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(next(l.split()[1] for l in f if l.startswith("MemTotal"))) * 1024
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} CPUs ({cpu}), {mem / 2**30:.1f} GiB RAM, Linux {platform.release()}"


def commit():
    """The commit of the working tree measured, `-dirty` when it has changes."""
    try:
        out = subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty", "--abbrev=10"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"


def tool_version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "not installed"


# Hugo makes no PDF: unless --attachments, the synthetic sites turn off the
# report files (each report's PDF and single HTML file, `[attachments]` in
# jawnik.toml) so both tools build the same kind of site.
ATTACHMENTS = False


def prepare(jawnik, work, size, seed, with_hugo):
    """Writes the jawnik site (and the Hugo one) for a size; returns their folders."""
    p = SIZES[size]
    site = os.path.join(work, f"site-{size}")
    rmtree(site)
    t = time.perf_counter()
    run_measured([jawnik, "synth", "--programmes", str(p), "--years", str(YEARS), "--indicators",
                  str(INDICATORS), "--seed", str(seed), "--out", site])
    if not ATTACHMENTS:
        with open(os.path.join(site, "jawnik.toml"), "a", encoding="utf-8") as f:
            f.write("\n[attachments]\npdf = false\nhtml = false\n")
    # A site whose theme is not built in finds it under its root, like the example site.
    for extra in ("themes", "templates", "static", "i18n"):
        src = os.path.join(REPO, extra)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(site, extra))
    log(f"{size}: synthetic site with P={p} written in {time.perf_counter() - t:.1f} s")
    hugo_site = None
    if with_hugo:
        hugo_site = os.path.join(work, f"hugo-{size}")
        t = time.perf_counter()
        run_measured([sys.executable, os.path.join(HERE, "hugo_site.py"), site, hugo_site])
        log(f"{size}: equivalent Hugo site written in {time.perf_counter() - t:.1f} s")
    return site, hugo_site


def bench_size(jawnik, work, size, runs, seed, with_hugo):
    site, hugo_site = prepare(jawnik, work, size, seed, with_hugo)
    tools = [("jawnik", lambda out: [jawnik, "build", "--root", site, "--output", out])]
    if with_hugo:
        cache = os.path.join(work, "hugo-cache")
        tools.append(("hugo", lambda out: ["hugo", "--quiet", "--source", hugo_site, "--destination", out,
                                           "--cacheDir", cache]))
    results = {name: {"wall": [], "rss": [], "cpu": [], "load": [], "pages": 0, "files": 0, "bytes": 0}
               for name, _ in tools}
    for r in range(runs):
        for name, cmd in tools:  # A B A B: both tools see the same machine state drift
            out = os.path.join(work, f"out-{name}-{size}-{r}")
            rmtree(out)
            load = os.getloadavg()[0]
            wall, rss, _ = run_measured(cmd(out))
            res = results[name]
            res["wall"].append(wall)
            res["rss"].append(rss)
            res["cpu"].append(LAST_CPU[0])
            res["load"].append(load)
            if r == 0:
                res["pages"], res["files"], res["bytes"] = tree_stats(out)
            log(f"{size}: {name} run {r + 1}/{runs}: {wall:.2f} s wall, {LAST_CPU[0]:.2f} s CPU, peak RSS "
                f"{rss / 2**20:.0f} MiB, load average {load:.1f} before it")
            rmtree(out)
    return results


def table(all_results, runs):
    head = ("| size | P | tool | HTML pages | files | wall (median of {n}) | min–max | CPU (median) | pages/s | "
            "peak RSS | load avg (1 min) | jawnik/Hugo wall | jawnik/Hugo CPU |").format(n=runs)
    lines = [head, "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"]
    for size, results in all_results:
        med = {k: statistics.median(v["wall"]) for k, v in results.items()}
        cpu = {k: statistics.median(v["cpu"]) for k, v in results.items()}
        for name, res in results.items():
            ratio = cpu_ratio = ""
            if name == "jawnik" and "hugo" in med:
                ratio = f"{med['jawnik'] / med['hugo']:.3f}"
                cpu_ratio = f"{cpu['jawnik'] / cpu['hugo']:.3f}"
            lines.append(
                f"| {size} | {SIZES[size]} | {name} | {res['pages']:,} | {res['files']:,} | {med[name]:.3f} s | "
                f"{min(res['wall']):.3f}–{max(res['wall']):.3f} s | {cpu[name]:.2f} s | "
                f"{res['pages'] / med[name]:,.0f} | {max(res['rss']) / 2**20:,.0f} MiB | "
                f"{min(res['load']):.1f}–{max(res['load']):.1f} | {ratio} | {cpu_ratio} |")
    return "\n".join(lines)


# ------------------------------------------------------------------ --watch latency

class Watcher:
    """`jawnik build --watch` with its stderr lines timestamped as they arrive."""

    def __init__(self, jawnik, site, out):
        self.proc = subprocess.Popen([jawnik, "build", "--watch", "--root", site, "--output", out],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stderr:
            self.lines.put((time.perf_counter(), line.rstrip("\n")))
        self.lines.put((time.perf_counter(), None))

    def wait_for(self, pattern, timeout):
        """The (time, line) of the next line matching pattern."""
        deadline = time.perf_counter() + timeout
        while True:
            try:
                t, line = self.lines.get(timeout=max(0.0, deadline - time.perf_counter()))
            except queue.Empty:
                raise Failure(f"no line matching {pattern!r} from jawnik build --watch within {timeout} s")
            if line is None:
                raise Failure(f"jawnik build --watch exited with {self.proc.wait()}")
            if re.search(pattern, line):
                if line.startswith("rebuild after"):
                    raise Failure(f"the rebuild failed: {line}")
                return t, line

    def drain(self):
        while not self.lines.empty():
            self.lines.get_nowait()

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def edit_year_file(path, k):
    """Changes the first plain number in a year file: a one-value edit."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^value = (\d+)$", text, re.M)
    if not m:
        raise Failure(f"no `value = N` line in {path}")
    new = f"value = {int(m.group(1)) + 1 + k}"
    return text[:m.start()] + new + text[m.end():]


def find_template(site):
    found = []
    for base, _, names in os.walk(site):
        if os.sep + "content" in base:
            continue
        found += [os.path.join(base, n) for n in names if n.endswith(".html") and "templates" in base]
    found.sort(key=lambda p: (os.path.basename(p) != "base.html", p))
    return found[0] if found else None


def measure_edit(w, out, path, new_text):
    """Times one edit: to the rebuild's line on stderr and to the last changed
    output file, for the first step and (when jawnik rebuilds in two steps,
    the changed programme first) for the site-wide step after it."""
    w.drain()
    slack = 0.02  # file times come from a coarse clock (a few ms behind)
    t0_wall, t0 = time.time(), time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(new_text)
    t_msg, line = w.wait_for(r"^(rebuilt|rebuild) after", 1800)
    r = {"msg": t_msg - t0, "line": line}
    if "site-wide ones next" in line:
        t_msg2, line2 = w.wait_for(r"^(updated|updating) the site-wide", 1800)
        r.update(msg2=t_msg2 - t0, line2=line2)
    times = changed_since(out, t0_wall - slack)
    first_end = t0_wall + r["msg"]
    first = [t for t in times if t <= first_end + slack]
    r["files"] = len(first)
    r["last"] = max(first) - t0_wall if first else float("nan")
    r["files_all"] = len(times)
    r["last_all"] = max(times) - t0_wall if times else float("nan")
    return r


def describe(r):
    text = f"{r['msg'] * 1000:.0f} ms to the message, {r['last'] * 1000:.0f} ms to its last file ({r['files']} files)"
    if "msg2" in r:
        text += (f"; site-wide step done at {r['msg2'] * 1000:.0f} ms, last file at {r['last_all'] * 1000:.0f} ms "
                 f"({r['files_all']} files in all)")
    return text


def watch_latency(jawnik, work, size, edits, seed):
    site, _ = prepare(jawnik, work, size, seed, False)
    out = os.path.join(work, f"watch-out-{size}")
    rmtree(out)
    w = Watcher(jawnik, site, out)
    rows = []
    try:
        t, line = w.wait_for(r"^watching ", 1800)
        log(f"watch: first build done: {line}")
        programme = sorted(os.listdir(os.path.join(site, "content")))[0]
        year_file = os.path.join(site, "content", programme, f"{LAST_YEAR - 1}.toml")
        samples = []
        for k in range(edits):
            time.sleep(0.5)
            samples.append(measure_edit(w, out, year_file, edit_year_file(year_file, k)))
            log(f"watch: year file edit {k + 1}: {describe(samples[-1])}\n  {samples[-1]['line']}")
        rows.append(("one value in a year file", samples))
        template = find_template(site)
        if template:
            with open(template, encoding="utf-8") as f:
                original = f.read()
            samples = []
            for k in range(max(1, edits // 2)):
                time.sleep(1.0)
                samples.append(measure_edit(w, out, template, original + f"\n<!-- bench edit {k} -->\n"))
                log(f"watch: template edit {k + 1}: {describe(samples[-1])}\n  {samples[-1]['line']}")
            rows.append((f"template {os.path.relpath(template, site)}", samples))
        else:
            log("watch: no template file in the site (theme built in?): template edit skipped")
    finally:
        w.stop()
        rmtree(out)
    lines = [f"| edit ({size}, median of n) | n | to reload message | to its last file | files | "
             "site-wide step done | to last file of all | files in all |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for what, samples in rows:
        med = lambda key: statistics.median(s[key] for s in samples)
        ms = lambda key: f"{med(key) * 1000:.0f} ms" if all(key in s for s in samples) else "—"
        lines.append(f"| {what} | {len(samples)} | {ms('msg')} | {ms('last')} | {med('files'):.0f} | "
                     f"{ms('msg2')} | {ms('last_all')} | {med('files_all'):.0f} |")
    return "\n".join(lines)


# ------------------------------------------------------------------ --serve latency

def rss_of(pid):
    """(current, peak) resident memory of a process in bytes, from /proc."""
    cur = peak = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    cur = int(line.split()[1]) * 1024
                elif line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) * 1024
    except OSError:
        pass
    return cur, peak


def http_get(addr, path):
    import http.client
    conn = http.client.HTTPConnection(addr, timeout=30)
    try:
        conn.request("GET", path)
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def strip_generation(body):
    return re.sub(rb'data-generation="\d+"', b"", body)


class Server(Watcher):
    """`jawnik serve --port 0` with its stderr lines timestamped; `addr` once it listens."""

    def __init__(self, jawnik, site):
        # serve keeps the site in a private folder in the temp dir: on the same
        # tmpfs as the builds' outputs, so both pay the same for writing.
        env = dict(os.environ, TMPDIR=os.path.dirname(site))
        self.proc = subprocess.Popen([jawnik, "serve", "--root", site, "--port", "0"], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, bufsize=1, env=env)
        self.lines = queue.Queue()
        self.addr = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stdout, daemon=True).start()

    def _read_stdout(self):
        for line in self.proc.stdout:
            m = re.search(r"at http://([0-9.:]+)/", line)
            if m:
                self.addr.put(m.group(1))


def serve_latency(jawnik, work, size, edits, seed):
    """One value edited in a year file -> the year page served with it, from the write."""
    site, _ = prepare(jawnik, work, size, seed, False)
    programme = sorted(os.listdir(os.path.join(site, "content")))[0]
    year = LAST_YEAR - 1
    year_file = os.path.join(site, "content", programme, f"{year}.toml")
    page = f"/pl/{programme}/{year}/"
    t0 = time.perf_counter()
    srv = Server(jawnik, site)
    samples, site_wide, peaks = [], [], []
    try:
        addr = srv.addr.get(timeout=1800)
        first_build = time.perf_counter() - t0
        status, before = http_get(addr, page)
        if status != 200:
            raise Failure(f"GET {page} answered {status}")
        cur, peak = rss_of(srv.proc.pid)
        log(f"serve {size}: serving after {first_build:.1f} s, RSS {cur / 2**20:.0f} MiB (peak {peak / 2**20:.0f} MiB)")
        for k in range(edits):
            time.sleep(1.0)
            srv.drain()
            before = strip_generation(http_get(addr, page)[1])
            text = edit_year_file(year_file, k)
            t0 = time.perf_counter()
            with open(year_file, "w", encoding="utf-8") as f:
                f.write(text)
            while True:
                status, body = http_get(addr, page)
                if status == 200 and strip_generation(body) != before:
                    break
                if time.perf_counter() - t0 > 600:
                    raise Failure("the edited page did not change within 600 s")
                time.sleep(0.002)
            served = time.perf_counter() - t0
            samples.append(served)
            t_line, line = srv.wait_for(r"^(updated|updating) the site-wide|^rebuil", 1800)
            first_line = line
            if line.startswith("rebuilt after") and "site-wide ones next" in line:
                t_line, line = srv.wait_for(r"^(updated|updating) the site-wide", 1800)
            site_wide.append(t_line - t0)
            cur, peak = rss_of(srv.proc.pid)
            peaks.append(peak)
            log(f"serve {size}: edit {k + 1}: page served at {served * 1000:.0f} ms, site-wide done at "
                f"{(t_line - t0) * 1000:.0f} ms; RSS {cur / 2**20:.0f} MiB, peak {peak / 2**20:.0f} MiB, "
                f"load {os.getloadavg()[0]:.1f}\n  {first_line}\n  {line}")
    finally:
        srv.stop()
    load = os.getloadavg()
    med = statistics.median
    lines = [f"| size | P | first build (to serving) | edit -> page served: first | median of {len(samples)} | min-max | "
             "site-wide files done (median) | serve peak RSS | load avg (1/5/15 min) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    lines.append(f"| {size} | {SIZES[size]} | {first_build:.1f} s | {samples[0] * 1000:.0f} ms | "
                 f"{med(samples) * 1000:.0f} ms | {min(samples) * 1000:.0f}–{max(samples) * 1000:.0f} ms | "
                 f"{med(site_wide) * 1000:.0f} ms | {max(peaks) / 2**20:,.0f} MiB | "
                 f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="small,medium,large", help="comma-separated: small, medium, large")
    ap.add_argument("--runs", type=int, default=3, help="builds per tool and size (median reported)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-hugo", action="store_true", help="build with jawnik only")
    ap.add_argument("--watch", action="store_true", help="measure incremental rebuilds under --watch instead")
    ap.add_argument("--watch-size", default="large", choices=SIZES)
    ap.add_argument("--serve", action="store_true",
                    help="measure `jawnik serve`: one value edited -> new page served (sizes from --sizes)")
    ap.add_argument("--all", action="store_true",
                    help="the full-build table, then the serve latency table, for every size of --sizes")
    ap.add_argument("--edits", type=int, default=5, help="edits to time under --watch and --serve")
    ap.add_argument("--smoke", action="store_true",
                    help="CI mode: small, 1 run, debug build, Hugo only if installed; fails only on build errors")
    ap.add_argument("--debug", action="store_true", help="benchmark the debug build (not for real numbers)")
    ap.add_argument("--jawnik", help="use this jawnik binary instead of building one")
    ap.add_argument("--attachments", action="store_true",
                    help="make each report's PDF and single HTML file too (off by default: Hugo makes none)")
    ap.add_argument("--workdir", default="/dev/shm" if os.path.isdir("/dev/shm") else None,
                    help="where sites and outputs go (default /dev/shm)")
    ap.add_argument("--keep", action="store_true", help="keep the generated sites")
    args = ap.parse_args()

    global ATTACHMENTS
    ATTACHMENTS = args.attachments
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    with_hugo = not args.no_hugo
    if args.smoke:
        sizes, args.runs = ["small"], 1
        with_hugo = with_hugo and shutil.which("hugo") is not None
    bad = [s for s in sizes if s not in SIZES]
    if bad or args.runs < 1:
        ap.error(f"unknown size {bad[0]}" if bad else "--runs must be at least 1")
    if with_hugo and not (args.watch or args.serve) and shutil.which("hugo") is None:
        ap.error("hugo is not installed (apt-get install -y hugo), or pass --no-hugo")

    import tempfile
    work = tempfile.mkdtemp(prefix="jawnik-bench-", dir=args.workdir)
    try:
        jawnik = args.jawnik or build_jawnik(release=not (args.smoke or args.debug))
        print(f"machine: {machine()}")
        print(f"jawnik: {tool_version([jawnik, '--version'])} ({'debug' if args.smoke or args.debug else 'release'}"
              f" build), hugo: {tool_version(['hugo', 'version']) if with_hugo else 'not run'}")
        print(f"commit: {commit()}")
        load = os.getloadavg()
        print(f"load average at start (1/5/15 min): {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
        print(f"work dir: {work}\n")
        if args.watch:
            print(watch_latency(jawnik, work, args.watch_size, args.edits, args.seed))
            return 0
        if args.serve:
            for size in sizes:
                print(serve_latency(jawnik, work, size, args.edits, args.seed))
            return 0
        all_results = []
        for size in sizes:
            results = bench_size(jawnik, work, size, args.runs, args.seed, with_hugo)
            expected = 2 * (1 + SIZES[size] * (1 + YEARS + INDICATORS) + FIXED)
            if results["jawnik"]["pages"] < expected:
                log(f"note: jawnik wrote {results['jawnik']['pages']} HTML pages, the site shape expects "
                    f"{expected} (+ root index.html and 404.html): is the renderer complete?")
            all_results.append((size, results))
        print(table(all_results, args.runs))
        if args.all:
            print()
            for size in sizes:
                print(serve_latency(jawnik, work, size, args.edits, args.seed))
        load = os.getloadavg()
        print(f"\ncommit: {commit()}; load average at the end (1/5/15 min): "
              f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}")
        return 0
    except Failure as e:
        log(f"error: {e}")
        return 1
    finally:
        if args.keep:
            log(f"kept {work}")
        else:
            rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
