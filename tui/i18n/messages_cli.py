"""Texts of the command line: help and results."""

MESSAGES = {
    "cli.description": {
        "nl": "Voer een functionerings- of groeigesprek in de terminal: gedeelde agenda, timer per onderwerp, "
        "notities en afspraken, bewaard terwijl je typt. Zonder opdracht opent de app.",
        "en": "Run a performance or growth conversation in the terminal: shared agenda, a timer per topic, "
        "notes and agreements, saved as you type. Without a command the app opens.",
    },
    "cli.epilog": {
        "nl": "Opslag: --store of GESPREK_STORE, anders de gegevensmap van de gebruiker. Taal: --lang of GESPREK_LANG.",
        "en": "Store: --store or GESPREK_STORE, else the user's data folder. Language: --lang or GESPREK_LANG.",
    },
    "cli.global_options": {"nl": "algemene opties (voor of na de opdracht)", "en": "global options (before or after the command)"},
    "cli.version_help": {"nl": "het versienummer tonen en stoppen", "en": "show the version number and exit"},
    "cli.store_help": {"nl": "map van de opslag (standaard: GESPREK_STORE of de gegevensmap)", "en": "store folder (default: GESPREK_STORE or the data folder)"},
    "cli.lang_help": {"nl": "taal van de app: nl (standaard) of en", "en": "language of the app: nl (default) or en"},
    "cli.new_help": {
        "nl": "een nieuw gesprek beginnen; zonder beide namen opent het formulier, ingevuld met wat je meegeeft",
        "en": "start a new conversation; without both names the form opens, filled in with what you give",
    },
    "cli.employee_help": {
        "nl": "naam van de medewerker (anderen zien die in ps zolang gesprek opstart; typ hem liever in het formulier)",
        "en": "the employee's name (others see it in ps while gesprek starts; better typed in the form)",
    },
    "cli.manager_help": {"nl": "naam van de leidinggevende (idem)", "en": "the manager's name (likewise)"},
    "cli.agenda_help": {"nl": "agendasjabloon (zie 'gesprek agendas'); standaard functioneringsgesprek", "en": "agenda template (see 'gesprek agendas'); default functioneringsgesprek"},
    "cli.date_help": {"nl": "datum van het gesprek (standaard vandaag)", "en": "date of the conversation (default today)"},
    "cli.profile_help": {"nl": "competentieprofiel (Markdown) om naast de agenda te lezen", "en": "competency profile (Markdown) to read beside the agenda"},
    "cli.list_help": {"nl": "de bewaarde gesprekken opsommen", "en": "list the stored conversations"},
    "cli.json_help": {"nl": "als JSON", "en": "as JSON"},
    "cli.export_help": {"nl": "een gesprek exporteren: verslag (md), gegevens (json) of opvolging (ics)", "en": "export a conversation: report (md), data (json) or follow-up (ics)"},
    "cli.id_help": {"nl": "id van het gesprek (of een uniek begin ervan)", "en": "the conversation's id (or a unique prefix)"},
    "cli.format_help": {"nl": "md, json of ics (standaard md)", "en": "md, json or ics (default md)"},
    "cli.output_help": {
        "nl": "bestand om naar te schrijven, alleen voor jou leesbaar; - of niets: de terminal",
        "en": "file to write to, readable by you only; - or none: the terminal",
    },
    "cli.force_help": {"nl": "een bestaand bestand overschrijven", "en": "overwrite an existing file"},
    "cli.check_help": {"nl": "de opslag controleren: onleesbare bestanden, te ruime rechten", "en": "check the store: unreadable files, permissions too open"},
    "cli.agendas_help": {"nl": "agendasjablonen opsommen, tonen of controleren", "en": "list, show or check agenda templates"},
    "cli.agendas_show_help": {"nl": "een sjabloon tonen", "en": "print a template"},
    "cli.agendas_check_help": {"nl": "sjabloonbestanden controleren (BESTAND:REGEL: melding)", "en": "check template files (FILE:LINE: message)"},
    "cli.origin_bundled": {"nl": "meegeleverd", "en": "bundled"},
    "cli.kept_apart": {
        "nl": "{n} versies apart bewaard (gesprek check; vergelijk in de app: m)",
        "en": "{n} versions kept apart (gesprek check; compare in the app: m)",
    },
    "cli.kept_apart_one": {
        "nl": "{n} versie apart bewaard (gesprek check; vergelijk in de app: m)",
        "en": "{n} version kept apart (gesprek check; compare in the app: m)",
    },
    "cli.list_empty": {"nl": "Nog geen gesprekken.", "en": "No conversations yet."},
    "cli.id_unknown": {"nl": "geen gesprek met id {id!r}", "en": "no conversation with id {id!r}"},
    "cli.id_ambiguous": {"nl": "meerdere gesprekken beginnen met {id!r}; geef meer tekens", "en": "several conversations start with {id!r}; give more characters"},
    "cli.left_out": {
        "nl": "{n} bestanden in de opslag kunnen niet worden gelezen en ontbreken hierin; zie 'gesprek check'.",
        "en": "{n} files in the store cannot be read and are left out; see 'gesprek check'.",
    },
    "cli.left_out_one": {
        "nl": "{n} bestand in de opslag kan niet worden gelezen en ontbreekt hierin; zie 'gesprek check'.",
        "en": "{n} file in the store cannot be read and is left out; see 'gesprek check'.",
    },
    "cli.export_exists": {
        "nl": "{path} bestaat al; niets geschreven. Overschrijven: voeg --force toe.",
        "en": "{path} exists already; nothing written. To overwrite it, add --force.",
    },
    "cli.exported": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "cli.check_ok": {"nl": "Opslag in orde: {path}", "en": "Store is fine: {path}"},
}
