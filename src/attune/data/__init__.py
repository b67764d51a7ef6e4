"""Reading, validating, cleaning and splitting a person's data."""
