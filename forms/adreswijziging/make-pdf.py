#!/usr/bin/python3
"""Generates the model PDF of the "aangifte van adreswijziging": a FLAT, print-only page without form
fields, like most official Belgian PDFs. The kiosk draws the answers into the boxes (overlay mode).

Run with Debian's python3 (python3-reportlab):
    /usr/bin/python3 make-pdf.py            writes adreswijziging-aangifte.pdf
    /usr/bin/python3 make-pdf.py --boxes    also prints every box as JSON, for the "overlay" mappings
The kiosk never runs this script: the generated PDF is committed beside it. Boxes are
[x, y, width, height] in PDF points from the bottom-left of page 1; form.json must use the same numbers.
"""

import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUTPUT = Path(__file__).resolve().parent / "adreswijziging-aangifte.pdf"

PAGE_W, PAGE_H = A4
LEFT = 50
RIGHT = 545
FIELD_X = 190
BOX_H = 18
ROW = 24
MOVER_ROWS = 5
MOVER_ROW_H = 22
GREY = colors.Color(0.9, 0.9, 0.9)


class Page:
    """Draws the page top-down; `y` is the bottom of the next row of boxes."""

    def __init__(self, canv):
        self.c = canv
        self.y = 800
        self.boxes = {}

    def label(self, text, x=LEFT, y=None, size=10, bold=False):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, (self.y + 5) if y is None else y, text)

    def box(self, key, x, width, height=BOX_H, y=None):
        bottom = self.y if y is None else y
        self.c.setLineWidth(0.8)
        self.c.rect(x, bottom, width, height, stroke=1, fill=0)
        self.boxes[key] = [x, bottom, width, height]

    def section(self, title):
        self.y -= 8
        self.c.setFillColor(GREY)
        self.c.rect(LEFT, self.y, RIGHT - LEFT, 18, stroke=0, fill=1)
        self.c.setFillColor(colors.black)
        self.label(title, x=LEFT + 5, bold=True, size=11)
        self.y -= ROW

    def address(self, prefix):
        self.label("Straat")
        self.box(prefix + "street", FIELD_X, 200)
        self.label("Nr.", x=FIELD_X + 208)
        self.box(prefix + "house_number", FIELD_X + 228, 50)
        self.label("Bus", x=FIELD_X + 286)
        self.box(prefix + "box", FIELD_X + 308, RIGHT - FIELD_X - 308)
        self.y -= ROW
        self.label("Postcode")
        self.box(prefix + "postcode", FIELD_X, 50)
        self.label("Gemeente", x=FIELD_X + 62)
        self.box(prefix + "municipality", FIELD_X + 120, RIGHT - FIELD_X - 120)
        self.y -= ROW


