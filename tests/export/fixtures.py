"""A realistic meeting to export: Dutch names, notes from both sides, hostile text."""

from __future__ import annotations

from tui.domain.model import (
    Agreement,
    AgreementStatus,
    Approach,
    Kind,
    Meeting,
    Note,
    Owner,
    PreparedPoint,
    RaisedBy,
    Report,
    Side,
    Signoff,
    Status,
    Topic,
)

ESC_NOTE = "# Zelf een kop\nCollega plakte dit: \x1b[2Jscherm weg\nKeuze: A | B"


def meeting() -> Meeting:
    return Meeting(
        id="5f3c2a9b81de",
        employee="Sanne de Vries",
        manager="Pieter Jansen",
        date="2026-11-25",
        kind=Kind.FUNCTIONING,
        agenda="functioneringsgesprek",
        lang="nl",
        status=Status.FINISHED,
        started_at="2026-11-25T10:00:00+01:00",
        planned_end="2026-11-25T11:00:00+01:00",
        finished_at="2026-11-25T11:04:30+01:00",
        updated_at="2026-11-25T11:06:12+01:00",
        revision=42,
        next_followup="2027-05-28",
        report=Report(
            writer="Pieter Jansen",
            kept_at="Personeelsdossier, map HR/2026",
            employee_signoff=Signoff.AGREED,
            manager_signoff=Signoff.SEEN,
        ),
        topics=[
            Topic(
                title="Werkinhoud en werkbeleving",
                planned_minutes=15,
                raised_by=RaisedBy.BOTH,
                prompts=["Waar krijg je energie van?", "Wat kost je energie?"],
                spent_seconds=17 * 60 + 20,
                done=True,
                prepared=[
                    PreparedPoint("De klantvragen over facturatie nemen veel tijd.", Side.EMPLOYEE),
                    PreparedPoint("Compliment voor de migratie in september.", Side.MANAGER),
                ],
                notes=[
                    Note(
                        "Sanne haalt veel voldoening uit het **klantcontact**, maar de "
                        "facturatievragen zijn eentonig.\nZe wil meer *analysewerk*.",
                        Side.EMPLOYEE,
                        "2026-11-25T10:03:00+01:00",
                    ),
                    Note(
                        "Migratie liep goed; Pieter waardeert de zorgvuldige planning.",
                        Side.MANAGER,
                        "2026-11-25T10:09:00+01:00",
                    ),
                    Note(ESC_NOTE, Side.EMPLOYEE, "2026-11-25T10:14:00+01:00"),
                ],
            ),
            Topic(
                title="Ontwikkeling en opleiding",
                planned_minutes=20,
                raised_by=RaisedBy.EMPLOYEE,
                spent_seconds=22 * 60,
                done=True,
                prepared=[
                    PreparedPoint(
                        "Opleiding data-analyse (SQL, Python)?\nKan dat binnen het budget?",
                        Side.EMPLOYEE,
                    ),
                ],
                notes=[
                    Note(
                        "Opties:\n- dubbellopen met Fatima (team Analyse)\n- cursus bij de hogeschool",
                        Side.MANAGER,
                        "2026-11-25T10:20:00+01:00",
                    ),
                    Note(
                        "Liefst eerst dubbellopen, daarna pas de cursus 🎓.",
                        Side.EMPLOYEE,
                        "2026-11-25T10:26:00+01:00",
                    ),
                ],
            ),
            Topic(
                title="Samenwerking en de rol van de leidinggevende",
                planned_minutes=15,
                raised_by=RaisedBy.MANAGER,
                spent_seconds=13 * 60 + 40,
                done=True,
                prepared=[PreparedPoint("Hoe ervaar je mijn bereikbaarheid?", Side.MANAGER)],
                notes=[
                    Note(
                        "Sanne mist soms het wekelijkse overleg; Pieter plant het vaster in.",
                        Side.EMPLOYEE,
                        "2026-11-25T10:44:00+01:00",
                    ),
                ],
            ),
            Topic(
                title="Afspraken en opvolging",
                planned_minutes=10,
                raised_by=RaisedBy.BOTH,
                spent_seconds=9 * 60 + 50,
                done=True,
            ),
        ],
        agreements=[
            Agreement(
                id="a1b2c3d4e5f6",
                what="Twee dagen per maand dubbellopen met Fatima (team Analyse)",
                owner=Owner.EMPLOYEE,
                approach=Approach.SHADOWING,
                due="2027-03-31",
                follow_up="Korte terugblik in het maandelijkse overleg",
                status=AgreementStatus.OPEN,
            ),
            Agreement(
                id="f6e5d4c3b2a1",
                what="Budget voor de cursus data-analyse | aanvragen bij HR",
                owner=Owner.ORGANISATION,
                approach=Approach.TRAINING,
                approach_note="cursus bij de hogeschool",
                due="2027-01-15",
                follow_up="Pieter meldt het besluit van HR\nper mail",
                status=AgreementStatus.OPEN,
            ),
        ],
    )
