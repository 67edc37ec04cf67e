"""The message library: prepared messages, their approval, and the placeholders filled from the
plan (communicate).
"""
