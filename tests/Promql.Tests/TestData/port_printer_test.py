#!/usr/bin/env python3
"""Ports TestExprString of prometheus/prometheus promql/parser/printer_test.go into printer_test_cases.json.

Usage: git -C <prometheus checkout> show HEAD:promql/parser/printer_test.go | python3 port_printer_test.py > printer_test_cases.json
Each case is {input, output (what String() prints; the input itself when upstream gives none), skip (reason)}.
"""
import codecs, json, re, sys

UPSTREAM_COMMIT = "d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86"
STRING = r'(`[^`]*`|"(?:\\.|[^"\\])*")'

def go_string(lit):
    if lit[0] == "`": return lit[1:-1]
    return codecs.decode(lit[1:-1].encode("latin-1", "backslashreplace"), "unicode_escape")

def skip_reason(text):
    if re.search(r"[\w\])}]\s+(anchored|smoothed)\b", text): return "extended range selectors (feature flag)"
    if re.search(r"\bfill(_left|_right)?\s*\(", text): return "binop fill modifiers (feature flag)"
    if re.search(r"\b(step|range|min_of|max_of)\s*\(", text) or re.search(r"\[[^\]]*[-+*/%^(]", text) \
       or re.search(r"offset\s*[-+]?\s*\(", text): return "duration expressions (feature flag promql-duration-expr)"
    return None

def main():
    src = sys.stdin.read()
    body = src[src.index("func TestExprString"):src.index("func BenchmarkExprString")]
    cases = []
    for block in re.finditer(r"\{\s*in:\s*" + STRING + r",(?:\s*out:\s*" + STRING + r",)?\s*\}", body, re.S):
        case = {"input": go_string(block.group(1))}
        case["output"] = go_string(block.group(2)) if block.group(2) else case["input"]
        reason = skip_reason(case["input"])
        if reason: case["skip"] = reason
        cases.append(case)
    json.dump({"source": "prometheus/prometheus promql/parser/printer_test.go TestExprString",
               "commit": UPSTREAM_COMMIT, "generator": "port_printer_test.py", "cases": cases},
              sys.stdout, indent=1, ensure_ascii=False)
    print()

main()
