### FlowText (pt-BR)
## Texts of the end of a deep-link flow.

flow-done-heading = Tudo pronto
flow-done-default = Sua alteração foi salva.
