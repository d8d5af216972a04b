"""One entity's other spellings, merged into one name: countries written short (`U.S.`,
`UK`), a few institutions (`Fed`), and US states as AP style writes them (`Mich.`)."""

from __future__ import annotations

from pipeline.normalize.text import fold

# Demonyms stay distinct from places; only these spellings of one entity are merged.
ALIASES: dict[str, str] = {
    "us": "United States",  # looked up without the dots of an abbreviation: U.S. = U.S = US
    "usa": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "un": "United Nations",
    "united nations": "United Nations",
    "eu": "European Union",
    "european union": "European Union",
    "uae": "United Arab Emirates",
    "united arab emirates": "United Arab Emirates",
    "fed": "Federal Reserve",  # as business news writes the central bank of the United States
    "federal reserve": "Federal Reserve",
    "holland": "Netherlands",  # as sport and travel copy call the country
    "netherlands": "Netherlands",
    "commons": "House of Commons",  # a chamber by its short name, as British copy writes it
    "house of commons": "House of Commons",
    "lords": "House of Lords",
    "house of lords": "House of Lords",
    "tories": "Conservative Party",  # a party by its nickname or its members, as the press writes it
    "tory party": "Conservative Party",
    "conservatives": "Conservative Party",
    "conservative party": "Conservative Party",
    "gop": "Republican Party",
    "republicans": "Republican Party",
    "republican party": "Republican Party",
    "democrats": "Democratic Party",
    "democratic party": "Democratic Party",
}
# US states as AP style writes them in datelines and after a city (`Dearborn, Mich.`): one
# name with the state written out. Two-letter postal codes are left alone (`IN`, `OR`, `ME`).
AP_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "W.Va.": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip
for abbreviation, state in AP_STATES.items():
    written = fold(abbreviation)  # `N.Y.` is also `NY`, and `N.Y` where a sentence's full stop was taken off
    ALIASES |= {written.replace(".", ""): state, written.rstrip("."): state}
ALIASES |= {fold(state): state for state in AP_STATES.values()}
