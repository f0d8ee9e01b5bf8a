### FlowText (zh-Hant)
## Texts of the end of a deep-link flow.

flow-done-heading = 已完成
flow-done-default = 您的變更已儲存。
