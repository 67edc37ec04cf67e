"""The Message library tab: prepared messages, their editor and their approval."""
