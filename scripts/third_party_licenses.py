#!/usr/bin/env python3
"""Writes THIRD-PARTY-LICENSES.txt for a release: every Rust library compiled
into the jawnik binary for one target (normal dependencies only: not build
scripts, not test libraries), with its licence and the licence files it ships.

    scripts/third_party_licenses.py TARGET OUT_FILE

Reads `cargo metadata` (offline is fine once the crates are downloaded).
"""
import json
import pathlib
import subprocess
import sys

LICENCE_PREFIXES = ("license", "licence", "copying", "notice", "copyright", "unlicense")

# What a target links besides the Rust libraries, and under which terms.
RUNTIMES = {
    "x86_64-pc-windows-gnu": (
        "The Windows program also contains parts of the MinGW-w64 runtime (winpthreads:\n"
        "MIT and BSD-style licences, https://www.mingw-w64.org/) and of libgcc (GPL 3 with\n"
        "the GCC Runtime Library Exception, which sets no conditions on programs built\n"
        "with it), and the Rust standard library (MIT OR Apache-2.0).\n"
    ),
    "x86_64-unknown-linux-musl": (
        "The Linux program is statically linked with musl libc (MIT licence,\n"
        "https://musl.libc.org/) and contains the Rust standard library\n"
        "(MIT OR Apache-2.0).\n"
    ),
}


def main() -> None:
    target, out = sys.argv[1], pathlib.Path(sys.argv[2])
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", target],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]

    # Walk normal (non-dev, non-build) dependencies from the root.
    seen, todo = set(), [root]
    while todo:
        node = nodes[todo.pop()]
        for dep in node["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])

    parts = [
        "Third-party software in jawnik\n",
        "==============================\n\n",
        "jawnik itself: MIT OR Apache-2.0 (LICENSE, LICENSE-MIT, LICENSE-APACHE).\n",
        "Embedded font DejaVu Sans: Bitstream Vera licence (DejaVuSans-LICENSE.txt).\n\n",
        RUNTIMES.get(target, ""),
        f"\nThe Rust libraries compiled into it for {target} ({len(seen)}):\n\n",
    ]
    crates = sorted((packages[i] for i in seen), key=lambda p: (p["name"], p["version"]))
    for p in crates:
        parts.append(f"  {p['name']} {p['version']}: {p.get('license') or 'see its licence file'}\n")
    for p in crates:
        dir_ = pathlib.Path(p["manifest_path"]).parent
        files = sorted(
            f for f in dir_.iterdir() if f.is_file() and f.name.lower().startswith(LICENCE_PREFIXES)
        )
        if p.get("license_file"):
            extra = dir_ / p["license_file"]
            if extra.is_file() and extra not in files:
                files.append(extra)
        header = f"{p['name']} {p['version']} ({p.get('license') or 'licence file below'})"
        parts.append("\n" + "=" * 78 + f"\n{header}\n{p.get('repository') or ''}\n" + "=" * 78 + "\n")
        if not files:
            parts.append(f"\nThe crate ships no licence file; its licence is {p.get('license')}.\n")
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace").strip()
            parts.append(f"\n--- {f.name}\n\n{text}\n")
    out.write_text("".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main()
