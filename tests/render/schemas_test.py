#!/usr/bin/env python3
"""Every JSON output of the built yoy, made on the constructed pair (tests/fixtures/constructed), validates
against its schema in include/yoy/schemas/; planted defects in an output are
caught (the schemas are strict enough to fail)."""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (scripts/setup installs it)")
    sys.exit(0)

yoy, root = sys.argv[1], sys.argv[2]
schemas = os.path.join(root, "include", "yoy", "schemas")
work = tempfile.mkdtemp()
archive = os.path.join(work, "archive")
failures = []


def run(*args, input=None, ok=(0,), at=None):
    r = subprocess.run([yoy, "--archive", at or archive, "--no-pager", *args], capture_output=True,
                       input=input, text=True)
    if r.returncode not in ok:
        failures.append(f"yoy {' '.join(args)}: exit {r.returncode}: {r.stderr}")
    return r.stdout


def validator(name):
    with open(os.path.join(schemas, name)) as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check(name, text, what):
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        failures.append(f"{what}: not JSON: {e}")
        return None
    errors = sorted(validator(name).iter_errors(document), key=str)
    for e in errors[:3]:
        failures.append(f"{what} against {name}: {e.message} at {list(e.absolute_path)}")
    return document


def must_fail(name, document, what):
    if not list(validator(name).iter_errors(document)):
        failures.append(f"{name} accepted a planted defect: {what}")


