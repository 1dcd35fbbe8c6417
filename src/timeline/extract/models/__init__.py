"""Extractor of models facts: rules.py holds the rules, corpus.yaml the examples that test them."""
