"""The client's cost per call and per List page, as ratios to raw httpx + json.loads.

Both sides talk to the same in-process transport, which answers with fixed bytes (a Vendor as
the API returns a new one, or a page of 999 of them), so only client-side work is compared.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

import httpx
import simplejson

from billcom import BillCom
from billcom._response import parser
from billcom.models import Vendor
from billcom.testing import FakeBillCom
from billcom.testing._catalog import ENTITIES

BASE = "https://bench.test/api/v2"


def vendor_record() -> dict[str, object]:
    """A Vendor as the API returns a fresh one: every documented field, the unset ones null.

    Built from the spec: server defaults where the spec gives them, a short text for strings,
    the first code for enums, now for timestamps, twenty zeros for references, and null for
    the rest, as the reference describes a new vendor.
    """
    fake = FakeBillCom(seed=1)
    with fake.client() as client:
        made = client.vendors.create(
            name="Acme Office Supplies",
            email="ap@acme.example",
            address1="1 Market St",
            address_city="San Francisco",
            address_state="CA",
            address_zip="94105",
            address_country="USA",
        ).to_wire()
    record: dict[str, object] = {"entity": "Vendor"}
    for name, meta in ENTITIES["Vendor"]["fields"].items():
        record[name] = made.get(name, [] if meta["type"] == "array" else None)
    return record


def envelope(data: object) -> bytes:
    # json.dumps's default spacing, as the figures in the README have always used; Decimals exact.
    body = {"response_status": 0, "response_message": "Success", "response_data": data}
    return simplejson.dumps(body, use_decimal=True).encode()


def static_transport(answers: dict[str, bytes]) -> httpx.MockTransport:
    def route(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(
            200, content=answers[name], headers={"Content-Type": "application/json"}
        )

    return httpx.MockTransport(route)


def compare(
    baseline: Callable[[], object], candidate: Callable[[], object], pairs: int
) -> tuple[float, float]:
    """Seconds per call of each, from `pairs` back-to-back pairs of single calls.

    Returns the baseline's median and the candidate's time as that times the median of the
    per-pair ratios: whatever slows the machine down hits both calls of a pair alike.
    """
    base, ratios = [], []
    for _ in range(pairs):
        t0 = time.perf_counter_ns()
        baseline()
        t1 = time.perf_counter_ns()
        candidate()
        t2 = time.perf_counter_ns()
        base.append(t1 - t0)
        ratios.append((t2 - t1) / (t1 - t0))
    median = statistics.median(base) / 1e9
    return median, median * statistics.median(ratios)


def measure() -> dict[str, float]:
    record = vendor_record()
    page = [dict(record, id=f"00901BENCH{i:010d}", name=f"Vendor {i}") for i in range(999)]
    login = envelope({"sessionId": "s", "orgId": "o", "apiEndPoint": BASE, "usersId": "u"})
    answers = {"Login.json": login, "Vendor.json": envelope(record)}
    transport = static_transport(answers)
    form = {"devKey": "k", "sessionId": "s", "data": json.dumps({"id": record["id"]})}

    raw = httpx.Client(transport=transport)

    def baseline() -> object:
        return json.loads(raw.post(f"{BASE}/Crud/Read/Vendor.json", data=form).content)

    client = BillCom(
        username="u", password="p", org_id="o", dev_key="k", base_url=BASE, transport=transport
    )
    vendor_id = str(record["id"])
    client.vendors.read(vendor_id)  # logs in, builds the parser

    for _ in range(200):  # warm up both paths
        baseline()
        client.vendors.read(vendor_id)
    raw_call, client_call = compare(baseline, lambda: client.vendors.read(vendor_id), 3000)

    page_bytes = envelope(page)
    parse = parser(list[Vendor])  # what List uses for a page
    loads, models = compare(
        lambda: json.loads(page_bytes), lambda: parse(page_bytes, 200, "List/Vendor"), 41
    )
    return {
        "per_call": client_call / raw_call,
        "call_us": client_call * 1e6,
        "raw_us": raw_call * 1e6,
        "page": models / loads,
        "page_ms": models * 1000,
        "loads_ms": loads * 1000,
    }


if __name__ == "__main__":
    r = measure()
    print(
        f"Crud/Read per call: {r['call_us']:.0f} us vs raw httpx + json.loads {r['raw_us']:.0f} us: "
        f"{r['per_call']:.2f}x (target <= 1.15x)"
    )
    print(
        f"999-row List page into models: {r['page_ms']:.1f} ms vs json.loads {r['loads_ms']:.1f} ms: "
        f"{r['page']:.2f}x (target <= 2x)"
    )
