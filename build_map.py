#!/usr/bin/env python3
"""Map what a news article claims happened where. See ``python build_map.py --help``."""

import sys

from geo.cli import main

if __name__ == "__main__":
    sys.exit(main())
