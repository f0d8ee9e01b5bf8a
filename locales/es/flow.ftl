### FlowText (es)
## Texts of the end of a deep-link flow.

flow-done-heading = Listo
flow-done-default = Se ha guardado tu cambio.
