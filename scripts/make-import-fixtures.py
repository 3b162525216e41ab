#!/usr/bin/env python3
"""Renders a dev CV as PDF and DOCX (plus broken variants) for the importer's tests.

Run once by a developer (pip install fpdf2==2.8.3 python-docx==1.1.2); the outputs are
committed under crates/import/tests/fixtures. Not part of setup or CI.
"""
import io
import pathlib

from docx import Document
from fpdf import FPDF

ROOT = pathlib.Path(__file__).resolve().parent.parent
CV = ROOT / "crates/core/tests/fixtures/eval/dev/cvs/cv-04.txt"
OUT = ROOT / "crates/import/tests/fixtures"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

lines = CV.read_text(encoding="utf-8").splitlines()


def pdf(encrypt=False):
    doc = FPDF(format="A4")
    doc.add_font("DejaVu", "", FONT)
    doc.set_font("DejaVu", size=9)
    if encrypt:
        doc.set_encryption(owner_password="eigenaar", user_password="geheim")
    doc.add_page()
    for line in lines:
        doc.cell(0, 4.2, line.replace("\t", "    "), new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def scanned_pdf():
    # An image-only page: what a scanner produces.
    doc = FPDF(format="A4")
    doc.add_page()
    doc.set_fill_color(230, 230, 230)
    doc.rect(20, 20, 170, 250, style="F")
    return bytes(doc.output())


def docx():
    d = Document()
    for line in lines:
        d.add_paragraph(line)
    # A table as CVs in Word often have: period | organisation | role.
    t = d.add_table(rows=2, cols=3)
    t.rows[0].cells[0].text = "2009 – 2011"
    t.rows[0].cells[1].text = "Gemeente Bussum"
    t.rows[0].cells[2].text = "Stagiair beleid"
    t.rows[1].cells[0].text = "Periode"
    t.rows[1].cells[1].text = "Organisatie"
    t.rows[1].cells[2].text = "Functie & rol <test>"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


OUT.mkdir(parents=True, exist_ok=True)
(OUT / "cv-04.pdf").write_bytes(pdf())
(OUT / "cv-04.docx").write_bytes(docx())
(OUT / "encrypted.pdf").write_bytes(pdf(encrypt=True))
(OUT / "scanned.pdf").write_bytes(scanned_pdf())
(OUT / "truncated.pdf").write_bytes(pdf()[:1500])
(OUT / "old-word.doc").write_bytes(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 504)
print("written to", OUT)
