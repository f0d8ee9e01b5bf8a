### FlowText (fr)
## Texts of the end of a deep-link flow.

flow-done-heading = C'est fait
flow-done-default = Votre modification a été enregistrée.
