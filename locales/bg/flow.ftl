### FlowText (bg)
## Texts of the end of a deep-link flow.

flow-done-heading = Готово
flow-done-default = Промяната ви е запазена.
