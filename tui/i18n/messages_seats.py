"""Texts of the two seats: the invitation on the manager's seat, the employee's own seat."""

MESSAGES = {
    # errors of the rendezvous and the code (tui/seats)
    "seat.unknown_login": {
        "nl": "Geen account {login!r} op deze machine: geef de Unix-login van de medewerker (zie 'id' in haar terminal).",
        "en": "No account {login!r} on this machine: give the employee's Unix login (see 'id' in her terminal).",
    },
    "seat.bad_code": {
        "nl": "Dat is geen code van gesprek: die ziet eruit als 'gesprek join pieter:5f3c2a9b81de:k7x2m9q4t8w3z4ab'.",
        "en": "That is not a gesprek code: one looks like 'gesprek join pieter:5f3c2a9b81de:k7x2m9q4t8w3z4ab'.",
    },
    "seat.folder_error": {"nl": "Map {path}: {reason}", "en": "Folder {path}: {reason}"},
    "seat.folder_not_safe": {
        "nl": "{path} is niet van de leidinggevende of anderen mogen erin schrijven (eigenaar: {owner}); "
        "niet gebruikt. Iemand kan proberen mee te luisteren: laat de beheerder kijken.",
        "en": "{path} is not the manager's, or others may write in it (owner: {owner}); not used. "
        "Someone may be trying to listen in: ask your administrator to look.",
    },
    "seat.base_not_safe": {
        "nl": "In {path} mag iedereen mappen van anderen weghalen (geen sticky bit); kies met GESPREK_SEATS_DIR een andere map, voor beide plekken.",
        "en": "In {path} anyone may remove others' folders (no sticky bit); choose another with GESPREK_SEATS_DIR, for both seats.",
    },
    "seat.already_hosted": {
        "nl": "Dit gesprek is al open in een andere gesprek-app van jou; daar kan de medewerker aansluiten.",
        "en": "This meeting is already open in another gesprek app of yours; the employee can join there.",
    },
    # why a connection was closed or refused (protocol.Problem), on both seats
    "seat.problem.syntax": {"nl": "een bericht dat geen geldige JSON-regel is", "en": "a message that is not a valid JSON line"},
    "seat.problem.too_long": {"nl": "een bericht dat te lang is", "en": "a message that is too long"},
    "seat.problem.version": {"nl": "een andere versie van gesprek", "en": "another version of gesprek"},
    "seat.problem.type": {"nl": "een bericht dat van die plek niet mag", "en": "a message not allowed from that seat"},
    "seat.problem.field": {"nl": "een bericht met een onjuist veld", "en": "a message with a wrong field"},
    "seat.problem.order": {"nl": "berichten in de verkeerde volgorde", "en": "messages in the wrong order"},
    "seat.problem.timeout": {"nl": "geen antwoord op tijd", "en": "no answer in time"},
    "seat.problem.not_invited": {"nl": "dit account is niet uitgenodigd", "en": "this account is not invited"},
    "seat.problem.code": {
        "nl": "deze code geldt niet (meer): vraag je leidinggevende om de nieuwe",
        "en": "this code is not (or no longer) valid: ask your manager for the new one",
    },
    "seat.problem.replaced": {
        "nl": "je bent ergens anders opnieuw aangesloten; daar loopt het verder",
        "en": "you joined again elsewhere; it goes on there",
    },
    "seat.problem.host": {
        "nl": "aan de andere kant zit niet de leidinggevende uit de code",
        "en": "the other end is not the manager the code names",
    },
    "seat.problem.busy": {
        "nl": "te veel verbindingen tegelijk van dit account; het wordt zo opnieuw geprobeerd",
        "en": "too many connections at once from this account; it tries again shortly",
    },
    # the manager's seat: the line under the clock
    "seat.line.waiting": {"nl": "Eigen plek {login}: gesprek join {code}", "en": "{login}'s own seat: gesprek join {code}"},
    "seat.line.joined": {
        "nl": "● {login} is verbonden sinds {since}{proposals} · ^J",
        "en": "● {login} connected since {since}{proposals} · ^J",
    },
    "seat.line.left": {
        "nl": "{login} is weg sinds {at} · terug met gesprek join {code}",
        "en": "{login} left at {at} · back with gesprek join {code}",
    },
    "seat.line.proposals": {"nl": " · {n} voorstellen", "en": " · {n} proposals"},
    "seat.line.proposals_one": {"nl": " · {n} voorstel", "en": " · {n} proposal"},
    "seat.line.unavailable": {"nl": "Eigen plek niet beschikbaar: {reason}", "en": "Own seat not available: {reason}"},
    # the manager's seat: notices
    "seat.joined": {"nl": "{login} is verbonden vanaf haar eigen plek.", "en": "{login} joined from her own seat."},
    "seat.left": {
        "nl": "{login} is weg; het gesprek gaat door. Met dezelfde code komt ze terug.",
        "en": "{login} left; the meeting goes on. The same code brings her back.",
    },
    "seat.refused": {
        "nl": "Geweigerd: een poging van {login} om aan te sluiten ({problem}).",
        "en": "Refused: an attempt by {login} to join ({problem}).",
    },
    "seat.closed": {
        "nl": "De verbinding met de eigen plek is gesloten: {problem}. Het gesprek is niet veranderd.",
        "en": "The connection to the own seat was closed: {problem}. The meeting did not change.",
    },
    "seat.got.topic": {"nl": "{login} stelt een onderwerp voor: {text}", "en": "{login} proposes a topic: {text}"},
    "seat.got.agreement": {
        "nl": "{login} stelt een afspraak voor: {text} (^J om te bekijken)",
        "en": "{login} proposes an agreement: {text} (^J to look at it)",
    },
    "seat.got.signoff": {"nl": "{login} geeft haar akkoord: {text}", "en": "{login} signs off: {text}"},
    # the manager's seat: the panel (^J)
    "key.seat": {"nl": "Eigen plek medewerker", "en": "Employee's own seat"},
    "cmd.seat": {
        "nl": "De medewerker uitnodigen op haar eigen plek (gesprek join), of zien wie er verbonden is",
        "en": "Invite the employee to her own seat (gesprek join), or see who is connected",
    },
    "seat.panel.title": {"nl": "Eigen plek voor de medewerker", "en": "The employee's own seat"},
    "seat.panel.intro": {
        "nl": "Op een gedeelde server kan {employee} vanuit haar eigen account meedoen: de agenda en de "
        "notities live zien, zelf punten, notities en afspraken inbrengen, en zelf akkoord geven. "
        "Alleen het account dat je hier noemt komt binnen.",
        "en": "On a shared server {employee} can take part from her own account: see the agenda and the "
        "notes live, add her own points, notes and agreements, and sign off herself. Only the account "
        "you name here gets in.",
    },
    "seat.panel.login": {"nl": "Haar Unix-login op deze machine", "en": "Her Unix login on this machine"},
    "seat.panel.give": {"nl": "Geef {login} deze regel, om in haar eigen terminal te typen:", "en": "Give {login} this line, to type in her own terminal:"},
    "seat.panel.waiting": {"nl": "Nog niet verbonden.", "en": "Not connected yet."},
    "seat.panel.joined": {"nl": "Verbonden sinds {since}.", "en": "Connected since {since}."},
    "seat.panel.left": {"nl": "Weg sinds {at}.", "en": "Left at {at}."},
    "seat.panel.proposals": {"nl": "Voorstellen van {login} (Enter: aannemen, x: afwijzen):", "en": "Proposals by {login} (Enter: accept, x: decline):"},
    "seat.panel.no_proposals": {"nl": "Geen voorstellen die wachten.", "en": "No proposals waiting."},
    "seat.panel.refused": {"nl": "Geweigerde pogingen:", "en": "Refused attempts:"},
    "seat.panel.refusal": {"nl": "{at}  {login}: {problem}", "en": "{at}  {login}: {problem}"},
    "seat.panel.new_code_confirm": {
        "nl": "Een nieuwe code maken? De oude werkt dan niet meer, en wie daarmee verbonden is, wordt afgesloten.",
        "en": "Make a new code? The old one then stops working, and whoever is connected with it is disconnected.",
    },
    "seat.panel.accept_gone": {
        "nl": "Dit voorstel is al aangenomen of afgewezen, of de afspraak bestaat al: er is niets toegevoegd.",
        "en": "This proposal was accepted or declined already, or the agreement exists already: nothing was added.",
    },
    "seat.panel.decline_confirm": {"nl": "Voorstel “{what}” afwijzen?", "en": "Decline the proposal “{what}”?"},
    "seat.key.invite": {"nl": "Uitnodigen", "en": "Invite"},
    "seat.key.accept": {"nl": "Aannemen", "en": "Accept"},
    "seat.key.decline": {"nl": "Afwijzen", "en": "Decline"},
    "seat.key.new_code": {"nl": "Nieuwe code", "en": "New code"},
    "seat.signed_there": {
        "nl": "{login} geeft dit akkoord vanaf haar eigen plek.",
        "en": "{login} gives this sign-off from her own seat.",
    },
    # her seat
    "seat.title": {"nl": "{kind} · {employee} met {manager} · {date}", "en": "{kind} · {employee} with {manager} · {date}"},
    "seat.title_unknown": {"nl": "gesprek · jouw eigen plek · met {host}", "en": "gesprek · your own seat · with {host}"},
    "seat.status.connecting": {"nl": "Verbinden met {host}…", "en": "Connecting to {host}…"},
    "seat.status.connected": {
        "nl": "Verbonden met {host}; wat je bewaart is van jou (medewerker).",
        "en": "Connected to {host}; what you keep is yours (employee).",
    },
    "seat.status.offline": {
        "nl": "{host} heeft het gesprek nu niet open. Wat je nu bewaart (^S een punt, ^T een onderwerp) "
        "gaat mee zodra jullie allebei verbonden zijn.",
        "en": "{host} does not have the meeting open now. What you keep now (^S a point, ^T a topic) is "
        "delivered as soon as you are both connected.",
    },
    "seat.status.away": {
        "nl": "{host} heeft het gesprek nu niet open; wat je bewaart gaat mee zodra het weer open is.",
        "en": "{host} does not have the meeting open now; what you keep is delivered once it is open again.",
    },
    "seat.status.dropped": {
        "nl": "Verbinding met {host} verbroken{problem}; opnieuw verbinden zodra het gesprek weer open is. Wat je typt blijft staan.",
        "en": "Connection to {host} lost{problem}; reconnecting as soon as the meeting is open again. What you type stays.",
    },
    "seat.status.refused": {"nl": "Geweigerd: {problem}.", "en": "Refused: {problem}."},
    "seat.status.trouble": {"nl": "Probleem: {message}", "en": "Problem: {message}"},
    "seat.status.pending": {"nl": " · {count} nog niet ontvangen", "en": " · {count} not received yet"},
    "seat.pending": {"nl": "nog niet ontvangen", "en": "not received yet"},
    # what has not reached the manager when she quits (it stays in her outbox)
    "seat.unsent.items": {"nl": "{count} nog niet ontvangen", "en": "{count} not received yet"},
    "seat.unsent.typing": {"nl": "tekst die je nog niet hebt toegevoegd", "en": "text you have not added yet"},
    "seat.unsent.form": {"nl": "een voorstel dat nog openstaat", "en": "a proposal still open"},
    "quit.seat_unsent": {
        "nl": "Nog niet bij {host}: {what}. Het blijft bewaard op jouw account en komt terug als je weer "
        "aansluit. Toch stoppen?",
        "en": "Not with {host} yet: {what}. It stays kept on your account and comes back when you join "
        "again. Quit anyway?",
    },
    "seat.open_elsewhere": {
        "nl": "Je plek in dit gesprek is al open in een ander venster of een andere sessie: ga daar verder.",
        "en": "Your seat in this meeting is already open in another window or session: go on there.",
    },
    "seat.outbox_set_aside": {
        "nl": "Wat je plek voor dit gesprek bewaarde, kon niet gelezen worden. Het staat apart in {file}; "
        "je begint hier opnieuw.",
        "en": "What your seat kept for this meeting could not be read. It is kept apart in {file}; "
        "you start afresh here.",
    },
    "seat.rescued_to": {
        "nl": "Je opslag nam niet aan wat je op je plek typte; het staat in {file} en komt terug als je "
        "weer aansluit bij dit gesprek (gesprek join).",
        "en": "Your store did not take what you typed on your seat; it is in {file} and comes back when "
        "you join this meeting again (gesprek join).",
    },
    "seat.rescued_back": {
        "nl": "Wat je typte toen je plek de vorige keer sloot (je opslag nam het niet aan) is terug, uit {file}.",
        "en": "What you typed when your seat last closed (your store did not take it) is back, from {file}.",
    },
    "seat.rescued_back_to_outbox": {
        "nl": "Wat je op je eigen plek in gesprek {id} typte toen die sloot (je opslag nam het niet aan) is "
        "teruggezet uit {file}; het staat klaar als je weer aansluit (gesprek join).",
        "en": "What you typed on your own seat in meeting {id} when it closed (your store did not take it) "
        "has been restored from {file}; it is there when you join again (gesprek join).",
    },
    "seat.draft_reopened": {
        "nl": "Dit voorstel stond nog open toen je plek sloot: bewaar (Ctrl+S) of annuleer (Esc).",
        "en": "This proposal was still open when your seat closed: save it (Ctrl+S) or cancel (Esc).",
    },
    "seat.pending_topic": {"nl": "Voorgesteld onderwerp: {title}", "en": "Proposed topic: {title}"},
    "seat.pending_agreement": {"nl": "Voorgestelde afspraak: {what}", "en": "Proposed agreement: {what}"},
    "seat.pending_signoff": {"nl": "Jouw akkoord: {value}", "en": "Your sign-off: {value}"},
    "seat.editor.note": {"nl": "Notitie van jou (medewerker){pending}", "en": "Note by you (employee){pending}"},
    "seat.editor.point": {
        "nl": "Voorbereiding van jou (medewerker) (^S){pending}",
        "en": "Preparation by you (employee) (^S){pending}",
    },
    "seat.editor.note_unsaved": {
        "nl": "Notitie van jou · NIET OPGESLAGEN{pending}",
        "en": "Note by you · NOT SAVED{pending}",
    },
    "seat.editor.point_unsaved": {
        "nl": "Voorbereiding van jou · NIET OPGESLAGEN{pending}",
        "en": "Preparation by you · NOT SAVED{pending}",
    },
    "seat.key.topic": {"nl": "Onderwerp", "en": "Topic"},
    "seat.key.signoff": {"nl": "Akkoord", "en": "Sign off"},
    "seat.key.report": {"nl": "Verslag", "en": "Report"},
    "seat.cmd.topic": {"nl": "Een onderwerp voor de agenda voorstellen", "en": "Propose a topic for the agenda"},
    "seat.cmd.agreement": {"nl": "Een afspraak voorstellen aan je leidinggevende", "en": "Propose an agreement to your manager"},
    "seat.cmd.agreements": {"nl": "De afspraken en je voorstellen", "en": "The agreements and your proposals"},
    "seat.cmd.signoff": {"nl": "Afronding bekijken en je eigen akkoord geven", "en": "See the closing details and give your own sign-off"},
    "seat.cmd.report": {"nl": "Het verslag lezen zoals het nu is", "en": "Read the report as it is now"},
    "seat.topic_prompt": {"nl": "Onderwerp dat je wilt bespreken", "en": "A topic you want to discuss"},
    "seat.not_connected": {
        "nl": "Alleen als je verbonden bent: je akkoord geef je tijdens het gesprek.",
        "en": "Only while you are connected: you sign off during the meeting.",
    },
    "seat.too_long": {"nl": "Niet bewaard: {problem}.", "en": "Not kept: {problem}."},
    "seat.finished": {
        "nl": "Het gesprek is afgerond. Een kopie staat in je eigen opslag: 'gesprek list' toont het, e exporteert je verslag.",
        "en": "The meeting has ended. A copy is in your own store: 'gesprek list' shows it, e exports your report.",
    },
    "seat.not_delivered": {
        "nl": "{n} dingen kwamen niet meer aan: het gesprek was al afgerond.",
        "en": "{n} items did not arrive: the meeting had already ended.",
    },
    "seat.not_delivered_one": {
        "nl": "{n} ding kwam niet meer aan: het gesprek was al afgerond.",
        "en": "{n} item did not arrive: the meeting had already ended.",
    },
    "seat.code_prompt": {"nl": "De code van je leidinggevende (gesprek join …)", "en": "The code from your manager (gesprek join …)"},
    # her seat: agreements and sign-off
    "seat.agreements.title": {"nl": "Afspraken", "en": "Agreements"},
    "seat.agreements.none": {"nl": "Nog geen afspraken.", "en": "No agreements yet."},
    "seat.agreements.yours": {"nl": "Jouw voorstellen", "en": "Your proposals"},
    "seat.agreements.waiting": {"nl": "wacht op {host}", "en": "waiting for {host}"},
    "seat.agreements.declined": {"nl": "niet aangenomen", "en": "not accepted"},
    "seat.agreements.line": {"nl": "• {what} · {owner} · {due} · {status}", "en": "• {what} · {owner} · {due} · {status}"},
    "seat.signoff.title": {"nl": "Afronden", "en": "Closing"},
    "seat.signoff.details": {
        "nl": "Volgend gesprek: {followup}\nVerslag door: {writer} · bewaard in: {kept_at}\nAkkoord leidinggevende: {manager}",
        "en": "Next conversation: {followup}\nReport by: {writer} · kept at: {kept_at}\nManager's sign-off: {manager}",
    },
    "seat.signoff.yours": {"nl": "Jouw akkoord ({name})", "en": "Your sign-off ({name})"},
    # the command line
    "cli.join_help": {
        "nl": "meedoen aan een gesprek vanaf je eigen plek, met de code van je leidinggevende (zonder code vraagt de app erom)",
        "en": "join a meeting from your own seat, with the code from your manager (without one the app asks for it)",
    },
    "cli.code_help": {
        "nl": "de code, bv. pieter:5f3c2a9b81de:k7x2m9q4t8w3z4ab (anderen zien hem in ps: laat hem liever weg)",
        "en": "the code, e.g. pieter:5f3c2a9b81de:k7x2m9q4t8w3z4ab (others see it in ps: better leave it out)",
    },
    "cli.share_help": {
        "nl": "de medewerker uitnodigen op haar eigen plek: haar Unix-login op deze machine",
        "en": "invite the employee to her own seat: her Unix login on this machine",
    },
}
