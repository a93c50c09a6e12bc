"""Texts of the storage layer: broken files, full disks, conflicts, autosave."""

MESSAGES = {
    # opening the store
    "store.cannot_create": {
        "nl": "Kan de map {path} niet aanmaken: {reason}. Kies een andere map met GESPREK_STORE.",
        "en": "Cannot create the folder {path}: {reason}. Choose another folder with GESPREK_STORE.",
    },
    "store.not_yours": {
        "nl": "De opslagmap {path} is van een andere gebruiker (uid {owner}), die er gesprekken kan lezen, "
        "wijzigen en wissen. Gebruik een eigen map: --store MAP of GESPREK_STORE.",
        "en": "The store folder {path} belongs to another user (uid {owner}), who can read, change and "
        "delete meetings in it. Use a folder of your own: --store DIR or GESPREK_STORE.",
    },
    "store.writable_by_others": {
        "nl": "Anderen kunnen schrijven in de opslagmap {path} (rechten {mode}) en dus gesprekken wijzigen of "
        "wissen. Kijk na of alles erin van jou is en herstel met: {fix}. Of gebruik een andere map met --store.",
        "en": "Others can write in the store folder {path} (permissions {mode}), so they can change or delete "
        "meetings. Check that everything in it is yours and fix with: {fix}. Or use another folder with --store.",
    },
    "store.not_found": {
        "nl": "Gesprek {id} staat niet in {folder}.",
        "en": "Meeting {id} is not in {folder}.",
    },
    "store.bad_id": {
        "nl": "Ongeldige gespreks-id {id!r}: alleen letters, cijfers, - en _ zijn toegestaan.",
        "en": "Invalid meeting id {id!r}: only letters, digits, - and _ are allowed.",
    },
    # files that do not load
    "store.file_garbled": {
        "nl": "{file} is beschadigd: geen geldige JSON (rond regel {line}).",
        "en": "{file} is damaged: not valid JSON (near line {line}).",
    },
    "store.file_too_deep": {
        "nl": "{file} is beschadigd: de JSON is te diep genest om te lezen.",
        "en": "{file} is damaged: its JSON is nested too deeply to read.",
    },
    "store.file_foreign": {
        "nl": "{file} bevat geen gesprek in een vorm die gesprek kent.",
        "en": "{file} does not hold a meeting in a form gesprek knows.",
    },
    "store.file_invalid": {
        "nl": "{file} is beschadigd: het veld {field} ontbreekt of heeft een waarde waar gesprek niets mee kan.",
        "en": "{file} is damaged: the field {field} is missing or has a value gesprek cannot use.",
    },
    "store.file_not_regular": {
        "nl": "{file} is geen gewoon bestand (maar bijvoorbeeld een map).",
        "en": "{file} is not a regular file (but a folder, for instance).",
    },
    "store.file_newer": {
        "nl": "{file} is gemaakt door een nieuwere versie van gesprek (schema {found}; deze versie kent tot en met {known}). Werk gesprek bij om het te openen.",
        "en": "{file} was made by a newer version of gesprek (schema {found}; this version knows up to {known}). Update gesprek to open it.",
    },
    "store.file_unreadable": {
        "nl": "{file} kan niet worden gelezen: {reason}.",
        "en": "{file} cannot be read: {reason}.",
    },
    "store.untouched": {
        "nl": "Het bestand is niet gewijzigd.",
        "en": "The file has not been changed.",
    },
    "store.untouched_bak": {
        "nl": "Het bestand is niet gewijzigd; de vorige goede versie staat in {bak}.",
        "en": "The file has not been changed; the previous good version is in {bak}.",
    },
    "store.untouched_bad_bak": {
        "nl": "Het bestand is niet gewijzigd; de reservekopie {bak} is ook beschadigd.",
        "en": "The file has not been changed; its backup {bak} does not load either.",
    },
    "store.kept_copy": {
        "nl": "Jouw versie is bewaard in {file}.",
        "en": "Your version has been kept in {file}.",
    },
    "store.has_conflict_copies": {
        "nl": "Van gesprek {id} is {n}× een versie apart bewaard omdat het ook ergens anders werd opgeslagen "
        "(laatste: {file}). Kies het op het startscherm en druk m om te vergelijken en over te nemen.",
        "en": "Meeting {id} has {n} versions kept apart because it was also saved elsewhere "
        "(latest: {file}). Select it on the start screen and press m to compare and copy them over.",
    },
    "store.has_conflict_copies_one": {
        "nl": "Van gesprek {id} is {n}× een versie apart bewaard omdat het ook ergens anders werd opgeslagen "
        "(laatste: {file}). Kies het op het startscherm en druk m om te vergelijken en over te nemen.",
        "en": "Meeting {id} has {n} version kept apart because it was also saved elsewhere "
        "(latest: {file}). Select it on the start screen and press m to compare and copy it over.",
    },
    # versions rescued elsewhere when the store could not take them (rescue.py)
    "store.rescued_restored": {
        "nl": "Wat getypt was toen het gesprek {id} stopte (de schijf was vol) is teruggezet uit {file}.",
        "en": "What was typed when meeting {id} stopped (the disk was full) has been restored from {file}.",
    },
    "store.rescued_kept_apart": {
        "nl": "Wat getypt was toen gesprek {id} stopte (de schijf was vol) staat apart in {file}: "
        "het gesprek is intussen gewijzigd. Vergelijk en neem over: startscherm, m.",
        "en": "What was typed when meeting {id} stopped (the disk was full) is kept apart in {file}: "
        "the meeting changed meanwhile. Compare and copy over: start screen, m.",
    },
    "store.rescued_waiting": {
        "nl": "Wat getypt was toen een gesprek stopte staat nog in {file} en kon niet terug: {error}",
        "en": "What was typed when a meeting stopped is still in {file} and could not be taken back: {error}",
    },
    "store.rescued_waiting_check": {
        "nl": "Wat getypt was toen een gesprek stopte (de schijf was vol) staat in {file}; het komt terug "
        "zodra je de app opent.",
        "en": "What was typed when a meeting stopped (the disk was full) is in {file}; it comes back when "
        "you open the app.",
    },
    "store.rescued_outbox_waiting_check": {
        "nl": "Wat je op je eigen plek in gesprek {id} typte toen die sloot (de schijf was vol) staat in {file}; "
        "het komt terug zodra je weer aansluit (gesprek join) of de app opent.",
        "en": "What you typed on your own seat in meeting {id} when it closed (the disk was full) is in {file}; "
        "it comes back when you join again (gesprek join) or open the app.",
    },
    "store.rescued_broken": {
        "nl": "{file} is geen leesbare geredde versie; het blijft liggen.",
        "en": "{file} is not a readable rescued version; it is left where it is.",
    },
    "store.rescued_to": {
        "nl": "De opslag nam niet alles aan; wat je typte staat in {file} en komt terug als je de app opent.",
        "en": "The store did not take everything; what you typed is in {file} and comes back when you open the app.",
    },
    "store.rescue_failed": {
        "nl": "De opslag nam niet alles aan en er was ook elders geen plaats: wat je typte na de laatste keer bewaren is verloren.",
        "en": "The store did not take everything and there was no room elsewhere either: what you typed after the last save is lost.",
    },
    "store.meeting_gone": {
        "nl": "Gesprek {id} is intussen verwijderd: opslaan zet het niet terug.",
        "en": "Meeting {id} was deleted meanwhile: saving does not bring it back.",
    },
    # saving
    "store.conflict": {
        "nl": "Gesprek {id} is intussen ergens anders opgeslagen (versie {stored}; jouw versie bouwt op versie {yours}). Jouw versie is bewaard in {file}.",
        "en": "Meeting {id} was saved elsewhere in the meantime (revision {stored}; yours builds on revision {yours}). Your version has been kept in {file}.",
    },
    "store.disk_full": {
        "nl": "De schijf is vol: {path} kon niet worden opgeslagen. Maak ruimte vrij.",
        "en": "The disk is full: {path} could not be saved. Free up some space.",
    },
    "store.read_only": {
        "nl": "{path} kon niet worden opgeslagen: de map is alleen-lezen.",
        "en": "{path} could not be saved: the folder is read-only.",
    },
    "store.no_permission": {
        "nl": "Geen toestemming om {path} op te slaan.",
        "en": "No permission to save {path}.",
    },
    "store.write_failed": {
        "nl": "{path} kon niet worden opgeslagen: {reason}.",
        "en": "{path} could not be saved: {reason}.",
    },
    "store.busy": {
        "nl": "De opslag is bezet: een ander proces houdt {lock} vast.",
        "en": "The store is busy: another process holds {lock}.",
    },
    # privacy
    "store.dir_open": {
        "nl": "Anderen hebben toegang tot de map {path} (rechten {mode}). Herstel met: {fix}",
        "en": "Others can access the folder {path} (permissions {mode}). Fix with: {fix}",
    },
    "store.files_open": {
        "nl": "{n} bestanden in de opslag zijn leesbaar voor anderen, bijvoorbeeld {example}. Herstel met: {fix}",
        "en": "{n} files in the store can be read by others, for example {example}. Fix with: {fix}",
    },
    "store.files_open_one": {
        "nl": "{n} bestand in de opslag is leesbaar voor anderen: {example}. Herstel met: {fix}",
        "en": "{n} file in the store can be read by others: {example}. Fix with: {fix}",
    },
    # autosave
    "store.saved": {"nl": "Opgeslagen om {time}.", "en": "Saved at {time}."},
    "store.retrying": {
        "nl": "{error} Nieuwe poging over {seconds} s; je aantekeningen blijven zolang in het geheugen.",
        "en": "{error} Trying again in {seconds} s; your notes stay in memory until then.",
    },
    "store.autosave_stopped": {
        "nl": "{error} Automatisch opslaan van dit gesprek is gestopt; verdere wijzigingen gaan naar {file}.",
        "en": "{error} Autosave of this meeting has stopped; further changes go to {file}.",
    },
    "store.unexpected": {
        "nl": "Onverwachte fout bij opslaan: {error}.",
        "en": "Unexpected error while saving: {error}.",
    },
}
