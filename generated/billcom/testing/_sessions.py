"""Who may call the fake: the credentials, the sessions they open, and MFA trust.

Sessions live in memory only (a restart logs everyone out, as a new server would).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import FakeError

JSON = dict[str, Any]
_UNKNOWN = object()


@dataclass
class Session:
    org_id: str
    users_id: str
    last_used: float
    trusted: bool = False  # MFA-trusted: by MFAAuthenticate, or Login with a remembered mfaId


class Sessions:
    """One org's user: checks credentials, opens and expires sessions, grants MFA trust."""

    def __init__(
        self,
        *,
        username: str,
        password: str,
        org_id: str,
        dev_key: str,
        users_id: str,
        mfa_code: str,
        idle_timeout: float,
        clock: Callable[[], float],
        expire_every: int | None = None,
    ) -> None:
        self.username = username
        self.password = password
        self.org_id = org_id
        self.dev_key = dev_key
        self.users_id = users_id
        self.mfa_code = mfa_code
        self.idle_timeout = idle_timeout
        self.expire_every = expire_every
        self.clock = clock
        #: Counters for tests: how many logins and how many sessions ended by expiry.
        self.logins = 0
        self.expiries = 0
        self._open: dict[str, Session] = {}
        self._challenges: set[str] = set()
        self._trusted_devices: dict[str, str | None] = {}  # mfaId -> deviceId
        self._calls = 0

    def check_credentials(self, form: Mapping[str, str], *, org: bool) -> None:
        if not secrets.compare_digest(form.get("devKey", ""), self.dev_key):
            raise FakeError("BDC_1102")
        user_ok = form.get("userName", "") == self.username
        if not (user_ok and secrets.compare_digest(form.get("password", ""), self.password)):
            raise FakeError("BDC_1101")
        if org and form.get("orgId", "") != self.org_id:
            raise FakeError("BDC_1123")

    def login(self, form: Mapping[str, str]) -> str:
        """A new session id for valid credentials."""
        self.check_credentials(form, org=True)
        session_id = secrets.token_urlsafe(24)
        # A remembered MFA trust for the same device makes the session trusted; anything else
        # gives an ordinary (untrusted) session.
        mfa_id = form.get("mfaId")
        trusted = mfa_id is not None and self._trusted_devices.get(mfa_id) == form.get("deviceId")
        self._open[session_id] = Session(self.org_id, self.users_id, self.clock(), trusted=trusted)
        self.logins += 1
        return session_id

    def check(self, form: Mapping[str, str]) -> tuple[str, Session]:
        """The live session the request names, its idle timeout slid forward; else BDC_1109."""
        if not secrets.compare_digest(form.get("devKey", ""), self.dev_key):
            raise FakeError("BDC_1102")
        session_id = form.get("sessionId", "")
        session = self._open.get(session_id)
        if session is None:
            raise FakeError("BDC_1109")
        self._calls += 1
        every = self.expire_every
        idle = self.clock() - session.last_used > self.idle_timeout
        if idle or (every and self._calls % every == 0):
            del self._open[session_id]
            self.expiries += 1
            raise FakeError("BDC_1109")
        session.last_used = self.clock()
        return session_id, session

    def logout(self, session_id: str) -> None:
        self._open.pop(session_id, None)

    def expire_all(self) -> int:
        count = len(self._open)
        self._open.clear()
        return count

    def challenge(self) -> JSON:
        challenge_id = secrets.token_urlsafe(12)
        self._challenges.add(challenge_id)
        return {"challengeId": challenge_id}

    def status(self, data: JSON) -> JSON:
        """MFAStatus: whether an mfaId is still trusted, for the device it was issued to."""
        device = self._trusted_devices.get(str(data["mfaId"]), _UNKNOWN)
        return {"isTrusted": device == data.get("deviceId")}

    def authenticate(self, session: Session, data: JSON) -> JSON:
        """MFAAuthenticate: the texted token makes the session trusted (and maybe the device)."""
        if data["challengeId"] not in self._challenges:
            raise FakeError("BDC_1119", "challengeId", data["challengeId"])
        if str(data["token"]).replace("-", "") != self.mfa_code:
            raise FakeError("BDC_1119", "token", "(not shown)")
        self._challenges.discard(data["challengeId"])
        session.trusted = True
        if data.get("rememberMe"):
            mfa_id = "!" + secrets.token_urlsafe(16)
            self._trusted_devices[mfa_id] = data.get("deviceId")
            return {"mfaId": mfa_id}
        return {}
