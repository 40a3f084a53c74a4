#!/usr/bin/python3
"""Generates the model PDF of the UiTPAS-met-kansentarief application (fillable AcroForm, Dutch).

Run with Debian's python3 (python3-reportlab):  /usr/bin/python3 make-pdf.py
The kiosk never runs this script: the generated PDF is committed beside it. Field names here must
match the mappings in form.json.
"""

import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFString
from reportlab.pdfgen import canvas

OUTPUT = Path(__file__).resolve().parent / "uitpas-kansentarief-aanvraag.pdf"

PAGE_W, PAGE_H = A4
LEFT = 50
RIGHT = PAGE_W - 50
LABEL_W = 150
FIELD_X = LEFT + LABEL_W
FIELD_H = 18
ROW = 26
GREY = colors.Color(0.9, 0.9, 0.9)


class FormPage:
    """Draws one page top-down; `y` is the baseline of the next row."""

    def __init__(self, canv, page_no, page_count):
        self.c = canv
        self.form = canv.acroForm
        self.y = PAGE_H - 50
        self.page_no = page_no
        self.page_count = page_count

    def header(self):
        c = self.c
        c.setFont("Helvetica", 9)
        c.drawString(LEFT, self.y, "Stad Voorbeeldstad  -  Sociaal Huis  -  UiTPAS-punt")
        c.drawRightString(RIGHT, self.y, "MODEL - geen officieel formulier")
        self.y -= 26
        c.setFont("Helvetica-Bold", 17)
        c.drawString(LEFT, self.y, "Aanvraag UiTPAS met kansentarief")
        self.y -= 16
        c.setFont("Helvetica", 9.5)
        c.drawString(LEFT, self.y, "Met een UiTPAS met kansentarief betaal je minder voor vrije tijd: sport, cultuur, "
                                   "jeugdwerk en uitstappen.")
        self.y -= 12
        c.drawString(LEFT, self.y, "Vul het formulier in met hoofdletters. Geef het af aan het onthaal van het Sociaal Huis, "
                                   "samen met de bewijsstukken.")
        self.y -= 12
        c.setLineWidth(1)
        c.line(LEFT, self.y, RIGHT, self.y)
        self.y -= 22

    def footer(self):
        c = self.c
        c.setFont("Helvetica", 8)
        c.drawString(LEFT, 30, "Modelformulier gemaakt voor Helder (versie 2026.1). Niet gebruiken als officieel formulier.")
        c.drawRightString(RIGHT, 30, "pagina %d van %d" % (self.page_no, self.page_count))

    def section(self, title):
        c = self.c
        self.y -= 6
        c.setFillColor(GREY)
        c.rect(LEFT, self.y - 5, RIGHT - LEFT, 18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(LEFT + 5, self.y, title)
        self.y -= ROW

    def label(self, text, x=LEFT, y=None, size=10, bold=False):
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, self.y if y is None else y, text)

    def text(self, name, tooltip, x, width, maxlen=None, comb=False, y=None):
        base = self.y if y is None else y
        self.form.textfield(name=name, tooltip=tooltip, x=x, y=base - 5, width=width, height=FIELD_H,
                            maxlen=maxlen, fieldFlags="comb" if comb else "", borderWidth=0.8,
                            borderColor=colors.black, fillColor=colors.white, textColor=colors.black,
                            fontName="Helvetica", fontSize=10 if not comb else 11, forceBorder=True)

    def comb_cells(self, x, width, cells, y=None):
        """Viewers draw no cell dividers for comb fields and the widget hides the page beneath it,
        so the cells are marked by ticks just below the box."""
        base = (self.y if y is None else y) - 5
        self.c.setLineWidth(0.5)
        step = width / cells
        for i in range(1, cells):
            self.c.line(x + i * step, base - 4, x + i * step, base)

    def checkbox(self, name, tooltip, x, on_state="Ja", y=None):
        base = self.y if y is None else y
        self.form.checkbox(name=name, tooltip=tooltip, x=x, y=base - 3, size=12, buttonStyle="cross",
                           borderWidth=0.8, borderColor=colors.black, fillColor=colors.white,
                           textColor=colors.black, fieldFlags="", forceBorder=True)
        rename_on_state(self.c, self.form.fields[-1], on_state)

    def radio(self, group, value, tooltip, x, y=None):
        base = self.y if y is None else y
        self.form.radio(name=group, value=value, tooltip=tooltip, x=x, y=base - 3, size=12,
                        buttonStyle="circle", shape="circle", borderWidth=0.8, borderColor=colors.black,
                        fillColor=colors.white, textColor=colors.black, fieldFlags="noToggleToOff radio")


