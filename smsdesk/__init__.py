"""SMS Desk: an SMS console for small businesses."""

__version__ = "0.1.0"
APP_NAME = "SMS Desk"
ORG_NAME = "SMSDesk"
