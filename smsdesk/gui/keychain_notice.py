"""Where passwords go, in words, with a warning when that place is not safe (Accounts dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from smsdesk.core.credentials import Credentials
from smsdesk.core.keychain import Safety
from smsdesk.gui import theme


class KeychainNotice(QLabel):
    """ "Passwords and keys are kept in: macOS Keychain", or a warning box saying what to do.

    ``only_problems`` (the account editor, where the list window has already said where
    secrets go) shows it only when a password cannot be saved or would leak; the in-memory
    backend, which only PYTHON_KEYRING_BACKEND selects, is noted in the list window alone.
    """

    # A parent is required: showing a parentless label would open it as a window of its own.
    def __init__(self, credentials: Credentials, parent: QWidget, *, only_problems: bool = False) -> None:
        super().__init__(parent)
        self.credentials = credentials
        self.only_problems = only_problems
        self.setWordWrap(True)
        self.setObjectName("keychainNotice")
        self.refresh()

    @property
    def is_warning(self) -> bool:
        return bool(self.property("tone"))

    def refresh(self) -> None:
        """Read the backend again (after a save failed, the notice turns into a warning)."""
        info = self.credentials.describe()
        self.setToolTip(self.credentials.backend_name())
        warning = info.warning
        if warning is None:
            self.setText(self.tr("Passwords and keys are kept in: {backend}.").format(backend=info.name))
            theme.set_tone(self, None)
        else:
            self.setText(warning)
            # A plain-text file leaks secrets: worse than forgetting them at the end of the session.
            leaky = info.safety in (Safety.PLAIN_FILE, Safety.UNENCRYPTED)
            theme.set_tone(self, theme.Tone.ERROR if leaky else theme.Tone.WARNING, box=True)
        problem = info.safety in (Safety.FAILING, Safety.PLAIN_FILE, Safety.UNENCRYPTED)
        self.setVisible(problem or not self.only_problems)
