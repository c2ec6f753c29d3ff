#!/usr/bin/env python3
"""Ports testExpr of prometheus/prometheus promql/parser/parse_test.go into parse_test_cases.json.

Usage: git -C <prometheus checkout> show HEAD:promql/parser/parse_test.go | python3 port_parse_test.py > parse_test_cases.json
Each Go test case becomes {input, expect (a canonical tree, see TreeShape.cs) | error+line+col, skip (reason)}.
Reads the Go composite literals with a small tokenizer; no Go toolchain needed.
"""
import codecs, json, math, re, sys

UPSTREAM_COMMIT = "d15adb9ad7e5d9fbde3a9a8f30200593a5a14d86"
NS = {"time.Nanosecond": 1, "time.Microsecond": 1e3, "time.Millisecond": 1e6, "time.Second": 1e9,
      "time.Minute": 60e9, "time.Hour": 3600e9}
TOK = re.compile(r'\s+|//[^\n]*|(?P<raw>`[^`]*`)|(?P<str>"(?:\\.|[^"\\])*")|(?P<num>\d+(?:\.\d+)?(?:e[+-]?\d+)?)'
                 r'|(?P<id>[A-Za-z_][A-Za-z0-9_.]*)|(?P<p>[{}()\[\],:&*+/-])', re.S)

def tokens(text):
    out = []
    for m in TOK.finditer(text):
        if m.lastgroup:
            out.append((m.lastgroup, m.group(m.lastgroup)))
    return out

def arith(a, op, b):
    if not all(isinstance(x, (int, float)) for x in (a, b)):
        return {"$expr": [a, op, b]}
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op]

class P:
    def __init__(self, toks): self.t, self.i = toks, 0
    def peek(self, k=0): return self.t[self.i + k] if self.i + k < len(self.t) else ("eof", "")
    def take(self): tok = self.t[self.i]; self.i += 1; return tok
    def expect(self, v): tok = self.take(); assert tok[1] == v, (tok, v, self.t[self.i-5:self.i+5]); return tok
    def value(self):
        v = self.term()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "p":
            op = self.take()[1]; r = self.term(); v = arith(v, op, r)
        return v
    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/") and self.peek()[0] == "p":
            op = self.take()[1]; r = self.unary(); v = arith(v, op, r)
        return v
    def unary(self):
        if self.peek()[1] == "-": self.take(); return arith(0, "-", self.unary())
        if self.peek()[1] == "&": self.take(); return self.primary()
        return self.primary()
    def primary(self):
        kind, text = self.take()
        if kind == "num": return float(text) if "." in text or "e" in text else int(text)
        if kind == "str": return codecs.decode(text[1:-1].encode("latin-1", "backslashreplace"), "unicode_escape")
        if kind == "raw": return text[1:-1]
        if text == "{":
            self.i -= 1; return self.braced()
        if text == "(":
            v = self.value(); self.expect(")"); return v
        if text == "[":  # []Type{...}
            self.expect("]")
            while self.peek()[1] != "{": self.take()
            return self.braced(list_only=True)
        if kind == "id":
            if text in NS: return NS[text]
            if self.peek()[1] == "{": return {"$type": text, **self.braced()}
            if self.peek()[1] == "(":
                self.take(); args = []
                while self.peek()[1] != ")":
                    args.append(self.value())
                    if self.peek()[1] == ",": self.take()
                self.take()
                return {"$call": text, "args": args}
            return {"$const": text}
        raise ValueError((kind, text))
    def braced(self, list_only=False):
        self.expect("{"); fields, items = {}, []
        while self.peek()[1] != "}":
            if not list_only and self.peek()[0] == "id" and self.peek(1)[1] == ":":
                name = self.take()[1]; self.take(); fields[name] = self.value()
            else:
                items.append(self.value())
            if self.peek()[1] == ",": self.take()
        self.take()
        if list_only: return items
        if items: fields["$items"] = items
        return fields

def cases(src):
    body = src[src.index("var testExpr = []struct"):]
    body = body[body.index("}{") + 2:]
    depth, start, out = 0, None, []
    i = 0
    while i < len(body):
        c = body[i]
        if c == '`':
            i = body.index('`', i + 1)
        elif c == '"':
            j = i + 1
            while body[j] != '"': j += 2 if body[j] == '\\' else 1
            i = j
        elif c == '/' and body[i + 1] == '/':
            i = body.index('\n', i)
        elif c == '{':
            if depth == 0: start = i
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0: out.append(body[start:i + 1])
            if depth < 0: break
        i += 1
    return out

