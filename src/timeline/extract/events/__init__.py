"""Extractor of events facts: rules.py holds the rules, corpus.yaml the examples that test them."""
