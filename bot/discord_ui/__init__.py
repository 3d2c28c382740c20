"""What Parley shows on Discord: embeds that fit Discord's limits, the buttons and forms under them, and
the answers those buttons page through. The command line's counterpart is ``bot/terminal.py``.

Named ``discord_ui`` rather than ``discord`` so that ``import discord`` always means the library, in
these modules too and when a file under ``bot/`` is run as a script.
"""
