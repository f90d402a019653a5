"""Build hooks of the lede package: the version, and a platform wheel when a binary is inside.

The version is written once in the repository, in Sources/Lede/LedeVersion.swift; this reads
it from there (or from $LEDE_VERSION, which the release script sets when it builds the wheel
from a copy of this folder). A wheel whose lede/bin/summarize exists holds a Linux binary, so
it is tagged for this platform ($LEDE_WHEEL_PLATFORM, or this machine's) instead of any.
"""

import os
import re

from setuptools import setup

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools before 70.1
    from wheel.bdist_wheel import bdist_wheel

HERE = os.path.dirname(os.path.abspath(__file__))


def read_version():
    if os.environ.get("LEDE_VERSION"):
        return os.environ["LEDE_VERSION"]
    source = os.path.join(HERE, "..", "Sources", "Lede", "LedeVersion.swift")
    with open(source, encoding="utf-8") as file:
        match = re.search(r'public static let string = "([^"]+)"', file.read())
    if not match:
        raise RuntimeError(f"no version in {source}")
    return match.group(1)


class PlatformWheel(bdist_wheel):
    def finalize_options(self):
        super().finalize_options()
        if os.path.exists(os.path.join(HERE, "lede", "bin", "summarize")):
            self.root_is_pure = False

    def get_tag(self):
        python, abi, platform = super().get_tag()
        if self.root_is_pure:
            return python, abi, platform
        return "py3", "none", os.environ.get("LEDE_WHEEL_PLATFORM", platform)


setup(version=read_version(), cmdclass={"bdist_wheel": PlatformWheel})
