"""The Risks tab: the 5×5 matrix, the register it filters, one risk in full and its form."""
