### FlowText (hr)
## Texts of the end of a deep-link flow.

flow-done-heading = Gotovo
flow-done-default = Vaša je promjena spremljena.
