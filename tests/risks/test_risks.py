"""The risk register: matrix bands, refusals of out-of-range scores, the matrix counts, filters,
warning signals and checklists."""

from __future__ import annotations

import pytest

from app.errors import RecordNotFound, ValidationError
from app.plan import Plan
from app.risks.register import WarningSignal
from app.vocabulary import LEVEL_BANDS, level_band


@pytest.mark.parametrize(
    ("likelihood", "impact", "band"),
    [(1, 1, "low"), (2, 2, "low"), (1, 4, "low"),
     (1, 5, "medium"), (3, 3, "medium"),
     (2, 5, "high"), (4, 3, "high"),
     (3, 5, "critical"), (4, 4, "critical"), (5, 5, "critical")],
)
def test_band_of_a_risk_follows_the_thresholds(
    plan: Plan, likelihood: int, impact: int, band: str
) -> None:
    risk = plan.risks.add("Risque", category="product", likelihood=likelihood, impact=impact)
    assert risk.score == likelihood * impact
    assert risk.band == band
    assert level_band(likelihood, impact) == band


def test_bands_grow_with_the_score_and_cover_the_whole_matrix() -> None:
    order = [name for name, _ in LEVEL_BANDS]
    assert order == ["low", "medium", "high", "critical"]
    assert LEVEL_BANDS[-1][1] >= 25
    cells = sorted((lik * imp, order.index(level_band(lik, imp)))
                   for lik in range(1, 6) for imp in range(1, 6))
    ranks = [rank for _, rank in cells]
    assert ranks == sorted(ranks)
    assert set(ranks) == {0, 1, 2, 3}
    for name, upper in LEVEL_BANDS[:-1]:  # the upper bound belongs to its band
        for lik in range(1, 6):
            for imp in range(1, 6):
                if lik * imp == upper:
                    assert level_band(lik, imp) == name
                if lik * imp == upper + 1:
                    assert level_band(lik, imp) == order[order.index(name) + 1]


@pytest.mark.parametrize("field", ["likelihood", "impact"])
@pytest.mark.parametrize(
    ("value", "reason"),
    [(0, "out_of_range"), (6, "out_of_range"), (-1, "out_of_range"), ("x", "not_a_number"),
     ("", "not_a_number"), (None, "not_a_number"), (2.5, "not_a_number"),
     (True, "not_a_number")],
)
def test_out_of_range_scores_are_refused_and_nothing_saved(
    plan: Plan, field: str, value: object, reason: str
) -> None:
    values = {"likelihood": 3, "impact": 3, field: value}
    with pytest.raises(ValidationError) as caught:
        plan.risks.add("Risque", category="product", **values)
    assert caught.value.field == field
    assert caught.value.reason == reason
    assert plan.risks.count() == 0
    assert plan.risks.matrix()[(3, 3)] == 0


def test_out_of_range_on_edit_leaves_the_risk_unchanged(plan: Plan) -> None:
    risk = plan.risks.add("Cyberattaque", category="cyber", likelihood=3, impact=4)
    for bad in (0, 6, "x", True):
        with pytest.raises(ValidationError):
            plan.risks.update(risk.id, impact=bad)
    assert plan.risks.get(risk.id) == risk


def test_a_number_typed_as_text_is_accepted(plan: Plan) -> None:
    risk = plan.risks.add("Grève", category="social", likelihood=" 4 ", impact="2")
    assert (risk.likelihood, risk.impact) == (4, 2)


def test_an_unknown_category_is_refused(plan: Plan) -> None:
    with pytest.raises(ValidationError) as caught:
        plan.risks.add("Invasion martienne", category="aliens", likelihood=1, impact=5)
    assert (caught.value.field, caught.value.reason) == ("category", "unknown_choice")
    assert "product" in caught.value.details["allowed"]
    assert plan.risks.count() == 0


def test_an_unknown_owner_is_refused(plan: Plan) -> None:
    with pytest.raises(RecordNotFound):
        plan.risks.add("Rappel", category="product", likelihood=1, impact=1,
                       owner_id="no-such-contact")
    assert plan.risks.count() == 0


