"""``python -m qlik_catalog.cli``: the ``qlik-catalog`` command."""

import sys

from qlik_catalog.cli import main

sys.exit(main())
