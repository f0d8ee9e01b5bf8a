### FlowText (pt)
## Texts of the end of a deep-link flow.

flow-done-heading = Concluído
flow-done-default = A sua alteração foi guardada.
