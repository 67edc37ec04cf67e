"""Domain services of Crisis Cell: used by the window (ui/) and the CLI alike. Qt-free."""

__version__ = "0.1.0"
