"""Language names, each written in its own language, for choosing a language."""

from __future__ import annotations

NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "cy": "Cymraeg",
    "gd": "Gàidhlig",
    "ga": "Gaeilge",
    "pl": "Polski",
    "ro": "Română",
    "ur": "اردو",
    "pa": "ਪੰਜਾਬੀ",
    "bn": "বাংলা",
    "ar": "العربية",
    "so": "Soomaali",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "uk": "Українська",
}


def native_name(code: str) -> str:
    """The name of a language in that language, or its code when not known."""
    return NATIVE_NAMES.get(code, code)
