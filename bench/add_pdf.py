"""Time the PDF reader on a 97-page footnoted article (435 notes): prints the seconds.

The PDF is committed (tests/fixtures/pdf/long.pdf, made by make.sh there), so no LaTeX is needed.
Run: python bench/add_pdf.py
"""

import time
from pathlib import Path
from unittest import mock

from sinotech.ingest import builder
from sinotech.ingest.formats import pdf

PATH = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pdf" / "long.pdf"

start = time.perf_counter()
document_builder = pdf.read(PATH)
read = time.perf_counter() - start
with mock.patch.object(builder, "_citations", lambda source_id, notes: []):
    document = document_builder.build("long")
linked = sum(len(claim.markers) for claim in document.claims)
notes = len(document.references)
print(f"{PATH.name}: read in {read:.1f} s; {linked} markers linked, {notes} notes")
