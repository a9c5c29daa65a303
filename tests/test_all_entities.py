"""Every operation of every entity in the spec, through the generated client, against the fake over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import billcom
from billcom import BillCom
from billcom.testing import FakeBillCom, running_server
from codegen.generate import ROOT
from codegen.spec import Entity, load_spec
from tests.payloads import changeable_field, required_kwargs, sample_id

SPEC = load_spec(ROOT / "spec")


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeBillCom, str]]:
    fake = FakeBillCom(seed=99)
    with running_server(fake) as base_url:
        yield fake, base_url


@pytest.fixture
def client(served: tuple[FakeBillCom, str]) -> Iterator[BillCom]:
    fake, base_url = served
    with BillCom(**fake.credentials(base_url)) as c:
        yield c


def trust(client: BillCom, fake: FakeBillCom) -> None:
    """Make the session MFA-trusted the way a user would."""
    challenge = client.session.mfa_challenge(use_backup=False)
    client.session.mfa_authenticate(
        challenge_id=challenge.challenge_id or "",
        token=fake.mfa_code,
        device_id="ci-device",
        machine_name="ci",
        remember_me=False,
    )


def resource(client: BillCom, entity: Entity) -> Any:
    return getattr(client, entity.resource_attr)


def create_kwargs(entity: Entity) -> dict[str, Any]:
    """The required fields, and the request options a create cannot go without."""
    return {**required_kwargs(SPEC, entity.fields), **required_kwargs(SPEC, entity.options)}


def arrange_references(fake: FakeBillCom, value: Any) -> None:
    """Store an object for every sample id in `value`: references must point at something."""
    if isinstance(value, dict):
        for item in value.values():
            arrange_references(fake, item)
    elif isinstance(value, list):
        for item in value:
            arrange_references(fake, item)
    elif isinstance(value, str):
        for target in SPEC.entities:
            if target.id_prefix and value == sample_id(SPEC, target.name):
                fake.add(target.name, {"id": value, "entity": target.name})


@pytest.mark.parametrize("name", [e.name for e in SPEC.entities if e.has("create")])
def test_crud(client: BillCom, served: tuple[FakeBillCom, str], name: str) -> None:
    fake, _ = served
    entity = SPEC.entity(name)
    res = resource(client, entity)
    if entity.mfa:
        with pytest.raises(billcom.MFARequiredError, match="mfa_challenge"):
            res.create(**create_kwargs(entity))
        trust(client, fake)

    arrange_references(fake, create_kwargs(entity))
    created = res.create(**create_kwargs(entity))
    assert created.entity == name and created.id
    if entity.id_prefix:
        assert created.id.startswith(entity.id_prefix)
    if entity.has("read"):
        assert res.read(created.id).to_wire() == created.to_wire()
    if entity.has("update"):
        field = changeable_field(entity)
        changes = {field.py_name: "changed"} if field else {}
        updated = res.update(created, **changes)
        if field:
            assert getattr(updated, field.py_name) == "changed"
    if entity.has("delete"):
        deleted = res.delete(created.id)
        assert deleted.id == created.id
    if entity.has("undelete"):
        assert res.undelete(created.id).id == created.id
    if entity.has("list"):
        assert created.id in {obj.id for obj in res.list()}


@pytest.mark.parametrize(
    "name", [e.name for e in SPEC.entities if e.operations and not e.has("create")]
)
def test_read_only_entities(client: BillCom, served: tuple[FakeBillCom, str], name: str) -> None:
    fake, _ = served
    entity = SPEC.entity(name)
    res = resource(client, entity)
    if entity.mfa:
        trust(client, fake)
    record = fake.add(name, fake.example({"type": "object", "entity": name}))
    if entity.has("read"):
        assert res.read(record["id"]).id == record["id"]
        with pytest.raises(billcom.NotFoundError):
            res.read("x" * 20)
    if entity.has("list"):
        assert record["id"] in {obj.id for obj in res.list()}
    for op in ("create", "update", "delete", "undelete"):
        assert not hasattr(res, op)


def test_an_operation_the_api_lacks_is_refused_by_the_fake(client: BillCom) -> None:
    with pytest.raises(billcom.ValidationError) as info:
        client.request("Crud/Update/SentPay", {"obj": {"entity": "SentPay"}})
    assert info.value.code == "BDC_1121"


@pytest.mark.parametrize("name", [e.name for e in SPEC.entities if e.bulk])
def test_bulk(client: BillCom, served: tuple[FakeBillCom, str], name: str) -> None:
    fake, _ = served
    entity = SPEC.entity(name)
    res = resource(client, entity)
    if entity.mfa:
        trust(client, fake)
    arrange_references(fake, create_kwargs(entity))
    objects = [res.create(**create_kwargs(entity)) for _ in range(2)]
    ids = [o.id for o in objects]
    if "create" in entity.bulk:
        made = res.bulk_create(
            [required_kwargs(SPEC, entity.fields) for _ in range(3)],
            **required_kwargs(SPEC, entity.options),
        )
        assert [m.entity for m in made] == [name] * 3
    if "read" in entity.bulk:
        assert [r.id for r in res.bulk_read(ids)] == ids
    if "update" in entity.bulk:
        assert [u.id for u in res.bulk_update(objects)] == ids
    if "delete" in entity.bulk:
        assert [d.id for d in res.bulk_delete(ids)] == ids
    if "undelete" in entity.bulk:
        assert [u.id for u in res.bulk_undelete(ids)] == ids
    for verb in ("create", "read", "update", "delete", "undelete"):
        assert hasattr(res, f"bulk_{verb}") == (verb in entity.bulk)
