### FlowText (de)
## Texts of the end of a deep-link flow.

flow-done-heading = Erledigt
flow-done-default = Ihre Änderung wurde gespeichert.
