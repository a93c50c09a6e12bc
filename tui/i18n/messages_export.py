"""Texts of the exports: the Markdown report, the calendar event, export errors."""

MESSAGES = {
    # the Markdown report (verslag)
    "export.report.title": {"nl": "{kind} met {employee}", "en": "{kind} with {employee}"},
    "export.report.employee": {"nl": "Medewerker", "en": "Employee"},
    "export.report.manager": {"nl": "Leidinggevende", "en": "Manager"},
    "export.report.date": {"nl": "Datum", "en": "Date"},
    "export.report.kind": {"nl": "Soort gesprek", "en": "Kind of conversation"},
    "export.report.status": {"nl": "Status", "en": "Status"},
    "export.report.time": {"nl": "Duur", "en": "Duration"},
    "export.report.time_value": {
        "nl": "{spent} min besteed, {planned} min gepland",
        "en": "{spent} min spent, {planned} min planned",
    },
    "export.report.not_an_evaluation": {
        "nl": "Een functioneringsgesprek is een tweezijdig gesprek tussen gelijkwaardige "
        "gesprekspartners over het functioneren van medewerker én leidinggevende. "
        "Het is geen beoordeling.",
        "en": "A performance conversation is a two-sided dialogue between equal partners "
        "about how both the employee and the manager work. It is not an appraisal.",
    },
    "export.report.topics": {"nl": "Onderwerpen", "en": "Topics"},
    "export.report.topic_time": {
        "nl": "Gepland {planned} min, besteed {spent} min. Ingebracht door: {raised_by}.",
        "en": "Planned {planned} min, spent {spent} min. Raised by: {raised_by}.",
    },
    "export.report.prepared": {"nl": "Voorbereide punten", "en": "Prepared points"},
    "export.report.notes": {"nl": "Notities", "en": "Notes"},
    "export.report.no_notes": {"nl": "Geen notities.", "en": "No notes."},
    "export.report.agreements": {"nl": "Afspraken", "en": "Agreements"},
    "export.report.no_agreements": {
        "nl": "Er zijn geen afspraken gemaakt.",
        "en": "No agreements were made.",
    },
    "export.agreement.owner": {"nl": "Wie", "en": "Who"},
    "export.agreement.approach": {"nl": "Aanpak", "en": "Approach"},
    "export.agreement.due": {"nl": "Uiterlijk", "en": "Due"},
    "export.agreement.follow_up": {"nl": "Opvolging", "en": "Follow-up"},
    "export.agreement.status": {"nl": "Status", "en": "Status"},
    "export.report.next": {"nl": "Volgend gesprek", "en": "Next conversation"},
    "export.report.no_next": {
        "nl": "Er is nog geen datum afgesproken.",
        "en": "No date has been agreed yet.",
    },
    "export.report.report": {"nl": "Verslag", "en": "Report"},
    "export.report.writer": {"nl": "Verslag gemaakt door", "en": "Written by"},
    "export.report.kept_at": {"nl": "Bewaard in", "en": "Kept at"},
    "export.report.not_agreed": {"nl": "nog niet afgesproken", "en": "not agreed yet"},
    "export.report.signoffs": {"nl": "Ondertekening", "en": "Sign-off"},
    "export.report.signed": {
        "nl": " — gezet op de plek van de {seat} (login {login}), {when}",
        "en": " — set on the {seat}'s seat (login {login}), {when}",
    },
    # the follow-up calendar event
    "export.ics.summary": {
        "nl": "Opvolgingsgesprek {employee} – {manager}",
        "en": "Follow-up conversation {employee} – {manager}",
    },
    "export.ics.intro": {
        "nl": "Opvolging van het {kind} van {date}.",
        "en": "Follow-up to the {kind} of {date}.",
    },
    "export.ics.open": {"nl": "Open afspraken:", "en": "Open agreements:"},
    "export.ics.item": {"nl": "- {what} – {owner}", "en": "- {what} – {owner}"},
    "export.ics.item_due": {
        "nl": "- {what} – {owner}, uiterlijk {due}",
        "en": "- {what} – {owner}, due {due}",
    },
    "export.ics.none_open": {"nl": "Geen open afspraken.", "en": "No open agreements."},
    # errors
    "export.error.format": {
        "nl": "Onbekend exportformaat {fmt!r}: kies md, json of ics.",
        "en": "Unknown export format {fmt!r}: choose md, json or ics.",
    },
    "export.error.no_followup": {
        "nl": "Er is nog geen datum voor het opvolgingsgesprek, dus geen agenda-item om te exporteren.",
        "en": "No follow-up date is set, so there is no calendar event to export.",
    },
    "export.error.write": {
        "nl": "Kon {path} niet schrijven: {reason}.",
        "en": "Could not write {path}: {reason}.",
    },
}
