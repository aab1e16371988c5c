"""Writes the pandas copies and the edited copies of original.xlsx (see generate.sh)."""
import os
import openpyxl
import pandas as pd

sheets = pd.read_excel("original.xlsx", sheet_name=None)
with pd.ExcelWriter("pandas/book.xlsx", engine="openpyxl") as w:
    for name, df in sheets.items():
        df.to_excel(w, sheet_name=name, index=False)
os.makedirs("pandas/csv", exist_ok=True)
for name, df in sheets.items():
    if name != "README":
        df.to_csv(f"pandas/csv/{name}.csv", index=False)


def edited(path, change):
    wb = openpyxl.load_workbook("original.xlsx")
    change(wb)
    wb.save(path)


def totals(wb):
    ws = wb["capex"]
    last = ws.max_row
    ws.append(["Total", None, f"=SUM(C2:C{last})"])
    ws.cell(row=last + 1, column=3).value = sum(ws.cell(row=r, column=3).value or 0 for r in range(2, last + 1))


def titles(wb):
    for name in wb.sheetnames:
        if name == "README":
            continue
        ws = wb[name]
        ws.insert_rows(1, 3)
        ws.cell(row=1, column=1).value = f"AI economics: {name}"
        ws.cell(row=2, column=1).value = "Source: company filings (see the sources sheet)"


RENAMES = {"capex_usd_b": "Capex ($B)", "fiscal_year": "Fiscal Year", "d_and_a_usd_b": "D&A ($B)",
           "revenue_usd_b": "Revenue (USD bn)", "company": "Company", "operating_income_usd_b": "Operating income",
           "net_income_usd_b": "Net Income ($B)"}


def renamed(wb):
    for name in wb.sheetnames:
        if name == "README":
            continue
        for cell in wb[name][1]:
            if cell.value in RENAMES:
                cell.value = RENAMES[cell.value]


def formulas(wb):
    ws = wb["capex"]
    for r in range(2, ws.max_row + 1):
        v = ws.cell(row=r, column=3).value
        if isinstance(v, (int, float)):
            ws.cell(row=r, column=3).value = f"={round(v * 1000)}/1000"


def text_numbers(wb):
    for name in ("capex", "financials"):
        ws = wb[name]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, float):
                    cell.value = repr(cell.value)
                    cell.data_type = "s"


edited("edited/totals-row.xlsx", totals)
edited("edited/title-rows.xlsx", titles)
edited("edited/renamed-headers.xlsx", renamed)
edited("edited/formulas-uncalculated.xlsx", formulas)
edited("edited/numbers-as-text.xlsx", text_numbers)
