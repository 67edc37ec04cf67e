"""How search reads text: words, without case or accents, as FTS5's `unicode61
remove_diacritics 2` tokenizer does, so direct matches and index matches agree."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents, as FTS5's `unicode61 remove_diacritics 2` reads text."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_words(query: str) -> list[str]:
    """The folded words of a search text."""
    return WORD.findall(fold(query or ""))


def matches_all(words: list[str], *texts: str) -> bool:
    """Every word starts some word of the texts (the same test as `match_expression`)."""
    found = set(WORD.findall(fold(" ".join(texts))))
    return all(any(token.startswith(word) for token in found) for word in words)
