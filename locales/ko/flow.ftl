### FlowText (ko)
## Texts of the end of a deep-link flow.

flow-done-heading = 완료되었습니다
flow-done-default = 변경 사항이 저장되었습니다.
