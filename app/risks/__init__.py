"""The risks: the register on the 5×5 matrix, warning signals, and the playbook each risk calls for
(listen, define).
"""
