"""The notebook a retail analyst would write instead of Lojal: pandas reads the orders file, drops
exact duplicate rows, and builds the monthly cohort table (customers of each first-order month still
buying k months later). Prints one JSON line with the time of each step in milliseconds.

Usage: python3 bench/pandas_cohort.py bench/data/orders-1000000.csv
"""
import json
import sys
import time

import pandas as pd

path = sys.argv[1]
t0 = time.perf_counter()
orders = pd.read_csv(path, dtype={"customer_id": str, "order_id": str}, parse_dates=["order_date"])
orders = orders.drop_duplicates()
t1 = time.perf_counter()
purchases = orders[(orders["amount"] >= 0) & (orders["status"].fillna("") != "cancelled")]
dates = purchases["order_date"].dt
# Months as one integer (year * 12 + month), so k is a plain difference.
month = dates.year * 12 + dates.month - 1
active = pd.DataFrame({"customer_id": purchases["customer_id"], "month": month}).drop_duplicates()
active["cohort"] = active.groupby("customer_id")["month"].transform("min")
active["k"] = active["month"] - active["cohort"]
table = active.groupby(["cohort", "k"]).size()
t2 = time.perf_counter()
print(json.dumps({
    "step": "pandas",
    "readMs": round((t1 - t0) * 1000),
    "cohortMs": round((t2 - t1) * 1000),
    "totalMs": round((t2 - t0) * 1000),
    "cells": int(table.shape[0]),
}))
