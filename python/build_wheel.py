"""Builds the lede wheel with a summarize binary inside, for this platform.

    python3 python/build_wheel.py --binary PATH --version 0.2.0 --out dist

Copies this folder to a temporary one, puts the binary at lede/bin/summarize, and runs
`pip wheel` there. The wheel is tagged manylinux_2_<N>_<arch> when the binary needs nothing
but the C and C++ runtime libraries of glibc 2.<N> or later (what the manylinux rules allow),
and linux_<arch> otherwise. Called by .ci/build-release --wheel.
"""

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# The libraries a manylinux wheel may take from the system (PEP 600's policy, abridged).
ALLOWED = {
    "libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0",
    "libstdc++.so.6", "libgcc_s.so.1", "libutil.so.1", "libz.so.1",
    "linux-vdso.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
}


def platform_tag(binary):
    arch = platform.machine()
    try:
        needed = subprocess.run(["objdump", "-p", binary], capture_output=True, text=True, check=True).stdout
        symbols = subprocess.run(["objdump", "-T", binary], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return f"linux_{arch}"
    libraries = set(re.findall(r"NEEDED\s+(\S+)", needed))
    glibc = [tuple(map(int, found)) for found in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols)]
    if not glibc or not libraries <= ALLOWED:
        return f"linux_{arch}"
    major, minor = max(glibc)
    return f"manylinux_{major}_{minor}_{arch}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "lede-python")
        shutil.copytree(
            HERE, source,
            ignore=shutil.ignore_patterns("tests", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache"),
        )
        os.makedirs(os.path.join(source, "lede", "bin"), exist_ok=True)
        shutil.copy2(options.binary, os.path.join(source, "lede", "bin", "summarize"))
        tag = platform_tag(options.binary)
        environment = dict(os.environ, LEDE_VERSION=options.version, LEDE_WHEEL_PLATFORM=tag)
        os.makedirs(options.out, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", os.path.abspath(options.out), source],
            env=environment,
            check=True,
        )
    print(f"wheel: {options.out}/lede-{options.version}-py3-none-{tag}.whl", file=sys.stderr)


if __name__ == "__main__":
    main()
