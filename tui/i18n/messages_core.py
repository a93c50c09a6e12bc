"""Texts of the domain core: sides, owners, approaches, states, dates."""

MESSAGES = {
    # who
    "side.employee": {"nl": "medewerker", "en": "employee"},
    "side.manager": {"nl": "leidinggevende", "en": "manager"},
    "side.both": {"nl": "beiden", "en": "both"},
    "owner.employee": {"nl": "medewerker", "en": "employee"},
    "owner.manager": {"nl": "leidinggevende", "en": "manager"},
    "owner.organisation": {"nl": "organisatie", "en": "organisation"},
    # the same in a table column, as the agenda's legend says it ("L leiding")
    "owner_short.employee": {"nl": "medewerker", "en": "employee"},
    "owner_short.manager": {"nl": "leiding", "en": "manager"},
    "owner_short.organisation": {"nl": "organisatie", "en": "organisation"},
    # how
    "approach.shadowing": {"nl": "dubbellopen met een collega", "en": "shadowing a colleague"},
    "approach.training": {"nl": "opleiding", "en": "training"},
    "approach.coaching": {"nl": "coaching", "en": "coaching"},
    "approach.other": {"nl": "anders", "en": "other"},
    # meeting states
    "status.planned": {"nl": "gepland", "en": "planned"},
    "status.running": {"nl": "loopt", "en": "running"},
    "status.paused": {"nl": "gepauzeerd", "en": "paused"},
    "status.finished": {"nl": "afgerond", "en": "finished"},
    "agreement.open": {"nl": "open", "en": "open"},
    "agreement.done": {"nl": "gedaan", "en": "done"},
    "agreement.dropped": {"nl": "vervallen", "en": "dropped"},
    "signoff.open": {"nl": "open", "en": "open"},
    "signoff.agreed": {"nl": "akkoord", "en": "agreed"},
    "signoff.seen": {"nl": "voor gezien", "en": "seen"},
    # conversation kinds
    "kind.functioneringsgesprek": {"nl": "functioneringsgesprek", "en": "performance conversation"},
    "kind.loopbaangesprek": {"nl": "loopbaangesprek", "en": "career conversation"},
    "kind.opvolgingsgesprek": {"nl": "opvolgingsgesprek", "en": "follow-up conversation"},
    "kind.coachinggesprek": {"nl": "feedback-/coachinggesprek", "en": "feedback/coaching conversation"},
    # dates
    "date.today": {"nl": "vandaag", "en": "today"},
    "date.in_days": {"nl": "over {n} dagen", "en": "in {n} days"},
    "date.in_day": {"nl": "morgen", "en": "tomorrow"},
    "date.in_weeks": {"nl": "over {n} weken", "en": "in {n} weeks"},
    "date.in_months": {"nl": "over {n} maanden", "en": "in {n} months"},
    "date.in_month": {"nl": "over 1 maand", "en": "in 1 month"},
    "date.in_years": {"nl": "over {n} jaar", "en": "in {n} years"},
    "date.in_year": {"nl": "over 1 jaar", "en": "in 1 year"},
    "date.ago_days": {"nl": "{n} dagen geleden", "en": "{n} days ago"},
    "date.ago_day": {"nl": "gisteren", "en": "yesterday"},
    "date.ago_weeks": {"nl": "{n} weken geleden", "en": "{n} weeks ago"},
    "date.ago_months": {"nl": "{n} maanden geleden", "en": "{n} months ago"},
    "date.ago_month": {"nl": "1 maand geleden", "en": "1 month ago"},
    "date.ago_years": {"nl": "{n} jaar geleden", "en": "{n} years ago"},
    "date.ago_year": {"nl": "1 jaar geleden", "en": "1 year ago"},
    "date.error": {
        "nl": "Onbekende datum {value!r}: gebruik JJJJ-MM-DD, DD-MM-JJJJ of bijvoorbeeld 6w, 3m, 1j.",
        "en": "Unknown date {value!r}: use YYYY-MM-DD, DD-MM-YYYY or e.g. 6w, 3m, 1y.",
    },
    "date.past": {"nl": "{date} ligt in het verleden.", "en": "{date} is in the past."},
    "date.beyond_year": {
        "nl": "Meer dan 12 maanden: voer minstens één keer per jaar een gesprek.",
        "en": "More than 12 months away: hold a conversation at least once a year.",
    },
}

MESSAGES.update(
    {
        "profile.unreadable": {"nl": "Kan {path} niet lezen: {reason}", "en": "Cannot read {path}: {reason}"},
        "profile.too_big": {"nl": "{path} is groter dan {limit} KB; is dit het competentieprofiel?", "en": "{path} is larger than {limit} KB; is this the competency profile?"},
        "profile.not_utf8": {"nl": "{path} is geen UTF-8-tekst.", "en": "{path} is not UTF-8 text."},
        # the app stopped on an error it did not expect (tui/crash.py)
        "crash.message": {
            "nl": "gesprek is gestopt door een onverwachte fout ({error}). Wat tot de laatste keer opslaan "
            "getypt is, staat in de opslag; 'gesprek' opent het weer. De inhoud van het gesprek wordt hier "
            "bewust niet getoond. De fout ontstond in:",
            "en": "gesprek stopped on an unexpected error ({error}). What was typed up to the last save is "
            "in the store; 'gesprek' opens it again. The conversation's content is not shown here, on "
            "purpose. The error arose in:",
        },
    }
)
