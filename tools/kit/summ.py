#!/usr/bin/env python3
"""summ.py OUT1 [OUT2] — tp/fp/fn per set and dimension (and the change OUT1 -> OUT2)."""
import json, sys, os, glob
dims = ['events', 'events_all', 'memberships', 'quantities']
def load(d):
    r = {}
    for f in sorted(glob.glob(os.path.join(d, '*.json'))):
        r[os.path.basename(f)[:-5]] = json.load(open(f))
    return r
a = load(sys.argv[1]); b = load(sys.argv[2]) if len(sys.argv) > 2 else None
def fmt(x): return f"{x['tp']}/{x['fp']}/{x['fn']} ({x['precision']:.3f}/{x['recall']:.3f})"
for s in a:
    for dim in dims:
        x = a[s]['total'][dim]
        line = f"{s:12} {dim:12} {fmt(x)}"
        if b and s in b:
            y = b[s]['total'][dim]
            line += "  =" if (x['tp'],x['fp'],x['fn'])==(y['tp'],y['fp'],y['fn']) else f"  -> {fmt(y)}"
        print(line)
    langs = a[s]['by_lang']
    print(f"{'':12} {'ev by lang':12} " + "  ".join(f"{l} {v['events']['tp']}/{v['events']['fp']}/{v['events']['fn']}" for l, v in langs.items()))
    if b and s in b:
        print(f"{'':12} {'':12} " + "  ".join(f"{l} {v['events']['tp']}/{v['events']['fp']}/{v['events']['fn']}" for l, v in b[s]['by_lang'].items()))
