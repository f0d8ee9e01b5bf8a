### FlowText (da)
## Texts of the end of a deep-link flow.

flow-done-heading = Færdig
flow-done-default = Din ændring er gemt.
