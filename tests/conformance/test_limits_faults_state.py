"""Limits, fault injection and persistent state, each shown by its effect at the wire."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from billcom.testing import FakeClock, parse_faults
from tests.conformance.conftest import Serve, Wire


@pytest.mark.fake_only("sends 6 requests at once, past the limit, and reads the fake's counters")
def test_at_most_three_requests_in_flight(serve: Serve) -> None:
    wire = serve(latency=0.3)
    wire.login()
    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = list(pool.map(lambda _: wire.call("GetSessionInfo.json"), range(6)))
    refused = [c for c in codes if c["response_status"] == 1]
    assert len(refused) == 3 and {c["response_data"]["error_code"] for c in refused} == {"BDC_1322"}
    assert wire.fake.stats["max_in_flight"] == 3  # type: ignore[attr-defined]


@pytest.mark.fake_only("the fake's max_concurrent option")
def test_concurrency_limit_is_configurable(serve: Serve) -> None:
    wire = serve(latency=0.2, max_concurrent=None)
    wire.login()
    with ThreadPoolExecutor(max_workers=5) as pool:
        codes = list(pool.map(lambda _: wire.call("GetSessionInfo.json"), range(5)))
    assert all(c["response_status"] == 0 for c in codes)


@pytest.mark.fake_only("moves the fake's clock")
def test_hourly_limit_until_the_clock_hour_turns(serve: Serve, clock: FakeClock) -> None:
    wire = serve(hourly_limit=3, login_hourly_limit=2, session_timeout=10**6)
    clock.now = 3600 * 480_000  # the top of an hour
    wire.login()
    for _ in range(3):
        wire.ok("GetSessionInfo.json")
    assert wire.error("GetSessionInfo.json") == "BDC_1144"
    clock.advance(3599)
    assert wire.error("GetSessionInfo.json") == "BDC_1144"
    clock.advance(1)
    wire.ok("GetSessionInfo.json")
    wire.login()
    wire.login()  # the second Login of this hour: the quota is 2
    response = wire.post(
        "Login.json",
        {"userName": "x", "password": "y", "orgId": "z", "devKey": wire.credentials.dev_key},
    )
    assert response.json()["response_data"]["error_code"] == "BDC_1144"  # Login's own quota


@pytest.mark.fake_only("the fake's expire_session_every option")
def test_expire_session_every_n_calls(serve: Serve) -> None:
    wire = serve(expire_session_every=3)
    wire.login()
    wire.ok("GetSessionInfo.json")
    wire.ok("GetSessionInfo.json")
    assert wire.error("GetSessionInfo.json") == "BDC_1109"
    assert wire.error("GetSessionInfo.json") == "BDC_1109"  # that session is gone for good
    wire.login()
    wire.ok("GetSessionInfo.json")
    assert wire.fake.stats["session_expiries"] == 1  # type: ignore[attr-defined]


@pytest.mark.fake_only("fault injection")
def test_fault_codes_refuse_before_any_work(serve: Serve) -> None:
    wire = serve(faults="BDC_1322/Crud/Create=1.0")
    wire.login()
    assert (
        wire.error("Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "x"}})
        == "BDC_1322"
    )
    assert wire.ok("List/Vendor.json", {}) == []


@pytest.mark.fake_only("fault injection")
def test_http_502_before_or_after_the_work(serve: Serve) -> None:
    wire = serve(faults="502/Crud/Read=1.0,502@after/Crud/Create=1.0")
    wire.login()
    key = wire.credentials.dev_key
    response = wire.post("Crud/Create/Vendor.json", {"devKey": key, "sessionId": wire.session,
                                                     "data": json.dumps({"obj": {"entity": "Vendor", "name": "x"}})})  # fmt: skip
    assert response.status_code == 502 and response.headers["content-type"].startswith("text/html")
    created = wire.ok("List/Vendor.json", {})  # ...yet the vendor was created
    assert [v["name"] for v in created] == ["x"]
    read = wire.post("Crud/Read/Vendor.json", {"devKey": key, "sessionId": wire.session,
                                               "data": json.dumps({"id": created[0]["id"]})})  # fmt: skip
    assert read.status_code == 502
    assert wire.fake.stats["faults"] == 2  # type: ignore[attr-defined]


@pytest.mark.fake_only("fault injection")
def test_fault_rates_are_repeatable_with_a_seed(serve: Serve) -> None:
    outcomes = []
    for _ in range(2):
        wire = serve(faults="BDC_1322/GetSessionInfo=0.5")
        wire.login()
        outcomes.append([wire.call("GetSessionInfo.json")["response_status"] for _ in range(30)])
    assert outcomes[0] == outcomes[1] and 0 < sum(outcomes[0]) < 30


@pytest.mark.fake_only("the fake's fault rules")
def test_bad_fault_rules_are_refused() -> None:
    with pytest.raises(ValueError, match="bad fault rule 'BDC_1322=2'"):
        parse_faults("BDC_1322=2")
    with pytest.raises(ValueError, match="bad fault rule"):
        parse_faults("oops")


@pytest.mark.fake_only("the fake's latency option")
def test_latency(serve: Serve) -> None:
    wire = serve(latency=0.15)
    wire.login()
    started = time.perf_counter()
    wire.ok("GetSessionInfo.json")
    assert time.perf_counter() - started >= 0.15


@pytest.mark.fake_only("restarts the fake on its --db file")
def test_sqlite_state_survives_a_restart(serve: Serve, tmp_path: Path) -> None:
    db = tmp_path / "fake.sqlite"
    first = serve(db=db)
    first.login()
    vendor = first.ok("Crud/Create/Vendor.json", {"obj": {"entity": "Vendor", "name": "Kept"}})
    first.ok("Crud/Delete/Vendor.json", {"id": vendor["id"]})

    second = serve(db=db)  # a new fake, a new server, the same file
    second.login()
    again = second.ok("Crud/Read/Vendor.json", {"id": vendor["id"]})
    assert (again["name"], again["isActive"]) == ("Kept", "2")
    assert [v["id"] for v in second.ok("List/Vendor.json", {})] == [vendor["id"]]


@pytest.mark.fake_only("the fake's seed data")
def test_seed_data_is_loaded_at_start(serve: Serve, tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(
        json.dumps({"Vendor": [{"id": "00901SEEDEDVENDOR001", "name": "Seeded", "isActive": "1"}]})
    )
    wire = serve(seed_data=seed)
    wire.login()
    assert wire.ok("Crud/Read/Vendor.json", {"id": "00901SEEDEDVENDOR001"})["name"] == "Seeded"


@pytest.mark.fake_only("turns the fake's limits off")
def test_every_limit_can_be_turned_off(serve: Serve) -> None:
    wire = serve(hourly_limit=None, login_hourly_limit=None, max_concurrent=None)
    for _ in range(3):
        wire.login()
    wire.ok("GetSessionInfo.json")


def test_wire_is_a_clean_clone_of_the_api_for_unknown_paths(wire: Wire) -> None:
    assert wire.get("Login.json").status_code == 404
