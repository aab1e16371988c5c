#!/bin/sh
# Regenerates the interoperability corpus of issue 15 from original.xlsx (a copy of data/ai-economics.xlsx as it
# was when the corpus was made): the workbook as LibreOffice and pandas write it, and edited the way people edit it.
# Needs LibreOffice (apt-get install libreoffice-calc) and python3 with pandas and openpyxl
# (apt-get install python3-pandas python3-openpyxl). Run from this folder: sh generate.sh
set -e
cd "$(dirname "$0")"
rm -rf libreoffice pandas edited
mkdir -p libreoffice pandas edited
lo() { soffice --headless "$@" >/dev/null 2>&1; }
# Workbooks: xlsx, xls and ods written by LibreOffice Calc.
lo --convert-to xlsx --outdir libreoffice/tmp original.xlsx && mv libreoffice/tmp/original.xlsx libreoffice/book.xlsx
lo --convert-to xls --outdir libreoffice original.xlsx && mv libreoffice/original.xls libreoffice/book.xls
lo --convert-to ods --outdir libreoffice original.xlsx && mv libreoffice/original.ods libreoffice/book.ods
rmdir libreoffice/tmp
# "Each sheet to its own file" (token 12 = -1): LibreOffice names them <book>-<sheet>.csv.
# Tokens: separator, quote, charset (76 UTF-8, 1 Windows-1252), first line, formats, language, quote all text,
# detect special numbers, save as shown (false: full precision), formulas, trim, sheet, evaluate, BOM.
csv() { dir=libreoffice/$1; mkdir -p "$dir"; env $2 soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):$3" --outdir "$dir" original.xlsx >/dev/null 2>&1; }
csv comma-point-utf8 "LC_ALL=C.UTF-8" "44,34,76,1,,1033,false,true,false,false,false,-1,false,false"
csv semicolon-point-utf8-bom "LC_ALL=C.UTF-8" "59,34,76,1,,1033,false,true,false,false,false,-1,false,true"
csv semicolon-comma-utf8 "LC_ALL=de_DE.UTF-8" "59,34,76,1,,1031,false,true,false,false,false,-1,false,false"
csv semicolon-comma-utf8-bom "LC_ALL=de_DE.UTF-8" "59,34,76,1,,1031,false,true,false,false,false,-1,false,true"
csv semicolon-comma-windows1252 "LC_ALL=de_DE.UTF-8" "59,34,1,1,,1031,false,true,false,false,false,-1,false,false"
csv tab-point-windows1252 "LC_ALL=C.UTF-8" "9,34,1,1,,1033,false,true,false,false,false,-1,false,false"
# pandas (openpyxl engine): an xlsx and a folder of CSV files named after the sheets.
/usr/bin/python3 pandas_and_edits.py   # the Debian python3, whose pandas is 1.5.3
# Edited copies whose formulas need a calculated result: LibreOffice opens, calculates and saves them.
lo --convert-to xlsx --outdir edited/calc edited/formulas-uncalculated.xlsx
mv edited/calc/formulas-uncalculated.xlsx edited/formulas.xlsx
rm -rf edited/calc edited/formulas-uncalculated.xlsx
