#!/usr/bin/env python3
"""Renders one fictional Dutch CV with the programs people use, for the importer's corpus.

Writes crates/import/tests/fixtures/corpus/ (the files and expected.json: strings that must and
must not be in the imported text, and lines that must be lines of their own). Run by a developer,
not by CI; the outputs are committed. Needs (Debian): libreoffice-writer, chromium,
texlive-latex-base, ocrmypdf, tesseract-ocr-nld, poppler-utils, fonts-linuxlibertine; (PyPI):
python-docx==1.1.2, reportlab.
"""
import json
import pathlib
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates/import/tests/fixtures/corpus"

NAME = "Sanne Koöperatie-Fryslân"
JOBS = [
    ("Coördinator fietspaden, Provincie Fryslân, sep 2019 – heden",
     "Verantwoordelijk voor de officiële aanbesteding van fietspaden onder UAV-GC en de "
     "financiële verantwoording aan Gedeputeerde Staten; efficiënte afstemming met het Jeugd- "
     "en Wmo-domein van de gemeenten en met de gemeenschappelijke regelingen in de regio."),
    ("Beleidsmedewerker financiën, Gemeente Leeuwarden, feb 2014 – aug 2019",
     "Opstellen van risicoparagrafen en het verbonden-partijenbeleid; afflux van "
     "subsidieafrekeningen verwerkt in de begroting."),
]
EDU = "Master Bestuurskunde, Rijksuniversiteit Groningen (2013)"
CERT = "Certificaat Financieel Adviseur Publieke Sector (2017)"
CONTACT = "sanne.koop@voorbeeld.nl · 06-12 34 56 78"

# What every rendering must give (whitespace-normalised), and must not.
MUST = [NAME, CONTACT, EDU, CERT, "officiële aanbesteding", "fietspaden", "UAV-GC",
        "efficiënte afstemming", "Jeugd- en Wmo-domein", "gemeenschappelijke regelingen",
        "risicoparagrafen", "verbonden-partijenbeleid", "subsidieafrekeningen",
        "afflux"] + [j[0] for j in JOBS]
MUST_NOT = ["\ufb01", "\ufb03", "\ufb02", "\u00ad", "UAV- GC", "Co¨ordinator", "Fryslˆan",
            "Jeugden", "verbondenpartijenbeleid"]
# Lines that must stand alone (one line per visual line): name, headings, job lines.
LINES = [NAME, "Werkervaring", "Opleiding", EDU, CERT] + [j[0] for j in JOBS]


def html(extra_css=""):
    jobs = "".join(f"<h3>{t}</h3><p>{d}</p>" for t, d in JOBS)
    return f"""<!doctype html><html lang="nl"><meta charset="utf-8">
<style>body{{font-family:'Linux Libertine O',serif;font-size:11pt;width:15cm}}
h3{{font-size:11pt;margin:8pt 0 2pt}} p{{text-align:justify;hyphens:auto;margin:0}}{extra_css}</style>
<h1>{NAME}</h1><p>{CONTACT}</p><h2>Werkervaring</h2>{jobs}
<h2>Opleiding</h2><div>{EDU}</div><div>{CERT}</div></html>"""


def docx_file(path):
    d = Document()
    d.add_heading(NAME, 0)
    d.add_paragraph(CONTACT)
    d.add_heading("Werkervaring", 1)
    for t, desc in JOBS:
        d.add_paragraph(t).runs[0].bold = True
        p = d.add_paragraph(desc)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("Opleiding", 1)
    d.add_paragraph(EDU)
    d.add_paragraph(CERT)
    d.save(path)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True)


def chromium(src, dst):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", f"--user-data-dir={prof}", "--no-pdf-header-footer",
                        f"--print-to-pdf={dst}", f"file://{src}"], check=True, capture_output=True)


def latex(tmp, dst):
    # OT1 (the default encoding): accents are separate glyphs, as in the "Co¨ordinator".
    tex = lambda s: (s.replace("ö", '\\"o').replace("â", "\\^a").replace("ë", '\\"e')
                     .replace("–", "--").replace("·", "$\\cdot$").replace("&", "\\&"))
    jobs = "".join(f"\\subsection*{{{tex(t)}}}\n{tex(d)}\n\n" for t, d in JOBS)
    src = tmp / "cv.tex"
    src.write_text(f"""\\documentclass[a4paper,11pt]{{article}}
\\usepackage[margin=3cm]{{geometry}}\\pagestyle{{empty}}\\setlength{{\\parindent}}{{0pt}}
\\begin{{document}}
{{\\Large {tex(NAME)}}}\\\\
{tex(CONTACT)}
\\section*{{Werkervaring}}
{jobs}\\section*{{Opleiding}}
{tex(EDU)}\\\\
{tex(CERT)}
\\end{{document}}
""", encoding="utf-8")
    for _ in range(2):
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "cv.tex"], cwd=tmp, check=True,
                       capture_output=True)
    shutil.copy(tmp / "cv.pdf", dst)


