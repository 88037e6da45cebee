from __future__ import annotations

import pytest

from organizer.core.vault import Vault


@pytest.fixture
def vault(new_vault: Vault) -> Vault:
    """A real, open, empty vault (cheap KDF parameters passed explicitly)."""
    return new_vault
