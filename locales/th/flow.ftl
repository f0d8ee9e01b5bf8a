### FlowText (th)
## Texts of the end of a deep-link flow.

flow-done-heading = เรียบร้อยแล้ว
flow-done-default = บันทึกการเปลี่ยนแปลงของคุณแล้ว
