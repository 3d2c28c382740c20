"""Discord's size limits, and the margins Parley keeps under them.

Discord rejects a whole message when one part of it breaks a limit, so every other module of the renderer
cuts to these numbers; they sit in one module beneath all the others so that no embed keeps a limit of its own.
"""

from __future__ import annotations

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
FIELDS_LIMIT = 25
MESSAGE_LIMIT = 2000
URL_LIMIT = 2048
SLACK = 16  # a few characters of headroom under each total, so rounding never tips a message over
MIN_QUOTE = 80
