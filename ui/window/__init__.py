"""The window around the tabs: the main window, its header, menus and dialogs of its own,
who is at this laptop, its remembered settings, and the plan's change signal."""
