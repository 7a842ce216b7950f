"""The rules by which a subject becomes a person, one mixin module per kind; the entry point is
bot/core/quotes/resolver.py (Resolver).
"""
