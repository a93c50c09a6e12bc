"""The pure domain core: meetings, agendas, timers, agreements, dates.

Nothing in this package may import Textual (a test enforces it).
"""