def rename_on_state(canv, ref, on_state):
    """reportlab always names a checkbox's on-state /Yes; real forms use others ("Ja", "Aan", "1"),
    so the model form does too, to keep the filler honest about reading the on-state from the PDF."""
    widget = canv._doc.idToObject[ref.name].dict
    for key in ("N", "D", "R"):
        states = widget["AP"].dict[key].dict
        states[on_state] = states.pop("Yes")


def nest_dotted_names(canv):
    """reportlab writes "Gezin.1.Naam" as one flat name, but a partial field name must not contain a
    period (ISO 32000-1, 12.7.3.2): build the real hierarchy Gezin -> 1 -> Naam, as Acrobat does, so
    that "Gezin.1.Naam" is the fully qualified name."""
    form = canv.acroForm
    doc = canv._doc
    roots = []
    nodes = {}

    def node(path):
        if path not in nodes:
            parent = PDFDictionary({"T": PDFString(path[-1]), "Kids": PDFArray([])})
            ref = doc.Reference(parent)
            nodes[path] = (parent, ref)
            if len(path) > 1:
                grand = node(path[:-1])
                parent.dict["Parent"] = grand[1]
                grand[0].dict["Kids"].sequence.append(ref)
            else:
                roots.append(ref)
        return nodes[path]

    for ref in form.fields:
        field = doc.idToObject[ref.name]
        parts = field.dict["T"].s.split(".") if isinstance(field, PDFDictionary) else [field.T]
        if len(parts) == 1:
            roots.append(ref)
            continue
        parent, parent_ref = node(tuple(parts[:-1]))
        field.dict["T"] = PDFString(parts[-1])
        field.dict["Parent"] = parent_ref
        parent.dict["Kids"].sequence.append(ref)
    form.fields[:] = roots


