"""Replaces the contrib hook for phonenumbers, which collects every submodule.

The region metadata (phonenumbers.data.*, shortdata.*) is imported by name at run time,
so it must be listed. The geocoder, carrier and time-zone tables (~40 MB) are left out:
SMS Desk only parses, validates and formats numbers.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier", "phonenumbers.carrierdata",
           "phonenumbers.timezone", "phonenumbers.tzdata")

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(_UNUSED))
