"""Translation markers the Qt-free core can use so that `lupdate` collects its messages.

The core never translates anything itself: it keeps English templates, and the UI looks them up with
`QCoreApplication.translate(context, template)` at the moment it shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

LANGUAGES = ("id", "en")
LIST_SEPARATOR = "; "  # between the items of a list of messages given as one parameter


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; return it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A sentence for the user: an English `template` (marked in "GM100Error") and its `{named}` params.

    A parameter may itself be a `Message`, or a tuple of them (shown joined by `LIST_SEPARATOR`); the UI
    translates those too. Everything else (codes, names, numbers) is shown as it is.
    """

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The English text, as the command line prints it."""
        return fill(self.template, self.params, str)

    def __str__(self) -> str:
        return self.text


def message(template: str, /, **params: object) -> Message:
    return Message(template, params)


def fill(template: str, params: Mapping[str, object], render: Callable[[Message], str]) -> str:
    """`template` formatted with `params`, nested messages turned into text by `render(message)`."""

    def plain(value: object) -> object:
        if isinstance(value, Message):
            return render(value)
        if isinstance(value, tuple) and value and all(isinstance(v, Message) for v in value):
            return LIST_SEPARATOR.join(render(v) for v in value if isinstance(v, Message))
        return value

    return template.format(**{k: plain(v) for k, v in params.items()})


def pick(texts: dict[str, str], language: str) -> str:
    """The text in `language`, else Bahasa Indonesia, else English, else any."""
    for lang in (language, "id", "en"):
        if texts.get(lang):
            return texts[lang]
    return next(iter(texts.values()), "")
