"""One measure in two units, as a copy edited for other readers or translated converts it:
`1,500kg` = `1.5 tonnes`, `104 mph` = `167 km/h`, `40 °C` = `104 °F`, `5 miles` = `8 km`."""

from __future__ import annotations

import re
from decimal import Decimal

# Each unit as a multiple of its dimension's base unit (metre, kilogram, square metre, metre a
# second, litre), as canonical values write units (`number_words.UNITS`).
_IN_BASE: dict[str, tuple[str, Decimal]] = {
    "m": ("length", Decimal(1)),
    "mm": ("length", Decimal("0.001")),
    "cm": ("length", Decimal("0.01")),
    "inch": ("length", Decimal("0.0254")),
    "yd": ("length", Decimal("0.9144")),
    "mg": ("mass", Decimal("0.000001")),
    "g": ("mass", Decimal("0.001")),
    "oz": ("mass", Decimal("0.028349523125")),
    "mL": ("volume", Decimal("0.001")),
    "gal": ("volume", Decimal("3.785411784")),  # the US gallon, as most copies that convert use
    "km": ("length", Decimal(1000)),
    "mi": ("length", Decimal("1609.344")),
    "ft": ("length", Decimal("0.3048")),
    "nmi": ("length", Decimal(1852)),
    "kg": ("mass", Decimal(1)),
    "t": ("mass", Decimal(1000)),
    "lb": ("mass", Decimal("0.45359237")),
    "m2": ("area", Decimal(1)),
    "km2": ("area", Decimal(10**6)),
    "mi2": ("area", Decimal("2589988.11")),
    "ft2": ("area", Decimal("0.09290304")),
    "ha": ("area", Decimal(10**4)),
    "acre": ("area", Decimal("4046.8564224")),
    "km/h": ("speed", Decimal(1)),
    "mph": ("speed", Decimal("1.609344")),
    "L": ("volume", Decimal(1)),
    "bbl": ("volume", Decimal("158.987")),
}
_MEASURE = re.compile(r"(?P<qualifier>[<>=~]*)(?P<n>-?\d+(?:\.\d+)?) (?P<unit>\S+)")
# A converted figure is rounded: to the digits it is written with, or to 1 % (`160 km` for 100 miles).
ROUNDING = Decimal("0.01")


def same_measure(left: str, right: str) -> bool:
    """Two canonical values (`1500 kg`, `1.5 t`) that are one measure in two units of a kind."""
    first, second = _MEASURE.fullmatch(left), _MEASURE.fullmatch(right)
    if not first or not second or first["qualifier"] != second["qualifier"] or first["unit"] == second["unit"]:
        return False
    left_value, right_value = Decimal(first["n"]), Decimal(second["n"])
    if {first["unit"], second["unit"]} == {"°C", "°F"}:
        celsius = left_value if first["unit"] == "°C" else right_value
        written = right_value if first["unit"] == "°C" else left_value
        return _rounds_to(celsius * 9 / 5 + 32, written)
    if first["unit"] not in _IN_BASE or second["unit"] not in _IN_BASE:
        return False
    (kind, factor), (other_kind, other_factor) = _IN_BASE[first["unit"]], _IN_BASE[second["unit"]]
    return kind == other_kind and _rounds_to(left_value * factor / other_factor, right_value)


def _rounds_to(converted: Decimal, written: Decimal) -> bool:
    """`written` is `converted` rounded to its own last digit (and within a tenth of it: `1 mile`
    is no rounding of `2 km`), or within 1 % of it."""
    step = Decimal(1).scaleb(written.as_tuple().exponent)  # type: ignore[arg-type]
    off = abs(converted - written)
    return (off <= step / 2 and off <= abs(written) / 10) or off <= abs(written) * ROUNDING
