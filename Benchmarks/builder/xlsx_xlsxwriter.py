#!/usr/bin/env python3
"""Reference writer for the builder benchmark: Python's XlsxWriter in constant_memory mode,
writing the same cells as xlsx_plain.c from a `;`-separated UTF-8 CSV.
Usage: xlsx_xlsxwriter.py INPUT.csv OUTPUT.xlsx"""
import csv
import re
import sys

import xlsxwriter

NUMBER = re.compile(r"-?\d+(\.\d+)?")

with open(sys.argv[1], newline="", encoding="utf-8") as source:
    workbook = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True, "use_zip64": True})
    sheet = workbook.add_worksheet("Trajets")
    for row, fields in enumerate(csv.reader(source, delimiter=";")):
        for column, field in enumerate(fields):
            if not field:
                continue
            if len(field) < 16 and NUMBER.fullmatch(field):
                sheet.write_number(row, column, float(field))
            else:
                sheet.write_string(row, column, field)
    workbook.close()
print(f"{row + 1} rows", file=sys.stderr)
