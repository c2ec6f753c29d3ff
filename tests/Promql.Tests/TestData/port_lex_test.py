#!/usr/bin/env python3
"""Ports the lexer cases of prometheus/prometheus promql/parser/lex_test.go into lex_test_cases.json.

Usage: git -C <prometheus checkout> show HEAD:promql/parser/lex_test.go | python3 port_lex_test.py > lex_test_cases.json
Each case is {group, input, tokens ["KIND text @offset", ...] | fail: true, skip (reason)}. Upstream item types
are mapped to this lexer's kinds (keywords keep their text); comments are dropped (this lexer skips them).
"""
import json, sys
from port_parse_test import P, tokens, UPSTREAM_COMMIT

PUNCT = {"LEFT_PAREN": "LeftParen", "RIGHT_PAREN": "RightParen", "LEFT_BRACE": "LeftBrace",
         "RIGHT_BRACE": "RightBrace", "LEFT_BRACKET": "LeftBracket", "RIGHT_BRACKET": "RightBracket",
         "COMMA": "Comma", "COLON": "Colon", "EQL": "Assign", "IDENTIFIER": "Identifier",
         "METRIC_IDENTIFIER": "MetricIdentifier", "NUMBER": "Number", "DURATION": "Duration", "STRING": "String"}
OPERATORS = {"ADD", "SUB", "MUL", "DIV", "MOD", "POW", "EQLC", "NEQ", "LSS", "LTE", "GTR", "GTE", "EQL_REGEX",
             "NEQ_REGEX", "AT"}
WORD_OPERATORS = {"LAND", "LOR", "LUNLESS", "ATAN2"}
AGGREGATORS = {"SUM", "AVG", "COUNT", "MIN", "MAX", "GROUP", "STDDEV", "STDVAR", "TOPK", "BOTTOMK",
               "COUNT_VALUES", "QUANTILE", "LIMITK", "LIMIT_RATIO"}
KEYWORDS = {"OFFSET", "BY", "WITHOUT", "ON", "IGNORING", "GROUP_LEFT", "GROUP_RIGHT", "BOOL", "START", "END",
            "STEP", "RANGE", "ANCHORED", "SMOOTHED", "FILL", "FILL_LEFT", "FILL_RIGHT", "MAX_OF", "MIN_OF"}

def kind(typ):
    if typ in PUNCT: return PUNCT[typ]
    if typ in OPERATORS: return "Operator"
    if typ in WORD_OPERATORS: return "WordOperator"
    if typ in AGGREGATORS: return "Aggregator"
    if typ in KEYWORDS: return "Keyword"
    raise KeyError(typ)

def main():
    src = sys.stdin.read()
    body = src[src.index("var tests = []struct"):]
    body = body[body.index("}{") + 1:]
    p = P(tokens(body))
    groups = p.braced(list_only=True)
    out = []
    for group in groups:
        for test in group["tests"]:
            case = {"group": group["name"], "input": test["input"]}
            if test.get("seriesDesc"):
                case["skip"] = "series description syntax (promtool unit tests), not PromQL"
            elif group["name"] == "encoding issues":
                case["skip"] = "invalid UTF-8 in the input (a .NET string cannot hold it)"
            elif test.get("fail") or any(i["$items"][0]["$const"] == "ERROR" for i in test.get("expected", [])):
                case["fail"] = True
            else:
                try:
                    case["tokens"] = [f"{kind(i['$items'][0]['$const'])} {i['$items'][2]} @{i['$items'][1]}"
                                      for i in test.get("expected", []) if i["$items"][0]["$const"] != "COMMENT"]
                except KeyError as e:
                    case["skip"] = f"token {e} is experimental syntax this lexer refuses"
            out.append(case)
    json.dump({"source": "prometheus/prometheus promql/parser/lex_test.go tests",
               "commit": UPSTREAM_COMMIT, "generator": "port_lex_test.py", "cases": out},
              sys.stdout, indent=1, ensure_ascii=False)
    print()

main()
