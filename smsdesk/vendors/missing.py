"""Stand-in driver for accounts whose vendor plugin is not installed (or failed to load).

Such an account stays listed and editable, and every vendor call says in words what
happened and what to do, instead of the app failing wherever the account appears. It
declares no capabilities, so nothing asks it for status, balance or replies; a send pauses
its job (``ErrorKind.ACCOUNT``) before anything leaves.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import NoReturn

from smsdesk.i18n import QT_TRANSLATE_NOOP, translate
from smsdesk.vendors.base import (
    Balance,
    Capabilities,
    ErrorKind,
    MessageRef,
    RecipientResult,
    Reply,
    SendRequest,
    SendResult,
    StatusReport,
    VendorClient,
    VendorError,
    VendorSpec,
)


class MissingDriverClient(VendorClient):
    capabilities = Capabilities()

    def _refuse(self) -> NoReturn:
        raise VendorError(
            ErrorKind.ACCOUNT,
            translate("Vendor", "The driver for the vendor \u201c{vendor}\u201d is not installed or could not "
                                "be loaded, so nothing was sent. Reinstall the package that provides it and "
                                "restart SMS Desk.").format(vendor=self.account.vendor),
            vendor=self.account.vendor, sent=False,
        )

    def send(self, request: SendRequest) -> SendResult:
        self._refuse()

    def cancel(self, refs: list[MessageRef]) -> list[RecipientResult]:
        self._refuse()

    def query_status(self, refs: list[MessageRef]) -> list[StatusReport]:
        self._refuse()

    def fetch_replies(self, since: datetime | None = None) -> list[Reply]:
        self._refuse()

    def balance(self) -> Balance:
        self._refuse()

    def test_connection(self) -> str:
        self._refuse()


@cache
def missing_spec(vendor: str) -> VendorSpec:
    """The stand-in spec of ``vendor``: named by its id, no fields to lose, no capabilities."""
    return VendorSpec(
        id=vendor, name=vendor, client=MissingDriverClient, fields=(), capabilities=MissingDriverClient.capabilities,
        help=QT_TRANSLATE_NOOP("VendorHelp", "The driver for this vendor is not installed or could not be "
                                             "loaded, so this account cannot send or be checked. Reinstall the "
                                             "package that provides it, then restart SMS Desk."),
    )
