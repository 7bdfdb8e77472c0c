"""The analysis: pure stages from an `Article` to a `Briefing`; `pipeline.analyze` runs them."""
