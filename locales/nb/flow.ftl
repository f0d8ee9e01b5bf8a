### FlowText (nb)
## Texts of the end of a deep-link flow.

flow-done-heading = Ferdig
flow-done-default = Endringen din er lagret.
