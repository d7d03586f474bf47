#!/usr/bin/env python3
"""Parses a JUnit XML file with a real XML parser and prints one line per test case.

Used by render/check_output_test and cli/commands_test to check `yoy check --format junit`.
Output: "suite TESTS FAILURES", then "case CLASSNAME|NAME|failure|MESSAGE",
"case CLASSNAME|NAME|warning|TEXT" or "case CLASSNAME|NAME|ok|".
Exit 1 (with the parser's message) when the file is not well-formed XML.
"""
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as e:
    print("not well-formed:", e)
    sys.exit(1)

suite = root.find("testsuite")
print("suite", suite.get("tests"), suite.get("failures"))
for case in suite.iter("testcase"):
    failure = case.find("failure")
    out = case.find("system-out")
    if failure is not None:
        kind, text = "failure", failure.get("message")
    elif out is not None:
        kind, text = "warning", out.text.strip()
    else:
        kind, text = "ok", ""
    print("case " + "|".join([case.get("classname"), case.get("name"), kind, text.replace("\n", "\\n")]))
