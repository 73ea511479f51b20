#!/usr/bin/env python3
"""Trunk post-build hook (Trunk.toml), run on the staged site before it becomes dist/:

1. The Content-Security-Policy in index.html allows the inline script Trunk writes (the one that
   starts the app) by its SHA-256 hash, and no other inline script: the placeholder
   'sha256-INLINE-SCRIPTS' is replaced by the hashes of the inline scripts actually emitted.
2. The service worker's cache gets a name made from the built index.html (which names every
   hashed file), so each deployment installs a new worker; index.html carries the same name
   (<meta name="careplan-build">), so the worker can tell its own index.html from an older one.
3. The static shell shown while the app loads takes its words from locales/: each element with
   data-i18n="namespace.key" gets the English text, and the Spanish in data-es (index.html's
   start-up script puts it on screen for a Spanish reader).

Run before scripts/precompress.mjs (Trunk.toml), so the compressed copies are of the final files.
"""
import base64
import hashlib
import html as htmllib
import json
import os
import re
import sys
from pathlib import Path

stage = Path(os.environ["TRUNK_STAGING_DIR"])
source = Path(os.environ.get("TRUNK_SOURCE_DIR", Path(__file__).resolve().parent.parent))
index = stage / "index.html"
html = index.read_text(encoding="utf-8")


def words(lang):
    """Every key of locales/<lang>/*.json, as "namespace.key" -> text."""
    found = {}
    for path in sorted((source / "locales" / lang).glob("*.json")):
        for key, text in json.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(text, str):
                found[f"{path.stem}.{key}"] = text
    return found


english, spanish = words("en"), words("es")


def fill(match):
    tag, attrs, key = match.group(1), match.group(2), match.group(3)
    if key not in english or key not in spanish:
        sys.exit(f"post_build: index.html names {key}, which locales/en and locales/es must both hold")
    es = htmllib.escape(spanish[key], quote=True)
    return f'<{tag}{attrs} data-es="{es}">{htmllib.escape(english[key], quote=False)}</{tag}>'


html = re.sub(r'<(\w+)([^>]*\bdata-i18n="([\w.]+)"[^>]*)>[^<]*</\1>', fill, html)

scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
    for s in scripts
)
if "'sha256-INLINE-SCRIPTS'" not in html:
    sys.exit("post_build: the CSP placeholder 'sha256-INLINE-SCRIPTS' is missing from index.html")
html = html.replace("'sha256-INLINE-SCRIPTS'", hashes or "")

build = hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]
html = html.replace("</title>", f'</title>\n    <meta name="careplan-build" content="{build}" />', 1)
index.write_text(html, encoding="utf-8")
worker = stage / "sw.js"
worker.write_text(worker.read_text(encoding="utf-8").replace("__BUILD__", build), encoding="utf-8")
print(f"post_build: {len(scripts)} inline script(s) hashed into the CSP; service worker build {build}")
