#!/usr/bin/python3
"""Converts an SSB KOSTRA file description (YAML, from statisticsnorway/kostra-kontrollprogram,
MIT licence) into the compact layout table velferd embeds: data/kostra/<FORM>_<YEAR>.csv.

Usage: /usr/bin/python3 scripts/kostra_layout.py file_description_11F_2026.yaml > data/kostra/11F_2026.csv
A new reporting year is a new table made by this script; no code changes.
"""
import sys
import yaml

TYPES = {"STRING_TYPE": "string", "INTEGER_TYPE": "integer", "DATE_TYPE": "date"}

def main(path):
    with open(path, encoding="utf-8") as f:
        d = yaml.safe_load(f)
    out = sys.stdout
    out.write("# KOSTRA %s %s record layout, from SSB %s (statisticsnorway/kostra-kontrollprogram,\n"
              % (d["id"], d["reportingYear"], path.split("/")[-1]))
    out.write("# kravspesifikasjon/, MIT licence: see LICENSE.md). Positions are 1-based characters.\n")
    out.write("name,from,size,type,mandatory,date_pattern,codes\n")
    pos = 1
    for fld in d["fields"]:
        if fld["from"] != pos:
            sys.exit("%s starts at %d, expected %d" % (fld["name"], fld["from"], pos))
        codes = "|".join(c["code"] for c in fld.get("codeList") or [])
        if any(ch in codes for ch in ",\"") or len(codes.split("|")[0] if codes else "") > fld["size"]:
            sys.exit("bad code list in %s" % fld["name"])
        out.write("%s,%d,%d,%s,%d,%s,%s\n" % (fld["name"], fld["from"], fld["size"],
                  TYPES[fld["dataType"]], 1 if fld["mandatory"] else 0,
                  fld.get("datePattern") or "", codes))
        pos += fld["size"]

if __name__ == "__main__":
    main(sys.argv[1])
