### FlowText (el)
## Texts of the end of a deep-link flow.

flow-done-heading = Ολοκληρώθηκε
flow-done-default = Η αλλαγή σας αποθηκεύτηκε.
