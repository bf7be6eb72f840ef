"""Common Norwegian given names, for the probable-name warning in meeting minutes.

Drawn from the names most used in Norway across generations (SSB's name statistics),
written as they are spelt. Only a warning rests on this list, so it aims at the names a
minute-taker is likely to write, not at completeness.
"""

from __future__ import annotations

_FEMALE = """
Agnes Alma Alva Amalie Amanda Andrea Ane Anette Ann Anna Anne Annette Astri Astrid Aud
Aurora Beate Bente Berit Bjørg Bodil Borghild Brit Britt Camilla Cathrine Cecilie
Christine Dagny Ebba Eli Elin Eline Elisabeth Elise Ella Ellen Elsa Else Embla Emilia
Emilie Emma Eva Evy Frida Gerd Grete Grethe Gro Gry Gudrun Gunhild Gunn Gunvor Guro
Hanna Hanne Hedda Hedvig Hege Heidi Helene Helga Henriette Hilde Hjørdis Iben Ida
Ingeborg Inger Ingrid Ingunn Ingvild Irene Iselin Janne Jenny Jorunn Josefine Julie June
Kaja Karen Kari Karin Karoline Kathrine Katrine Kirsten Kjersti Kristin Kristine Laila
Lea Leah Lena Lene Lillian Lilly Linda Line Linn Lise Liv Live Luna Madeleine Magnhild
Mai Maja Malin Maren Margit Mari Maria Marianne Marie Marina Marit Marlene Marte Marthe
Martine Mathilde Merete Mette Mia Mille Mona Monica Nathalie Nina Nora Oda Oline Olivia
Pernille Ragnhild Randi Rebecca Reidun Rita Ronja Ruth Saga Sara Selma Signe Sigrid
Silje Siri Sissel Siv Sofia Sofie Solfrid Solveig Stine Sunniva Synnøve Sølvi Thea
Therese Tina Tiril Tone Tonje Torill Torunn Tove Trine Turid Tuva Unni Veronica Victoria
Vigdis Vilde Vilja Wenche Ylva Åse
"""

_MALE = """
Adrian Ahmed Aksel Aleksander Alexander Alf Ali Amund Anders Andreas Are Arild Arne
Arvid Asbjørn Ask Asle Atle Audun Axel Benjamin Bent Birk Bjarne Bjørn Brage Bård Carl
Christian Dag Daniel Egil Eilif Einar Eirik Eivind Elias Emil Endre Erik Erlend Erling
Eskil Espen Even Filip Finn Frank Fredrik Frode Gaute Geir Georg Gisle Glenn Gunnar
Hallvard Halvor Hans Harald Harry Helge Henrik Herman Hugo Håkon Håvard Inge Ingvar Isak
Ivar Iver Jacob Jakob Jan Jens Joakim Johan Johannes John Jon Jonas Jostein Jørgen Jørn
Karl Kasper Kenneth Kjell Kjetil Knut Kolbjørn Kristian Kristoffer Kåre Lars Lasse Leif
Ludvig Lukas Magnus Marius Markus Martin Mathias Mats Mikkel Mohammad Morten Muhammad
Nikolai Nils Noah Odd Oddvar Odin Ola Olav Ole Oliver Oskar Ove Per Petter Pål Ragnar
Reidar Roar Robert Roger Rolf Ronny Rune Sander Sebastian Sigmund Sigurd Simen Sindre
Sivert Snorre Sondre Steffen Stein Steinar Stian Stig Storm Ståle Svein Sverre Terje
Theo Theodor Thomas Tobias Tom Tommy Tor Torbjørn Tore Torgeir Torstein Trond Ulrik
Vegard Vetle Victor Vidar Viktor William Yngve Øystein Øyvind
"""

GIVEN_NAMES: frozenset[str] = frozenset((_FEMALE + _MALE).split())

# Names that are also everyday Norwegian words (per, liv, stig, bjørn, dag, hans «his»,
# tom «empty», finn «find», endre «change», helga «the weekend», line, tone, stein …).
# Capitalised at the start of a sentence they are most often the word, so they are
# reported only where a capital letter cannot come from the sentence.
_WORDS = """
Ane Ask Birk Bjørn Dag Ella Endre Finn Frank Gro Gry Hans Helga Iver Lea Lene Line Liv
Live Mai Odd Per Rune Saga Signe Siv Stein Stig Storm Tom Tone Tore
"""
WORD_NAMES: frozenset[str] = frozenset(_WORDS.split())
