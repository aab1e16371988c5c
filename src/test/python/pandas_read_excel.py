#!/usr/bin/python3
"""The pandas side of the import comparison in README "Performance".

Times pandas.read_excel on a workbook, every sheet (sheet_name=None), as CapexLens's import reads every sheet:
    /usr/bin/python3 src/test/python/pandas_read_excel.py target/bench-data/capex-200k.xlsx [runs]
The workbook is the one the JMH ImportBenchmark reads (written by org.capexlens.bench.BenchFiles on its first run).
Prints each run and the median. Uses the Debian packages (apt-get install python3-pandas python3-openpyxl).
"""
import statistics
import sys
import time
import warnings

import openpyxl
import pandas as pd


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    # openpyxl warns that SXSSF-written workbooks have no default style; it changes nothing here.
    warnings.simplefilter("ignore")
    times = []
    for i in range(runs):
        start = time.perf_counter()
        sheets = pd.read_excel(path, sheet_name=None)
        times.append(time.perf_counter() - start)
        rows = ", ".join(f"{name}={len(frame)}" for name, frame in sheets.items())
        print(f"run {i + 1}: {times[-1]:.2f} s ({rows})", flush=True)
    print(f"RESULT pandas {pd.__version__} (openpyxl {openpyxl.__version__}) read_excel(sheet_name=None): "
          f"median {statistics.median(times):.2f} s, min {min(times):.2f} s over {runs} runs")


if __name__ == "__main__":
    main()