def page_one(c):
    p = FormPage(c, 1, 2)
    p.header()

    p.section("1. Gegevens van de aanvrager")
    p.label("Voornaam")
    p.text("Aanvrager.Voornaam", "Voornaam van de aanvrager", FIELD_X, 300, maxlen=40)
    p.y -= ROW
    p.label("Naam")
    p.text("Aanvrager.Naam", "Familienaam van de aanvrager", FIELD_X, 300, maxlen=40)
    p.y -= ROW
    p.label("Geboortedatum")
    p.text("Aanvrager.Geboortedatum.Dag", "Geboortedatum: dag (dd)", FIELD_X, 28, maxlen=2)
    p.label("/", x=FIELD_X + 32)
    p.text("Aanvrager.Geboortedatum.Maand", "Geboortedatum: maand (mm)", FIELD_X + 40, 28, maxlen=2)
    p.label("/", x=FIELD_X + 72)
    p.text("Aanvrager.Geboortedatum.Jaar", "Geboortedatum: jaar (jjjj)", FIELD_X + 80, 48, maxlen=4)
    p.label("(dag / maand / jaar)", x=FIELD_X + 140, size=8)
    p.y -= ROW
    p.label("Rijksregisternummer")
    p.text("Aanvrager.Rijksregisternummer", "Rijksregisternummer (11 cijfers)", FIELD_X, 11 * 17, maxlen=11, comb=True)
    p.comb_cells(FIELD_X, 11 * 17, 11)
    p.label("11 cijfers, achteraan op je identiteitskaart", x=FIELD_X + 11 * 17 + 8, size=8)
    p.y -= ROW

    p.section("2. Adres en contact")
    p.label("Straat")
    p.text("Adres.Straat", "Straat", FIELD_X, 190, maxlen=50)
    p.label("Nr.", x=FIELD_X + 198)
    p.text("Adres.Nummer", "Huisnummer", FIELD_X + 218, 50, maxlen=6)
    p.label("Bus", x=FIELD_X + 276)
    p.text("Adres.Bus", "Busnummer", FIELD_X + 298, 47, maxlen=5)
    p.y -= ROW
    p.label("Postcode")
    p.text("Adres.Postcode", "Postcode", FIELD_X, 48, maxlen=4)
    p.label("Gemeente", x=FIELD_X + 60)
    p.text("Adres.Gemeente", "Gemeente", FIELD_X + 118, 227, maxlen=40)
    p.y -= ROW
    p.label("Telefoon")
    p.text("Contact.Telefoon", "Telefoonnummer", FIELD_X, 160, maxlen=20)
    p.y -= ROW
    p.label("E-mail")
    p.text("Contact.Email", "E-mailadres", FIELD_X, 300, maxlen=60)
    p.y -= ROW

    p.section("3. Waarom vraag je het kansentarief aan?")
    p.label("Kruis één vakje aan. Ik vraag het kansentarief aan, omdat:", size=9.5)
    p.y -= 20
    grounds = [
        ("VerhoogdeTegemoetkoming", "ik recht heb op een verhoogde tegemoetkoming van het ziekenfonds."),
        ("Leefloon", "ik een leefloon of een gelijkwaardige financiële hulp van het OCMW krijg."),
        ("Schuldenregeling", "ik in collectieve schuldenregeling of in budgetbeheer ben."),
        ("LaagInkomen", "ons gezin een laag inkomen heeft (het inkomen wordt nagekeken)."),
    ]
    for value, text in grounds:
        p.radio("Statuut", value, "Grond voor het kansentarief", LEFT + 10)
        p.label(text, x=LEFT + 30)
        p.y -= 20
    p.y -= 4
    p.label("Alleen bij een laag inkomen: netto-inkomen van het gezin per maand", size=9.5)
    p.label("EUR", x=LEFT + 330, size=9.5)
    p.text("Inkomen.NettoPerMaand", "Netto maandinkomen van het gezin in euro", LEFT + 355, 100, maxlen=12)
    p.y -= ROW

    p.section("4. UiTPAS")
    p.label("Heb je al een UiTPAS?")
    p.checkbox("Kaart.Ja", "Ik heb al een UiTPAS", FIELD_X)
    p.label("ja", x=FIELD_X + 18)
    p.checkbox("Kaart.Nee", "Ik heb nog geen UiTPAS", FIELD_X + 60, on_state="Nee")
    p.label("nee", x=FIELD_X + 78)
    p.y -= ROW
    p.label("Zo ja: het nummer van je kaart", size=9.5)
    p.text("Kaart.Nummer", "Nummer van de UiTPAS (13 cijfers)", FIELD_X, 150, maxlen=13)
    p.footer()


