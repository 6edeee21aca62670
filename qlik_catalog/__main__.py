"""``python -m qlik_catalog``: the ``qlik-catalog`` command."""

import sys

from qlik_catalog.cli import main

sys.exit(main())
