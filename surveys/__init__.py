"""Surveys: the format, the loader and the flow engine. Pure Python, no user interface."""
