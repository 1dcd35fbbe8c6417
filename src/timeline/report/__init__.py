"""The visual report (`timeline report`)."""
