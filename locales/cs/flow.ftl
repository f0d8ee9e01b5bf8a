### FlowText (cs)
## Texts of the end of a deep-link flow.

flow-done-heading = Hotovo
flow-done-default = Vaše změna byla uložena.
