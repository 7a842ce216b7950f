"""The rules that give each quotation its speaker, one module per kind; the entry point is
bot/core/quotes/quotations.py (attributed_quotes).
"""
