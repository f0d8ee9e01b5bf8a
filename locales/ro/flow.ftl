### FlowText (ro)
## Texts of the end of a deep-link flow.

flow-done-heading = Gata
flow-done-default = Modificarea dumneavoastră a fost salvată.
