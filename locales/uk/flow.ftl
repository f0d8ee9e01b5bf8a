### FlowText (uk)
## Texts of the end of a deep-link flow.

flow-done-heading = Готово
flow-done-default = Вашу зміну збережено.
