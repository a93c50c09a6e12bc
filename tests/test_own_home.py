"""The suite never writes into the real home folder: every place the app could write to outside a
store (the rescue places, the per-user folders) is a test's own temporary folder, here and in a
process a test starts."""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
from pathlib import Path

import platformdirs

from tui.store import rescue
from tui.store.sealing import Codec

REAL_HOME = Path(pwd.getpwuid(os.geteuid()).pw_dir)


def _inside(path: Path, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_every_place_outside_a_store_is_the_tests_own(_home_of_its_own):
    root = _home_of_its_own
    places = [
        *rescue.places(),
        Path.home(),
        Path("~").expanduser(),
        platformdirs.user_data_path("gesprek"),
        platformdirs.user_config_path("gesprek"),
        platformdirs.user_cache_path("gesprek"),
    ]
    assert len(rescue.places()) == 3  # the home folder, the runtime folder, the temp folder
    for place in places:
        assert _inside(place, root), place


def test_a_process_a_test_starts_has_them_too(_home_of_its_own):
    code = "import json; from tui.store import rescue; print(json.dumps([str(p) for p in rescue.places()]))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    places = [Path(p) for p in json.loads(out)]
    assert len(places) == 3 and all(_inside(p, _home_of_its_own) for p in places), places


def test_a_rescued_version_lands_in_the_tests_home(_home_of_its_own, tmp_path):
    path = rescue.rescue(Codec(tmp_path / "store"), {"id": "m00000000001"}, "20261125T100000Z")
    assert path is not None and _inside(path, _home_of_its_own / "home")
    assert not (REAL_HOME / ".gesprek-rescued" / path.name).exists()