def page_two(c):
    p = FormPage(c, 2, 2)
    p.label("Aanvraag UiTPAS met kansentarief (vervolg)", bold=True, size=12)
    p.y -= 30

    p.section("5. Je gezin")
    p.label("Wie woont er op hetzelfde adres als jij? Schrijf jezelf hier niet.", size=9.5)
    p.y -= 20
    columns = [(LEFT, 22, "Nr."), (LEFT + 22, 215, "Naam en voornaam"),
               (LEFT + 237, 95, "Geboortedatum"), (LEFT + 332, RIGHT - LEFT - 332, "Rijksregisternummer")]
    c.setLineWidth(0.8)
    top = p.y + 12
    for x, w, title in columns:
        c.setFillColor(GREY)
        c.rect(x, top - 16, w, 16, stroke=1, fill=1)
        c.setFillColor(colors.black)
        p.label(title, x=x + 3, y=top - 12, size=8.5, bold=True)
    row_h = 22
    for n in range(1, 6):
        row_top = top - 16 - (n - 1) * row_h
        for x, w, _ in columns:
            c.rect(x, row_top - row_h, w, row_h, stroke=1, fill=0)
        p.label(str(n), x=LEFT + 8, y=row_top - 15)
        fy = row_top - row_h + 2 + 5
        p.text("Gezin.%d.Naam" % n, "Gezinslid %d: naam en voornaam" % n, LEFT + 24, 211, maxlen=50, y=fy)
        p.text("Gezin.%d.Geboortedatum" % n, "Gezinslid %d: geboortedatum (dd/mm/jjjj)" % n, LEFT + 239, 91,
               maxlen=10, y=fy)
        p.text("Gezin.%d.Rijksregisternummer" % n, "Gezinslid %d: rijksregisternummer" % n, LEFT + 334,
               RIGHT - LEFT - 336, maxlen=11, y=fy)
    p.y = top - 16 - 5 * row_h - 24
    p.label("Aantal personen in het gezin (jezelf meegeteld)")
    p.text("Gezin.Aantal", "Aantal personen in het gezin", LEFT + 250, 36, maxlen=2)
    p.y -= ROW
    p.checkbox("Gezin.OokUiTPAS", "De gezinsleden vragen ook een UiTPAS met kansentarief aan", LEFT)
    p.label("De gezinsleden hierboven vragen ook een UiTPAS met kansentarief aan.", x=LEFT + 20)
    p.y -= ROW

    p.section("6. Toestemming")
    p.checkbox("Toestemming", "Toestemming om de gegevens na te kijken", LEFT)
    p.label("Ik geef de stad toestemming om mijn recht op het kansentarief na te kijken", x=LEFT + 20)
    p.y -= 13
    p.label("bij de Kruispuntbank van de Sociale Zekerheid en bij mijn ziekenfonds.", x=LEFT + 20)
    p.y -= 15
    p.label("De stad gebruikt je gegevens alleen voor de UiTPAS. Je kunt ze altijd inkijken en laten verbeteren.",
            x=LEFT + 20, size=8.5)
    p.y -= ROW

    p.section("7. Ondertekening")
    p.label("Ik verklaar dat alle gegevens juist en volledig zijn.", size=9.5)
    p.y -= ROW
    p.label("Datum")
    p.text("Ondertekening.Datum", "Datum van ondertekening (dd/mm/jjjj)", LEFT + 60, 90, maxlen=10)
    p.label("Handtekening", x=LEFT + 200)
    c.rect(LEFT + 280, p.y - 50, RIGHT - LEFT - 280, 62, stroke=1, fill=0)
    p.y -= 90

    c.setDash(3, 2)
    c.rect(LEFT, p.y - 40, RIGHT - LEFT, 62, stroke=1, fill=0)
    c.setDash()
    p.label("Voor de dienst - niet invullen", x=LEFT + 8, y=p.y + 6, bold=True, size=9.5)
    p.y -= 22
    p.label("Ontvangen op", x=LEFT + 8)
    p.text("Dienst.OntvangenOp", "Voor de dienst: datum van ontvangst", LEFT + 90, 90, maxlen=10)
    p.label("Dossiernummer", x=LEFT + 210)
    p.text("Dienst.Dossiernummer", "Voor de dienst: dossiernummer", LEFT + 295, 150, maxlen=20)
    p.footer()


def main():
    c = canvas.Canvas(str(OUTPUT), pagesize=A4, invariant=1)
    c.setTitle("Aanvraag UiTPAS met kansentarief (model)")
    c.setAuthor("Helder")
    c.setSubject("Modelformulier voor Helder - geen officieel formulier")
    page_one(c)
    c.showPage()
    page_two(c)
    c.showPage()
    nest_dotted_names(c)
    c.save()
    print(OUTPUT, file=sys.stderr)


if __name__ == "__main__":
    main()
