"""Texts of a conversation's whole life: deleting, the retention period, the access request."""

MESSAGES = {
    # the retention period
    "retention.invalid": {
        "nl": "{value!r} is geen bewaartermijn: schrijf bijvoorbeeld 2y (2 jaar), 18m (maanden), 6w (weken) of 730d (dagen); none: geen.",
        "en": "{value!r} is no retention period: write for instance 2y (2 years), 18m (months), 6w (weeks) or 730d (days); none: no period.",
    },
    "retention.too_long": {
        "nl": "{value!r} is langer dan {years} jaar; schrijf bijvoorbeeld 2y (2 jaar).",
        "en": "{value!r} is longer than {years} years; write for instance 2y (2 years).",
    },
    "period.years": {"nl": "{n} jaar", "en": "{n} years"},
    "period.years_one": {"nl": "{n} jaar", "en": "{n} year"},
    "period.months": {"nl": "{n} maanden", "en": "{n} months"},
    "period.months_one": {"nl": "{n} maand", "en": "{n} month"},
    "period.weeks": {"nl": "{n} weken", "en": "{n} weeks"},
    "period.weeks_one": {"nl": "{n} week", "en": "{n} week"},
    "period.days": {"nl": "{n} dagen", "en": "{n} days"},
    "period.days_one": {"nl": "{n} dag", "en": "{n} day"},
    # settings.json
    "settings.foreign": {
        "nl": "{file} bevat geen instellingen van gesprek.",
        "en": "{file} does not hold settings of gesprek.",
    },
    "settings.newer": {
        "nl": "{file} is gemaakt door een nieuwere versie van gesprek (versie {found}; deze versie kent tot en met {known}). Werk gesprek bij.",
        "en": "{file} was made by a newer version of gesprek (version {found}; this version knows up to {known}). Update gesprek.",
    },
    "settings.bad_retention": {
        "nl": "{file}: het veld retention ({value}) is geen bewaartermijn.",
        "en": "{file}: the field retention ({value}) is no retention period.",
    },
    "settings.untouched": {
        "nl": "Het bestand is niet gewijzigd; tot het hersteld is, geldt er geen bewaartermijn.",
        "en": "The file has not been changed; until it is repaired, no retention period applies.",
    },
    # deleting
    "store.meeting_open": {
        "nl": "Gesprek {id} is nu open in gesprek (in een ander venster, of hier): sluit het daar eerst. Er is niets verwijderd.",
        "en": "Conversation {id} is open in gesprek right now (in another window, or here): close it there first. Nothing was deleted.",
    },
    "store.meeting_open_change": {
        "nl": "Gesprek {id} is nu open in gesprek, in een ander venster: een wijziging van hieruit zou daar botsen "
        "of overschreven worden. Doe het daar, of sluit het daar eerst. Er is niets gewijzigd.",
        "en": "Conversation {id} is open in gesprek right now, in another window: a change from here would clash "
        "there or be overwritten. Make it there, or close it there first. Nothing was changed.",
    },
    "lifecycle.open_here": {
        "nl": "Dit gesprek is open in deze app: sluit het eerst (Ctrl+Q of Ctrl+R). Er is niets verwijderd.",
        "en": "This conversation is open in this app: close it first (Ctrl+Q or Ctrl+R). Nothing was deleted.",
    },
    "lifecycle.goes": {
        "nl": "Dit gaat volledig weg en is niet terug te halen:",
        "en": "This goes completely and cannot be brought back:",
    },
    "lifecycle.row": {
        "nl": "{id}  {date}  {employee} ({kind}, {status}): {contents}",
        "en": "{id}  {date}  {employee} ({kind}, {status}): {contents}",
    },
    "lifecycle.row_damaged": {
        "nl": "{id}  een beschadigd bestand: wat erin staat is niet te lezen",
        "en": "{id}  a damaged file: what it holds cannot be read",
    },
    "lifecycle.notes": {"nl": "{n} notities", "en": "{n} notes"},
    "lifecycle.notes_one": {"nl": "{n} notitie", "en": "{n} note"},
    "lifecycle.prepared": {"nl": "{n} voorbereide punten", "en": "{n} prepared points"},
    "lifecycle.prepared_one": {"nl": "{n} voorbereid punt", "en": "{n} prepared point"},
    "lifecycle.agreements": {"nl": "{n} afspraken", "en": "{n} agreements"},
    "lifecycle.agreements_one": {"nl": "{n} afspraak", "en": "{n} agreement"},
    "lifecycle.kept_apart": {"nl": "{n} versies apart bewaard", "en": "{n} versions kept apart"},
    "lifecycle.kept_apart_one": {"nl": "{n} versie apart bewaard", "en": "{n} version kept apart"},
    "lifecycle.carried": {
        "nl": "Latere gesprekken houden wat eruit is meegenomen: {agreements}, in het gesprek van {dates}.",
        "en": "Later conversations keep what was carried into them: {agreements}, in the conversation of {dates}.",
    },
    "lifecycle.conversations": {"nl": "{n} gesprekken", "en": "{n} conversations"},
    "lifecycle.conversations_one": {"nl": "{n} gesprek", "en": "{n} conversation"},
    "lifecycle.finished": {"nl": "{n} afgeronde gesprekken", "en": "{n} finished conversations"},
    "lifecycle.finished_one": {"nl": "{n} afgerond gesprek", "en": "{n} finished conversation"},
    "lifecycle.no_employee": {
        "nl": "Geen gesprekken met {name!r} in de opslag.",
        "en": "No conversations with {name!r} in the store.",
    },
    "lifecycle.no_retention": {
        "nl": "Er is geen bewaartermijn ingesteld. Zet de termijn van je organisatie met bijvoorbeeld: gesprek retention 2y",
        "en": "No retention period is set. Set your organisation's period with for instance: gesprek retention 2y",
    },
    "lifecycle.past_retention": {
        "nl": "{conversations} ouder dan de bewaartermijn ({period}): zie gesprek purge.",
        "en": "{conversations} older than the retention period ({period}): see gesprek purge.",
    },
    "lifecycle.deleted": {"nl": "Verwijderd: {conversations}.", "en": "Deleted: {conversations}."},
    "lifecycle.deleted_one": {
        "nl": "Verwijderd: het gesprek met {employee} van {date}.",
        "en": "Deleted: the conversation with {employee} of {date}.",
    },
    "lifecycle.question": {"nl": "Verwijderen?", "en": "Delete?"},
    # the command line
    "cli.delete_help": {
        "nl": "een gesprek volledig verwijderen, of alles over één medewerker (--employee); vraagt eerst",
        "en": "delete a conversation completely, or everything about one employee (--employee); asks first",
    },
    "cli.person_help": {
        "nl": "alle gesprekken met deze medewerker (hoofdletters en spaties tellen niet; anderen zien de naam in ps zolang gesprek opstart)",
        "en": "every conversation with this employee (case and spacing do not count; others see the name in ps while gesprek starts)",
    },
    "cli.yes_help": {"nl": "niet vragen (voor scripts)", "en": "do not ask (for scripts)"},
    "cli.retention_help": {
        "nl": "de bewaartermijn van deze opslag tonen of zetten (bijvoorbeeld 2y, 18m, 730d; none: geen)",
        "en": "show or set this store's retention period (for instance 2y, 18m, 730d; none: no period)",
    },
    "cli.period_help": {"nl": "de nieuwe termijn, of none", "en": "the new period, or none"},
    "cli.purge_help": {
        "nl": "afgeronde gesprekken ouder dan de bewaartermijn tonen en verwijderen; vraagt eerst",
        "en": "list and delete finished conversations older than the retention period; asks first",
    },
    "cli.dry_run_help": {"nl": "alleen tonen, niets verwijderen", "en": "only list them, delete nothing"},
    "cli.export_person_help": {
        "nl": "alles over één medewerker uit alle gesprekken, in één bestand (inzageverzoek; md of json)",
        "en": "everything about one employee from every conversation, in one file (access request; md or json)",
    },
    "cli.id_or_employee": {
        "nl": "Geef een id of --employee NAAM (niet allebei).",
        "en": "Give an id or --employee NAME (not both).",
    },
    "cli.person_formats": {
        "nl": "Met --employee: --format md of json (een agenda-afspraak hoort bij één gesprek).",
        "en": "With --employee: --format md or json (a calendar event belongs to one conversation).",
    },
    "cli.confirm": {"nl": "Verwijderen? [j/N] ", "en": "Delete? [y/N] "},
    "cli.yes_answers": {"nl": "j,ja,y,yes", "en": "y,yes"},
    "cli.not_deleted": {"nl": "Niets verwijderd.", "en": "Nothing deleted."},
    "cli.retention_none": {
        "nl": "Geen bewaartermijn: gesprekken blijven bewaard tot je ze verwijdert. Zet de termijn van je organisatie met bijvoorbeeld: gesprek retention 2y",
        "en": "No retention period: conversations are kept until you delete them. Set your organisation's period with for instance: gesprek retention 2y",
    },
    "cli.retention_is": {
        "nl": "Bewaartermijn: {period} ({short}), gerekend vanaf de datum van het gesprek; alleen afgeronde gesprekken gaan eruit.",
        "en": "Retention period: {period} ({short}), counted from the conversation's date; only finished conversations go.",
    },
    "cli.retention_none_past": {
        "nl": "Geen afgeronde gesprekken ouder dan de bewaartermijn.",
        "en": "No finished conversations older than the retention period.",
    },
    "cli.purge_nothing": {
        "nl": "Niets ouder dan de bewaartermijn ({period}).",
        "en": "Nothing older than the retention period ({period}).",
    },
    "cli.purge_heading": {
        "nl": "Afgeronde gesprekken ouder dan de bewaartermijn ({period}: van voor {cutoff}):",
        "en": "Finished conversations older than the retention period ({period}: from before {cutoff}):",
    },
    "cli.left_out_person": {
        "nl": "{n} bestanden in de opslag kunnen niet worden gelezen: staan er gesprekken met deze medewerker in, dan ontbreken die hier. Zie 'gesprek check'.",
        "en": "{n} files in the store cannot be read: conversations with this employee in them are missing here. See 'gesprek check'.",
    },
    "cli.left_out_person_one": {
        "nl": "{n} bestand in de opslag kan niet worden gelezen: staat er een gesprek met deze medewerker in, dan ontbreekt dat hier. Zie 'gesprek check'.",
        "en": "{n} file in the store cannot be read: a conversation with this employee in it is missing here. See 'gesprek check'.",
    },
    # the review list
    "review.key.delete": {"nl": "Verwijderen", "en": "Delete"},
    "review.cmd.delete": {
        "nl": "Dit gesprek volledig verwijderen (vraagt eerst)",
        "en": "Delete this conversation completely (asks first)",
    },
    # the access request (export --employee)
    "access.title": {"nl": "Inzage: alles over {employee}", "en": "Access request: everything about {employee}"},
    "access.intro": {
        "nl": "Gemaakt op {date} uit de opslag van gesprek: {conversations}, op datum. Per gesprek het verslag "
        "(voorbereide punten, notities, afspraken, het volgende gesprek, de ondertekening); daarna elke afspraak "
        "met haar status in elk gesprek waarin ze stond.",
        "en": "Made on {date} from gesprek's store: {conversations}, by date. Per conversation its report "
        "(prepared points, notes, agreements, the next conversation, the sign-offs); then every agreement "
        "with its status in each conversation it was in.",
    },
    "access.meeting": {"nl": "Gesprek {n} van {total}: {date}", "en": "Conversation {n} of {total}: {date}"},
    "access.agreements": {"nl": "Afspraken over alle gesprekken", "en": "Agreements across all conversations"},
    "access.agreed": {"nl": "Afgesproken", "en": "Agreed"},
    "access.history": {"nl": "Status per gesprek", "en": "Status per conversation"},
    "access.status_since": {"nl": "{status} sinds {date}", "en": "{status} since {date}"},
    "access.kept_apart": {"nl": "Apart bewaarde versies", "en": "Versions kept apart"},
    "access.kept_apart_intro": {
        "nl": "Versies van deze gesprekken die bij het bewaren apart zijn gezet (zie README, Je gegevens); elk als verslag.",
        "en": "Versions of these conversations that were kept apart when saving (see README, Your data); each as a report.",
    },
    "access.draft": {"nl": "Nog niet bewaarde tekst", "en": "Text not yet kept"},
}
