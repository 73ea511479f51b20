#!/usr/bin/env python3
"""Checks the app's calendar files (.ics) with independent implementations of RFC 5545: the
`icalendar` parser reads each file back, and `dateutil.rrule` expands every repeat rule. Each
file comes with `<name>.expected.json` (written by examples/ics_export.rs) saying which events a
calendar should show, with what text, on which days.

Checked: CRLF line ends and lines of at most 75 octets; VERSION, PRODID and one VEVENT per
expected event, with unique UIDs, DTSTAMP, an all-day DTSTART, and a VALARM with ACTION, TRIGGER
and DESCRIPTION; SUMMARY and DESCRIPTION read back exactly as written (escaping and folding);
repeating events fall on exactly the expected days. It also proves it can fail: a copy with the
month-end rule stripped, a comma left unescaped, or a folded line without its leading space,
must be reported.

Usage: validate_ics.py <file.ics>...
"""
import datetime
import json
import re
import sys
from pathlib import Path

import icalendar
from dateutil.rrule import rrulestr


TEXT = re.compile(r"(?:[^\\;,\x00-\x08\x0a-\x1f\x7f]|\\[\\;,nN])*")


def problems(raw: bytes, expected: dict) -> list:
    found = []
    if b"\n" in raw.replace(b"\r\n", b""):
        found.append("a line ends without CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            found.append(f"line {number} has {len(line)} octets")
    # TEXT values (RFC 5545 3.3.11): ";" "," and "\\" only escaped, line breaks as "\\n".
    unfolded = raw.replace(b"\r\n ", b"").decode("utf-8", "replace").split("\r\n")
    for line in unfolded:
        name, _, value = line.partition(":")
        if name in ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME") and not TEXT.fullmatch(value):
            found.append(f"badly escaped text: {line[:60]!r}")
    try:
        calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    except Exception as e:  # the parser's own message says what is wrong
        return found + [f"icalendar cannot read it: {e}"]
    if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        found.append("VERSION 2.0 or PRODID missing")
    events = calendar.walk("VEVENT")
    by_uid = {}
    for event in events:
        uid = str(event.get("UID", ""))
        if not uid or uid in by_uid:
            found.append(f"missing or repeated UID {uid!r}")
        by_uid[uid] = event
    want = expected["events"]
    if len(events) != len(want):
        found.append(f"{len(events)} events, expected {len(want)}")
    for item in want:
        event = by_uid.get(item["uid"])
        if event is None:
            found.append(f"no event {item['uid']}")
            continue
        found += event_problems(event, item, expected["stamp"])
    return found


def event_problems(event, item: dict, stamp: str) -> list:
    found = []
    name = item["summary"][:40]
    if event.get("DTSTAMP") is None or event["DTSTAMP"].to_ical().decode() != stamp:
        found.append(f"{name}: DTSTAMP")
    start = event.decoded("DTSTART")
    if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
        found.append(f"{name}: DTSTART is not a date")
        return found
    for key in ("SUMMARY", "DESCRIPTION"):
        got = str(event.get(key, ""))
        if got != item[key.lower()]:
            found.append(f"{name}: {key} reads {got!r}, expected {item[key.lower()]!r}")
    alarms = event.walk("VALARM")
    if len(alarms) != 1 or any(k not in alarms[0] for k in ("ACTION", "TRIGGER", "DESCRIPTION")):
        found.append(f"{name}: needs one VALARM with ACTION, TRIGGER and DESCRIPTION")
    if item["repeats"] != ("RRULE" in event):
        found.append(f"{name}: RRULE present is {'RRULE' in event}")
    if "RRULE" in event:
        rule = event["RRULE"].to_ical().decode()
        begin = datetime.datetime.combine(start, datetime.time())
        dates = [d.date().isoformat() for d in rrulestr(rule, dtstart=begin)[: len(item["occurrences"]) + 1]]
    else:
        dates = [start.isoformat()]
    # One more than expected is fine only when the expectation was cut at its limit.
    if dates[: len(item["occurrences"])] != item["occurrences"] or (
        len(dates) > len(item["occurrences"]) and len(item["occurrences"]) < 40
    ):
        found.append(f"{name}: falls on {dates[:6]}..., expected {item['occurrences'][:6]}...")
    return found


def must_fail(raw: bytes, expected: dict, how: str) -> bool:
    if not problems(raw, expected):
        print(f"FAIL the checker accepted a broken copy ({how})")
        return False
    return True


def main(paths) -> int:
    ok = True
    tried_broken = False
    for path in map(Path, paths):
        raw = path.read_bytes()
        expected = json.loads(path.with_suffix(".expected.json").read_text())
        found = problems(raw, expected)
        for p in found:
            print(f"FAIL {path.name}: {p}")
        ok &= not found
        print(f"{'ok  ' if not found else 'FAIL'} {path.name}: {len(expected['events'])} events")
        if b"BYSETPOS=1" in raw:
            tried_broken = True
            ok &= must_fail(re.sub(rb";BYMONTHDAY=\d+,-1;BYSETPOS=1", b"", raw), expected, "month-end rule")
        if b"\\," in raw:
            ok &= must_fail(raw.replace(b"\\,", b",", 1), expected, "unescaped comma")
        if b"\r\n " in raw:
            ok &= must_fail(raw.replace(b"\r\n ", b"\r\n", 1), expected, "broken folding")
    if not tried_broken:
        print("FAIL no file gave a chance to prove the checker can fail")
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
