"""Named sets of credentials in one file only its owner can read (`billcom configure`).

Credentials never come from a command-line flag (the process list shows those); they come
from this file or from the BILLCOM_* environment variables.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .._core import ENV_VARS

#: What a profile may hold, as the client's keyword arguments.
KEYS = ("username", "password", "org_id", "dev_key", "base_url", "mfa_id", "device_id")
DEFAULT = "default"


def path() -> Path:
    """`$BILLCOM_CONFIG_DIR/profiles.json`, by default under `~/.config/billcom`."""
    folder = os.environ.get("BILLCOM_CONFIG_DIR") or Path.home() / ".config" / "billcom"
    return Path(folder) / "profiles.json"


def load_all() -> dict[str, dict[str, str]]:
    file = path()
    if not file.exists():
        return {}
    try:
        data: Any = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read {file}: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"cannot read {file}: not a JSON object of profiles")
    return {
        str(k): {str(a): str(b) for a, b in v.items()}
        for k, v in data.items()
        if isinstance(v, dict)
    }


def save(name: str, values: dict[str, str]) -> Path:
    """Write one profile (merged over what it had), atomically, readable by its owner only."""
    profiles = load_all()
    profiles[name] = {**profiles.get(name, {}), **{k: v for k, v in values.items() if v}}
    file = path()
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(dir=file.parent, prefix=".profiles-", suffix=".json")
    try:
        os.fchmod(fd, 0o600)  # before a single secret is written
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(profiles, out, indent=2, sort_keys=True)
            out.write("\n")
        os.replace(temp, file)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return file


def credentials(profile: str | None) -> dict[str, str]:
    """Client keyword arguments: a named profile over the environment, or else the environment
    over the default profile."""
    profiles = load_all()
    if profile is not None and profile not in profiles:
        known = ", ".join(sorted(profiles)) or "none yet"
        raise ValueError(
            f"no profile {profile!r} in {path()} (profiles: {known}); run billcom configure"
        )
    stored = profiles.get(profile or DEFAULT, {})
    from_env = {k: os.environ[ENV_VARS[k]] for k in KEYS if os.environ.get(ENV_VARS[k])}
    chosen = {**from_env, **stored} if profile is not None else {**stored, **from_env}
    return {k: v for k, v in chosen.items() if k in KEYS}
