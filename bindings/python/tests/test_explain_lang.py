"""Explanations in a language (issue 17): explain="nb" gives the text in
bokmål, Explanation.text_in() and .neutral() render the same trace again.
The Bergen pensioner of test_rules.py, October 2021: ordinary 6 450 + 10 000
- 15 000 = 1 450; minimum pension 224 878 / 12 = 18 739.83, × 4/5 = 14 991.86;
14 991.86 + 9 000 + 1 000 - 15 000 = 9 991.86 > 1 450."""
from datetime import date

import pytest

import velferd as vf


def KR(x):
    return x * 100


def pensioner():
    return vf.Client(birth_date=date(1950, 3, 10), civil_status=vf.CivilStatus.UNMARRIED,
                     trygd=vf.Trygd.OLD_AGE, incomes={vf.IncomeKind.TRYGD: KR(15000)},
                     housing={vf.HousingKind.RENT: KR(9000), vf.HousingKind.ELECTRICITY: KR(1000)})


def test_assistance_in_bokmal():
    r = vf.assistance_month(vf.Context("bergen"), pensioner(), 2021, 10, explain="nb")
    assert r.assistance == 999186
    text = r.explanation.text
    assert "5. Ordinær beregning: 1 450,00 kr  [assistance.ordinary, assistance/1]" in text
    assert "   - Trygd og pensjon: 15 000,00 kr" in text
    assert "6. 80 %-regelen for mottakere av varige ytelser: brukes  [rule80.check, rule80/1]" in text
    assert "   hovedtrygd «Alderspensjon» regnes som varig ytelse" in text
    assert "   - minste pensjonsnivå per måned (årssats ÷ 12): 18 739,83 kr" in text
    assert "   4/5 av minste pensjonsnivå per måned, avrundet til nærmeste øre" in text
    assert ("   det høyeste av ordinær beregning og 80 %-regelen: 80 %-regelen gir mer"
            in text)
    assert "9. Økonomisk stønad for måneden: 9 991,86 kr" in text
    # the same trace in English, as explain=True gives it
    english = vf.assistance_month(vf.Context("bergen"), pensioner(), 2021, 10, explain=True)
    assert r.explanation.text_in("en") == english.explanation.text
    assert "9. Economic assistance for the month: 9991.86 kr" in english.explanation.text
    assert r.explanation.text_in("nn") == text
    # the plain JSON stays English
    assert r.explanation.steps[0]["title"] == "Household type"


def test_neutral():
    r = vf.assistance_month(vf.Context("bergen"), pensioner(), 2021, 10, explain=True)
    d = r.explanation.neutral()
    check = d["steps"][5]
    assert check["rule"] == "rule80.check"
    assert check["outcome"] == "applied"
    assert check["detail"] == {"id": "rule80.check.permanent",
                               "args": [{"kind": "code", "list": "trygd", "value": "old_age"}]}
    assert "title" not in check
    d = r.explanation.neutral("nb")
    assert d["lang"] == "nb"
    assert d["steps"][5]["detail"]["text"] == "hovedtrygd «Alderspensjon» regnes som varig ytelse"
    assert d["steps"][5]["outcome_text"] == "brukes"


def test_kvp_in_bokmal():
    c = vf.Client(birth_date=date(1990, 1, 1))
    b = vf.kvp_benefit_month(vf.Context(), c, 2024, 8, explain="nb")
    # G 124 028 × 2041/1000 = 253 141.148 -> 253 141.15; / 12 = 21 095.0958 -> 21 095.10
    assert b.amount == 2109510
    assert "   - årssats: 253 141,15 kr" in b.explanation.text
    assert "4. Kvalifiseringsstønad for perioden: 21 095,10 kr" in b.explanation.text


def test_unknown_language():
    r = vf.assistance_month(vf.Context(), pensioner(), 2021, 10, explain=True)
    with pytest.raises(vf.NotFoundError):
        r.explanation.text_in("xx")


def test_calculate_explains_in_bokmal():
    # Context.calculate(explain=[...], explain_lang="nb"): the pensioner as a
    # table row; norm 6 450 (single), housing 9 000 + 1 000, income 15 000,
    # result 9 991.86 as above.
    pd = pytest.importorskip("pandas")
    f = pd.DataFrame({"birth_date": pd.to_datetime(["1950-03-10", None]),
                      "civil_status": ["unmarried", "unknown"], "trygd": ["old_age", "unknown"],
                      "income_trygd": [KR(15000), 0], "housing_rent": [KR(9000), 0],
                      "housing_electricity": [KR(1000), 0]}, index=["p", "q"])
    bergen = vf.Context("bergen")
    r = bergen.calculate(f, "2021-10", explain=["p"], explain_lang="nb")
    assert r.loc["p", "assistance"] == 999186 and r.loc["q", "explanation"] is None
    text = r.loc["p", "explanation"].text
    assert "2. Norm for livsopphold: 6 450,00 kr  [assistance.norm, assistance/1]" in text
    assert "3. Boutgifter: 10 000,00 kr  [assistance.housing, assistance/1]" in text
    assert "4. Nettoinntekt som regnes med: 15 000,00 kr  [assistance.income, assistance/1]" in text
    assert "9. Økonomisk stønad for måneden: 9 991,86 kr" in text
    # without explain_lang: English, as before
    en = bergen.calculate(f, "2021-10", explain=["p"]).loc["p", "explanation"].text
    assert "2. Norm for living expenses: 6450.00 kr" in en
    assert r.loc["p", "explanation"].text_in("en") == en
    with pytest.raises(vf.NotFoundError, match="row 'p'"):
        bergen.calculate(f, "2021-10", explain=["p"], explain_lang="xx")
    with pytest.raises(TypeError, match="explain_lang"):
        bergen.calculate(f, "2021-10", explain=["p"], explain_lang=True)
