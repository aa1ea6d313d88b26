#!/usr/bin/env python3
"""bench/same-output.py OLD NEW — proves that two builds of a site are the same.

Compares two output folders of vitrine (the same site built by two versions,
on the same day): every JSON file and every JSON-LD script must parse to
the same value (key order may differ, duplicate keys are refused), and every
other byte must be identical, the HTML around the JSON-LD scripts included.
The build's record (.NAME.vitrine-record beside each folder) is not part of
the output and is not compared. Prints what differs and exits 1, or prints counts and exits 0.

    git worktree add /tmp/old <commit> && (cd /tmp/old && go build -o /tmp/vitrine-old ./cmd/vitrine)
    /tmp/vitrine-old build -o /tmp/out-old && go run ./cmd/vitrine build -o /tmp/out-new
    python3 bench/same-output.py /tmp/out-old /tmp/out-new
"""
import json, os, re, sys

LD = re.compile(rb'(<script[^>]*application/ld\+json[^>]*>)(.*?)(</script>)', re.S)

def parse(b, where):
    def hook(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise SystemExit(f"duplicate keys in {where}: {keys}")
        return dict(pairs)
    return json.loads(b, object_pairs_hook=hook)

def files(root):
    out = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            out.add(os.path.relpath(os.path.join(d, f), root))
    return out

def main(old, new):
    fo, fn = files(old), files(new)
    if fo != fn:
        print("file sets differ:", sorted(fo ^ fn)[:20]); return 1
    stats = dict(files=len(fo), json=0, json_same_bytes=0, html=0, ld=0, ld_same_bytes=0, ld_empty=0, other=0)
    bad = 0
    for rel in sorted(fo):
        a = open(os.path.join(old, rel), 'rb').read()
        b = open(os.path.join(new, rel), 'rb').read()
        if rel.endswith('.json'):
            stats['json'] += 1
            stats['json_same_bytes'] += a == b
            if parse(a, 'old/' + rel) != parse(b, 'new/' + rel):
                print("DIFF json", rel); bad += 1
            continue
        if rel.endswith('.html'):
            stats['html'] += 1
            la, lb = LD.findall(a), LD.findall(b)
            if len(la) != len(lb):
                print("DIFF ld count", rel); bad += 1; continue
            for (ha, ba, ta), (hb, bb, tb) in zip(la, lb):
                stats['ld'] += 1
                stats['ld_same_bytes'] += ba == bb
                if ha != hb or ta != tb:
                    print("DIFF ld tag", rel); bad += 1
                if ba.strip() == b'' or bb.strip() == b'':
                    stats['ld_empty'] += 1
                    if ba != bb:
                        print("DIFF ld empty", rel); bad += 1
                    continue
                if parse(ba, 'old/' + rel) != parse(bb, 'new/' + rel):
                    print("DIFF ld", rel); bad += 1
            if LD.sub(rb'\1\3', a) != LD.sub(rb'\1\3', b):
                print("DIFF html outside JSON-LD", rel); bad += 1
            continue
        stats['other'] += 1
        if a != b:
            print("DIFF bytes", rel); bad += 1
    print(old, "vs", new, stats, "differences:", bad)
    return 1 if bad else 0

sys.exit(main(sys.argv[1], sys.argv[2]))