def test_matrix_counts_live_risks_in_all_25_cells(plan: Plan) -> None:
    add = plan.risks.add
    add("A", category="product", likelihood=3, impact=4)
    add("B", category="cyber", likelihood=3, impact=4)
    add("C", category="social", likelihood=1, impact=5)
    gone = add("D", category="data", likelihood=5, impact=5)
    plan.risks.delete(gone.id)
    matrix = plan.risks.matrix()
    assert len(matrix) == 25
    assert matrix[(3, 4)] == 2
    assert matrix[(1, 5)] == 1
    assert matrix[(5, 5)] == 0
    assert sum(matrix.values()) == 3 == plan.risks.count()


def test_list_is_highest_score_first_and_filters(plan: Plan) -> None:
    add = plan.risks.add
    add("Bad buzz", category="social_media", likelihood=4, impact=3)
    add("Rappel produit", category="product", likelihood=2, impact=5)
    add("Fuite de données", category="data", likelihood=4, impact=5)
    add("Panne électrique", category="industrial", likelihood=1, impact=2)
    assert [r.title for r in plan.risks.list()] == [
        "Fuite de données", "Bad buzz", "Rappel produit", "Panne électrique"]
    assert [r.title for r in plan.risks.list(likelihood=4)] == ["Fuite de données", "Bad buzz"]
    assert [r.title for r in plan.risks.list(likelihood=4, impact=3)] == ["Bad buzz"]
    assert [r.title for r in plan.risks.list(band="high")] == ["Bad buzz", "Rappel produit"]
    assert [r.title for r in plan.risks.list(band="low")] == ["Panne électrique"]
    with pytest.raises(ValidationError):
        plan.risks.list(likelihood=7)


def test_warning_signals_and_checklist_round_trip(plan: Plan) -> None:
    risk = plan.risks.add(
        "Bad buzz", category="social_media", likelihood=4, impact=3,
        warning_signals=[
            WarningSignal("hashtag", "#BoycottMaréval", "50 posts/h"),
            {"kind": "keyword", "value": "intoxication"},
        ],
        checklist=["Prévenir la direction", "Préparer le post X « nous savons »"],
    )
    again = plan.risks.get(risk.id)
    assert again.warning_signals == [
        WarningSignal("hashtag", "#BoycottMaréval", "50 posts/h"),
        WarningSignal("keyword", "intoxication", ""),
    ]
    assert again.checklist == ["Prévenir la direction", "Préparer le post X « nous savons »"]
    updated = plan.risks.update(risk.id, checklist=["Une seule étape"])
    assert updated.checklist == ["Une seule étape"]
    assert updated.warning_signals == again.warning_signals


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"warning_signals": [{"kind": "rumour", "value": "x"}]}, "warning_signals.kind"),
     ({"warning_signals": [{"kind": "keyword", "value": " "}]}, "warning_signals.value"),
     ({"warning_signals": ["#hashtag"]}, "warning_signals"),
     ({"checklist": "Prévenir la direction"}, "checklist"),
     ({"checklist": ["ok", ""]}, "checklist"),
     ({"next_review": "bientôt"}, "next_review"),
     ({"title": ""}, "title")],
)
def test_bad_signals_checklists_and_dates_are_refused(plan: Plan, changes: dict,
                                                     field: str) -> None:
    values = {"title": "Risque", "category": "product", "likelihood": 2, "impact": 2, **changes}
    with pytest.raises(ValidationError) as caught:
        plan.risks.add(values.pop("title"), **values)
    assert caught.value.field == field
    assert plan.risks.count() == 0


def test_deleted_risk_is_gone(plan: Plan) -> None:
    risk = plan.risks.add("Rappel", category="product", likelihood=1, impact=1)
    plan.risks.delete(risk.id)
    with pytest.raises(RecordNotFound):
        plan.risks.get(risk.id)
    assert plan.risks.list() == []
