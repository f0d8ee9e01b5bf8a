### FlowText (sk)
## Texts of the end of a deep-link flow.

flow-done-heading = Hotovo
flow-done-default = Vaša zmena bola uložená.
