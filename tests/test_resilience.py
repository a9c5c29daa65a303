"""Session expiry, limits, timeouts and ambiguous failures, handled by the rules of money-moving APIs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import httpx
import pytest

import billcom
from billcom import AsyncBillCom, BillCom
from billcom._retry import Retrier
from billcom.models import Vendor
from billcom.testing import FakeBillCom, FakeTransport, running_server

PASSWORD = "Pa55+word/with=odd&chars"
DEV_KEY = "DEVKEY-resilience-0123"
FAULTS = "BDC_1322=0.2,502/Crud/Read=0.05,502@after/Crud/Create=0.03"
# Short backoff keeps the suite fast; 5% of reads fail, and with 4 retries a read fails for
# good once in 3 million.
FAST = {"backoff_initial": 0.0005, "backoff_max": 0.01}
CHAOS_RETRIES = 4


def chaos(latency: float = 0.0) -> FakeBillCom:
    return FakeBillCom(
        password=PASSWORD,
        dev_key=DEV_KEY,
        seed=42,
        expire_session_every=50,
        faults=FAULTS,
        latency=latency,
    )


def fast_client(
    fake: FakeBillCom, base_url: str, transport: httpx.BaseTransport | None = None, retries: int = 2
) -> BillCom:
    return BillCom(
        **fake.credentials(base_url),
        transport=transport,
        max_retries=retries,
        backoff_initial=FAST["backoff_initial"],
        backoff_max=FAST["backoff_max"],
    )


def check_books(
    fake: FakeBillCom,
    names: list[str],
    created: list[Vendor],
    unknown: list[billcom.UnknownOutcomeError],
) -> None:
    stored = [v["name"] for v in fake.all("Vendor")]
    assert sorted(stored) == sorted(names)  # 0 lost, 0 duplicated
    returned = {v.name for v in created}
    uncertain = {e.data["obj"]["name"] for e in unknown}
    assert returned | uncertain == set(names) and not returned & uncertain
    assert all(e.operation == "Crud/Create/Vendor" and e.http_status == 502 for e in unknown)
    assert fake.stats["logins"] == fake.stats["session_expiries"] + 1
    assert fake.stats["session_expiries"] >= 10 and unknown and fake.stats["faults"] > 100


def test_thousand_creates_through_chaos_with_threads(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="billcom")
    fake = chaos()
    names = [f"vendor-{i:04d}" for i in range(1000)]
    created: list[Vendor] = []
    unknown: list[billcom.UnknownOutcomeError] = []

    with (
        running_server(fake) as base_url,
        fast_client(fake, base_url, retries=CHAOS_RETRIES) as client,
    ):

        def work(name: str) -> None:
            try:
                vendor = client.vendors.create(name=name)
            except billcom.UnknownOutcomeError as error:
                unknown.append(error)
                return
            assert client.vendors.read(vendor.id or "").name == name  # reads are retried
            created.append(vendor)

        with ThreadPoolExecutor(max_workers=6) as pool:
            list(pool.map(work, names))

    check_books(fake, names, created, unknown)
    assert fake.stats["max_in_flight"] <= 3
    log = caplog.text
    assert "logging in again" in log and "retrying Crud/Read/Vendor" in log and "(attempt 2)" in log
    for secret in (PASSWORD, DEV_KEY):
        assert secret not in log
        assert all(secret not in str(e) and secret not in repr(e) for e in unknown)


def test_thousand_creates_through_chaos_with_fifty_tasks(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    fake = chaos(latency=0.001)  # requests overlap on the server, so the cap is what holds them

    async def scenario(base_url: str) -> tuple[list[Vendor], list[billcom.UnknownOutcomeError]]:
        created: list[Vendor] = []
        unknown: list[billcom.UnknownOutcomeError] = []
        queue = [f"vendor-{i:04d}" for i in range(1000)]
        async with AsyncBillCom(
            **fake.credentials(base_url),
            max_retries=CHAOS_RETRIES,
            backoff_initial=FAST["backoff_initial"],
            backoff_max=FAST["backoff_max"],
        ) as client:

            async def worker() -> None:
                while queue:
                    name = queue.pop()
                    try:
                        created.append(await client.vendors.create(name=name))
                    except billcom.UnknownOutcomeError as error:
                        unknown.append(error)

            await asyncio.gather(*(worker() for _ in range(50)))
        return created, unknown

    with running_server(fake) as base_url:
        created, unknown = asyncio.run(scenario(base_url))
    check_books(fake, [f"vendor-{i:04d}" for i in range(1000)], created, unknown)
    assert 1 < fake.stats["max_in_flight"] <= 3
    assert "logging in again" in caplog.text and "retrying" in caplog.text
    for secret in (PASSWORD, DEV_KEY):
        assert secret not in caplog.text
        assert all(secret not in str(e) and secret not in repr(e.cause) for e in unknown)


def failing(
    fake: FakeBillCom, fail: Callable[[httpx.Request, int], Exception | httpx.Response | None]
) -> httpx.MockTransport:
    """The fake's transport, with `fail(request, n)` able to break the n-th request of a path."""
    inner = FakeTransport(fake)
    seen: dict[str, int] = {}

    def route(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] = seen.get(request.url.path, 0) + 1
        outcome = fail(request, seen[request.url.path])
        if isinstance(outcome, Exception):
            raise outcome
        return outcome if outcome is not None else inner.handle_request(request)

    return httpx.MockTransport(route)


