### FlowText (pl)
## Texts of the end of a deep-link flow.

flow-done-heading = Gotowe
flow-done-default = Twoja zmiana została zapisana.
