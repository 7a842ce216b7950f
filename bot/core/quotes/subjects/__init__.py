"""The rules that find who a verb of saying belongs to, one module per kind of rule; the entry
point is bot/core/quotes/attribution.py.
"""
