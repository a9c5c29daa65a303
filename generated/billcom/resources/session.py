# Generated from spec/actions by codegen. Do not edit: run make generate.
"""Session actions: CurrentTime, GetSessionInfo, ListOrgs, Login, Logout, MFAAuthenticate, MFAChallenge, MFAStatus."""

from __future__ import annotations

import builtins
from typing import Unpack

from .. import _operations as ops
from .._resource import AsyncAPIResource, SyncAPIResource
from ..models.current_time import CurrentTimeResponse
from ..models.get_session_info import (
    GetSessionInfoResponse,
)
from ..models.list_orgs import ListOrgsResponseItem
from ..models.login import LoginParams, LoginParamsModel, LoginResponse
from ..models.mfa_authenticate import (
    MFAAuthenticateParams,
    MFAAuthenticateParamsModel,
    MFAAuthenticateResponse,
)
from ..models.mfa_challenge import MFAChallengeParams, MFAChallengeParamsModel, MFAChallengeResponse
from ..models.mfa_status import MFAStatusParams, MFAStatusParamsModel, MFAStatusResponse

__all__ = ["AsyncSession", "Session"]


class Session(SyncAPIResource):
    """Session action endpoints."""

    def current_time(
        self,
    ) -> CurrentTimeResponse:
        """Return BILL's current server time in UTC.

        `CurrentTime`.
        """
        return self._client.call(
            ops.action(
                "CurrentTime",
                None,
                {},
                CurrentTimeResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    def info(
        self,
    ) -> GetSessionInfoResponse:
        """Return the organization and user of the current session.

        `GetSessionInfo`.
        """
        return self._client.call(
            ops.action(
                "GetSessionInfo",
                None,
                {},
                GetSessionInfoResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    def list_orgs(
        self,
    ) -> builtins.list[ListOrgsResponseItem]:
        """List the organizations a login can reach.

        `ListOrgs`.
        """
        return self._client.call(
            ops.action(
                "ListOrgs",
                None,
                {},
                list[ListOrgsResponseItem],
                safe_to_repeat=True,
                form="credentials",
            )
        )

    def login(
        self,
        **params: Unpack[LoginParams],
    ) -> LoginResponse:
        """Sign in to an organization and open a session.

        `Login`.
        """
        return self._client.call(
            ops.action(
                "Login",
                LoginParamsModel,
                params,
                LoginResponse,
                safe_to_repeat=True,
                form="credentials",
            )
        )

    def logout(
        self,
    ) -> None:
        """End the current session.

        `Logout`.
        """
        return self._client.call(
            ops.action_no_content(
                "Logout",
                None,
                {},
                safe_to_repeat=True,
                form="session",
            )
        )

    def mfa_authenticate(
        self,
        **params: Unpack[MFAAuthenticateParams],
    ) -> MFAAuthenticateResponse:
        """Complete MFA with the texted token, making the current session MFA-trusted.

        `MFAAuthenticate`.
        """
        return self._client.call(
            ops.action(
                "MFAAuthenticate",
                MFAAuthenticateParamsModel,
                params,
                MFAAuthenticateResponse,
                safe_to_repeat=False,
            )
        )

    def mfa_challenge(
        self,
        **params: Unpack[MFAChallengeParams],
    ) -> MFAChallengeResponse:
        """Start MFA: BILL texts a token to the user's registered phone.

        `MFAChallenge`.
        """
        return self._client.call(
            ops.action(
                "MFAChallenge",
                MFAChallengeParamsModel,
                params,
                MFAChallengeResponse,
                safe_to_repeat=False,
            )
        )

    def mfa_status(
        self,
        **params: Unpack[MFAStatusParams],
    ) -> MFAStatusResponse:
        """Check whether a stored mfaId is still trusted.

        `MFAStatus`.
        """
        return self._client.call(
            ops.action(
                "MFAStatus",
                MFAStatusParamsModel,
                params,
                MFAStatusResponse,
                safe_to_repeat=True,
            )
        )


class AsyncSession(AsyncAPIResource):
    """Session action endpoints."""

    async def current_time(
        self,
    ) -> CurrentTimeResponse:
        """Return BILL's current server time in UTC.

        `CurrentTime`.
        """
        return await self._client.call(
            ops.action(
                "CurrentTime",
                None,
                {},
                CurrentTimeResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    async def info(
        self,
    ) -> GetSessionInfoResponse:
        """Return the organization and user of the current session.

        `GetSessionInfo`.
        """
        return await self._client.call(
            ops.action(
                "GetSessionInfo",
                None,
                {},
                GetSessionInfoResponse,
                safe_to_repeat=True,
                form="session",
            )
        )

    async def list_orgs(
        self,
    ) -> builtins.list[ListOrgsResponseItem]:
        """List the organizations a login can reach.

        `ListOrgs`.
        """
        return await self._client.call(
            ops.action(
                "ListOrgs",
                None,
                {},
                list[ListOrgsResponseItem],
                safe_to_repeat=True,
                form="credentials",
            )
        )

    async def login(
        self,
        **params: Unpack[LoginParams],
    ) -> LoginResponse:
        """Sign in to an organization and open a session.

        `Login`.
        """
        return await self._client.call(
            ops.action(
                "Login",
                LoginParamsModel,
                params,
                LoginResponse,
                safe_to_repeat=True,
                form="credentials",
            )
        )

    async def logout(
        self,
    ) -> None:
        """End the current session.

        `Logout`.
        """
        return await self._client.call(
            ops.action_no_content(
                "Logout",
                None,
                {},
                safe_to_repeat=True,
                form="session",
            )
        )

    async def mfa_authenticate(
        self,
        **params: Unpack[MFAAuthenticateParams],
    ) -> MFAAuthenticateResponse:
        """Complete MFA with the texted token, making the current session MFA-trusted.

        `MFAAuthenticate`.
        """
        return await self._client.call(
            ops.action(
                "MFAAuthenticate",
                MFAAuthenticateParamsModel,
                params,
                MFAAuthenticateResponse,
                safe_to_repeat=False,
            )
        )

    async def mfa_challenge(
        self,
        **params: Unpack[MFAChallengeParams],
    ) -> MFAChallengeResponse:
        """Start MFA: BILL texts a token to the user's registered phone.

        `MFAChallenge`.
        """
        return await self._client.call(
            ops.action(
                "MFAChallenge",
                MFAChallengeParamsModel,
                params,
                MFAChallengeResponse,
                safe_to_repeat=False,
            )
        )

    async def mfa_status(
        self,
        **params: Unpack[MFAStatusParams],
    ) -> MFAStatusResponse:
        """Check whether a stored mfaId is still trusted.

        `MFAStatus`.
        """
        return await self._client.call(
            ops.action(
                "MFAStatus",
                MFAStatusParamsModel,
                params,
                MFAStatusResponse,
                safe_to_repeat=True,
            )
        )
