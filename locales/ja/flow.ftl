### FlowText (ja)
## Texts of the end of a deep-link flow.

flow-done-heading = 完了しました
flow-done-default = 変更が保存されました。
