"""scrypt at a cost tests can afford: the tuned cost (keys.COST) takes ~177 ms a derivation, and
a new encrypted store's cost is kept in its encryption.json, so every later unlock pays it too.

Every test runs at CHEAP (tests/conftest.py sets keys.COST) but those marked `real_kdf`, about
the encryption itself. GESPREK runs `gesprek` in a child process at CHEAP: no switch of the app's
own (an option or variable a user could set) lowers the cost.
"""

from __future__ import annotations

import sys

from tui.store.keys import Cost

CHEAP = Cost(n=2**4, r=8, p=1)

_LAUNCH = (
    "import runpy; from tui.store import keys; "
    f"keys.COST = keys.Cost(n={CHEAP.n}, r={CHEAP.r}, p={CHEAP.p}); "
    "runpy.run_module('tui', run_name='__main__', alter_sys=True)"
)
# As `python -m tui`, at CHEAP.
GESPREK = [sys.executable, "-c", _LAUNCH]
