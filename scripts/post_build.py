#!/usr/bin/env python3
"""Trunk post-build hook (Trunk.toml), run on the staged site before it becomes dist/:

1. The Content-Security-Policy in index.html allows the inline script Trunk writes (the one that
   starts the app) by its SHA-256 hash, and no other inline script: the placeholder
   'sha256-INLINE-SCRIPTS' is replaced by the hashes of the inline scripts actually emitted.
2. The service worker's cache gets a name made from the built index.html (which names every
   hashed file), so each deployment installs a new worker.
"""
import base64
import hashlib
import os
import re
import sys
from pathlib import Path

stage = Path(os.environ["TRUNK_STAGING_DIR"])
index = stage / "index.html"
html = index.read_text(encoding="utf-8")

scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in scripts
)
if "'sha256-INLINE-SCRIPTS'" not in html:
    sys.exit("post_build: the CSP placeholder 'sha256-INLINE-SCRIPTS' is missing from index.html")
html = html.replace("'sha256-INLINE-SCRIPTS'", hashes or "")
index.write_text(html, encoding="utf-8")

build = hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]
worker = stage / "sw.js"
worker.write_text(worker.read_text(encoding="utf-8").replace("__BUILD__", build), encoding="utf-8")
print(f"post_build: {len(scripts)} inline script(s) hashed into the CSP; service worker build {build}")
