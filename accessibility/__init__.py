"""Accessibility: speech, easy-read checking and colour themes. No Textual."""
