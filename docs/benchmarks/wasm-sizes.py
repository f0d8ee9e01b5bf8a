"""What a WASM module's code is made of, by crate: `python3 wasm-sizes.py MODULE [ROWS] [REGEX]`.

Reads the code section and the function names (the `name` section) of MODULE: use the
module cargo writes (`target/wasm32-unknown-unknown/wasm-release/paylera_portal_ui.wasm`),
which keeps symbol names, not the one `wasm-bindgen --remove-name-section` ships.
Prints the code's raw size and the data section's, then, per crate (the first path
segment of each demangled symbol; `T` is a generic `<T as Trait>` instance), raw bytes,
brotli of those bytes alone (an over-estimate: crates compress better together) and the
number of functions; with REGEX, the largest functions whose name matches.
Needs `pip install brotli`. Used for docs/benchmarks.md ("What is in the … KiB").
"""
import collections
import re
import sys

import brotli

data = open(sys.argv[1], 'rb').read()
pos = 8
def uleb(b, p):
    r = s = 0
    while True:
        x = b[p]; p += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, p
sections = []
while pos < len(data):
    sid = data[pos]; pos += 1
    size, pos = uleb(data, pos)
    sections.append((sid, pos, size)); pos += size
nimports = 0; bodies = []; names = {}; datasize = 0
for sid, start, size in sections:
    b = data[start:start+size]
    if sid == 2:
        n, p = uleb(b, 0)
        for _ in range(n):
            l, p = uleb(b, p); p += l
            l, p = uleb(b, p); p += l
            kind = b[p]; p += 1
            if kind == 0: _, p = uleb(b, p); nimports += 1
            elif kind == 1: p += 1; fl, p = uleb(b, p); _, p = uleb(b, p); 
            elif kind == 2:
                fl, p = uleb(b, p); _, p = uleb(b, p)
                if fl & 1: _, p = uleb(b, p)
            elif kind == 3: p += 2
    elif sid == 10:
        n, p = uleb(b, 0)
        for _ in range(n):
            l, p = uleb(b, p); bodies.append(b[p:p+l]); p += l
    elif sid == 11:
        datasize = size
    elif sid == 0:
        l, p = uleb(b, 0); name = b[p:p+l].decode(); p += l
        if name == 'name':
            while p < len(b):
                sub = b[p]; p += 1
                ssz, p = uleb(b, p)
                if sub == 1:
                    q = p; n, q = uleb(b, q)
                    for _ in range(n):
                        idx, q = uleb(b, q); l, q = uleb(b, q)
                        names[idx] = b[q:q+l].decode('utf8', 'replace'); q += l
                p += ssz
def demangle(s):
    if s.startswith('_ZN'):
        p = 3; parts = []
        while p < len(s) and s[p] != 'E':
            m = re.match(r'\d+', s[p:])
            if not m: break
            n = int(m.group()); p += len(m.group())
            parts.append(s[p:p+n]); p += n
        out = '::'.join(parts[:-1] if parts and re.match(r'h[0-9a-f]{16}$', parts[-1]) else parts)
        for a, b in [('$LT$','<'),('$GT$','>'),('$u20$',' '),('$RF$','&'),('$C$',','),('$BP$','*'),('$u7b$','{'),('$u7d$','}'),('$u5b$','['),('$u5d$',']'),('$u27$',"'"),('..','::'),('$SP$','@')]:
            out = out.replace(a, b)
        return out.lstrip('_')
    if s.startswith('_R'):
        m = re.search(r'C[sa-zA-Z0-9_]*?_(\d+)([a-z_][a-z0-9_]*)', s)
        if m: return m.group(2)[:int(m.group(1))] + '::?'
    return s
def crate(name):
    name = demangle(name)
    m = re.match(r'[<&\s]*(?:dyn )?(?:mut )?([A-Za-z_][A-Za-z0-9_]*)', name)
    return m.group(1) if m else '?'
groups = collections.defaultdict(list)
for i, body in enumerate(bodies):
    groups[crate(names.get(i + nimports, '?'))].append(body)
total = sum(len(b) for b in bodies)
print(f"code {total} B raw, data {datasize} B, all {len(data)} B, brotli all {len(brotli.compress(data))}")
rows = sorted(((sum(map(len, v)), k, len(v), len(brotli.compress(b''.join(v)))) for k, v in groups.items()), reverse=True)
for raw, k, n, br in rows[:int(sys.argv[2]) if len(sys.argv) > 2 else 40]:
    print(f"{raw:>9} {br:>8} {n:>5}  {k}")
if len(sys.argv) > 3:
    pat = sys.argv[3]
    fns = sorted(((len(bodies[i]), names.get(i+nimports, '?')) for i in range(len(bodies)) if re.search(pat, demangle(names.get(i+nimports, '?')))), reverse=True)
    for s, n in fns[:60]: print(s, n[:200])
