### FlowText (it)
## Texts of the end of a deep-link flow.

flow-done-heading = Fatto
flow-done-default = La modifica è stata salvata.
