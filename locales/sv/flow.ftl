### FlowText (sv)
## Texts of the end of a deep-link flow.

flow-done-heading = Klart
flow-done-default = Din ändring har sparats.
