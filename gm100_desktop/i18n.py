"""Translation markers the Qt-free core can use so that `lupdate` collects its messages.

The core never translates anything itself: it keeps English templates, and the UI looks them up with
`QCoreApplication.translate(context, template)` at the moment it shows them.
"""

LANGUAGES = ("id", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; return it unchanged."""
    return text


def pick(texts: dict[str, str], language: str) -> str:
    """The text in `language`, else Bahasa Indonesia, else English, else any."""
    for lang in (language, "id", "en"):
        if texts.get(lang):
            return texts[lang]
    return next(iter(texts.values()), "")
