#!/usr/bin/env python3
"""cg.py FILE [FILE2] [--top N] [--incl] [--callees REGEX] [--callers REGEX]

Reads callgrind out files (BENCHMARKS.md, "Session 34 (perf)") without callgrind_annotate: the self cost (Ir) per
function, or with --incl the inclusive cost (self plus the calls it makes, recursion not counted twice); with two
files, the functions side by side, largest change first; --callers/--callees REGEX: the inclusive cost of each call
edge into/out of the functions whose names match."""
import sys, re, collections
def parse(path):
    names = {}
    selfc = collections.Counter(); calls = collections.Counter()  # (caller, callee) -> incl
    fn = None; cfn = None; pending = False; total = 0
    def name(tok, table):
        m = re.match(r'\((\d+)\)(?:\s+(.*))?', tok)
        if m:
            if m.group(2): table[m.group(1)] = m.group(2)
            return table[m.group(1)]
        return tok
    for line in open(path, errors='replace'):
        line = line.rstrip('\n')
        if not line: continue
        c = line[0]
        if line.startswith('fn='):
            fn = name(line[3:], names); continue
        if line.startswith('cfn='):
            cfn = name(line[4:], names); continue
        if line.startswith('cfi=') or line.startswith('cfl='): continue
        if line.startswith('calls='):
            pending = True; continue
        if c.isdigit() or c in '+-*':
            parts = line.split()
            v = int(parts[1]) if len(parts) > 1 else 0
            if pending:
                calls[(fn, cfn)] += v; pending = False
            else:
                selfc[fn] += v
            continue
        if line.startswith('summary:') or line.startswith('totals:'):
            total = int(line.split()[1])
    return selfc, calls, total
def incl(selfc, calls):
    inc = collections.Counter(selfc)
    for (a, b), v in calls.items():
        if a != b: inc[a] += v
    return inc
args = sys.argv[1:]
top = 40; mode = 'self'; rx = None
files = []
i = 0
while i < len(args):
    a = args[i]
    if a == '--top': top = int(args[i+1]); i += 2; continue
    if a == '--incl': mode = 'incl'; i += 1; continue
    if a in ('--callees', '--callers'): mode = a[2:]; rx = re.compile(args[i+1]); i += 2; continue
    files.append(a); i += 1
P = [parse(f) for f in files]
for f, p in zip(files, P): print(f, 'total', p[2], 'self-sum', sum(p[0].values()))
if mode in ('callees', 'callers'):
    s, calls, _ = P[0]
    rows = collections.Counter()
    for (a, b), v in calls.items():
        if mode == 'callees' and rx.search(a or ''): rows[(a, b)] += v
        if mode == 'callers' and rx.search(b or ''): rows[(a, b)] += v
    for (a, b), v in rows.most_common(top): print(f'{v:>12,}  {a[:70]} -> {b[:90]}')
    sys.exit()
cs = [p[0] if mode == 'self' else incl(p[0], p[1]) for p in P]
if len(cs) == 1:
    for k, v in cs[0].most_common(top): print(f'{v:>12,}  {k[:140]}')
else:
    keys = set(cs[0]) | set(cs[1])
    d = sorted(keys, key=lambda k: -abs(cs[1][k] - cs[0][k]))
    for k in d[:top]: print(f'{cs[0][k]:>12,} {cs[1][k]:>12,} {cs[1][k]-cs[0][k]:>+11,}  {k[:120]}')
