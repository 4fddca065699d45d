"""Qt's own words that Qt's zh_TW catalogue lacks, translated in ours.

Qt 6 added accelerators to some of its file dialog's labels ("&Look in:", "Files of &type:"),
and qtbase_zh_TW.qm still has only the old texts, so a Chinese user saw them in English. Marked
here, lupdate puts them in our catalogue under Qt's own context; QCoreApplication asks our
translator when Qt's has nothing.
"""

from __future__ import annotations

from smsdesk.i18n import QT_TRANSLATE_NOOP

MISSING_FROM_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
