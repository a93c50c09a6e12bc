"""Texts of the encrypted store: the passphrase, encrypt and decrypt, sealed files."""

MESSAGES = {
    # files that do not open (store.file_*: the summary index may keep them as problems)
    "store.file_sealed": {
        "nl": "{file} is versleuteld, maar deze opslag heeft geen encryption.json (meer): zonder dat bestand en "
        "de wachtwoordzin is het niet te lezen.",
        "en": "{file} is encrypted, but this store has no encryption.json (any more): without that file and "
        "the passphrase it cannot be read.",
    },
    "store.file_not_opened": {
        "nl": "{file} gaat niet open met de sleutel van deze opslag: het is veranderd, beschadigd of van een "
        "andere plaats hierheen gezet.",
        "en": "{file} does not open with this store's key: it was changed, damaged or moved here from "
        "another place.",
    },
    "store.file_unsealed": {
        "nl": "{file} is niet versleuteld, maar deze opslag wel: het is niet gelezen, want iedereen die in de map "
        "kan schrijven kan het daar hebben neergezet. Is het van jou (bijvoorbeeld een teruggezette reservekopie), "
        "dan nemen gesprek decrypt en daarna gesprek encrypt het op.",
        "en": "{file} is not encrypted, but this store is: it has not been read, as anyone who can write in the "
        "folder could have put it there. If it is yours (a backup put back, say), gesprek decrypt and then "
        "gesprek encrypt take it in.",
    },
    # opening an encrypted store
    "crypt.needs_passphrase": {
        "nl": "De opslag {path} is versleuteld en heeft zijn wachtwoordzin nodig.",
        "en": "The store {path} is encrypted and needs its passphrase.",
    },
    "crypt.wrong_passphrase": {
        "nl": "Verkeerde wachtwoordzin: de opslag gaat er niet mee open. Er is niets gelezen of gewijzigd.",
        "en": "Wrong passphrase: it does not open the store. Nothing has been read or changed.",
    },
    "crypt.damaged": {
        "nl": "{file} is beschadigd ({reason}), en zonder dat bestand is de versleutelde opslag niet te openen. "
        "Er is niets gewijzigd. De vorige versie staat in {bak} als die er is: zet die terug, of een reservekopie.",
        "en": "{file} is damaged ({reason}), and without it the encrypted store cannot be opened. Nothing has "
        "been changed. Its previous version is in {bak} if that exists: put it back, or a backup.",
    },
    "crypt.unknown_form": {
        "nl": "een vorm of waarden die deze versie van gesprek niet kent",
        "en": "a form or values this version of gesprek does not know",
    },
    "crypt.converting": {
        "nl": "De opslag {path} wordt nu versleuteld of ontsleuteld door een ander proces. Open hem opnieuw als "
        "dat klaar is.",
        "en": "The store {path} is being encrypted or decrypted by another process. Open it again when that "
        "is done.",
    },
    "crypt.in_use": {
        "nl": "De opslag {path} is open in een ander proces (de app of een opdracht). Sluit dat eerst: het zou "
        "bestanden in de oude vorm blijven schrijven. Er is niets gewijzigd.",
        "en": "The store {path} is open in another process (the app or a command). Close it first: it would "
        "go on writing files in the old form. Nothing has been changed.",
    },
    "crypt.unfinished_encrypting": {
        "nl": "Het versleutelen van {path} is onderbroken: een deel van de bestanden is nog leesbaar. "
        "Maak het af met: gesprek encrypt",
        "en": "Encrypting {path} was interrupted: some files are still readable. Finish it with: gesprek encrypt",
    },
    "crypt.unfinished_decrypting": {
        "nl": "Het ontsleutelen van {path} is onderbroken: de opslag vraagt nog om de wachtwoordzin. "
        "Maak het af met: gesprek decrypt",
        "en": "Decrypting {path} was interrupted: the store still asks for the passphrase. Finish it with: "
        "gesprek decrypt",
    },
    # encrypt and decrypt
    "crypt.encrypt_help": {
        "nl": "de opslag versleutelen met een wachtwoordzin (gevraagd in de terminal)",
        "en": "encrypt the store with a passphrase (asked in the terminal)",
    },
    "crypt.decrypt_help": {
        "nl": "de versleuteling van de opslag weer opheffen",
        "en": "turn the encrypted store back into a plain one",
    },
    "crypt.encrypted": {
        "nl": "De opslag {path} is versleuteld ({n} bestanden nu versleuteld). Zonder de wachtwoordzin is "
        "er niets meer van te lezen: er is geen herstel.",
        "en": "The store {path} is encrypted ({n} files encrypted now). Without the passphrase nothing in "
        "it can be read again: there is no recovery.",
    },
    "crypt.encrypted_one": {
        "nl": "De opslag {path} is versleuteld ({n} bestand nu versleuteld). Zonder de wachtwoordzin is "
        "er niets meer van te lezen: er is geen herstel.",
        "en": "The store {path} is encrypted ({n} file encrypted now). Without the passphrase nothing in "
        "it can be read again: there is no recovery.",
    },
    "crypt.decrypted": {
        "nl": "De opslag {path} is niet meer versleuteld ({n} bestanden ontsleuteld).",
        "en": "The store {path} is no longer encrypted ({n} files decrypted).",
    },
    "crypt.decrypted_one": {
        "nl": "De opslag {path} is niet meer versleuteld ({n} bestand ontsleuteld).",
        "en": "The store {path} is no longer encrypted ({n} file decrypted).",
    },
    "crypt.not_encrypted": {
        "nl": "De opslag {path} is niet versleuteld.",
        "en": "The store {path} is not encrypted.",
    },
    "crypt.unopened": {
        "nl": "{n} versleutelde bestanden gaan niet open met de sleutel, bijvoorbeeld {example}. Ze zijn "
        "gelaten zoals ze waren en de opslag blijft versleuteld: zonder sleutel zouden ze nooit meer te lezen "
        "zijn. Zet ze terug uit een reservekopie of verwijder ze, en ontsleutel opnieuw.",
        "en": "{n} encrypted files do not open with the key, for example {example}. They have been left as "
        "they were and the store stays encrypted: without the key they could never be read again. Restore them "
        "from a backup or remove them, and decrypt again.",
    },
    "crypt.unopened_one": {
        "nl": "{n} versleuteld bestand gaat niet open met de sleutel: {example}. Het is "
        "gelaten zoals het was en de opslag blijft versleuteld: zonder sleutel zou het nooit meer te lezen "
        "zijn. Zet het terug uit een reservekopie of verwijder het, en ontsleutel opnieuw.",
        "en": "{n} encrypted file does not open with the key: {example}. It has been left as "
        "it was and the store stays encrypted: without the key it could never be read again. Restore it "
        "from a backup or remove it, and decrypt again.",
    },
    # the passphrase
    "crypt.prompt": {
        "nl": "Wachtwoordzin van de opslag {path}: ",
        "en": "Passphrase of the store {path}: ",
    },
    "crypt.prompt_new": {
        "nl": "Nieuwe wachtwoordzin voor {path} (minstens {min} tekens; zonder is niets terug te halen): ",
        "en": "New passphrase for {path} (at least {min} characters; without it nothing can be recovered): ",
    },
    "crypt.prompt_again": {
        "nl": "Nog een keer: ",
        "en": "Once more: ",
    },
    "crypt.mismatch": {
        "nl": "De twee wachtwoordzinnen verschillen. Er is niets gewijzigd.",
        "en": "The two passphrases differ. Nothing has been changed.",
    },
    "crypt.too_short": {
        "nl": "Een wachtwoordzin moet minstens {min} tekens hebben; een paar woorden samen is het makkelijkst. "
        "Er is niets gewijzigd.",
        "en": "A passphrase needs at least {min} characters; a few words together are easiest. Nothing has "
        "been changed.",
    },
    "crypt.no_terminal": {
        "nl": "Geen terminal om de wachtwoordzin te vragen. Zet hem voor een script in een bestand dat alleen "
        "jij kunt lezen en noem dat in GESPREK_PASSPHRASE_FILE.",
        "en": "No terminal to ask the passphrase on. For a script, put it in a file only you can read and name "
        "that file in GESPREK_PASSPHRASE_FILE.",
    },
    "crypt.no_passphrase": {
        "nl": "Geen wachtwoordzin gegeven. Er is niets gewijzigd.",
        "en": "No passphrase given. Nothing has been changed.",
    },
    "crypt.file_open_to_others": {
        "nl": "{file} (GESPREK_PASSPHRASE_FILE) is geen gewoon bestand van jou dat alleen jij kunt lezen "
        "(rechten {mode}). Herstel met: chmod 600 {file}",
        "en": "{file} (GESPREK_PASSPHRASE_FILE) is not a regular file of yours that only you can read "
        "(permissions {mode}). Fix with: chmod 600 {file}",
    },
    "crypt.file_unreadable": {
        "nl": "{file} (GESPREK_PASSPHRASE_FILE) kan niet worden gelezen: {reason}.",
        "en": "{file} (GESPREK_PASSPHRASE_FILE) cannot be read: {reason}.",
    },
}
