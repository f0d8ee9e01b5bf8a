### FlowText (ar)
## Texts of the end of a deep-link flow.

flow-done-heading = تم بنجاح
flow-done-default = تم حفظ التغيير.
