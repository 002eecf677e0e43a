"""A PEP 517 build backend in the standard library alone, so that ``pip install ./python``
works offline with any pip, without setuptools or wheel (the package has no build
requirements). It builds a pure-Python wheel of the ``parley_agent`` package, and an
editable install (PEP 660) that points at this folder.
"""

import base64
import hashlib
import os
import re
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "parley_agent"


def _project():
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as f:
        text = f.read()
    project = text[text.index("[project]"):]

    def field(key):
        return re.search(r'^%s\s*=\s*"([^"]*)"' % key, project, re.M).group(1)
    return field("name"), field("version"), field("description"), field("requires-python")


def _dist_info():
    name, version, summary, python = _project()
    dist = "%s-%s.dist-info" % (name.replace("-", "_"), version)
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    metadata = ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nRequires-Python: %s\n"
                "License: Apache-2.0\nDescription-Content-Type: text/markdown\n\n%s") % (
        name, version, summary, python, readme)
    wheel = "Wheel-Version: 1.0\nGenerator: parley_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    return name.replace("-", "_"), version, dist, {dist + "/METADATA": metadata, dist + "/WHEEL": wheel}


def _write(wheel_directory, files):
    name, version, dist, meta = _dist_info()
    basename = "%s-%s-py3-none-any.whl" % (name, version)
    records = []
    with zipfile.ZipFile(os.path.join(wheel_directory, basename), "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data in list(files.items()) + [(k, v.encode("utf-8")) for k, v in meta.items()]:
            z.writestr(zipfile.ZipInfo(arc, (2020, 1, 1, 0, 0, 0)), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            records.append("%s,sha256=%s,%d" % (arc, digest, len(data)))
        records.append(dist + "/RECORD,,")
        z.writestr(zipfile.ZipInfo(dist + "/RECORD", (2020, 1, 1, 0, 0, 0)), "\n".join(records) + "\n")
    return basename


def _sources():
    files = {}
    for folder, dirs, names in os.walk(os.path.join(ROOT, PACKAGE)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for n in sorted(names):
            if n.endswith(".py"):
                path = os.path.join(folder, n)
                with open(path, "rb") as f:
                    files[os.path.relpath(path, ROOT).replace(os.sep, "/")] = f.read()
    return files


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _write(wheel_directory, _sources())


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _write(wheel_directory, {"parley_agent_editable.pth": (ROOT + "\n").encode("utf-8")})


def build_sdist(sdist_directory, config_settings=None):
    import tarfile
    name, version, _, _ = _dist_info()
    base = "%s-%s" % (name, version)
    path = os.path.join(sdist_directory, base + ".tar.gz")
    with tarfile.open(path, "w:gz") as t:
        for rel in ["pyproject.toml", "README.md", "_build/parley_build.py"] + sorted(_sources()):
            t.add(os.path.join(ROOT, rel), arcname=base + "/" + rel)
    return base + ".tar.gz"
