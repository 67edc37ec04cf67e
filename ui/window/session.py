"""Who is at this laptop: the author name every entry is signed with, shared by the tabs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Session:
    """The person using the window (their name signs journal entries)."""

    author: str
