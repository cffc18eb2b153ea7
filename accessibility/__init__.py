"""Accessibility: speech, easy-read checking, access profiles and colour themes. No Textual."""
