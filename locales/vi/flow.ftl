### FlowText (vi)
## Texts of the end of a deep-link flow.

flow-done-heading = Đã xong
flow-done-default = Thay đổi của bạn đã được lưu.
