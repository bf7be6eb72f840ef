"""What counts as personal data and how a message shows it masked: ID numbers, phones, e-mail.

In base because every layer needs it: loaders bound their input, reporters and the error handler
mask what they print, and the privacy checks and the egress gate scan with it.
"""
