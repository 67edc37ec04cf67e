"""The Contacts tab: the phone book, one contact in full, the cell's roles and the call tree."""
