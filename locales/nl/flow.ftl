### FlowText (nl)
## Texts of the end of a deep-link flow.

flow-done-heading = Klaar
flow-done-default = Je wijziging is opgeslagen.
