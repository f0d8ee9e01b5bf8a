### FlowText (tr)
## Texts of the end of a deep-link flow.

flow-done-heading = Tamamlandı
flow-done-default = Değişikliğiniz kaydedildi.
