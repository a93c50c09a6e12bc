"""Two seats: the employee joins the live meeting from her own terminal and account.

The manager's app hosts the meeting on a Unix socket that only the invited account may use
(host.py); her app, `gesprek join CODE`, is the guest (guest.py). They speak a small
versioned protocol of JSON lines (protocol.py); the code and the socket's place are in
invite.py and rendezvous.py. The host stays the single writer of the meeting: what her seat
sends becomes a change the host applies (changes.py) and saves as usual.

Nothing here imports Textual: both ends run on the app's asyncio loop and report to the UI
through callbacks.
"""