def draw(c):
    p = Page(c)
    c.setFont("Helvetica", 9)
    c.drawString(LEFT, p.y + 10, "Gemeente Voorbeeldstad  -  Dienst Burgerzaken")
    c.drawRightString(RIGHT, p.y + 10, "MODEL - geen officieel formulier")
    p.y -= 16
    p.y -= 6
    p.label("Aangifte van adreswijziging", bold=True, size=17)
    p.y -= 15
    p.label("Verhuis je binnen België? Geef je nieuwe adres door binnen 8 werkdagen na de verhuis.", size=9.5)
    p.y -= 12
    p.label("Daarna komt de wijkagent langs om na te kijken of je echt op het nieuwe adres woont.", size=9.5)
    p.y -= 8
    c.setLineWidth(1)
    c.line(LEFT, p.y, RIGHT, p.y)
    p.y -= 20

    p.section("1. Wie doet de aangifte?")
    p.label("Voornaam")
    p.box("first_name", FIELD_X, 260)
    p.y -= ROW
    p.label("Naam")
    p.box("last_name", FIELD_X, 260)
    p.y -= ROW
    p.label("Rijksregisternummer")
    p.box("nrn", FIELD_X, 150)
    p.label("11 cijfers, achteraan op je identiteitskaart", x=FIELD_X + 158, size=8)
    p.y -= ROW

    p.section("2. Oud adres")
    p.address("old_")

    p.section("3. Nieuw adres")
    p.address("new_")
    p.label("Datum van de verhuis")
    p.box("move_date", FIELD_X, 90)
    p.label("(dag/maand/jaar)", x=FIELD_X + 98, size=8)
    p.y -= ROW
    p.box("renting", FIELD_X, 14, height=14, y=p.y + 2)
    p.label("Ik huur deze woning.", x=FIELD_X + 22)
    p.label("Huur van", x=FIELD_X + 150)
    p.box("landlord", FIELD_X + 200, RIGHT - FIELD_X - 200)
    p.y -= ROW

    p.section("4. Wie verhuist mee naar het nieuwe adres?")
    columns = [(LEFT, 22, "Nr."), (LEFT + 22, 215, "Naam en voornaam"),
               (LEFT + 237, 95, "Geboortedatum"), (LEFT + 332, RIGHT - LEFT - 332, "Rijksregisternummer")]
    top = p.y + 18
    c.setLineWidth(0.8)
    for x, w, title in columns:
        c.setFillColor(GREY)
        c.rect(x, top - 16, w, 16, stroke=1, fill=1)
        c.setFillColor(colors.black)
        p.label(title, x=x + 3, y=top - 12, size=8.5, bold=True)
    for n in range(MOVER_ROWS):
        row_bottom = top - 16 - (n + 1) * MOVER_ROW_H
        for x, w, _ in columns:
            c.rect(x, row_bottom, w, MOVER_ROW_H, stroke=1, fill=0)
        p.label(str(n + 1), x=LEFT + 8, y=row_bottom + 7)
    first_row = top - 16 - MOVER_ROW_H
    # The boxes of row 1; the kiosk moves each next person down by ROW_STEP.
    p.boxes["mover_name"] = [LEFT + 22, first_row, 215, MOVER_ROW_H]
    p.boxes["mover_birth_date"] = [LEFT + 237, first_row, 95, MOVER_ROW_H]
    p.boxes["mover_nrn"] = [LEFT + 332, first_row, RIGHT - LEFT - 332, MOVER_ROW_H]
    p.y = top - 16 - MOVER_ROWS * MOVER_ROW_H - 22

    p.section("5. Hoe kunnen we je bereiken?")
    p.label("Telefoon")
    p.box("phone", FIELD_X, 150)
    p.y -= ROW
    p.label("E-mail")
    p.box("email", FIELD_X, 260)
    p.y -= ROW

    p.section("6. Ondertekening: ik verklaar dat deze gegevens juist zijn")
    p.label("Datum")
    p.box("sign_date", LEFT + 50, 90)
    p.label("Handtekening", x=LEFT + 200)
    c.rect(LEFT + 280, p.y - 30, RIGHT - LEFT - 280, 48, stroke=1, fill=0)
    p.y -= 58

    c.setDash(3, 2)
    c.rect(LEFT, p.y - 34, RIGHT - LEFT, 52, stroke=1, fill=0)
    c.setDash()
    p.label("Voor de dienst - niet invullen", x=LEFT + 8, size=9.5, bold=True)
    p.y -= 22
    p.label("Controle door de wijkagent op ........ / ........ / ................     "
            "Resultaat:  positief  /  negatief", x=LEFT + 8, size=9.5)

    c.setFont("Helvetica", 8)
    c.drawString(LEFT, 30, "Modelformulier gemaakt voor Helder (versie 2026.1). Niet gebruiken als officieel formulier.")
    c.drawRightString(RIGHT, 30, "pagina 1 van 1")
    return p.boxes


def main():
    c = canvas.Canvas(str(OUTPUT), pagesize=A4, invariant=1)
    c.setTitle("Aangifte van adreswijziging (model)")
    c.setAuthor("Helder")
    c.setSubject("Modelformulier voor Helder - geen officieel formulier")
    boxes = draw(c)
    c.showPage()
    c.save()
    if "--boxes" in sys.argv[1:]:
        json.dump({"page": 1, "row_step": -MOVER_ROW_H, "boxes": boxes}, sys.stdout, indent=1)
        print()


if __name__ == "__main__":
    main()