def design_pdf(dst):
    # A design-tool-like layout: a sidebar column and a main column, letter-spaced headings.
    c = canvas.Canvas(str(dst), pagesize=A4)
    w, h = A4

    def heading(x, y, text):
        t = c.beginText(x, y)
        t.setFont("Helvetica-Bold", 10)
        t.setCharSpace(3)
        t.textLine(text.upper())
        c.drawText(t)

    def lines(x, y, texts, size=9, lead=12):
        t = c.beginText(x, y)
        t.setFont("Helvetica", size)
        t.setLeading(lead)
        for s in texts:
            t.textLine(s)
        c.drawText(t)

    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, h - 60, NAME)
    heading(40, h - 100, "Contact")
    lines(40, h - 116, ["sanne.koop@voorbeeld.nl", "06-12 34 56 78"])
    heading(40, h - 160, "Opleiding")
    lines(40, h - 176, ["Master Bestuurskunde,", "Rijksuniversiteit Groningen (2013)"])
    heading(220, h - 100, "Werkervaring")
    lines(220, h - 116, [JOBS[0][0], "Aanbesteding van fietspaden onder UAV-GC;",
                         "efficiënte afstemming met het Jeugd- en Wmo-domein.", "",
                         JOBS[1][0], "Opstellen van risicoparagrafen en het",
                         "verbonden-partijenbeleid."])
    c.save()


def ocr_pdf(tmp, src, dst):
    # A scan: the page as an image, then OCRmyPDF's invisible text layer on top.
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(src), str(tmp / "scan")],
                   check=True)
    subprocess.run(["ocrmypdf", "-l", "nld", "--image-dpi", "200", "--optimize", "0",
                    "--output-type", "pdf", str(tmp / "scan.png"), str(dst)], check=True,
                   capture_output=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    expected = {"_normalisation": "as ../field-cases/expected.json; 'lines': each must be a whole line"}
    case = lambda kind, **kw: {"kind": kind, "must_contain": MUST, "must_not_contain": MUST_NOT,
                               "lines": LINES, **kw}
    with tempfile.TemporaryDirectory() as t:
        tmp = pathlib.Path(t)
        docx_file(tmp / "cv.docx")
        shutil.copy(tmp / "cv.docx", OUT / "k01_python-docx.docx")
        expected["k01_python-docx.docx"] = case("cv-docx")
        soffice(tmp / "cv.docx", "pdf", tmp)
        shutil.copy(tmp / "cv.pdf", OUT / "k02_libreoffice.pdf")
        # LibreOffice wraps the second job line on the page (visually two lines).
        expected["k02_libreoffice.pdf"] = case("cv-pdf", lines=LINES[:-1])
        (tmp / "h").mkdir()
        (tmp / "h/cv.html").write_text(html(), encoding="utf-8")
        soffice(tmp / "h/cv.html", "docx:MS Word 2007 XML", tmp / "h")
        shutil.copy(tmp / "h/cv.docx", OUT / "k03_libreoffice-from-html.docx")
        expected["k03_libreoffice-from-html.docx"] = case("cv-docx")
        chromium(tmp / "h/cv.html", tmp / "chromium.pdf")
        shutil.copy(tmp / "chromium.pdf", OUT / "k04_chromium.pdf")
        expected["k04_chromium.pdf"] = case("cv-pdf")
        # Narrow enough that Chromium breaks after "UAV-": the split the issue reports.
        (tmp / "h/narrow.html").write_text(html("body{width:6.2cm}"), encoding="utf-8")
        chromium(tmp / "h/narrow.html", tmp / "narrow.pdf")
        shutil.copy(tmp / "narrow.pdf", OUT / "k05_chromium-narrow.pdf")
        expected["k05_chromium-narrow.pdf"] = case("cv-pdf", lines=["Werkervaring", "Opleiding"])
        latex(tmp, OUT / "k06_pdflatex.pdf")
        expected["k06_pdflatex.pdf"] = case("cv-pdf", lines=[NAME, "Werkervaring", "Opleiding"])
        design_pdf(OUT / "k07_design-columns.pdf")
        expected["k07_design-columns.pdf"] = {
            "kind": "cv-pdf-design",
            "must_contain": [NAME, "CONTACT", "OPLEIDING", "WERKERVARING", JOBS[0][0], JOBS[1][0],
                             "Rijksuniversiteit Groningen (2013)", "UAV-GC", "Jeugd- en Wmo-domein",
                             "risicoparagrafen en het verbonden-partijenbeleid"],
            "must_not_contain": ["W E R K", "C O N T A C T", "Bestuurskunde, Aanbesteding",
                                 "Bestuurskunde,  Aanbesteding"],
            "lines": [NAME, "WERKERVARING", "OPLEIDING", JOBS[0][0], JOBS[1][0]],
        }
        ocr_pdf(tmp, OUT / "k02_libreoffice.pdf", OUT / "k08_ocrmypdf.pdf")
        expected["k08_ocrmypdf.pdf"] = {
            # OCR may misread; only what Tesseract reliably gets at 200 dpi is required.
            "kind": "cv-pdf-ocr",
            "must_contain": ["Werkervaring", "Opleiding", "Master Bestuurskunde", "Gemeente Leeuwarden"],
            "lines": ["Werkervaring", "Opleiding"],
        }
    (OUT / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print("written to", OUT)


if __name__ == "__main__":
    main()
