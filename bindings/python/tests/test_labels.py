"""Labels and number formats per language, through Python. Expected texts are
SSB's category texts and numbers written by hand in Norwegian convention."""
import pytest

import velferd as vf


def test_code_labels():
    assert vf.label(vf.Gender.FEMALE, "nb") == "Kvinne"
    assert vf.label(vf.CivilStatus.SEPARATED_DIVORCED, "nb") == "Skilt/separert"
    assert vf.label(vf.CivilStatus.SEPARATED_DIVORCED, "en") == "Separated/divorced"
    assert vf.label(vf.AgeGroup.AGE_18_24, "nb") == "18-24 år"
    assert vf.label(vf.Trygd.WORK_ASSESSMENT, "nb") == "Arbeidsavklaringspenger"


def test_every_code_has_a_label():
    for lang in ("nb", "en"):
        labels = vf.Labels(lang)
        for enum_type in (vf.Gender, vf.CivilStatus, vf.Citizenship, vf.MainIncome, vf.Trygd,
                          vf.IncomeKind, vf.HousingKind, vf.Tristate, vf.Fact,
                          vf.AssistanceKind, vf.AgeGroup, vf.ProviderStatus,
                          vf.IncomeCategory):
            for member in enum_type:
                assert labels(member), (lang, member)


def test_indicator_table_unit_labels():
    nb = vf.Labels("nb")
    assert nb(vf.IndicatorTable.AGE_GROUP) == "Mottakere etter alder"
    assert nb(vf.IndicatorUnit.MONTHS) == "måneder"
    assert vf.label(vf.Indicator.AVG_PER_MONTH, "nb") == \
        "Gjennomsnittlig utbetaling per stønadsmåned (kr)"
    with pytest.raises(TypeError):
        nb(3)


def test_formats():
    nb, en = vf.Labels("nb_NO.UTF-8"), vf.Labels("en")
    assert nb.lang == "nb"
    assert nb.integer(317900000) == "317 900 000"
    assert en.integer(317900000) == "317900000"
    assert nb.fixed(61, 1) == "6,1"
    assert nb.percent(224) == "22,4 %"
    assert en.percent(224) == "22.4%"
    assert nb.money(31790000000) == "317 900 000 kr"
    assert nb.money(123450, decimals=2) == "1 234,50 kr"
    assert nb.money(123450) == "1 235 kr"  # half away from zero
    assert nb.millions(31790000000) == "317,9 mill. kr"
    assert nb.money(100000, no_break=True) == "1\u00a0000\u00a0kr"
    with pytest.raises(ValueError):
        nb.money(1, decimals=1)


def test_languages():
    assert vf.language_of_locale("nn_NO.UTF-8") == "nb"
    assert vf.language_of_locale("C") == "en"
    with pytest.raises(vf.NotFoundError) as e:
        vf.Labels("de")
    assert "en, nb" in str(e.value)


def test_own_texts(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("key,nb,source\ncode.gender.female,Kvinner,test\n", encoding="utf-8")
    mine = vf.Labels("nb")
    mine.load(p)
    assert mine(vf.Gender.FEMALE) == "Kvinner"
    assert vf.label(vf.Gender.FEMALE, "nb") == "Kvinne"  # the shared labels are untouched
