"""The deviation rule on hand-made series: flat, trend, outlier, too few periods."""

from __future__ import annotations

from rapportlinja.keyfigures.describe import sentence
from rapportlinja.keyfigures.deviation import HIGHER, LOWER, assess
from rapportlinja.keyfigures.periods import Period
from tests.keyfigures.helpers import indicator, years


def test_flat_series_does_not_deviate() -> None:
    result = assess(indicator(), years(80, 80, 80, 80, 80))
    assert result is not None and result.assessed and not result.deviates


def test_steady_trend_inside_the_threshold_does_not_deviate() -> None:
    # Range 80–83, average 81.5, 5 % of it is 4.1: 84 is above the range but inside the margin.
    assert not assess(indicator(), years(80, 81, 82, 83, 84)).deviates  # type: ignore[union-attr]


def test_outlier_below_deviates_and_is_worse_when_higher_is_better() -> None:
    result = assess(indicator(), years(88, 86, 87, 89, 70))
    assert result is not None and result.deviates
    assert result.direction == LOWER and result.better is False
    assert round(result.size, 1) == 17.5  # from the average 87.5
    assert sentence(result, "nb") == (
        "Andel undersøkelser avsluttet innen tre måneder, 2025: 70,0\u00a0%, 17,5 prosentpoeng "
        "lavere enn snittet for de fire foregående årene (87,5\u00a0%). Verre enn normalt."
    )


def test_outlier_above_is_better_when_higher_is_better_and_neutral_without_direction() -> None:
    assert assess(indicator(), years(70, 71, 70, 71, 90)).better is True  # type: ignore[union-attr]
    neutral = assess(indicator(higher_is_better=None), years(70, 71, 70, 71, 90))
    assert neutral is not None and neutral.deviates and neutral.direction == HIGHER and neutral.better is None
    assert "Bedre" not in sentence(neutral, "nb") and "Verre" not in sentence(neutral, "nb")


def test_too_few_periods_is_not_assessed_and_says_so() -> None:
    result = assess(indicator(), years(80, 81, 95))
    assert result is not None and not result.assessed and not result.deviates
    assert "Ikke vurdert" in sentence(result, "nb") and "bare 2" in sentence(result, "nb")


def test_sentences_in_nynorsk() -> None:
    low = assess(indicator(), years(88, 86, 87, 89, 70))
    assert low is not None
    assert sentence(low, "nn") == (
        "Andel undersøkelser avsluttet innen tre måneder, 2025: 70,0\u00a0%, 17,5 prosentpoeng "
        "lågare enn snittet for dei fire førre åra (87,5\u00a0%). Verre enn normalt."
    )
    sick = {Period(2023, 1): 7.2, Period(2023, 2): 6.4, Period(2024, 1): 6.9, Period(2024, 2): 6.1}
    high = assess(indicator("standardavvik", higher_is_better=True), {**sick, Period(2025, 1): 10.8})
    assert high is not None
    text = sentence(high, "nn")
    assert "høgare enn snittet for dei fire førre halvåra" in text and text.endswith("Betre enn normalt.")
    assert "høyere" not in text and "foregående" not in text and "Bedre" not in text
    inside = assess(indicator(), years(80, 80, 80, 80, 80))
    assert inside is not None and "innanfor det vanlege nivået for dei fire førre åra" in sentence(inside, "nn")
    few = assess(indicator(), years(80, 81, 95))
    assert few is not None
    assert sentence(few, "nn").endswith("Ikkje vurdert: regelen treng 4 tidlegare år, men det finst berre 2.")
    assert "Ikke" not in sentence(few, "nn") and "bare" not in sentence(few, "nn")


def test_only_the_last_n_periods_are_the_norm() -> None:
    # 2021's 40 would widen the range; with four periods it is left out, so 60 deviates.
    assert assess(indicator(), years(40, 80, 81, 80, 81, 60)).deviates  # type: ignore[union-attr]


def test_standard_deviation_rule() -> None:
    sick = {Period(2023, 1): 7.2, Period(2023, 2): 6.4, Period(2024, 1): 6.9, Period(2024, 2): 6.1}
    ind = indicator("standardavvik", higher_is_better=False)
    assert not assess(ind, {**sick, Period(2025, 1): 7.3}).deviates  # type: ignore[union-attr]
    high = assess(ind, {**sick, Period(2025, 1): 10.8})
    assert high is not None and high.deviates and high.better is False


def test_years_and_half_years_are_not_mixed() -> None:
    series = {**years(80, 80, 80, 80), Period(2025, 1): 50.0}
    result = assess(indicator(), series, Period(2025, 1))
    assert result is not None and not result.assessed and result.earlier == 0
