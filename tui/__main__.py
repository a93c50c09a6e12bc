"""`python -m tui` is the same as `gesprek`."""

import sys

from .cli import main

sys.exit(main())