def test_a_create_that_never_left_is_sent_again() -> None:
    fake = FakeBillCom()
    transport = failing(
        fake,
        lambda r, n: httpx.ConnectError("refused") if "Create" in r.url.path and n == 1 else None,
    )
    with fast_client(fake, "https://f.test/api/v2", transport) as client:
        assert client.vendors.create(name="once").name == "once"
    assert [v["name"] for v in fake.all("Vendor")] == ["once"]


def test_a_create_that_timed_out_is_never_repeated() -> None:
    fake = FakeBillCom()

    def timeout_after_work(request: httpx.Request, n: int) -> Exception | None:
        if "Create" in request.url.path:
            FakeTransport(fake).handle_request(request)  # the server does the work...
            return httpx.ReadTimeout("no answer")  # ...but the answer never arrives
        return None

    transport = failing(fake, timeout_after_work)
    with (
        fast_client(fake, "https://f.test/api/v2", transport) as client,
        pytest.raises(billcom.UnknownOutcomeError) as info,
    ):
        client.vendors.create(name="maybe")
    error = info.value
    assert error.data == {"obj": {"entity": "Vendor", "name": "maybe"}}
    assert isinstance(error.cause, billcom.APITimeoutError) and "outcome unknown" in str(error)
    assert [v["name"] for v in fake.all("Vendor")] == ["maybe"]  # exactly once


def test_money_moving_actions_are_never_repeated() -> None:
    fake = FakeBillCom()
    with fake.client() as setup:
        vendor = setup.vendors.create(name="V")
        bill = setup.bills.create(
            vendor_id=vendor.id or "",
            invoice_number="1",
            invoice_date=date(2024, 7, 1),
            due_date=date(2024, 7, 1),
            bill_line_items=[{"amount": 10}],
        )
    transport = failing(
        fake,
        lambda r, n: (
            httpx.Response(502, text="bad gateway") if "RecordAPPayment" in r.url.path else None
        ),
    )
    with (
        fast_client(fake, "https://f.test/api/v2", transport) as client,
        pytest.raises(billcom.UnknownOutcomeError) as info,
    ):
        client.payments.record_ap_payment(
            process_date=date(2024, 7, 2),
            to_print_check=False,
            bill_pays=[{"bill_id": bill.id or "", "amount": 10}],
        )
    assert info.value.operation == "RecordAPPayment" and info.value.http_status == 502
    assert fake.requests.count("RecordAPPayment.json") == 0  # the gateway failed it: never resent


def test_safe_calls_retry_5xx_and_with_options_can_turn_it_off() -> None:
    fake = FakeBillCom()
    gateway_errors = [0]

    def flaky(request: httpx.Request, n: int) -> httpx.Response | None:
        if "Read" in request.url.path and gateway_errors[0] > 0:
            gateway_errors[0] -= 1
            return httpx.Response(502, text="bad gateway")
        return None

    transport = failing(fake, flaky)
    with fast_client(fake, "https://f.test/api/v2", transport) as client:
        vendor = client.vendors.create(name="v")
        gateway_errors[0] = 2
        assert client.vendors.read(vendor.id or "").name == "v"  # two 502s, then success
        gateway_errors[0] = 1
        with pytest.raises(billcom.APIStatusError) as info:
            client.with_options(max_retries=0).vendors.read(vendor.id or "")
        assert info.value.http_status == 502
        assert client.with_options(max_retries=0).options.max_retries == 0
        assert client.options.max_retries == 2  # the original is unchanged


def test_session_expiry_arriving_with_http_401() -> None:
    fake = FakeBillCom(http_errors=True)
    with fake.client() as client:
        client.vendors.create(name="a")
        fake.expire_sessions()
        client.vendors.create(name="b")  # BDC_1109 with HTTP 401: log in again, replay
    assert fake.stats["logins"] == 2 and len(fake.all("Vendor")) == 2


def test_hourly_limit_raises_with_the_wait_or_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeBillCom(hourly_limit=2)
    with fake.client() as client:
        client.vendors.create(name="a")
        client.vendors.create(name="b")
        with pytest.raises(billcom.RateLimitError) as info:
            client.vendors.create(name="c")
        assert info.value.code == "BDC_1144" and 0 < (info.value.retry_after or 0) <= 3600

        def next_hour(self: Retrier) -> float:
            fake.clock = lambda: 10**9 + 3600.0  # the clock hour turns
            return 0.0

        monkeypatch.setattr(Retrier, "seconds_to_next_hour", next_hour)
        assert client.with_options(wait_on_rate_limit=True).vendors.create(name="c").name == "c"


def test_concurrency_refusals_back_off_and_give_up_eventually() -> None:
    fake = FakeBillCom(faults="BDC_1322/List=1.0")
    with (
        fake.client(backoff_initial=0.0005) as client,
        pytest.raises(billcom.ConcurrencyLimitError),
    ):
        client.vendors.list().iter_pages().__next__()
    assert fake.requests.count("List/Vendor.json") == 1 + 8  # max_refusal_retries


def test_backoff_grows_and_is_capped() -> None:
    retrier = Retrier(billcom.RetryPolicy(backoff_initial=0.5, backoff_max=4.0))
    retrier.jitter = lambda: 1.0  # type: ignore[method-assign]
    assert [retrier.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


def test_max_concurrency_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_concurrency"):
        BillCom(username="u", password="p", org_id="o", dev_key="k", max_concurrency=0)
