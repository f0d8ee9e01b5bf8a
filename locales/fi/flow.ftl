### FlowText (fi)
## Texts of the end of a deep-link flow.

flow-done-heading = Valmis
flow-done-default = Muutoksesi on tallennettu.
