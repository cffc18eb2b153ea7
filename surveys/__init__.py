"""Surveys: the format, the loader, the flow engine and the access profile a response keeps. Pure Python, no user interface."""
