"""Labels in a language and numbers written as the language writes them.

The texts are the C library's tables (data/labels: Statistics Norway's
category texts for KOSTRA codes, KOSTRA's wording for indicators); nothing
here reads or sets the process locale.
"""
from __future__ import annotations

import functools
import os
from typing import Optional, Union

from . import core
from .enums import _CODE_LISTS, _Coded
from .indicators import Indicator, IndicatorTable, IndicatorUnit

_NO_BREAK = core.VF_FMT_NO_BREAK


class Labels:
    """The texts of one language: ``Labels("nb")``, ``Labels("en")`` or a
    locale name such as ``"nb_NO.UTF-8"``. Safe to share between threads."""

    __slots__ = ("_h",)

    def __init__(self, lang: str = "nb") -> None:
        self._h = core.Labels(lang)

    @property
    def lang(self) -> str:
        """The language code ("nb", "en")."""
        return self._h.lang()

    def load(self, path: Union[str, os.PathLike]) -> None:
        """Adds or replaces texts from a CSV file in the format of data/labels."""
        self._h.load(os.fspath(path))

    def get(self, key: str) -> Optional[str]:
        """The text of a key ("table.age_group", "code.gender.female"), or None."""
        return self._h.get(key)

    def __call__(self, item: Union[_Coded, Indicator, IndicatorTable, IndicatorUnit]) -> str:
        """The label of a code (``Gender.FEMALE``), an indicator, a table or a unit."""
        if isinstance(item, _Coded):
            text = self._h.code(int(_CODE_LISTS[type(item)]), int(item))
        elif isinstance(item, Indicator):
            text = self._h.indicator(int(item))
        elif isinstance(item, IndicatorTable):
            text = self._h.table(int(item))
        elif isinstance(item, IndicatorUnit):
            text = self._h.unit(int(item))
        else:
            raise TypeError(f"no labels for {type(item).__name__} values; give a code list "
                            "member (Gender.FEMALE), an Indicator, IndicatorTable or IndicatorUnit")
        if text is None:
            raise KeyError(f"no '{self.lang}' label for {item!r}")
        return text

    def integer(self, value: int, no_break: bool = False) -> str:
        """An integer with thousands separators: nb "317 900 000"."""
        return self._h.format_integer(int(value), _NO_BREAK if no_break else 0)

    def fixed(self, scaled: int, decimals: int, no_break: bool = False) -> str:
        """``scaled / 10**decimals`` with exactly ``decimals`` decimals: nb "6,1"."""
        return self._h.format_fixed(int(scaled), int(decimals), _NO_BREAK if no_break else 0)

    def percent(self, scaled: int, decimals: int = 1, no_break: bool = False) -> str:
        """A percentage ``scaled / 10**decimals``: nb "22,4 %"."""
        return self._h.format_percent(int(scaled), int(decimals), _NO_BREAK if no_break else 0)

    def money(self, ore: int, decimals: int = 0, no_break: bool = False) -> str:
        """An amount given in øre, in kroner (``decimals`` 0, rounded half away
        from zero, or 2): nb "317 900 000 kr"."""
        if decimals not in (0, 2):
            raise ValueError(f"decimals must be 0 or 2, not {decimals!r}")
        return self._h.format_money(int(ore), int(decimals), _NO_BREAK if no_break else 0)

    def millions(self, ore: int, decimals: int = 1, no_break: bool = False) -> str:
        """An amount given in øre, in millions of kroner: nb "317,9 mill. kr"."""
        if not 0 <= decimals <= 6:
            raise ValueError(f"decimals must be 0..6, not {decimals!r}")
        return self._h.format_millions(int(ore), int(decimals), _NO_BREAK if no_break else 0)


@functools.lru_cache(maxsize=None)
def _shared(lang: str) -> Labels:
    """The Labels of a language that label() uses, made once."""
    return Labels(lang)


def label(item, lang: str = "nb") -> str:
    """The label of a code, indicator, table or unit: ``label(Gender.FEMALE, "nb")``
    gives "Kvinne"."""
    return _shared(lang)(item)


def language_of_locale(locale: Optional[str] = None) -> str:
    """"nb" for a Norwegian locale name (nb_NO, nn_NO, no_NO), "en" otherwise.
    With no argument, the environment's LC_ALL, LC_MESSAGES or LANG (first set)."""
    if locale is None:
        locale = next((os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG")
                       if os.environ.get(k)), "")
    return core.language_of_locale(locale)
