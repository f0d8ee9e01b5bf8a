### FlowText (he)
## Texts of the end of a deep-link flow.

flow-done-heading = הפעולה הושלמה
flow-done-default = השינוי נשמר.