def fmt_num(v):
    if isinstance(v, dict): v = {"math.Inf": None}.get(v.get("$call"), v)
    if isinstance(v, float) and math.isnan(v): return "NaN"
    if isinstance(v, float) and math.isinf(v): return "+Inf" if v > 0 else "-Inf"
    if float(v).is_integer() and abs(v) < 1e18: return str(int(v))
    s = repr(float(v))
    return re.sub(r"e([+-])0*(\d+)", lambda m: "e" + ("-" if m.group(1) == "-" else "") + m.group(2), s)

def q(s): return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'

def number(v):
    if isinstance(v, dict) and v.get("$call") == "math.Inf": return float("inf") if v["args"][0] > 0 else float("-inf")
    if isinstance(v, dict) and v.get("$call") == "math.NaN": return float("nan")
    if isinstance(v, dict) and v.get("$call") == "math.Float64frombits": raise Unsupported("NaN bits")
    return v

class Unsupported(Exception): pass

OPS = {"ADD": "+", "SUB": "-", "MUL": "*", "DIV": "/", "MOD": "%", "POW": "^", "EQLC": "==", "NEQ": "!=",
       "GTR": ">", "LSS": "<", "GTE": ">=", "LTE": "<=", "LAND": "and", "LOR": "or", "LUNLESS": "unless", "ATAN2": "atan2"}
MT = {"labels.MatchEqual": "=", "labels.MatchNotEqual": "!=", "labels.MatchRegexp": "=~", "labels.MatchNotRegexp": "!~"}

def ms(ns): return fmt_num(ns / 1e6)

def mods(n):
    out = ""
    if n.get("OriginalOffset"): out += " offset=" + ms(n["OriginalOffset"])
    if "Timestamp" in n: out += " @=" + fmt_num(n["Timestamp"]["args"][0])
    if n.get("StartOrEnd"): out += " @=" + n["StartOrEnd"]["$const"].lower()
    return out

def shape(n):
    if not isinstance(n, dict): raise Unsupported(repr(n))
    t = n.get("$type")
    for k in ("RangeExpr", "StepExpr", "OriginalOffsetExpr", "Anchored", "Smoothed", "FillValues"):
        if k in n: raise Unsupported("experimental " + k)
    if t == "NumberLiteral": return "num(" + fmt_num(number(n.get("Val", 0))) + ")"
    if t == "StringLiteral": return "str(" + q(n.get("Val", "")) + ")"
    if t == "VectorSelector":
        ms_ = []
        for m in n.get("LabelMatchers", []):
            a = m["args"]
            name = "__name__" if a[1] == {"$const": "model.MetricNameLabel"} else a[1]
            ms_.append(name + MT[a[0]["$const"]] + q(a[2]))
        return "vs(" + ",".join(sorted(ms_)) + mods(n) + ")"
    if t == "MatrixSelector": return "ms(" + shape(n["VectorSelector"]) + " range=" + ms(n["Range"]) + ")"
    if t == "SubqueryExpr":
        return "sq(" + shape(n["Expr"]) + " range=" + ms(n["Range"]) + " step=" + ms(n.get("Step", 0)) + mods(n) + ")"
    if t == "Call":
        args = n.get("Args", {}).get("$items", []) if isinstance(n.get("Args"), dict) else n.get("Args", [])
        return "call(" + n["Func"]["args"][0] + "".join(", " + shape(a) for a in args) + ")"
    if t == "AggregateExpr":
        g = n.get("Grouping", [])
        grouping = ("without(" + ",".join(g) + ")" if n.get("Without") else "by(" + ",".join(g) + ")" if g else "")
        parts = [n["Op"]["$const"].lower()] + ([grouping] if grouping else []) + \
                ([shape(n["Param"])] if n.get("Param") else []) + [shape(n["Expr"])]
        return "agg(" + ", ".join(parts) + ")"
    if t == "BinaryExpr":
        head = OPS[n["Op"]["$const"]] + (" bool" if n.get("ReturnBool") else "")
        vm = n.get("VectorMatching")
        if isinstance(vm, dict) and vm.get("$type") == "VectorMatching":
            labels = ",".join(vm.get("MatchingLabels", []))
            if vm.get("On"): head += " on(" + labels + ")"
            elif labels: head += " ignoring(" + labels + ")"
            card = vm.get("Card", {}).get("$const")
            if card == "CardManyToOne": head += " group_left(" + ",".join(vm.get("Include", [])) + ")"
            if card == "CardOneToMany": head += " group_right(" + ",".join(vm.get("Include", [])) + ")"
        return "bin(" + head + ", " + shape(n["LHS"]) + ", " + shape(n["RHS"]) + ")"
    if t == "ParenExpr": return "paren(" + shape(n["Expr"]) + ")"
    if t == "UnaryExpr": return ("neg(" if n["Op"]["$const"] == "SUB" else "pos(") + shape(n["Expr"]) + ")"
    raise Unsupported("node " + str(t))

