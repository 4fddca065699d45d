"""DemoSMS: an invented vendor, to prove a driver can ship outside SMS Desk."""
