"""Where the style sheets are: absolute paths, so a screen anywhere under ui/ can name them.

app.tcss (the live meeting, the start screen, the footer) is the app's own; the others are
loaded with the first screen that names them.
"""

from pathlib import Path

_HERE = Path(__file__).parent

FORMS_CSS = _HERE / "forms.tcss"  # dialogs, forms and the screens after the meeting
REVIEW_CSS = _HERE / "review.tcss"  # the review screens
