"""The Textual reader: it only presents what the core computed."""
