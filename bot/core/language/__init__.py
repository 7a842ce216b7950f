"""Shared language primitives every engine reaches for: folding, words, sentence spans,
tokens with offsets, a light stemmer and the word lists (verbs of saying, roles, places).
"""
