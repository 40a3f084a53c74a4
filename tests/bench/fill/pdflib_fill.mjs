// pdf-lib peer of the fill benchmark: node pdflib_fill.mjs IN.pdf VALUES.json FONT.ttf OUT.pdf
// Embeds FONT with fontkit (subset) because pdf-lib's standard fonts refuse Cyrillic and Arabic,
// sets every value, then regenerates every field's appearance with that font.
import { readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

const [input, valuesPath, fontPath, output] = process.argv.slice(2);
const document = await PDFDocument.load(readFileSync(input));
document.registerFontkit(fontkit);
const font = await document.embedFont(readFileSync(fontPath), { subset: true });
const form = document.getForm();
const values = JSON.parse(readFileSync(valuesPath, 'utf8'));
for (const [name, value] of Object.entries(values)) {
  if (value === true) form.getCheckBox(name).check();
  else if (value === false) form.getCheckBox(name).uncheck();
  else form.getTextField(name).setText(value);
}
form.updateFieldAppearances(font);
writeFileSync(output, await document.save());
