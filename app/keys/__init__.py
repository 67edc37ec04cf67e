"""A plan's key: the key file beside it, the OS keyring, unlocking, rekey and passphrase changes.
"""
