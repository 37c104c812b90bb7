"""Register: the cases of tests/test_register.c through Python, plus the
pandas tables (filled by C loops)."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

import velferd as vf

CLIENTS = ("id,birth_date,gender,civil_status,citizenship,main_income,trygd,children\n"
           "J1,1990-05-01,female,unmarried,norwegian,social_assistance,none,2015-01-02 2018-03-04\n"
           "\"J,2\",,male,5,foreign,trygd,disability,\n")

BAD_PAYMENTS = ("client_id,year,month,gross,refunded,kind\n"
                "J1,2024,1,1000.00,0,grant\n"
                "J9,2024,1,1000.00,0,grant\n"    # line 3: unknown client
                "J1,2024,13,1000.00,0,grant\n"   # line 4: month
                "J1,2024,2,-5,0,grant\n"         # line 5: negative
                "J1,2024,2,5,0,gift\n"           # line 6: kind
                "J1,2024,2,5\n"                  # line 7: field count
                "J1,2024,3,0,0,loan\n")


def test_clients_and_payments():
    with vf.Register() as r:
        a, b = vf.Client(id="A"), vf.Client(id="B")
        assert r.add_client(a) == 0 and r.add_client(b) == 1
        with pytest.raises(vf.DuplicateError) as e:
            r.add_client(a)
        assert e.value.field == "id"
        with pytest.raises(vf.InvalidArgumentError):
            r.add_client(vf.Client())
        assert len(r) == 2
        # the register holds a copy, and hands out copies
        a.gender = vf.Gender.FEMALE
        assert r.client(0).gender is vf.Gender.UNKNOWN
        c0 = r.client(0)
        c0.id = "changed"
        assert r.client(0).id == "A"
        with pytest.raises(vf.RangeError):
            r.client(2)
        assert r.find_client("B") == 1
        with pytest.raises(vf.NotFoundError):
            r.find_client("C")

        r.add_payment("B", 2024, 3, 150000)
        with pytest.raises(vf.DateError) as e:
            r.add_payment("A", 2024, 13, 1)
        assert e.value.field == "month"
        with pytest.raises(vf.RangeError) as e:
            r.add_payment("A", 2024, 1, -1)
        assert e.value.field == "gross"
        with pytest.raises(vf.RangeError) as e:
            r.add_payment("A", 2024, 1, 1, -5)
        assert e.value.field == "refunded"
        with pytest.raises(vf.UnknownCodeError):
            r.add_payment("A", 2024, 1, 1, 0, 0)
        with pytest.raises(vf.NotFoundError):
            r.add_payment("Z", 2024, 1, 1, 0, vf.AssistanceKind.LOAN)
        r.add_payment("A", 2024, 12, 100, 500, "loan")  # refund above payment is allowed
        assert r.payment_count == 2
        assert r.payment(1) == vf.Payment(0, 2024, 12, 100, 500, vf.AssistanceKind.LOAN)
        with pytest.raises(vf.RangeError):
            r.payment(2)

        assert r.population(2024, 30) is None
        r.set_population(2024, 30, 1234)
        r.set_population(2024, 30, 1235)
        assert r.population(2024, 30) == 1235
        with pytest.raises(vf.RangeError):
            r.set_population(2024, 121, 1)
        assert r.population_years() == [2024]

        p = r.payments_frame()
        assert list(p["client_id"]) == ["B", "A"]
        assert list(p["gross"]) == [150000, 100] and p["gross"].dtype == np.int64
        assert list(p["kind"].astype(str)) == ["grant", "loan"]
        assert r.population_frame().to_dict("records") == [{"year": 2024, "age": 30, "persons": 1235}]


def test_clients_csv_round_trip(tmp_path):
    (tmp_path / "c.csv").write_text(CLIENTS)
    r = vf.Register()
    assert r.read_clients_csv(tmp_path / "c.csv") == vf.ReadCounts(2, 2, 0)
    j1, j2 = r.client(0), r.client(1)
    assert j1.children == [date(2015, 1, 2), date(2018, 3, 4)]
    assert j1.main_income is vf.MainIncome.SOCIAL_ASSISTANCE
    assert j2.id == "J,2" and j2.civil_status is vf.CivilStatus.WIDOWED and j2.birth_date is None
    r.add_payment("J,2", 2024, 2, 123456, 78)
    r.set_population(2024, 40, 77)
    r.write_dir(tmp_path / "dir")
    r2 = vf.Register.read_dir(tmp_path / "dir")
    assert (len(r2), r2.payment_count, r2.population(2024, 40)) == (2, 1, 77)
    assert r2.payment(0)[:5] == (1, 2024, 2, 123456, 78)
    f = r2.clients_frame()
    assert list(f["id"]) == ["J1", "J,2"]
    assert f["birth_date"][0] == pd.Timestamp("1990-05-01") and pd.isna(f["birth_date"][1])
    assert list(f["gender"].astype(str)) == ["female", "male"]
    assert list(f["children"]) == [[date(2015, 1, 2), date(2018, 3, 4)], []]


def test_bad_rows_strict_and_skip(tmp_path):
    (tmp_path / "c.csv").write_text(CLIENTS)
    (tmp_path / "p.csv").write_text(BAD_PAYMENTS)
    r = vf.Register()
    r.read_clients_csv(tmp_path / "c.csv")
    with pytest.raises(vf.NotFoundError) as e:
        r.read_payments_csv(tmp_path / "p.csv")
    assert (e.value.line, e.value.field) == (3, "client_id")
    # line and field, the id masked (it may be a fødselsnummer)
    assert "p.csv:3: client_id: no client '**' in the register" in e.value.message
    assert "J9" not in e.value.message
    assert r.payment_count == 0
    assert r.read_payments_csv(tmp_path / "p.csv", vf.ReadMode.SKIP) == vf.ReadCounts(7, 2, 5)
    want = [(3, "client_id", vf.Status.NOT_FOUND), (4, "month", vf.Status.RANGE),
            (5, "gross", vf.Status.RANGE), (6, "assistance_kind", vf.Status.UNKNOWN_CODE),
            (7, "", vf.Status.PARSE)]
    got = r.rejections()
    assert [(x.line, x.field, x.code) for x in got] == want
    assert all(f":{x.line}: " in x.message for x in got)
    r.clear_rejections()
    assert r.rejections() == []
    with pytest.raises(vf.IOError):
        r.read_clients_csv("/nonexistent/x.csv", vf.ReadMode.SKIP)


def test_frames_round_trip_through_client_array():
    frame = pd.DataFrame({
        "id": ["x", "y", "z"],
        "birth_date": [date(1980, 1, 1), None, date(2004, 2, 29)],
        "gender": ["male", vf.Gender.FEMALE, 0],
        "trygd": pd.Categorical(["none", "old_age", "none"]),
        "income_work": np.array([100, 200, 0], dtype=np.int64),
        "housing_rent": [900000, 0, 1],
        "fact_shares_home": [True, False, True],
        "children": [[date(2010, 1, 1), date(2012, 5, 5)], [], []],
    })
    arr = vf.ClientArray.from_frame(frame)
    assert len(arr) == 3
    assert arr[0].children == [date(2010, 1, 1), date(2012, 5, 5)]
    assert arr[-1].birth_date == date(2004, 2, 29)
    assert arr[1].birth_date is None and arr[1].trygd is vf.Trygd.OLD_AGE
    back = arr.to_frame()
    assert list(back["income_work"]) == [100, 200, 0]
    assert list(back["housing_rent"]) == [900000, 0, 1]
    assert list(back["fact_shares_home"].astype(str)) == ["yes", "no", "yes"]
    assert list(back["children"]) == [[date(2010, 1, 1), date(2012, 5, 5)], [], []]
    r = vf.Register()
    r.add_clients(frame)
    assert r.find_client("z") == 2
    assert r.clients_frame().drop(columns=[]).equals(back)


def test_batch_errors_name_the_row():
    with pytest.raises(vf.UnknownCodeError,
                       match=r"^row 1: gender: unknown code 7 \(one of: 0 unknown, 1 male, 2 female\)$"):
        vf.ClientArray.from_frame({"gender": [1, 7]})
    with pytest.raises(vf.UnknownCodeError, match=r"row 1: gender: unknown code 'Female'"):
        vf.ClientArray.from_frame({"gender": ["male", "Female"]})
    with pytest.raises(vf.RangeError, match="row 2"):
        vf.ClientArray.from_frame({"income_work": [1, 2, -3]})
    with pytest.raises(TypeError):
        vf.ClientArray.from_frame({"income_work": [1.5, 2.0]})  # money is never float
    with pytest.raises(vf.DuplicateError, match="row 1"):
        vf.Register().add_clients({"id": ["a", "a"]})


def test_classifications():
    # born 2000-12-31: 24 on 2024-12-31; born 2001-01-01: 23
    assert vf.age_at_year_end(date(2000, 12, 31), 2024) == 24
    assert vf.age_at_year_end(date(2001, 1, 1), 2024) == 23
    assert vf.age_at_year_end(date(2025, 1, 1), 2024) == -1
    assert [vf.classify_age(a) for a in (-1, 17, 18, 24, 25, 66, 67)] == [
        vf.AgeGroup.UNKNOWN, vf.AgeGroup.UNDER_18, vf.AgeGroup.AGE_18_24, vf.AgeGroup.AGE_18_24,
        vf.AgeGroup.AGE_25_29, vf.AgeGroup.AGE_60_66, vf.AgeGroup.AGE_67_PLUS]
    assert vf.AgeGroup.AGE_67_PLUS.code_name == "67_plus"
    assert not vf.classify_young(17) and vf.classify_young(24) and not vf.classify_young(25)
    assert vf.classify_provider(4) is vf.ProviderStatus.FOUR_CHILDREN
    assert vf.classify_provider(9) is vf.ProviderStatus.FIVE_PLUS
    assert vf.ProviderStatus.FIVE_PLUS.code_name == "5_plus_children"
    assert vf.classify_income(vf.MainIncome.QUALIFICATION) is vf.IncomeCategory.PROGRAMME
    assert vf.classify_income(vf.MainIncome.SPOUSE) is vf.IncomeCategory.OTHER
    # Jan-Mar + May-Jul: 6 months, longest run 3: long-term, not continuous
    gaps = 0x7 | 0x70
    assert (vf.months_count(gaps), vf.months_longest_run(gaps)) == (6, 3)
    assert vf.classify_long_term(gaps) and not vf.classify_long_term_continuous(gaps)
    assert vf.classify_long_term_continuous(0xFC0)  # Jul-Dec
    assert not vf.classify_long_term(0x1F)
    assert vf.months_count(0xF000) == 0


def test_content_columns():
    """The hand-made content register of tests/test_register_content.c."""
    from conftest import C_TEST_DATA
    import os
    r = vf.Register.read_dir(os.path.join(C_TEST_DATA, "content"))
    assert r.content(0, "housing") == "homeless"
    assert r.content(0, "condition_types") == "job_seeking guidance"
    assert r.content(4, "housing") == "unknown"
    r.set_content(4, "housing", "4")  # SSB's code for "without a home"
    assert r.content(4, "housing") == "homeless"
    with pytest.raises(vf.UnknownCodeError):
        r.set_content(4, "housing", "flat")
    with pytest.raises(vf.InconsistentError):
        r.set_content(1, "condition_types", "health")  # C2 has conditions "no"
    with pytest.raises(vf.NotFoundError):
        r.content(0, "colour")
