### FlowText (hu)
## Texts of the end of a deep-link flow.

flow-done-heading = Kész
flow-done-default = A módosítását mentettük.
