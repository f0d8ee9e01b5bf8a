### FlowText (en)
## Texts of the end of a deep-link flow.

flow-done-heading = All done
flow-done-default = Your change has been saved.
