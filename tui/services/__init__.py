"""Use cases: one function per thing a user does, called by the CLI and by the screens alike.

They combine the pure domain with the store and the agenda files; neither the CLI nor a
screen holds these steps. Nothing here imports Textual.
"""
