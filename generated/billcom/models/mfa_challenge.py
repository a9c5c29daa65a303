# Generated from spec/actions/MFAChallenge.yaml by codegen. Do not edit: run make generate.
"""Types of MFAChallenge: Start MFA: BILL texts a token to the user's registered phone."""

from __future__ import annotations

from typing import ClassVar, Required, TypedDict

from pydantic import Field

from .._models import BillComModel, ParamsModel
from .._types import (
    ABSENT,
    Boolean,
    Lenient,
)

__all__ = ["MFAChallengeParams", "MFAChallengeParamsModel", "MFAChallengeResponse"]


class MFAChallengeParams(TypedDict, total=False):
    """Keyword arguments for MFAChallenge."""

    use_backup: Required[bool]


class MFAChallengeParamsModel(ParamsModel):
    """Validates and serializes `MFAChallengeParams`."""

    use_backup: Boolean = Field(alias="useBackup")


class MFAChallengeResponse(BillComModel):
    """What MFAChallenge answers."""

    __read_only__: ClassVar[frozenset[str]] = frozenset([])
    __children__: ClassVar[dict[str, type[BillComModel]]] = {}

    challenge_id: Lenient[str] = Field(default=ABSENT, alias="challengeId")
    """Challenge id to pass to MFAAuthenticate."""