def line_col(text, byte_offset):
    prefix = text.encode()[:byte_offset].decode(errors="ignore")
    last = prefix.rfind("\n")
    return prefix.count("\n") + 1, len(prefix) - last

def skip_reason(inp, block):
    if re.search(r'input:[^\n]*\\x[89a-fA-F][0-9a-fA-F]', block):
        return "invalid UTF-8 in the input or expected value (a .NET string cannot hold it)"
    if "{{" in inp: return "native histogram literal (series/histogram syntax)"
    if re.search(r"[\w\])}]\s+(anchored|smoothed)\b", inp): return "extended range selectors (feature flag)"
    if re.search(r"\bfill(_left|_right)?\s*\(", inp): return "binop fill modifiers (feature flag)"
    if re.search(r"\b(step|range|min_of|max_of)\s*\(", inp) or re.search(r"\[[^\]]*[-+*/%^(]", inp) \
       or re.search(r"offset\s*[-+]?\s*\(", inp): return "duration expressions (feature flag promql-duration-expr)"
    if "</" in inp or ">/" in inp: return "trim operators (experimental)"
    if re.search(r"\binfo\s*\(", inp): return "info() (experimental, own rules)"
    if "DurationExpr" in block: return "duration expressions (feature flag promql-duration-expr)"
    return None

def main():
    src = sys.stdin.read()
    out = []
    for block in cases(src):
        p = P(tokens(block[1:-1]))
        fields = {}
        try:
            while p.peek()[0] != "eof":
                name = p.take()[1]; p.expect(":"); fields[name] = p.value()
                if p.peek()[1] == ",": p.take()
        except (ValueError, AssertionError, IndexError):
            m = re.search(r'input:\s*("(?:\\.|[^"\\])*"|`[^`]*`)', block)
            out.append({"input": P(tokens(m.group(1))).value() if m else None,
                        "skip": "Go literal not converted by this script"}); continue
        inp = fields["input"]
        if not isinstance(inp, str):
            out.append({"input": None, "skip": "input built by Go code (e.g. strings.Repeat)"}); continue
        case = {"input": inp}
        reason = skip_reason(inp, block)
        try:
            if fields.get("fail"):
                errs = fields.get("errors")
                if isinstance(errs, dict) and "$items" in errs and "PositionRange" not in errs["$items"][0]:
                    errs["$items"][0]["PositionRange"] = errs["$items"][0].get("$items", [{}])[0]
                if isinstance(errs, dict) and "$items" in errs:
                    first = errs["$items"][0]
                    case["error"] = first["Err"]["args"][0] if isinstance(first["Err"], dict) and first["Err"].get("$call") else None
                    start = first["PositionRange"].get("Start", 0)
                elif isinstance(errs, dict) and errs.get("$call") == "repeatError":
                    case["error"] = errs["args"][1]["args"][0]; start = errs["args"][2]
                else:
                    case["error"] = None; start = None
                if start is not None:
                    case["line"], case["col"] = line_col(inp, start)
            else:
                case["expect"] = shape(fields["expected"])
        except Unsupported as e:
            reason = reason or str(e)
        except (KeyError, TypeError, IndexError, AttributeError) as e:
            reason = reason or "expected value not converted (" + type(e).__name__ + ")"
        if reason: case["skip"] = reason
        out.append(case)
    json.dump({"source": "prometheus/prometheus promql/parser/parse_test.go testExpr",
               "commit": UPSTREAM_COMMIT, "generator": "port_parse_test.py", "cases": out},
              sys.stdout, indent=1, ensure_ascii=False)
    print()

if __name__ == "__main__":
    main()
