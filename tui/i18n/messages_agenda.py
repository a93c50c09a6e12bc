"""Texts of agenda templates: parse problems, the template library, `agendas check`."""

MESSAGES = {
    # reading the file
    "agenda.not_utf8": {
        "nl": "Geen UTF-8-tekst (ongeldige byte {byte}): bewaar het bestand als UTF-8.",
        "en": "Not UTF-8 text (invalid byte {byte}): save the file as UTF-8.",
    },
    "agenda.unreadable": {
        "nl": "Kan het bestand niet lezen: {reason}",
        "en": "Cannot read the file: {reason}",
    },
    # title and structure
    "agenda.empty": {
        "nl": "Het bestand is leeg: begin met '# Titel' en zet daaronder per onderwerp '## Onderwerp (10 min)'.",
        "en": "The file is empty: start with '# Title' and add a '## Topic (10 min)' per topic below it.",
    },
    "agenda.no_title": {
        "nl": "Geen titel bovenaan: begin het bestand met een regel '# Titel'.",
        "en": "No title at the top: start the file with a line '# Title'.",
    },
    "agenda.empty_title": {
        "nl": "De titel is leeg: schrijf iets na '# '.",
        "en": "The title is empty: write something after '# '.",
    },
    "agenda.extra_title": {
        "nl": "Nog een kop met één '#': een agenda heeft één titel, bovenaan; gebruik '##' voor een onderwerp.",
        "en": "Another heading with a single '#': an agenda has one title, at the top; use '##' for a topic.",
    },
    "agenda.heading_level": {
        "nl": "Koppen met '{marks}' worden niet ondersteund: gebruik '##' voor een onderwerp en '- ' voor een vraag.",
        "en": "Headings with '{marks}' are not supported: use '##' for a topic and '- ' for a prompt.",
    },
    "agenda.no_topics": {
        "nl": "De agenda heeft geen onderwerpen: voeg per onderwerp een kop '## Onderwerp (10 min)' toe.",
        "en": "The agenda has no topics: add a heading '## Topic (10 min)' per topic.",
    },
    "agenda.outside_topic": {
        "nl": "Tekst vóór het eerste onderwerp: daar horen alleen instellingen zoals 'taal: nl'.",
        "en": "Text before the first topic: only settings such as 'lang: en' belong there.",
    },
    "agenda.stray_text": {
        "nl": "Onder een onderwerp horen alleen vragen als opsomming ('- ...') en 'overdracht: ja'.",
        "en": "Under a topic, only prompts as a bullet list ('- ...') and 'carry-over: yes' belong.",
    },
    # topics
    "agenda.no_topic_title": {
        "nl": "Onderwerp zonder titel: schrijf '## Titel (10 min)'.",
        "en": "Topic without a title: write '## Title (10 min)'.",
    },
    "agenda.no_minutes": {
        "nl": "Geen geplande minuten bij '{title}': schrijf bijvoorbeeld '## {title} (10 min)'.",
        "en": "No planned minutes for '{title}': write for example '## {title} (10 min)'.",
    },
    "agenda.minutes_not_number": {
        "nl": "'{value}' is geen geheel aantal minuten: schrijf bijvoorbeeld '(10 min)'.",
        "en": "'{value}' is not a whole number of minutes: write for example '(10 min)'.",
    },
    "agenda.minutes_range": {
        "nl": "{minutes} minuten kan niet: plan 1 tot {max} minuten per onderwerp.",
        "en": "{minutes} minutes is not possible: plan 1 to {max} minutes per topic.",
    },
    "agenda.duplicate_topic": {
        "nl": "Het onderwerp '{title}' staat er al (regel {first}): geef elk onderwerp een eigen titel.",
        "en": "The topic '{title}' is already there (line {first}): give each topic its own title.",
    },
    "agenda.empty_prompt": {
        "nl": "Lege vraag: schrijf tekst na '- ' of haal de regel weg.",
        "en": "Empty prompt: write text after '- ' or remove the line.",
    },
    "agenda.prompt_not_text": {
        "nl": "Een vraag is gewone tekst: opsommingen in opsommingen, koppen en codeblokken in een vraag worden niet ondersteund.",
        "en": "A prompt is plain text: lists inside lists, headings and code blocks inside a prompt are not supported.",
    },
    "agenda.second_carry_over": {
        "nl": "Maar één onderwerp krijgt de open afspraken van vorige keer; dat is al het onderwerp op regel {first}.",
        "en": "Only one topic receives last time's open agreements; that is already the topic on line {first}.",
    },
    # settings
    "agenda.unknown_key": {
        "nl": "Onbekende instelling '{setting}'; hier kan: {known}.",
        "en": "Unknown setting '{setting}'; possible here: {known}.",
    },
    "agenda.duplicate_key": {
        "nl": "'{setting}' is al ingesteld op regel {first}.",
        "en": "'{setting}' is already set on line {first}.",
    },
    "agenda.empty_value": {
        "nl": "Geen waarde bij '{setting}'.",
        "en": "No value for '{setting}'.",
    },
    "agenda.bad_yes_no": {
        "nl": "'{value}' bij '{setting}': schrijf ja of nee.",
        "en": "'{value}' for '{setting}': write yes or no.",
    },
    "agenda.unknown_kind": {
        "nl": "Onbekende soort gesprek '{value}'; kies uit: {known}.",
        "en": "Unknown kind of conversation '{value}'; choose from: {known}.",
    },
    "agenda.unknown_lang": {
        "nl": "Onbekende taal '{value}'; kies uit: {known}.",
        "en": "Unknown language '{value}'; choose from: {known}.",
    },
    "agenda.lang_mismatch": {
        "nl": "De bestandsnaam zegt taal '{expected}', maar hier staat '{value}'.",
        "en": "The file name says language '{expected}', but this says '{value}'.",
    },
    "agenda.bad_followup": {
        "nl": "'{value}' is geen termijn tot het volgende gesprek: schrijf bijvoorbeeld 6w, 3m of 12m (hoogstens een jaar).",
        "en": "'{value}' is not a term until the next conversation: write for example 6w, 3m or 12m (a year at most).",
    },
    # the library
    "agenda.unknown_name": {
        "nl": "Onbekende agenda '{name}'. Beschikbaar: {available}.",
        "en": "Unknown agenda '{name}'. Available: {available}.",
    },
    "agenda.none_available": {"nl": "geen", "en": "none"},
    "agenda.ok": {
        "nl": "{source}: ok ({n} onderwerpen, {minutes} min)",
        "en": "{source}: ok ({n} topics, {minutes} min)",
    },
    "agenda.ok_one": {"nl": "{source}: ok ({n} onderwerp, {minutes} min)", "en": "{source}: ok ({n} topic, {minutes} min)"},
}
