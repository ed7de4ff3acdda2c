"""How fast the GeoNames/Natural Earth index opens and answers, in a fresh process.

    python bench/index_load.py
"""

import subprocess
import sys

CODE = """
import time
t = time.perf_counter()
from geo.gazetteer.index import load_index
t0 = time.perf_counter()
ix = load_index()
t1 = time.perf_counter()
for key in ("raqa", "kherson", "paris", "deirezor", "mosul", "khartoum", "gaza", "kabul"):
    ix.lookup(key)
t2 = time.perf_counter()
print(f"import geo {1000 * (t0 - t):.0f} ms; open index {1000 * (t1 - t0):.1f} ms; 8 lookups {1000 * (t2 - t1):.1f} ms")
"""

if __name__ == "__main__":
    for _ in range(3):
        subprocess.run([sys.executable, "-c", CODE], check=True)
