#!/usr/bin/python3
"""pypdf peer of the fill benchmark: pypdf_fill.py IN.pdf VALUES.json OUT.pdf

Debian 12's pypdf 3.4.1 has no auto_regenerate and no appearance generation: it sets /V (and /AS
for buttons), matched by each widget's partial name /T, and turns NeedAppearances on so that
viewers draw the values themselves. VALUES.json here maps partial names to strings; a button's
value is its on-state name with the slash ("/Yes").
"""
import json
import sys

from pypdf import PdfReader, PdfWriter

source, values_path, output = sys.argv[1:4]
with open(values_path, encoding="utf-8") as f:
    values = json.load(f)
writer = PdfWriter()
writer.clone_document_from_reader(PdfReader(source))
for page in writer.pages:
    writer.update_page_form_field_values(page, values)
with open(output, "wb") as f:
    writer.write(f)