corpus = os.path.join(root, "tests", "fixtures", "constructed")  # the constructed 2024 edition and the 2025 seed
old = os.path.join(corpus, "tip", "2024", "north-korea.txt")
new = os.path.join(corpus, "tip", "2025", "north-korea.txt")
try:
    check("ingest.schema.json", run("ingest", corpus, "--format", "json"), "ingest")
    check("list.schema.json", run("list", "--format", "json"), "list")
    edition = check("list-edition.schema.json", run("list", "2025", "--format", "json"), "list 2025")
    report = check("list-report.schema.json", run("list", "north-korea", "--format", "json"),
                   "list north-korea")
    changes = check("changes.schema.json", run("diff", "2024", "2025", "--format", "json"), "diff")
    check("changes.schema.json", run("diff", "2024", "2025", "--all", "--format", "json"), "diff --all")
    check("changes.schema.json", run("compare", old, new, "--format", "json"), "compare")
    check("stat.schema.json", run("diff", "2024..2025", "--stat", "--format", "json"), "diff --stat")
    check("check.schema.json", run("check", "2024", "2025", "--format", "json", ok=(1,)), "check")
    check("summary.schema.json",
          run("summary", "2024", "2025", "-o", os.path.join(work, "s"), "--format", "json"), "summary")
    check("log.schema.json", run("log", "north-korea", "--format", "json"), "log")
    check("blame.schema.json", run("blame", "north-korea@2025", "--format", "json"), "blame")
    check("document.schema.json", run("parse", new, "--format", "json"), "parse")
    tiers = check("tiers.schema.json", run("tiers", "--all", "--format", "json"), "tiers")
    stats = check("stats.schema.json", run("stats", "north-korea", "--format", "json"), "stats")
    factbook = os.path.join(root, "..", "shared", "corpus", "factbook")
    if os.path.isdir(factbook):
        files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(factbook) for f in fs
                       if f == "kn.json")
        if len(files) >= 2:
            check("changes.schema.json", run("compare", files[-2], files[-1], "--format", "json"),
                  "compare factbook")
            check("document.schema.json", run("parse", files[-1], "--format", "json"), "parse factbook")
        # tiers and stats over real editions (gaps, unrated years, tier moves): a few countries.
        layout = os.path.join(work, "factbook-corpus")
        for dp, _, fs in os.walk(factbook):
            code = os.path.basename(dp)
            if code in ("kn", "bx", "bb", "us"):
                for f in fs:
                    year = os.path.splitext(f)[0]
                    os.makedirs(os.path.join(layout, "factbook", year), exist_ok=True)
                    shutil.copy(os.path.join(dp, f), os.path.join(layout, "factbook", year, code + ".json"))
        if os.path.isdir(layout):
            fb = os.path.join(work, "fb")
            run("ingest", layout, at=fb)
            check("tiers.schema.json", run("tiers", "--all", "--format", "json", at=fb), "tiers factbook")
            check("stats.schema.json", run("stats", "bx", "--format", "json", at=fb), "stats factbook")

    # The policy the README shows, and the default one, are valid policy files.
    policy = {"format": "yoy.policy/1", "rules": [
        {"rule": "tier-downgrade", "severity": "error"},
        {"rule": "statistic-change", "severity": "warning", "percent": 50},
        {"rule": "recommendation-removed", "severity": "warning", "reports": ["north-korea"]}]}
    check("policy.schema.json", json.dumps(policy), "policy")
    # yoy itself accepts what the schema accepts.
    run("check", "2024", "2025", "--policy", "-", input=json.dumps(policy), ok=(1,))

    # The monitor file of src/app/MONITORING.md is valid, and a notification body as the
    # webhook channel posts it (tests/cli/monitor_test.sh validates real ones).
    readme = open(os.path.join(root, "src", "app", "MONITORING.md")).read()
    start = readme.index('```json\n{\n  "format": "yoy.monitor/1"') + len("```json\n")
    monitor = json.loads(readme[start:readme.index("```", start)])
    check("monitor.schema.json", json.dumps(monitor), "MONITORING.md's monitor file")
    minimal = os.path.join(work, "yoy-monitor.json")
    with open(minimal, "w") as f:
        json.dump({"format": "yoy.monitor/1", "channels": [{"type": "stdout"}]}, f)
    check("monitor.schema.json", open(minimal).read(), "a minimal monitor file")
    run("notify", "--config", minimal, "--dry-run")  # yoy accepts what the schema accepts
    must_fail("monitor.schema.json", {"channels": [{"type": "slak"}]}, "unknown channel")
    must_fail("monitor.schema.json", {"channels": [{"type": "slack", "url": "https://x"}]},
              "a webhook URL written into the file")
    must_fail("monitor.schema.json", {"series": {"tip": {"source": "pattern", "ids": ["x"],
              "pattern": "https://e.org/{year}/x"}}}, "a pattern without {id}")
    notification = {"format": "yoy.notification/1", "channel": "team", "date": "2025-10-02",
                    "summary": "Burma downgraded to Tier 3",
                    "events": [{"kind": "revision", "series": "tip", "year": 2025, "id": "burma",
                                "title": "Burma", "date": "2025-10-02", "url": "https://e.org/burma/",
                                "title_text": "the 2025 Burma page (tip/2025/burma) was revised on 2025-10-02",
                                "reports_checked": 1, "findings": 1}],
                    "findings": [{"rank": 1, "event": 0, "series": "tip", "year": 2025, "id": "burma",
                                  "title": "Burma", "rule": "tier-downgrade", "severity": "error",
                                  "section": None, "old": "Tier 2 Watch List", "new": "Tier 3",
                                  "text": "tier downgraded: Tier 2 Watch List → Tier 3"}]}
    check("notification.schema.json", json.dumps(notification), "a notification")
    bad = copy.deepcopy(notification)
    del bad["events"][0]["url"]
    must_fail("notification.schema.json", bad, "a revision without its url")
    bad = copy.deepcopy(notification)
    bad["findings"][0]["rule"] = "tier-dowgrade"
    must_fail("notification.schema.json", bad, "an unknown rule")

    # Planted defects are refused.
    if changes:
        bad = copy.deepcopy(changes)
        bad["reports"][0]["change"] = "mangled"
        must_fail("changes.schema.json", bad, "unknown report change")
        bad = copy.deepcopy(changes)
        del bad["summary"]["items_added"]
        must_fail("changes.schema.json", bad, "summary without items_added")
        bad = copy.deepcopy(changes)
        bad["reports"][0]["statistics"][0].pop("context")
        must_fail("changes.schema.json", bad, "statistic without context")
        bad = copy.deepcopy(changes)
        bad["reports"][0]["statistics"][0].pop("measure")
        must_fail("changes.schema.json", bad, "statistic without measure")
        bad = copy.deepcopy(changes)
        bad["reports"][0]["statistics"][0]["change"] = "restated"
        bad["reports"][0]["statistics"][0].pop("from", None)
        must_fail("changes.schema.json", bad, "restated statistic without from")
        bad = copy.deepcopy(changes)
        bad["reports"][0]["statistics"][0]["change"] = "moved"
        must_fail("changes.schema.json", bad, "unknown statistic change")
        bad = copy.deepcopy(changes)
        bad["reports"][0]["lists"][0]["items"].append({"change": "reworded", "from": "x"})
        must_fail("changes.schema.json", bad, "reworded item without to/words")
    if tiers:
        bad = copy.deepcopy(tiers)
        bad["reports"][0]["tiers"][0].pop("tier")
        must_fail("tiers.schema.json", bad, "present tier cell without tier")
        bad = copy.deepcopy(tiers)
        bad["reports"][0]["tiers"][0]["direction"] = "sideways"
        must_fail("tiers.schema.json", bad, "unknown direction")
    if stats:
        bad = copy.deepcopy(stats)
        bad["statistics"][0]["values"][-1].pop("values", None)
        bad["statistics"][0]["values"][-1]["surface"] = "12"
        must_fail("stats.schema.json", bad, "a figure without its values")
        bad = copy.deepcopy(stats)
        bad["statistics"][0].pop("unit")
        must_fail("stats.schema.json", bad, "statistic without unit")
    if edition:
        bad = copy.deepcopy(edition)
        bad["reports"][0].pop("rating")
        must_fail("list-edition.schema.json", bad, "a listed report without its rating")
    if report:
        bad = copy.deepcopy(report)
        bad["editions"][0]["file"] = "north-korea.txt"
        must_fail("list-report.schema.json", bad, "an edition's file without series and year")
    must_fail("policy.schema.json", {"rules": [{"rule": "tier-dowgrade", "severity": "error"}]},
              "misspelt rule")
    must_fail("policy.schema.json", {"rules": [{"rule": "statistic-change", "severity": "error"}]},
              "statistic-change without percent")
finally:
    shutil.rmtree(work, ignore_errors=True)

for f in failures:
    print(f, file=sys.stderr)
sys.exit(1 if failures else 0)
