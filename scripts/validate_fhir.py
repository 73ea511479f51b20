#!/usr/bin/env python3
"""Validates exported FHIR Bundles with an independent implementation of FHIR R4 (4.0.1): the
`fhir.resources` models (6.1.x, pydantic 1). Also checks that every urn:uuid reference points at
an entry of the same Bundle, and proves it can fail: a copy with a Goal missing its required
lifecycleStatus must be rejected.

Usage: validate_fhir.py <file.json>...
"""
import copy
import json
import sys

import fhir.resources
from fhir.resources.bundle import Bundle

assert fhir.resources.__fhir_version__ == "4.0.1", fhir.resources.__fhir_version__


def references(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "reference" and isinstance(item, str):
                yield item
            else:
                yield from references(item)
    elif isinstance(value, list):
        for item in value:
            yield from references(item)


def problems(data):
    """What is wrong with one Bundle, as a list of messages (empty when valid)."""
    found = []
    try:
        Bundle.parse_obj(data)
    except Exception as error:  # pydantic.ValidationError, with every failing element listed
        found.append(str(error))
    urls = {entry.get("fullUrl") for entry in data.get("entry", [])}
    for ref in references(data):
        if ref.startswith("urn:uuid:") and ref not in urls:
            found.append(f"reference {ref} does not resolve in the Bundle")
    return found


def main(paths):
    if not paths:
        print(__doc__)
        return 2
    failed = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        found = problems(data)
        kinds = sorted({e["resource"]["resourceType"] for e in data.get("entry", [])})
        if found:
            failed += 1
            print(f"INVALID {path}")
            for p in found:
                print("  " + p.replace("\n", "\n  "))
        else:
            print(f"valid FHIR R4: {path} ({len(data.get('entry', []))} entries: {', '.join(kinds)})")
    # The validator must be able to say no.
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        goals = [e["resource"] for e in data.get("entry", []) if e["resource"]["resourceType"] == "Goal"]
        if goals:
            broken = copy.deepcopy(data)
            for e in broken["entry"]:
                if e["resource"]["resourceType"] == "Goal":
                    del e["resource"]["lifecycleStatus"]
                    break
            if not problems(broken):
                print("the validator accepted a Goal without lifecycleStatus: it checks nothing")
                return 1
            print("self-check: a Goal without lifecycleStatus is rejected, as it must be")
            break
    else:
        print("no Bundle with a Goal to run the self-check on")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
